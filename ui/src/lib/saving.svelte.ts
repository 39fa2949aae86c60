// The one way a section of "Act on it" runs a save (report, letter, manifest, set-aside copy,
// transcripts): busy while it runs, its error in the reader's language, "cancelled" when the user
// closed the save dialog (the command then answers null), and what was saved.

import { say } from './i18n';
import type { UiError } from './types';

/** An error from a command, in the UI's language (its catalogue message, else its sentence). */
export function errorText(e: unknown): string {
  const err = e as Partial<UiError> | null;
  if (err && typeof err === 'object' && ('words' in err || 'message' in err)) {
    return say(err.words, err.message ?? String(e));
  }
  return String(e);
}

export class SaveAction<T> {
  busy = $state(false);
  error: string | null = $state(null);
  cancelled = $state(false);
  result: T | null = $state(null);

  /** Runs `call`; keeps its result, or notes that the dialog was cancelled or what failed. */
  async run(call: () => Promise<T | null>): Promise<T | null> {
    this.busy = true;
    this.error = null;
    this.cancelled = false;
    try {
      const result = await call();
      if (result) this.result = result;
      else this.cancelled = true;
      return result;
    } catch (e) {
      this.error = errorText(e);
      return null;
    } finally {
      this.busy = false;
    }
  }
}
