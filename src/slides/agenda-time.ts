// Clock times of a timed agenda: each item starts when the ones before it end.

/** "09:30" + 75 -> "10:45"; wraps past midnight. */
export function addMinutes(hhmm: string, minutes: number): string {
  const [h, m] = hhmm.split(':').map(Number);
  const total = (((h * 60 + m + minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

export interface Slot {
  /** "09:30-09:35"; undefined once an item without minutes has stopped the clock */
  time?: string;
}

/**
 * Minutes from the session's start to each item's start. An item without minutes still gets its
 * offset, and the items after it get none: the clock cannot go on.
 */
export function offsets(minutes: Array<number | undefined>): Array<number | undefined> {
  let clock: number | undefined = 0;
  return minutes.map((m) => {
    const from = clock;
    clock = clock === undefined || m === undefined ? undefined : clock + m;
    return from;
  });
}

/** The slot of each item: "10:05-??" for an item without minutes, nothing for the items after it. */
export function schedule(start: string, minutes: Array<number | undefined>): Slot[] {
  return offsets(minutes).map((from, i) => {
    if (from === undefined) return {};
    const m = minutes[i];
    return { time: `${addMinutes(start, from)}-${m === undefined ? '??' : addMinutes(start, from + m)}` };
  });
}

export function totalMinutes(minutes: Array<number | undefined>): number {
  return minutes.reduce<number>((sum, m) => sum + (m ?? 0), 0);
}
