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
