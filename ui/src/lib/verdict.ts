import { locale } from './i18n';
import type { Fit, Summary } from './types';

/** The verdict sentence in the UI's language; the English one when no German one was written. */
export function verdictText(summary: Summary): string {
  return locale === 'de' && summary.verdict_de ? summary.verdict_de : summary.verdict;
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
