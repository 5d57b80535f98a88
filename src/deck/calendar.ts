// The month names a deck's dates are written with, in English: for validation's messages ("February
// 2026 has 28 days") and the slides' dates (src/ietf/dates.ts), one list for both.
export const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);
