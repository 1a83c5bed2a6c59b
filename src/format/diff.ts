// Unified diff of two texts by lines (Myers' O((N+M)·D) algorithm after trimming
// the common head and tail, so a small fix on a large file stays cheap).

interface Op {
  kind: " " | "-" | "+";
  line: string;
}

/** Lines with their terminators, so a missing final newline shows in the diff. */
function splitLines(text: string): string[] {
  const out: string[] = [];
  let at = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", at)) {
    out.push(text.slice(at, i + 1));
    at = i + 1;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

/** Shortest edit script between a and b (Myers), as keep/delete/insert operations. */
function editScript(a: string[], b: string[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const A = a.slice(head, a.length - tail);
  const B = b.slice(head, b.length - tail);
  const n = A.length;
  const m = B.length;
  const max = n + m;
  const v = new Int32Array(2 * max + 2);
  const trace: Int32Array[] = [];
  outer: for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[max + k - 1]! < v[max + k + 1]!) ? v[max + k + 1]! : v[max + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && A[x] === B[y]) {
        x++;
        y++;
      }
      v[max + k] = x;
      if (x >= n && y >= m) break outer;
    }
  }
  // Walk the trace back from (n, m) to (0, 0).
  const middle: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const vd = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && vd[max + k - 1]! < vd[max + k + 1]!) ? k + 1 : k - 1;
    const prevX = vd[max + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) middle.push({ kind: " ", line: A[--x]! }), y--;
    if (x === prevX) middle.push({ kind: "+", line: B[--y]! });
    else middle.push({ kind: "-", line: A[--x]! });
  }
  while (x > 0 && y > 0) middle.push({ kind: " ", line: A[--x]! }), y--;
  middle.reverse();
  return [...a.slice(0, head).map((line) => ({ kind: " " as const, line })), ...middle, ...a.slice(a.length - tail).map((line) => ({ kind: " " as const, line }))];
}

/**
 * `diff -u` style text for one file, or "" when the texts are equal.
 * `escape` is applied to every printed line (e.g. to neutralise terminal controls).
 */
export function unifiedDiff(path: string, before: string, after: string, escape: (s: string) => string = (s) => s, context = 3): string {
  if (before === after) return "";
  const ops = editScript(splitLines(before), splitLines(after));
  const out: string[] = [`--- a/${path}`, `+++ b/${path}`];
  let i = 0;
  // Line numbers (1-based) at each op index.
  const aAt: number[] = [];
  const bAt: number[] = [];
  let la = 1;
  let lb = 1;
  for (const op of ops) {
    aAt.push(la);
    bAt.push(lb);
    if (op.kind !== "+") la++;
    if (op.kind !== "-") lb++;
  }
  while (i < ops.length) {
    while (i < ops.length && ops[i]!.kind === " ") i++;
    if (i >= ops.length) break;
    const start = Math.max(0, i - context);
    let end = i;
    // Extend the hunk while the next change is within 2·context unchanged lines.
    for (;;) {
      while (end < ops.length && ops[end]!.kind !== " ") end++;
      let next = end;
      while (next < ops.length && ops[next]!.kind === " ") next++;
      if (next < ops.length && next - end <= 2 * context) end = next;
      else {
        end = Math.min(ops.length, end + context);
        break;
      }
    }
    const hunk = ops.slice(start, end);
    const aLen = hunk.filter((o) => o.kind !== "+").length;
    const bLen = hunk.filter((o) => o.kind !== "-").length;
    const aStart = aLen ? aAt[start]! : aAt[start]! - 1;
    const bStart = bLen ? bAt[start]! : bAt[start]! - 1;
    out.push(`@@ -${aStart},${aLen} +${bStart},${bLen} @@`);
    for (const op of hunk) {
      const text = op.line.endsWith("\n") ? op.line.slice(0, -1) : op.line;
      out.push(op.kind + escape(text));
      if (!op.line.endsWith("\n")) out.push("\\ No newline at end of file");
    }
    i = end;
  }
  return out.join("\n") + "\n";
}
