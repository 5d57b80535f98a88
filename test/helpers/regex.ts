/**
 * One regular expression from parts written one under the other, so that a long pattern keeps lines short.
 * Each part must be a whole pattern on its own (no group or class open across parts); flags come from the first.
 */
export function joined(...parts: RegExp[]): RegExp {
  return new RegExp(parts.map((p) => p.source).join(''), parts[0].flags);
}
