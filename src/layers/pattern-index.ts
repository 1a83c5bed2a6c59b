// Candidate lookup for a list of .dockerignore patterns, so that matching one
// path costs about its length plus the patterns that could match it, instead of
// one test per pattern (12,500 patterns over 20,000 files was 250 million
// tests). Every pattern is filed under one necessary condition:
//
// - `exact`: the path equals the pattern (a Map);
// - `prefix` (`a/**`, `a**`) and wildcard patterns with a literal head
//   (`src/*.js`): the path starts with that text (a trie walked along the path);
// - `suffix` (`**/a`) and wildcard patterns with a literal tail in their last
//   segment (`*.log`): the path ends with that text (a trie walked backwards);
// - anything else (`*`, `*/[a-z]*`): always a candidate.
//
// A candidate is only a pattern worth testing; the caller still tests it.

export interface IndexablePattern {
  /** Cleaned pattern without `!`. */
  pattern: string;
  type: "exact" | "prefix" | "suffix" | "regexp" | "invalid";
}

interface TrieNode {
  next: Map<number, TrieNode> | null;
  /** Patterns whose key ends at this node. */
  ids: number[] | null;
}

const newNode = (): TrieNode => ({ next: null, ids: null });

/** Characters that end a literal run in a pattern: wildcards, escapes, classes, and `^`,
 * which patternmatcher leaves unescaped (so `^a*` matches `ab`). */
function isSpecial(c: number): boolean {
  return c === 42 /* * */ || c === 63 /* ? */ || c === 91 /* [ */ || c === 93 /* ] */ || c === 92 /* \ */ || c === 94; /* ^ */
}

/** Literal text every match starts with. */
function literalHead(p: string): string {
  let i = 0;
  while (i < p.length && !isSpecial(p.charCodeAt(i))) i++;
  return p.slice(0, i);
}

/** Literal text every match ends with, within the last segment (a `/` before it
 * may belong to a `**` that also matches nothing: `a**\/b` matches `ab`). */
function literalTail(p: string): string {
  let i = p.length;
  while (i > 0 && !isSpecial(p.charCodeAt(i - 1)) && p.charCodeAt(i - 1) !== 47) i--;
  return p.slice(i);
}

function insert(root: TrieNode, key: string, id: number, backwards: boolean): void {
  let node = root;
  for (let k = 0; k < key.length; k++) {
    const c = key.charCodeAt(backwards ? key.length - 1 - k : k);
    node.next ??= new Map();
    let n = node.next.get(c);
    if (!n) {
      n = newNode();
      node.next.set(c, n);
    }
    node = n;
  }
  (node.ids ??= []).push(id);
}

export class PatternIndex {
  private readonly exact = new Map<string, number[]>();
  private readonly heads = newNode();
  private readonly tails = newNode();
  private readonly always: number[] = [];
  /** Stamp per pattern: `stamps[i] === stamp` when i is already collected. */
  private readonly stamps: Uint32Array;
  private stamp = 0;

  constructor(patterns: readonly IndexablePattern[]) {
    this.stamps = new Uint32Array(patterns.length);
    patterns.forEach((p, id) => {
      switch (p.type) {
        case "invalid":
          return; // never matches
        case "exact": {
          const list = this.exact.get(p.pattern);
          if (list) list.push(id);
          else this.exact.set(p.pattern, [id]);
          return;
        }
        case "prefix":
          insert(this.heads, p.pattern.slice(0, -2), id, false);
          return;
        case "suffix":
          // `**/a` matches `a` and `x/a`: both end with `a`.
          insert(this.tails, p.pattern.slice(2).replace(/^\//, ""), id, true);
          return;
        default: {
          const head = literalHead(p.pattern);
          const tail = literalTail(p.pattern);
          if (head === "" && tail === "") this.always.push(id);
          else if (tail.length >= head.length) insert(this.tails, tail, id, true);
          else insert(this.heads, head, id, false);
        }
      }
    });
  }

  /**
   * Indices (ascending) of the patterns that may match one of `paths`, plus
   * `extra` (ascending indices the caller must visit anyway).
   */
  candidates(paths: readonly string[], extra: readonly number[] | null): number[] {
    if (++this.stamp === 0xffffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
    const out: number[] = [];
    const add = (ids: readonly number[] | null | undefined): void => {
      if (!ids) return;
      for (const id of ids) {
        if (this.stamps[id] !== this.stamp) {
          this.stamps[id] = this.stamp;
          out.push(id);
        }
      }
    };
    add(extra);
    add(this.always);
    for (const path of paths) {
      add(this.exact.get(path));
      let node: TrieNode | undefined = this.heads;
      add(node.ids);
      for (let k = 0; k < path.length && node.next; k++) {
        node = node.next.get(path.charCodeAt(k));
        if (!node) break;
        add(node.ids);
      }
      node = this.tails;
      add(node.ids);
      for (let k = path.length - 1; k >= 0 && node.next; k--) {
        node = node.next.get(path.charCodeAt(k));
        if (!node) break;
        add(node.ids);
      }
    }
    return out.length > 1 ? out.sort((a, b) => a - b) : out;
  }
}
