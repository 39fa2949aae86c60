// The one typed entry point from the UI into the Rust shell. The commands, their arguments and
// results come from `ui/src/lib/bindings/commands.ts`, which the tests generate from the one
// command list in src-tauri/src/lib.rs (`commands![...]`): a command is added there, not here.

import { invoke } from '@tauri-apps/api/core';
import type { Commands } from './bindings/commands';
import type { UiError } from './types';

export type { Commands } from './bindings/commands';

export async function rpc<K extends keyof Commands>(
  cmd: K,
  req: Commands[K]['req'],
): Promise<Commands[K]['res']> {
  try {
    return await invoke<Commands[K]['res']>(cmd, req);
  } catch (error) {
    throw asUiError(error);
  }
}

/** Commands reject with an `ApiError` (`{code, message}`); Tauri itself with a plain string. */
export function asUiError(error: unknown): UiError {
  if (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as UiError).code === 'string' &&
    typeof (error as UiError).message === 'string'
  ) {
    return error as UiError;
  }
  return { code: 'ipc', message: String(error) };
}

/** False when the page runs in a plain browser (e.g. `vite` alone) instead of the app. */
export function inApp(): boolean {
  return '__TAURI_INTERNALS__' in window;
}
