// Loaded into a child process with NODE_OPTIONS=--import: `new Date()` and Date.now() read the
// instant in WGDECK_TEST_NOW (ISO 8601), so a CLI test decides what "today" is.
const fixed = process.env.WGDECK_TEST_NOW;
if (fixed) {
  const now = Date.parse(fixed);
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
}
export {};
