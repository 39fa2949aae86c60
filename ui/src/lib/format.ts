// Dates and times as the UI shows them, in the UI's locale and the computer's time zone.

import { locale } from './i18n';

const formats = new Map<string, Intl.DateTimeFormat>();

/** A formatter for the current locale (formatters are cached per locale and style). */
function fmt(style: 'day' | 'moment'): Intl.DateTimeFormat {
  const key = `${locale}|${style}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(
      locale,
      style === 'day' ? { dateStyle: 'medium' } : { dateStyle: 'medium', timeStyle: 'medium' },
    );
    formats.set(key, f);
  }
  return f;
}

/** `3 May 2018` / `03.05.2018`, or an empty string for no time. */
export function day(iso: string | null | undefined): string {
  return iso ? fmt('day').format(new Date(iso)) : '';
}

/** `3 May 2018, 09:12:45` / `03.05.2018, 09:12:45`. */
export function moment(iso: string | null | undefined): string {
  return iso ? fmt('moment').format(new Date(iso)) : '';
}

/** `first – last` as days, one day when both are the same. */
export function span(first: string | null, last: string | null): string {
  const a = day(first);
  const b = day(last);
  if (!a) return b;
  if (!b || a === b) return a;
  return `${a} – ${b}`;
}

/** Seconds as `m:ss`. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
