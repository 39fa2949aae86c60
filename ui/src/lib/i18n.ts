// Every word the UI shows comes from the one catalogue of words per language,
// crates/words/ftl/<lang>/*.ftl (Fluent), which the Rust side renders too. The language follows
// the user's choice, else navigator.language (German for any `de-*`, English otherwise); numbers
// are formatted for that locale (1,700 vs 1.700) and counted messages pick their plural form in
// the catalogue.
//
// Texts that come from the export (paths, names, the households' words) are shown as they are.

import { FluentBundle, FluentResource, FluentNone, type FluentValue } from '@fluent/bundle';
import type { Message } from './bindings/Message';

/** The catalogue files, by path: `…/ftl/<lang>/<area>.ftl`. */
const files = import.meta.glob('../../../crates/words/ftl/*/*.ftl', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** A message id; the UI may write it with `.` or `_` where the catalogue has `-`. */
export type MessageKey = string;

/** The catalogue's id for a key as the UI writes it (`files.col.file`, `input.not_an_archive`). */
export function messageId(key: MessageKey): string {
  return key.replace(/[._]/g, '-');
}

/** Every problem the catalogue of `lang` has (a syntax error, an id defined twice), by file. */
export function catalogueProblems(lang: Locale): string[] {
  return buildBundle(lang).problems;
}

/** `DATE($when)`: a `YYYY-MM-DD` (or RFC 3339) date as the language writes it, 3 May 2018 or
 * 3. Mai 2018, as the Rust side's `auskunft_words::format_date` does. */
export function formatDate(iso: string, lang: Locale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(m[3])) return iso;
  const tag = lang === 'de' ? 'de-DE' : 'en-GB';
  return new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

function buildBundle(lang: Locale): { bundle: FluentBundle; problems: string[] } {
  const bundle = new FluentBundle(lang, {
    useIsolating: false,
    functions: {
      DATE: ([when]: FluentValue[]) => {
        if (when === undefined || when instanceof FluentNone) return new FluentNone('DATE()');
        const text = typeof when === 'string' ? when : when.valueOf();
        return typeof text === 'string' ? formatDate(text, lang) : String(text);
      },
    },
  });
  const problems: string[] = [];
  for (const [path, text] of Object.entries(files)) {
    if (!path.includes(`/ftl/${lang}/`)) continue;
    const resource = new FluentResource(text);
    for (const error of bundle.addResource(resource)) problems.push(`${path}: ${error.message}`);
  }
  return { bundle, problems };
}

export type Locale = 'de' | 'en';

const STORED = 'auskunft.locale';

function pickLocale(): Locale {
  const stored = globalThis.localStorage?.getItem(STORED);
  if (stored === 'de' || stored === 'en') return stored;
  const nav = globalThis.navigator;
  const wanted = nav?.languages?.length ? nav.languages : [nav?.language ?? 'en'];
  for (const tag of wanted) {
    const lang = (tag ?? '').toLowerCase();
    if (lang.startsWith('de')) return 'de';
    if (lang.startsWith('en')) return 'en';
  }
  return 'en';
}

/** The UI's language: the user's choice, else the system's. A live binding: read it anew. */
export let locale: Locale = pickLocale();
const bundles: Partial<Record<Locale, FluentBundle>> = {};
function bundle(lang: Locale): FluentBundle {
  bundles[lang] ??= buildBundle(lang).bundle;
  return bundles[lang];
}
let numbers = new Intl.NumberFormat(locale);

/**
 * Switches the language and remembers the choice. Components that already rendered keep their
 * text until they render again: the app re-mounts its views after calling this.
 */
export function setLocale(next: Locale) {
  locale = next;
  numbers = new Intl.NumberFormat(next);
  globalThis.localStorage?.setItem(STORED, next);
}

/** A number formatted for the UI's locale: 1,700 or 1.700. */
export function num(n: number): string {
  return numbers.format(n);
}

/** Bytes as people read them: 4.2 MB, 4,2 MB. */
export function bytes(n: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = n;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}

/** Whether the catalogue of `lang` has the message `key`. */
export function has(key: MessageKey, lang: Locale = locale): boolean {
  return bundle(lang).hasMessage(messageId(key));
}

/**
 * The message for `key` in the UI's language, with its parameters filled in (numbers formatted
 * for the locale). For counted messages pass the count as `n` or as `count`; the catalogue
 * chooses the plural form. A message the language lacks falls back to English, and a message no
 * language has shows its key, so a gap is visible rather than silent.
 */
export function t(key: MessageKey, vars: Record<string, string | number> = {}, count?: number): string {
  return render(locale, key, vars, count);
}

/** [`t`] in a given language (tests, and words for another language than the UI's). */
export function render(
  lang: Locale,
  key: MessageKey,
  vars: Record<string, string | number> = {},
  count?: number,
): string {
  const id = messageId(key);
  for (const b of [bundle(lang), bundle('en')]) {
    const message = b.getMessage(id);
    if (!message?.value) continue;
    const args = count === undefined ? vars : { ...vars, count };
    return b.formatPattern(message.value, args);
  }
  return key;
}

/**
 * A message the Rust side sent (a flag, a reason, the verdict, a note: `{id, args}`), in the UI's
 * language. `fallback` is the English sentence beside it in the report, shown when the catalogue
 * lacks the message (an older report).
 */
export function say(message: Message | null | undefined, fallback?: string | null): string {
  return sayIn(locale, message, fallback);
}

/** [`say`] in a given language. */
export function sayIn(lang: Locale, message: Message | null | undefined, fallback?: string | null): string {
  if (!message?.id) return fallback ?? '';
  if (!has(message.id, lang) && !has(message.id, 'en')) return fallback ?? message.id;
  const args: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(message.args ?? {})) {
    // A message inside a message (a reason inside a caution) is rendered in the same language.
    if (v !== undefined) args[k] = typeof v === 'object' ? sayIn(lang, v) : v;
  }
  return renderId(lang, message.id, args);
}

function renderId(lang: Locale, id: string, args: Record<string, string | number>): string {
  for (const b of [bundle(lang), bundle('en')]) {
    const message = b.getMessage(id);
    if (!message?.value) continue;
    return b.formatPattern(message.value, args);
  }
  return id;
}
