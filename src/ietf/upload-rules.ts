// What the datatracker accepts for uploaded slides: its size limit and its rules for a material's title.
/** The datatracker's limit per uploaded file. */
export const MAX_UPLOAD_BYTES = 40_960_000;
/** The datatracker's limit on a material title, in characters. */
export const MAX_TITLE_CHARS = 255;
/** Characters above U+FFFF (emoji and the like), which the datatracker refuses in a title. */
export function outsideBmp(s: string): string[] {
  return [...s].filter((c) => c.codePointAt(0)! > 0xffff);
}

/** A title the datatracker accepts: characters above U+FFFF removed, at most 255 characters. */
export function uploadTitle(title: string): { title: string; removed: string[]; truncated: boolean } {
  const removed = outsideBmp(title);
  const kept = [...title]
    .filter((c) => c.codePointAt(0)! <= 0xffff)
    .join('')
    .replace(/\s{2,}/g, ' ')
    .trim();
  const chars = [...kept];
  return { title: chars.slice(0, MAX_TITLE_CHARS).join(''), removed, truncated: chars.length > MAX_TITLE_CHARS };
}
