// Wall-clock arithmetic in one IANA time zone, through Intl only (no zone database of our own).
// The timeline labels ticks and counts hours of day in the user's zone; tests pass a zone in.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The zone the runtime reports for this user (`Europe/Berlin`), or `UTC` when it reports none. */
export function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * Offsets of one zone from UTC, in milliseconds, cached per UTC day: a day whose first and
 * last hour share an offset has that offset throughout (zones change at most twice a year);
 * the few days with a change are cached per hour. So 100,000 records over three years cost
 * about 2,000 `formatToParts` calls, not 100,000.
 */
export class Zone {
  readonly name: string;
  private readonly parts: Intl.DateTimeFormat;
  private readonly days = new Map<number, number>();
  private readonly hours = new Map<number, number>();

  constructor(name: string) {
    this.name = name;
    this.parts = new Intl.DateTimeFormat('en-US', {
      timeZone: name,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  }

  /** The offset at the instant `at`, asked of Intl. */
  private measure(at: number): number {
    const p: Record<string, number> = {};
    for (const part of this.parts.formatToParts(at)) {
      if (part.type !== 'literal') p[part.type] = Number(part.value);
    }
    const wall = Date.UTC(p.year ?? 1970, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
    return wall - at;
  }

  /** Local time minus UTC at instant `t` (ms since the epoch), e.g. 7,200,000 for CEST. */
  offset(t: number): number {
    if (this.days.size + this.hours.size > 200_000) {
      this.days.clear();
      this.hours.clear();
    }
    const day = Math.floor(t / DAY);
    let whole = this.days.get(day);
    if (whole === undefined) {
      const first = this.measure(day * DAY);
      const last = this.measure((day + 1) * DAY - HOUR);
      whole = first === last ? first : Number.NaN;
      this.days.set(day, whole);
    }
    if (!Number.isNaN(whole)) return whole;
    const hour = Math.floor(t / HOUR);
    let offset = this.hours.get(hour);
    if (offset === undefined) {
      offset = this.measure(hour * HOUR);
      this.hours.set(hour, offset);
    }
    return offset;
  }

  /** The wall-clock time at `t`, as a UTC timestamp carrying the local fields. */
  toWall(t: number): number {
    return t + this.offset(t);
  }

  /**
   * The instant whose wall-clock time is `wall`. In a gap (spring forward) the wall time is
   * read with the offset before the gap, which lands after it.
   */
  fromWall(wall: number): number {
    const guess = wall - this.offset(wall);
    return wall - this.offset(guess);
  }

  /** Hour of day (0–23) at `t` in this zone. */
  hourOf(t: number): number {
    const wall = t + this.offset(t);
    const h = Math.floor(wall / HOUR) % 24;
    return h < 0 ? h + 24 : h;
  }
}
