// Every string the UI shows, in English and German. The language follows navigator.language
// (German for any `de-*`, English otherwise); numbers are formatted for that locale
// (1,700 vs 1.700) and counted nouns pick their plural form through Intl.PluralRules.
//
// Texts that come from the export or from the Rust side (paths, reasons, verdicts) are never
// put in here; they are shown as they are, as text.

type Plural = { one: string; other: string };
type Entry = string | Plural;

const en = {
  'app.name': 'Auskunft',
  'offline.label': 'Offline',
  'offline.title': 'Everything stays on this computer: no network access, no telemetry.',
  'start.title': 'Whose data is in your export?',
  'start.lead':
    'Auskunft reads the files a company sent you when you asked for your data, for example an Amazon Alexa export, and shows which recordings are not yours.',
  'start.drop': 'Drop your export here',
  'start.drop.hint': 'one or more ZIP files',
  'start.drop.active': 'Release to open',
  'start.demo': 'Try the demo',
  'start.demo.hint': 'A made-up Alexa export with someone else’s recordings in it.',
  'start.privacy': 'Your files are read on this computer and never uploaded.',
  'loading.title': 'Reading the export…',
  'loading.demo': 'Preparing the demo export…',
  'loading.hint': 'This happens on this computer only.',
  'loading.demo.hint': 'The first time, the demo is written to this computer; that can take a minute.',
  'error.title': 'The export could not be checked',
  'error.code': 'Error code',
  'action.back': 'Open another export',
  'action.retry': 'Try again',
  'tone.foreign': 'Not yours',
  'tone.mine': 'Yours',
  'tone.unknown': 'Unclear',
  'stats.label': 'Recordings by owner',
  'stats.mine': 'Yours',
  'stats.foreign': 'Not yours',
  'stats.unknown': 'Unclear',
  'stats.of': { one: 'of {total} recording', other: 'of {total} recordings' },
  'stats.none': 'no recordings found',
  'files.title': 'Files',
  'files.lead': 'Every file you opened and what became of its contents.',
  'files.col.file': 'File',
  'files.col.status': 'Status',
  'files.col.parsed': 'Read',
  'files.col.skipped': 'Skipped',
  'files.col.failed': 'Failed',
  'files.unread.title': 'What could not be read',
  'files.unread.none': 'Every member of every file was read.',
  'files.unread.empty': 'No file held anything that could be read; the table above says why.',
  'files.unread.count': { one: '{n} item', other: '{n} items' },
  'files.unread.more': { one: '… and {n} more', other: '… and {n} more' },
  'files.member.reason.missing': 'No reason given.',
  'input.ok': 'Complete',
  'input.truncated': 'Cut off',
  'input.not_an_archive': 'Not an archive',
  'input.empty': 'Empty',
  'input.unreadable': 'Unreadable',
  'member.skipped': 'Skipped',
  'member.failed': 'Failed',
  'member.parsed': 'Read',
  'notes.title': 'Remarks',
  'footer.tool': 'Checked with {name} {version}',
  'footer.export': 'Export {id}',
  'browser.only': 'This page runs outside the Auskunft app, so it cannot read files.',
} satisfies Record<string, Entry>;

export type MessageKey = keyof typeof en;

const de: Record<MessageKey, Entry> = {
  'app.name': 'Auskunft',
  'offline.label': 'Offline',
  'offline.title': 'Alles bleibt auf diesem Computer: kein Netzzugriff, keine Telemetrie.',
  'start.title': 'Wessen Daten stecken in Ihrem Export?',
  'start.lead':
    'Auskunft liest die Dateien, die Ihnen ein Unternehmen auf Ihre Datenauskunft hin geschickt hat, etwa einen Amazon-Alexa-Export, und zeigt, welche Aufnahmen nicht Ihre sind.',
  'start.drop': 'Legen Sie Ihren Export hier ab',
  'start.drop.hint': 'eine oder mehrere ZIP-Dateien',
  'start.drop.active': 'Loslassen zum Öffnen',
  'start.demo': 'Demo ausprobieren',
  'start.demo.hint': 'Ein erfundener Alexa-Export mit fremden Aufnahmen darin.',
  'start.privacy': 'Ihre Dateien werden auf diesem Computer gelesen und nie hochgeladen.',
  'loading.title': 'Export wird gelesen …',
  'loading.demo': 'Demo-Export wird vorbereitet …',
  'loading.hint': 'Das geschieht nur auf diesem Computer.',
  'loading.demo.hint': 'Beim ersten Mal wird die Demo auf diesem Computer angelegt; das kann eine Minute dauern.',
  'error.title': 'Der Export konnte nicht geprüft werden',
  'error.code': 'Fehlercode',
  'action.back': 'Anderen Export öffnen',
  'action.retry': 'Erneut versuchen',
  'tone.foreign': 'Nicht Ihre',
  'tone.mine': 'Ihre',
  'tone.unknown': 'Unklar',
  'stats.label': 'Aufnahmen nach Besitz',
  'stats.mine': 'Ihre',
  'stats.foreign': 'Nicht Ihre',
  'stats.unknown': 'Unklar',
  'stats.of': { one: 'von {total} Aufnahme', other: 'von {total} Aufnahmen' },
  'stats.none': 'keine Aufnahmen gefunden',
  'files.title': 'Dateien',
  'files.lead': 'Jede geöffnete Datei und was aus ihrem Inhalt wurde.',
  'files.col.file': 'Datei',
  'files.col.status': 'Status',
  'files.col.parsed': 'Gelesen',
  'files.col.skipped': 'Übersprungen',
  'files.col.failed': 'Fehlgeschlagen',
  'files.unread.title': 'Was nicht gelesen werden konnte',
  'files.unread.none': 'Jeder Teil jeder Datei wurde gelesen.',
  'files.unread.empty': 'Keine Datei enthielt etwas Lesbares; warum, steht in der Tabelle oben.',
  'files.unread.count': { one: '{n} Eintrag', other: '{n} Einträge' },
  'files.unread.more': { one: '… und {n} weitere', other: '… und {n} weitere' },
  'files.member.reason.missing': 'Kein Grund angegeben.',
  'input.ok': 'Vollständig',
  'input.truncated': 'Abgeschnitten',
  'input.not_an_archive': 'Kein Archiv',
  'input.empty': 'Leer',
  'input.unreadable': 'Nicht lesbar',
  'member.skipped': 'Übersprungen',
  'member.failed': 'Fehlgeschlagen',
  'member.parsed': 'Gelesen',
  'notes.title': 'Hinweise',
  'footer.tool': 'Geprüft mit {name} {version}',
  'footer.export': 'Export {id}',
  'browser.only': 'Diese Seite läuft außerhalb der Auskunft-App und kann daher keine Dateien lesen.',
};

export type Locale = 'de' | 'en';

function pickLocale(): Locale {
  const wanted = navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const tag of wanted) {
    const lang = (tag ?? '').toLowerCase();
    if (lang.startsWith('de')) return 'de';
    if (lang.startsWith('en')) return 'en';
  }
  return 'en';
}

export const locale: Locale = pickLocale();
const table: Record<MessageKey, Entry> = locale === 'de' ? de : en;
const numbers = new Intl.NumberFormat(locale);
const plurals = new Intl.PluralRules(locale);

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

/**
 * The message for `key`, with `{name}` placeholders filled in. For counted messages pass the
 * count as `n` (or name it with `count`); numbers are formatted for the locale.
 */
export function t(key: MessageKey, vars: Record<string, string | number> = {}, count?: number): string {
  const entry = table[key];
  let text: string;
  if (typeof entry === 'string') {
    text = entry;
  } else {
    const n = count ?? (typeof vars.n === 'number' ? vars.n : 0);
    text = plurals.select(n) === 'one' ? entry.one : entry.other;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? num(value) : value;
  });
}
