// What the app holds while an export is open: the report's head, the records as columns, the
// whole records fetched so far, the screen shown, the record in the player, which strangers'
// transcripts the user chose to see, and the search hits lit up on the timeline. One instance
// per opened export; App.svelte makes a new one for each.
//
// The full report stays in Rust (issue 13: a 100,000-record report is ~100 MB of JSON). The UI
// gets the head when the export opens, the record columns right after, and single records
// (`detail`) and the files screen's members when a screen needs them.

import { SvelteMap, SvelteSet } from 'svelte/reactivity';
import { asUiError, rpc } from './rpc';
import type { Fit, Head, Rejudged, RecordColumns, UiError, VoiceRecord } from './types';
import { FIT_CODE, FITS } from './timeline/lanes';

export type Screen = 'overview' | 'timeline' | 'search' | 'devices' | 'inventory' | 'files' | 'act';

export const SCREENS: Screen[] = ['overview', 'timeline', 'search', 'devices', 'inventory', 'files', 'act'];

/** What deciding a record's veil needs. */
export type Veilable = { id: string; fit: Fit };

/** How the session reaches Rust; tests pass their own. */
export type Source = {
  columns: () => Promise<RecordColumns>;
  record: (id: string) => Promise<VoiceRecord>;
};

const IPC: Source = {
  columns: () => rpc('record_columns', {}),
  record: (id) => rpc('record', { id }),
};

/** Whole records kept at most; the oldest fetched go first (the one in the player stays). */
export const DETAILS_KEPT = 500;

export class Session {
  /**
   * The report without its records and members (`Head`: summary, devices, inputs, notes,
   * export id, tool). Replaced as a whole, never mutated in place.
   */
  report: Head = $state.raw() as Head;
  /** Every record's id, time, device and fit; `null` until fetched (just after opening). */
  columns: RecordColumns | null = $state.raw(null);
  /** Why the columns could not be fetched, if they could not. */
  columnsError: UiError | null = $state.raw(null);
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

  /** Whole records fetched so far, by id. */
  private details = new SvelteMap<string, VoiceRecord>();
  /** Ids being fetched (not reactive: asking must not change state while a view derives). */
  private pending = new Set<string>();
  /** Counts re-judgements: a record fetched before one is fetched again. */
  private generation = 0;
  private readonly source: Source;
  /** Record id → position in the columns, for `indexed` (not reactive: a cache). */
  private index = new Map<string, number>();
  private indexed: string[] | null = null;

  /** Dated records' ids, oldest first: the timeline's order. */
  readonly byTime = $derived.by(() => {
    const c = this.columns;
    if (!c) return [] as string[];
    const dated: number[] = [];
    c.times.forEach((t, i) => {
      if (t !== null) dated.push(i);
    });
    dated.sort((a, b) => (c.times[a] as number) - (c.times[b] as number) || a - b);
    return dated.map((i) => c.ids[i] as string);
  });

  constructor(report: Head, demo: boolean, source: Source = IPC) {
    this.report = report;
    this.demo = demo;
    this.source = source;
  }

  /** Fetches the record columns (the timeline's data); an error is kept in `columnsError`. */
  async loadColumns(): Promise<void> {
    for (;;) {
      const generation = this.generation;
      let columns: RecordColumns;
      try {
        columns = await this.source.columns();
      } catch (error) {
        this.columnsError = asUiError(error);
        return;
      }
      // Asked before a re-judgement was taken in: its fits may be older; ask again.
      if (generation !== this.generation) continue;
      this.columns = columns;
      return;
    }
  }

  /** A record's fit now, once the columns are here. */
  fitOf(id: string): Fit | undefined {
    const columns = this.columns;
    if (!columns) return undefined;
    // Built once per set of ids: a re-judgement replaces the fits, not the ids.
    if (this.indexed !== columns.ids) {
      this.indexed = columns.ids;
      this.index = new Map(columns.ids.map((x, i) => [x, i]));
    }
    const i = this.index.get(id);
    const code = i === undefined ? undefined : columns.fits[i];
    return code === undefined ? undefined : FITS[code];
  }

  /** The record open in the player, once fetched. */
  get current(): VoiceRecord | null {
    return this.selected ? (this.detail(this.selected) ?? null) : null;
  }

  /**
   * A whole record, when fetched; otherwise `undefined`, and it is fetched (reading this in a
   * derivation re-runs it when the record arrives).
   */
  detail(id: string): VoiceRecord | undefined {
    const record = this.details.get(id);
    if (record === undefined) this.fetch(id);
    return record;
  }

  private fetch(id: string) {
    if (this.pending.has(id)) return;
    this.pending.add(id);
    const generation = this.generation;
    // Later, never while a view derives.
    void Promise.resolve()
      .then(() => this.source.record(id))
      .then(
        (record) => {
          this.pending.delete(id);
          if (generation !== this.generation) {
            this.fetch(id);
            return;
          }
          this.keep(record);
        },
        () => this.pending.delete(id),
      );
  }

  private keep(record: VoiceRecord) {
    this.details.delete(record.id);
    this.details.set(record.id, record);
    for (const id of this.details.keys()) {
      if (this.details.size <= DETAILS_KEPT) break;
      if (id !== this.selected) this.details.delete(id);
    }
  }

  /**
   * Whether a record's words are hidden: every record that is not the user's, until the user
   * asks to see it (respecting the stranger, see ui.md).
   */
  veiled = (r: Veilable): boolean => r.fit !== 'mine' && !this.revealAll && !this.revealed.has(r.id);

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
    this.report = { ...this.report, summary: r.summary, devices: r.devices };
    if (r.changed.length === 0) return;
    this.generation += 1;
    const columns = this.columns;
    if (columns) {
      const fits = columns.fits.slice();
      for (const c of r.changed) fits[c.index] = FIT_CODE[c.fit];
      this.columns = { ...columns, fits };
    }
    // Fetched records that changed: fit and mark at once, their flags when fetched again.
    for (const c of r.changed) {
      const kept = this.details.get(c.id);
      if (!kept) continue;
      if (c.id === this.selected) {
        this.details.set(c.id, { ...kept, fit: c.fit, mark: c.mark });
        this.fetch(c.id);
      } else {
        this.details.delete(c.id);
      }
    }
  }
}
