import { afterEach, describe, expect, it } from 'vitest';
import { locale, setLocale } from './i18n';
import { asUiError } from './rpc';
import { errorText } from './saving.svelte';

const before = locale;
afterEach(() => setLocale(before));

describe('an error from a command', () => {
  it("is said in the UI's language from its words, the messages inside it included", () => {
    // What `ApiError::said` sends when the player's recording cannot be read (issue 13).
    const error = asUiError({
      code: 'audio',
      message:
        'The recording of record r7 cannot be read: "Audio/a.wav" in export.zip cannot be read: CRC mismatch: the data does not match its checksum, so it is corrupt.',
      words: {
        id: 'error-recording-unreadable',
        args: {
          record: 'r7',
          detail: {
            id: 'member-read-unreadable',
            args: { member: 'Audio/a.wav', input: 'export.zip', reason: { id: 'member-crc' } },
          },
        },
      },
    });
    setLocale('de');
    expect(errorText(error)).toBe(
      'Die Tonaufnahme zu r7 lässt sich nicht lesen: „Audio/a.wav“ in export.zip lässt sich nicht lesen: ' +
        'Prüfsummenfehler (CRC): Die Daten passen nicht zu ihrer Prüfsumme, die Datei ist beschädigt.',
    );
    setLocale('en');
    expect(errorText(error)).toBe(error.message);
  });

  it('without open export, with a bad query or a refused speed says so in German', () => {
    setLocale('de');
    expect(errorText({ code: 'usage', message: 'No export is open; open one first.', words: { id: 'error-no-export-open' } })).toBe(
      'Es ist kein Export geöffnet; öffnen Sie zuerst einen.',
    );
    expect(
      errorText({
        code: 'usage',
        message: 'The quote at character 3 is never closed; end the phrase with another ".',
        words: { id: 'query-quote-open', args: { at: 3 } },
      }),
    ).toBe('Das Anführungszeichen an Zeichen 3 wird nie geschlossen; beenden Sie die Wendung mit einem weiteren ".');
  });

  it('without words (an older shell, or Tauri itself) shows its sentence', () => {
    setLocale('de');
    expect(errorText({ code: 'internal', message: 'Something English.' })).toBe('Something English.');
    expect(errorText('command not found')).toBe('command not found');
  });
});
