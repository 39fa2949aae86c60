// What the app holds while an export is open: the report, the screen shown, the record in the
// player, which strangers' transcripts the user chose to see, and the search hits lit up on the
// timeline. One instance per opened export; App.svelte makes a new one for each.

import { SvelteSet } from 'svelte/reactivity';
import type { Rejudged, Report, VoiceRecord } from './types';

export type Screen = 'overview' | 'timeline' | 'search' | 'devices' | 'inventory' | 'files' | 'act';

export const SCREENS: Screen[] = ['overview', 'timeline', 'search', 'devices', 'inventory', 'files', 'act'];

export class Session {
  /** Replaced as a whole (never mutated in place): 100,000 records stay cheap to hold. */
  report: Report = $state.raw() as Report;
  screen: Screen = $state('overview');
  /** The record in the player, by id. */
  selected: string | null = $state(null);
  /** The order "next"/"previous" walks: search hits when a search ran, else the timeline's. */
  playlist: string[] = $state.raw([]);
  /** Show every transcript, strangers' included (journalists). */
  revealAll = $state(false);
  /** Strangers' transcripts the user chose to see one by one. */
  revealed = new SvelteSet<string>();
  /** Records lit up on the timeline (the current search hits). */
  highlight: Set<string> = $state.raw(new Set());
  /** A time range brushed on the timeline, filtering search. */
  range: { from: Date; to: Date } | null = $state.raw(null);
  /** Whether the export was opened as the bundled demo. */
  readonly demo: boolean;

  readonly byId = $derived(new Map(this.report.records.map((r) => [r.id, r])));
  readonly byTime = $derived(
    this.report.records
      .filter((r) => r.time !== null)
      .sort((a, b) => (a.time! < b.time! ? -1 : a.time! > b.time! ? 1 : 0))
      .map((r) => r.id),
  );

  constructor(report: Report, demo: boolean) {
    this.report = report;
    this.demo = demo;
  }

  get current(): VoiceRecord | null {
    return this.selected ? (this.byId.get(this.selected) ?? null) : null;
  }

  /**
   * Whether a record's words are hidden: every record that is not the user's, until the user
   * asks to see it (respecting the stranger, see ui.md).
   */
  veiled = (r: VoiceRecord): boolean => r.fit !== 'mine' && !this.revealAll && !this.revealed.has(r.id);

  select(id: string | null, playlist?: string[]) {
    this.selected = id;
    if (playlist) this.playlist = playlist;
  }

  /** The record after (`+1`) or before (`-1`) the current one in the playlist. */
  step(by: 1 | -1): string | null {
    const list = this.playlist.length > 0 ? this.playlist : this.byTime;
    if (list.length === 0) return null;
    const at = this.selected ? list.indexOf(this.selected) : -1;
    const next = at < 0 ? (by > 0 ? 0 : list.length - 1) : at + by;
    if (next < 0 || next >= list.length) return null;
    this.selected = list[next] ?? null;
    return this.selected;
  }

  /** Takes in what a re-judgement changed (after a mark or an inventory edit). */
  apply(r: Rejudged) {
    const changed = new Map(r.changed.map((c) => [c.id, c]));
    this.report = {
      ...this.report,
      summary: r.summary,
      devices: r.devices,
      records: changed.size > 0 ? this.report.records.map((x) => changed.get(x.id) ?? x) : this.report.records,
    };
  }
}
