import { describe, expect, it } from 'vitest';
import { snippetParts } from './snippet';

describe('snippetParts', () => {
  it('splits at the marks and unescapes the text', () => {
    expect(snippetParts('wie wird das <b>wetter</b> in &lt;b&gt;leipzig&amp;co')).toEqual([
      { text: 'wie wird das ', hit: false },
      { text: 'wetter', hit: true },
      { text: ' in <b>leipzig&co', hit: false },
    ]);
  });

  it('keeps a script tag from the archive as text', () => {
    const parts = snippetParts('&lt;script&gt;alert(1)&lt;/script&gt; <b>hallo</b>');
    expect(parts.map((p) => p.text).join('')).toBe('<script>alert(1)</script> hallo');
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['hallo']);
  });

  it('an empty snippet has no parts', () => {
    expect(snippetParts('')).toEqual([]);
  });
});
