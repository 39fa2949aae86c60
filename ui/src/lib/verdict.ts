import { locale, say } from './i18n';
import type { Fit, Summary } from './types';

/** The verdict sentence in the UI's language, from its catalogue message; the sentences written
 * with the report when it carries none. */
export function verdictText(summary: Summary): string {
  const written = locale === 'de' && summary.verdict_de ? summary.verdict_de : summary.verdict;
  return say(summary.verdict_words, written);
}

/**
 * The colour and word the verdict banner carries: "not yours" as soon as anything in the
 * export belongs to someone else, "yours" only when every record is, "unclear" otherwise.
 */
export function verdictTone(summary: Summary): Fit {
  if (summary.records_foreign > 0 || summary.devices_foreign > 0) return 'foreign';
  if (summary.records > 0 && summary.records_mine === summary.records) return 'mine';
  return 'unknown';
}
