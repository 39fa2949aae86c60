// Finds English sentences in text that should be German: a line counts as English when it holds
// one of the common English function words below as a whole word, after the names that may stay
// as they are (vendor models, device names the household gave, the export's own paths and
// words) are taken out. Used by the end-to-end test of the German screens and by the CLI's.

/** Words that appear in nearly every English sentence and in no German one. */
export const ENGLISH_WORDS = [
  'the', 'your', 'yours', 'of', 'is', 'are', 'not', 'and', 'with', 'from', 'this', 'that',
  'none', 'which', 'were', 'has', 'have', 'been', 'there', 'these', 'those', 'it', 'its',
  'could', 'cannot', 'no', 'or', 'on', 'at', 'for', 'you', 'what', 'whose', 'unclear', 'records',
  'recording', 'recordings', 'device', 'devices',
];

const WORD = new RegExp(`(?:^|[^\\p{L}\\p{N}_-])(${ENGLISH_WORDS.join('|')})(?=$|[^\\p{L}\\p{N}_-])`, 'iu');

/**
 * The lines of `text` that read as English. `allowed` lists strings that may appear as they are
 * (names, models, paths, transcripts): they are removed before looking.
 */
export function englishLines(text, allowed = []) {
  const names = [...new Set(allowed.filter((a) => a && a.trim().length > 0))].sort((a, b) => b.length - a.length);
  const found = [];
  for (const line of text.split('\n')) {
    let rest = line;
    for (const name of names) rest = rest.split(name).join(' ');
    const m = WORD.exec(rest);
    if (m) found.push(`${line.trim()}  [${m[1]}]`);
  }
  return found;
}

/** What may stay as it is in a report: names, models, serials, accounts, paths and the households' own words. */
export function allowedFromReport(report) {
  const out = [];
  for (const d of report.devices ?? []) out.push(d.name, d.model, d.type, d.serial, d.account);
  for (const r of report.records ?? []) out.push(r.transcript, r.response, ...(r.speakers ?? []), ...(r.details ?? []));
  for (const m of report.members ?? []) out.push(m.path, m.container, m.format);
  for (const i of report.inputs ?? []) out.push(i.path);
  return out.filter(Boolean);
}
