// Name similarity for "did you mean" suggestions.

export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** Edit distance where swapping two neighbouring characters counts as one edit (optimal string alignment). */
export function typoDistance(a: string, b: string): number {
  if (a === b) return 0;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i]!;
    const up = rows[i - 1]!;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(up[j]! + 1, row[j - 1]! + 1, up[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      row[j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}

/** BuildKit's `suggest.Search`: the closest option at edit distance < 3 (none on an exact match). */
export function buildkitSuggest(value: string, options: Iterable<string>, caseSensitive = true): string | undefined {
  const v = caseSensitive ? value : value.toLowerCase();
  let best: string | undefined;
  let min = 3;
  for (const opt of options) {
    const o = caseSensitive ? opt : opt.toLowerCase();
    if (o === v) return undefined;
    const d = levenshtein(v, o);
    if (d < min) {
      min = d;
      best = opt;
    }
  }
  return best;
}

/**
 * A stricter typo test for names that may legitimately come from elsewhere:
 * same name in another case, or one edit apart (two for names of 8+ characters; a swap
 * of two neighbouring characters is one edit),
 * never for names shorter than 4 characters.
 */
export function likelyTypo(value: string, options: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  const lower = value.toLowerCase();
  for (const opt of options) {
    if (opt === value) return undefined;
    if (opt.toLowerCase() === lower) return opt;
    if (value.length < 4 || opt.length < 4) continue;
    const limit = Math.min(value.length, opt.length) >= 8 ? 2 : 1;
    // The distance is at least the difference in length: no table for names that far apart.
    if (Math.abs(value.length - opt.length) > limit) continue;
    // A swap of two neighbours ($PAHT for $PATH) is one slip of the fingers, so it counts as one edit.
    const d = typoDistance(value, opt);
    if (d <= limit && d < bestD) {
      bestD = d;
      best = opt;
    }
  }
  return best;
}
