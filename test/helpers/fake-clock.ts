// A fixed "now" for a command run in process: while `fn` runs, `new Date()` and Date.now() read the
// instant `iso` (ISO 8601), so a CLI test decides what "today" is. Dates made from a value are real.
export async function atInstant<T>(iso: string, fn: () => Promise<T>): Promise<T> {
  const now = Date.parse(iso);
  const RealDate = Date;
  class FakeDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(now);
      else super(...(args as [string]));
    }
    static now(): number {
      return now;
    }
  }
  globalThis.Date = FakeDate as DateConstructor;
  try {
    return await fn();
  } finally {
    globalThis.Date = RealDate;
  }
}
