/**
 * Markdown written by wgdeck itself (boilerplate texts, computed layout): the one kind of value a
 * template may print without escaping, through the `trusted` helper.
 */
export class Trusted {
  constructor(readonly markdown: string) {}
}

export function trusted(markdown: string): Trusted {
  return new Trusted(markdown);
}
