import { describe, expect, it } from 'vitest';
import { DETAILS_KEPT, Session, type Source } from './state.svelte';
import { columnsOf } from './timeline/lanes';
import type { Fit, Head, Rejudged, VoiceRecord } from './types';

function record(id: string, time: string | null, fit: Fit): VoiceRecord {
  return {
    id, time, zone: null, device: 'd1', account: null, vendor: 'amazon', speakers: [], speaker_recognized: null,
    location: null, details: [], transcript: `words of ${id}`, response: null, language: 'de', placeholder: false,
    audio: null, audio_match: null, source: { input: 0, path: 'Alexa/voice.json', locator: id }, mark: null,
    fit, flags: [], matches: [], matches_words: [],
  };
}

const head = { export_id: 'e1', devices: [], summary: { records: 3 } } as unknown as Head;

/** A fake Rust side: records by id, counting what is asked for; answers when `release` runs. */
function source(records: VoiceRecord[]) {
  const byId = new Map(records.map((r) => [r.id, r]));
  const asked: string[] = [];
  let waiting: (() => void)[] = [];
  const fake: Source = {
    columns: async () => columnsOf([...byId.values()]),
    record: (id) =>
      new Promise((resolve, reject) => {
        asked.push(id);
        waiting.push(() => {
          const r = byId.get(id);
          if (r) resolve(structuredClone(r));
          else reject({ code: 'usage', message: `no record ${id}` });
        });
      }),
  };
  return {
    fake,
    asked,
    byId,
    async release() {
      await Promise.resolve();
      const now = waiting;
      waiting = [];
      now.forEach((f) => f());
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('the open export in the UI', () => {
  it('gets the columns after the head and orders the timeline by time', async () => {
    const rust = source([record('r1', '2024-03-03T10:00:00Z', 'mine'), record('r2', '2024-03-01T10:00:00Z', 'foreign'), record('r3', null, 'unknown')]);
    const session = new Session(head, false, rust.fake);
    expect(session.columns).toBeNull();
    expect(session.byTime).toEqual([]);
    await session.loadColumns();
    expect(session.byTime).toEqual(['r2', 'r1']);
    expect(session.fitOf('r2')).toBe('foreign');
    expect(session.fitOf('nope')).toBeUndefined();
  });

  it('fetches a whole record once, when first asked for', async () => {
    const rust = source([record('r1', null, 'mine')]);
    const session = new Session(head, false, rust.fake);
    expect(session.detail('r1')).toBeUndefined();
    expect(session.detail('r1')).toBeUndefined();
    await rust.release();
    expect(rust.asked).toEqual(['r1']);
    expect(session.detail('r1')?.transcript).toBe('words of r1');
    session.select('r1');
    expect(session.current?.id).toBe('r1');
  });

  it('takes in a re-judgement: fits in the columns, the player\'s record at once and again', async () => {
    const rust = source([record('r1', '2024-03-01T10:00:00Z', 'mine'), record('r2', '2024-03-02T10:00:00Z', 'mine')]);
    const session = new Session(head, false, rust.fake);
    await session.loadColumns();
    session.detail('r1');
    session.detail('r2');
    await rust.release();
    session.select('r1');
    // Rust changed r1 (marked not mine, a flag added) and r2.
    rust.byId.set('r1', { ...record('r1', '2024-03-01T10:00:00Z', 'foreign'), mark: 'not_mine', flags: [{ code: 'marked_not_mine', severity: 'high', message: 'm', message_words: { id: 'flag-marked-not-mine' } }] });
    rust.byId.set('r2', record('r2', '2024-03-02T10:00:00Z', 'unknown'));
    const summary = { ...head.summary, records_foreign: 1 } as Head['summary'];
    const change: Rejudged = {
      summary,
      devices: [],
      changed: [
        { id: 'r1', index: 0, fit: 'foreign', mark: 'not_mine' },
        { id: 'r2', index: 1, fit: 'unknown', mark: null },
      ],
    };
    session.apply(change);
    expect(session.report.summary).toBe(summary);
    expect(session.fitOf('r1')).toBe('foreign');
    expect(session.fitOf('r2')).toBe('unknown');
    expect(Array.from(session.columns!.fits)).toEqual([1, 2]);
    // The player's record shows the new fit and mark at once, its flags once fetched again.
    expect(session.current?.fit).toBe('foreign');
    expect(session.current?.mark).toBe('not_mine');
    expect(session.current?.flags).toEqual([]);
    await rust.release();
    expect(session.current?.flags.length).toBe(1);
    // Other records that changed are fetched again only when asked for.
    expect(rust.asked.filter((id) => id === 'r2').length).toBe(1);
    expect(session.detail('r2')).toBeUndefined();
    await rust.release();
    expect(session.detail('r2')?.fit).toBe('unknown');
  });

  it('asks again for a record that arrives from before a re-judgement', async () => {
    const rust = source([record('r1', null, 'mine')]);
    const session = new Session(head, false, rust.fake);
    session.detail('r1');
    await settle();
    rust.byId.set('r1', record('r1', null, 'foreign'));
    session.apply({ summary: head.summary, devices: [], changed: [{ id: 'r1', index: 0, fit: 'foreign', mark: null }] });
    await rust.release();
    expect(session.detail('r1')).toBeUndefined();
    await rust.release();
    expect(session.detail('r1')?.fit).toBe('foreign');
    expect(rust.asked).toEqual(['r1', 'r1']);
  });

  it('keeps a bounded number of whole records, the player\'s among them', async () => {
    const many = Array.from({ length: DETAILS_KEPT + 50 }, (_, i) => record(`r${i}`, null, 'mine'));
    const rust = source(many);
    const session = new Session(head, false, rust.fake);
    session.detail('r0');
    await rust.release();
    session.select('r0');
    for (const r of many.slice(1)) session.detail(r.id);
    await rust.release();
    const kept = many.filter((r) => session.detail(r.id) !== undefined).length;
    expect(kept).toBe(DETAILS_KEPT);
    expect(session.current?.id).toBe('r0');
  });
});
