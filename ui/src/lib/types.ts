// The types the UI receives, re-exported from the bindings that ts-rs generates from the Rust
// types into ./bindings (see .cargo/config.toml). Import from here, not from ./bindings, so a
// rename on the Rust side changes one file. Never edit ./bindings by hand.

export type { ApiError } from './bindings/ApiError';
export type { AudioRef } from './bindings/AudioRef';
export type { Device } from './bindings/Device';
export type { ErrorCode } from './bindings/ErrorCode';
export type { Fit } from './bindings/Fit';
export type { Flag } from './bindings/Flag';
export type { FlagCode } from './bindings/FlagCode';
export type { Input } from './bindings/Input';
export type { InputStatus } from './bindings/InputStatus';
export type { Member } from './bindings/Member';
/** A catalogue message (id and parameters) the Rust side sends, said with `say`. */
export type { Message } from './bindings/Message';
export type { MemberKind } from './bindings/MemberKind';
export type { MemberStatus } from './bindings/MemberStatus';
export type { Note } from './bindings/Note';
/** `Record` in Rust; renamed here because TypeScript has a built-in `Record`. */
export type { Record as VoiceRecord } from './bindings/Record';
export type { Report } from './bindings/Report';
export type { Head } from './bindings/Head';
export type { RecordColumns } from './bindings/RecordColumns';
export type { RecordChange } from './bindings/RecordChange';
export type { FilesView } from './bindings/FilesView';
export type { MemberGroup } from './bindings/MemberGroup';
export type { MemberPage } from './bindings/MemberPage';
export type { StatusCounts } from './bindings/StatusCounts';
export type { Severity } from './bindings/Severity';
export type { SourceRef } from './bindings/SourceRef';
export type { Summary } from './bindings/Summary';
export type { Tool } from './bindings/Tool';
export type { Truncation } from './bindings/Truncation';
export type { Mark } from './bindings/Mark';
export type { Rejudged } from './bindings/Rejudged';
export type { RecentExport } from './bindings/RecentExport';
export type { Location } from './bindings/Location';
export type { InventoryFile } from './bindings/InventoryFile';
export type { Inventory } from './bindings/Inventory';
export type { InventoryDevice } from './bindings/InventoryDevice';
export type { InventoryAccount } from './bindings/InventoryAccount';
export type { InventoryPerson } from './bindings/InventoryPerson';
export type { InventoryPlace } from './bindings/InventoryPlace';
export type { InventoryEntry } from './bindings/InventoryEntry';
export type { InventorySection } from './bindings/InventorySection';
export type { InventoryCandidates } from './bindings/InventoryCandidates';
export type { DeviceCandidate } from './bindings/DeviceCandidate';
export type { AccountCandidate } from './bindings/AccountCandidate';
export type { PersonCandidate } from './bindings/PersonCandidate';
export type { PlaceCandidate } from './bindings/PlaceCandidate';
export type { DeviceKind } from './bindings/DeviceKind';
export type { Vendor } from './bindings/Vendor';
export type { SearchQuery } from './bindings/SearchQuery';
export type { SearchResult } from './bindings/SearchResult';
export type { SearchHit } from './bindings/SearchHit';
export type { SearchFacets } from './bindings/SearchFacets';
export type { DeviceCount } from './bindings/DeviceCount';
export type { FitCount } from './bindings/FitCount';
export type { AudioClip } from './bindings/AudioClip';
export type { AudioFormat } from './bindings/AudioFormat';
export type { PlayerState } from './bindings/PlayerState';
export type { PlayerStatus } from './bindings/PlayerStatus';
export type { AuditProgress } from './bindings/AuditProgress';
export type { AuditStep } from './bindings/AuditStep';

import type { ApiError } from './bindings/ApiError';

/**
 * An error as the UI shows it: an `ApiError` from a command, or one the UI itself detects —
 * `ipc` when the call did not reach a command (Tauri rejects with a plain string), `not_in_app`
 * when the page runs in a plain browser.
 */
export type UiError = {
  code: ApiError['code'] | 'ipc' | 'not_in_app';
  message: string;
  /** The sentence as a catalogue message, shown in the UI's language (`say`). */
  words?: ApiError['words'];
};
export type { Question } from './bindings/Question';
export type { MadeFor } from './bindings/MadeFor';
export type { InventoryState } from './bindings/InventoryState';
export type { Letter } from './bindings/Letter';
export type { LetterChoice } from './bindings/LetterChoice';
export type { LetterField } from './bindings/LetterField';
export type { LetterRecipient } from './bindings/LetterRecipient';
export type { EvidenceStatus } from './bindings/EvidenceStatus';
export type { ManifestSaved } from './bindings/ManifestSaved';
export type { KeyReplaced } from './bindings/KeyReplaced';
export type { SetAsideSaved } from './bindings/SetAsideSaved';
export type { NotCopiedMember } from './bindings/NotCopiedMember';
export type { ForgetDone } from './bindings/ForgetDone';
export type { TranscriptsSaved } from './bindings/TranscriptsSaved';
