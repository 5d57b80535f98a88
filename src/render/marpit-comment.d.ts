// Marpit's comment rule (HTML comments as Marp comments and directives), used on its own by
// src/render/markdown-check.ts; Marpit ships types for its main module only.
declare module '@marp-team/marpit/lib/markdown/comment.js' {
  import type MarkdownIt from 'markdown-it';

  export function comment(md: MarkdownIt): void;
}
