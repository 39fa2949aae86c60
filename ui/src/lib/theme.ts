// Light and dark: the user's choice ("system", "light", "dark", remembered), resolved here into
// `data-theme` on <html>, which app.css keys its dark colours on. "system" follows the system
// setting, also when it changes while the app is open.

export type Theme = 'system' | 'light' | 'dark';

const STORED = 'auskunft.theme';
const dark = globalThis.matchMedia?.('(prefers-color-scheme: dark)');
let choice: Theme = 'system';

/** The remembered choice. */
export function storedTheme(): Theme {
  const stored = globalThis.localStorage?.getItem(STORED);
  return stored === 'light' || stored === 'dark' ? stored : 'system';
}

function resolve() {
  const theme = choice === 'system' ? (dark?.matches ? 'dark' : 'light') : choice;
  document.documentElement.dataset.theme = theme;
}

/** Applies and remembers a choice. */
export function applyTheme(next: Theme) {
  choice = next;
  globalThis.localStorage?.setItem(STORED, next);
  resolve();
}

dark?.addEventListener('change', resolve);
