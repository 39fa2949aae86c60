// The one typed entry point from the UI into the Rust shell. The command list mirrors
// `generate_handler![...]` in src-tauri/src/lib.rs and the permissions in
// src-tauri/capabilities/main.json.

import { invoke } from '@tauri-apps/api/core';
import type {
  Fit,
  InventoryCandidates,
  InventoryEntry,
  InventoryFile,
  InventorySection,
  Mark,
  RecentExport,
  Rejudged,
  Report,
  SearchQuery,
  SearchResult,
  UiError,
} from './types';
import type { AudioClip, PlayerStatus } from './types';
import type { EvidenceStatus, ForgetDone, ManifestSaved, SetAsideSaved, TranscriptsSaved } from './types';

type NoArgs = Record<string, never>;

export interface Commands {
  startup: { req: NoArgs; res: { archives: string[]; demo: boolean } };
  audit_export: { req: { paths: string[] }; res: Report };
  open_demo: { req: NoArgs; res: Report };
  recent_exports: { req: NoArgs; res: RecentExport[] };
  choose_archives: { req: NoArgs; res: string[] };
  forget_export: { req: { exportId: string }; res: RecentExport[] };
  mark_record: { req: { record: string; mark: Mark | null }; res: Rejudged };
  own_device: { req: { device: string }; res: Rejudged };
  mark_device: { req: { device: string; mark: Mark | null }; res: Rejudged };
  own_no_voice_device: { req: NoArgs; res: Rejudged };
  inventory_read: { req: NoArgs; res: InventoryFile };
  inventory_candidates: { req: NoArgs; res: InventoryCandidates };
  inventory_add: { req: { entry: InventoryEntry }; res: Rejudged };
  inventory_reject: { req: { key: string | null }; res: InventoryCandidates };
  inventory_replace: { req: { index: number; entry: InventoryEntry }; res: Rejudged };
  inventory_remove: { req: { section: InventorySection; index: number }; res: Rejudged };
  search: { req: { query: SearchQuery }; res: SearchResult };
  cancel_audit: { req: NoArgs; res: null };
  audio_clip: { req: { record: string }; res: AudioClip };
  player_play: { req: { record: string; from: number }; res: PlayerStatus };
  player_pause: { req: NoArgs; res: PlayerStatus };
  player_resume: { req: NoArgs; res: PlayerStatus };
  player_seek: { req: { seconds: number }; res: PlayerStatus };
  player_speed: { req: { rate: number }; res: PlayerStatus };
  player_stop: { req: NoArgs; res: PlayerStatus };
  player_status: { req: NoArgs; res: PlayerStatus };
  evidence_status: { req: NoArgs; res: EvidenceStatus };
  save_manifest: { req: NoArgs; res: ManifestSaved | null };
  save_set_aside: { req: { lang: string }; res: SetAsideSaved | null };
  forget_foreign: { req: NoArgs; res: ForgetDone };
  save_transcripts: { req: { format: 'csv' | 'srt' | 'vtt'; lang: string }; res: TranscriptsSaved | null };
}

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
