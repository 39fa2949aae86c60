// What the UI says about a member of an export that the report carries as sentences: its
// warnings (a row skipped, an encoding repaired). The report holds each in English and, one for
// one, as a catalogue message (`warnings_words`); the UI says the message in its language and
// falls back to the English sentence only for a report without words.

import { locale, sayIn, type Locale } from './i18n';
import type { Member } from './types';

/** The member's warnings in `lang`. */
export function warningsIn(lang: Locale, member: Pick<Member, 'warnings' | 'warnings_words'>): string[] {
  const words = member.warnings_words ?? [];
  if (words.length !== member.warnings.length) return [...member.warnings];
  return words.map((w, i) => sayIn(lang, w, member.warnings[i]));
}

/** The member's warnings in the UI's language. */
export function warnings(member: Pick<Member, 'warnings' | 'warnings_words'>): string[] {
  return warningsIn(locale, member);
}
