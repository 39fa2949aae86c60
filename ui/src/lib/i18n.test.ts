import { describe, expect, it } from 'vitest';
import { catalogueProblems, has, messageId, render } from './i18n';

/** Every UI source file, to find the message keys it uses. */
const sources = import.meta.glob(['../**/*.svelte', '../**/*.ts', '!../**/*.test.ts', '!../lib/bindings/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

describe('the catalogue of words', () => {
  it('parses in both languages, each id defined once', () => {
    expect(catalogueProblems('en')).toEqual([]);
    expect(catalogueProblems('de')).toEqual([]);
  });

  it('has every message the interface asks for, in both languages', () => {
    const used = new Set<string>();
    for (const text of Object.values(sources)) {
      for (const m of text.matchAll(/\b(?:t|has)\(\s*'([^']+)'/g)) used.add(m[1] as string);
    }
    expect(used.size).toBeGreaterThan(100);
    const missing = [...used].filter((k) => !has(k, 'en') || !has(k, 'de')).map(messageId);
    expect(missing).toEqual([]);
  });

  it('renders counts and plurals in the language', () => {
    expect(render('en', 'stats.of', { total: 1700 }, 1)).toBe('of 1,700 recording');
    expect(render('de', 'stats.of', { total: 1700 }, 1700)).toBe('von 1.700 Aufnahmen');
    expect(render('de', 'input.not_an_archive')).toBe('Kein Archiv');
  });

  it('shows the key of a message no language has', () => {
    expect(render('de', 'no.such.message')).toBe('no.such.message');
  });
});

describe('messages the Rust side sends', () => {
  it('render in either language, with numbers, plurals and dates the language\'s way', async () => {
    const { sayIn, formatDate } = await import('./i18n');
    const verdict = {
      id: 'verdict-none-yours',
      args: { records: 1700, devices: 4, no_voice_device: 'yes' },
    };
    expect(sayIn('en', verdict)).toBe(
      'This export holds 1,700 voice recordings from 4 devices, none of them yours. You said you own no device that records voice.',
    );
    expect(sayIn('de', verdict)).toBe(
      'Dieser Export enthält 1.700 Sprachaufnahmen von 4 Geräten, keines davon Ihres. Sie haben angegeben, kein Gerät zu besitzen, das Sprache aufnimmt.',
    );
    expect(sayIn('de', { id: 'reason-records-all-foreign', args: { total: 50 } })).toBe('alle 50 seiner Aufnahmen sind nicht Ihre');
    expect(formatDate('2018-05-03', 'de')).toBe('3. Mai 2018');
    expect(formatDate('2018-05-03T07:12:45Z', 'en')).toBe('3 May 2018');
    expect(
      sayIn('de', { id: 'flag-before-registration', args: { date: '2019-06-01', registered: '2019-11-29' } }),
    ).toBe('Aufgenommen am 1. Juni 2019, bevor dieses Gerät laut der Geräteliste des Exports erstmals registriert wurde (29. November 2019).');
    expect(
      sayIn('de', { id: 'flag-unknown-device', args: { shape: 'name', name: 'Echo in the Kitchen', serial: '' } }),
    ).toBe('Das Gerät „Echo in the Kitchen“ ist keines Ihrer Geräte.');
  });

  it('fall back to the sentence in the report when the catalogue lacks the message', async () => {
    const { sayIn } = await import('./i18n');
    expect(sayIn('de', { id: 'no-such-message' }, 'as written')).toBe('as written');
    expect(sayIn('de', null, 'as written')).toBe('as written');
  });
});
