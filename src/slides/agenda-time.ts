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
 * The slot of each item. An item without minutes still gets its start time ("10:05-??"), and the
 * items after it get no time at all: the clock cannot go on.
 */
export function schedule(start: string, minutes: Array<number | undefined>): Slot[] {
  let clock: string | undefined = start;
  return minutes.map((m) => {
    if (clock === undefined) return {};
    const from: string = clock;
    clock = m === undefined ? undefined : addMinutes(from, m);
    return { time: `${from}-${clock ?? '??'}` };
  });
}

export function totalMinutes(minutes: Array<number | undefined>): number {
  return minutes.reduce<number>((sum, m) => sum + (m ?? 0), 0);
}
