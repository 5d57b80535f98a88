// A unified diff of two texts by lines (longest common subsequence), for `update --dry-run`.
// Decks are a few hundred lines, so the quadratic table costs nothing.

type Op = { kind: ' ' | '-' | '+'; line: string };

function lineOps(a: string[], b: string[]): Op[] {
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ kind: ' ', line: a[i++] });
      j++;
    }
    // Removed lines before added ones, as diff(1) shows a changed line.
    else if (i < a.length && (j === b.length || lcs[i + 1][j] >= lcs[i][j + 1])) ops.push({ kind: '-', line: a[i++] });
    else ops.push({ kind: '+', line: b[j++] });
  }
  return ops;
}

/** "--- a\n+++ b\n@@ -l,n +l,n @@ ..." with `context` unchanged lines around each change; "" when equal. */
export function unifiedDiff(before: string, after: string, name: string, context = 3): string {
  const ops = lineOps(before.split('\n'), after.split('\n'));
  const changed = ops.map((op, k) => (op.kind !== ' ' ? k : -1)).filter((k) => k >= 0);
  if (changed.length === 0) return '';
  const out = [`--- ${name}`, `+++ ${name} (updated)`];
  let k = 0;
  while (k < changed.length) {
    // One hunk: changes closer than twice the context share it.
    const from = Math.max(0, changed[k] - context);
    let last = changed[k];
    while (k + 1 < changed.length && changed[k + 1] - last <= 2 * context) last = changed[++k];
    const to = Math.min(ops.length, last + context + 1);
    k++;
    const before = ops.slice(0, from);
    const startA = before.filter((op) => op.kind !== '+').length + 1;
    const startB = before.filter((op) => op.kind !== '-').length + 1;
    const hunk = ops.slice(from, to);
    const lengthA = hunk.filter((op) => op.kind !== '+').length;
    const lengthB = hunk.filter((op) => op.kind !== '-').length;
    out.push(`@@ -${startA},${lengthA} +${startB},${lengthB} @@`);
    out.push(...hunk.map((op) => op.kind + op.line));
  }
  return `${out.join('\n')}\n`;
}
