// The checker of the German screens must catch an English sentence, and let German with
// English device names pass.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { englishLines } from './english.mjs';

test('an English sentence is caught, German with English names is not', () => {
  assert.deepEqual(englishLines('Dieser Export enthält 1.700 Sprachaufnahmen von 4 Geräten.'), []);
  assert.equal(englishLines('Gerät\nall 50 of its records are not yours\nEnde').length, 1);
  assert.equal(englishLines('your inventory lists no device that records voice').length, 1);
  // A device the household named in English stays as it is.
  assert.deepEqual(englishLines('„Echo in the Kitchen“ ist keines Ihrer Geräte.', ['Echo in the Kitchen']), []);
  assert.equal(englishLines('„Echo in the Kitchen“ is none of your devices.', ['Echo in the Kitchen']).length, 1);
});
