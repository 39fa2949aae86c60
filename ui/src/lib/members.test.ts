import { describe, expect, it } from 'vitest';
import { sayIn } from './i18n';
import { warningsIn } from './members';
import type { Message } from './types';

/** A warning as the Rust side sends it: `format-row-no-name-or-serial` about line 1234. */
const row: Message = {
  id: 'format-row-no-name-or-serial',
  args: { at: { id: 'locator-line', args: { line: 1234 } } },
};

describe("a member's warnings", () => {
  it("are said in the UI's language, the row they name included", () => {
    const member = { warnings: ['line 1,234: no name or serial; skipped'], warnings_words: [row] };
    expect(warningsIn('de', member)).toEqual(['Zeile 1.234: weder Name noch Seriennummer; übersprungen']);
    // The English words are the report's English sentence, as the Rust side wrote it.
    expect(warningsIn('en', member)).toEqual(member.warnings);
  });

  it('fall back to the English sentences only for a report without words', () => {
    const older = { warnings: ['line 4: no name or serial; skipped'] };
    expect(warningsIn('de', older)).toEqual(older.warnings);
    // Words that are not one for one cannot be matched to their sentences.
    const partial = { warnings: ['a', 'b'], warnings_words: [row] };
    expect(warningsIn('de', partial)).toEqual(['a', 'b']);
  });

  it('name kinds, zones and the kind of audio through the messages they refer to', () => {
    expect(sayIn('de', { id: 'format-not-voice', args: { count: 10, kind: 'app-opened' } })).toBe(
      '10 Einträge sind keine Sprachinteraktionen (eine geöffnete App) und wurden nicht eingelesen',
    );
    expect(sayIn('en', { id: 'format-audio-unreadable', args: { content: 'mp3', detail: 'end of stream' } })).toBe(
      'unreadable MP3 audio: end of stream',
    );
    expect(sayIn('de', { id: 'format-audio-unreadable', args: { content: 'mp3', detail: 'end of stream' } })).toBe(
      'MP3-Audio nicht lesbar: end of stream',
    );
  });
});

describe('why a file was not read', () => {
  it('is said with the limit or damage inside it in the same language', () => {
    const crafted: Message = {
      id: 'member-crafted',
      args: { detail: { id: 'member-limit-declared', args: { declared: 10 } } },
    };
    expect(sayIn('en', crafted)).toBe('corrupt or crafted: it holds more data than its header declares (10 bytes)');
    expect(sayIn('de', crafted)).toBe('Beschädigt oder manipuliert: enthält mehr Daten, als ihr Kopf angibt (10 Bytes)');
    const pdf: Message = { id: 'format-pdf-no-table' };
    expect(sayIn('de', pdf)).toBe('In diesem PDF wurde keine Transkript-Tabelle gefunden');
  });
});
