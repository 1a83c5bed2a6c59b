// Variable scopes as persistent maps: adding a binding makes a new scope that shares the old one
// (a link to it, and now and then a new tree sharing all but one path per key with the old tree),
// so giving every instruction its own scope costs O(log n) per ARG/ENV key instead of a copy of
// the whole map (8,000 distinct ENV names were quadratic in time and memory). Iteration follows
// first insertion, as a Map's does.
import type { Scope, VarBinding } from "./types";

interface Leaf {
  key: string;
  hash: number;
  value: VarBinding;
  /** Order of first insertion, for iteration. */
  seq: number;
}
interface Collision {
  hash: number;
  leaves: Leaf[];
}
interface Branch {
  bitmap: number;
  items: Item[];
}
type Item = Leaf | Collision | Branch;

const BITS = 5;
const MASK = 31;

function hashOf(s: string): number {
  // FNV-1a, 32 bits, as a signed number: an unsigned one of 2^31 or more is no small integer, and
  // the leaves' `hash` field then held a boxed number each (16 bytes more on 53k leaves of a 10 MB
  // file). The branches read its bits with `>>>`, which treats both alike.
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

const isLeaf = (i: Item): i is Leaf => "key" in i;
const isCollision = (i: Item): i is Collision => "leaves" in i;

/** A branch holding two items whose hashes differ, placed at the first level where they part. */
function pair(a: Item & { hash: number }, b: Leaf, shift: number): Branch {
  const fa = (a.hash >>> shift) & MASK;
  const fb = (b.hash >>> shift) & MASK;
  if (fa === fb) return { bitmap: 1 << fa, items: [pair(a, b, shift + BITS)] };
  return { bitmap: (1 << fa) | (1 << fb), items: fa < fb ? [a, b] : [b, a] };
}

/** Returns the new branch and whether a key was added (not replaced). */
function insert(node: Branch, leaf: Leaf, shift: number, added: { yes: boolean }): Branch {
  const bit = 1 << ((leaf.hash >>> shift) & MASK);
  const idx = popcount(node.bitmap & (bit - 1));
  if (!(node.bitmap & bit)) {
    added.yes = true;
    // Built at its exact size (slice and splice left spare capacity in every branch a scope keeps).
    const old = node.items;
    const items: Item[] = new Array(old.length + 1);
    for (let k = 0, j = 0; k < items.length; k++) items[k] = k === idx ? leaf : old[j++]!;
    return { bitmap: node.bitmap | bit, items };
  }
  const child = node.items[idx]!;
  let next: Item;
  if (isLeaf(child)) {
    // (Leaves written out, not spread: a spread copy is slower and a bigger object, kept by the scope.)
    if (child.key === leaf.key) next = { key: leaf.key, hash: leaf.hash, value: leaf.value, seq: child.seq };
    else if (child.hash === leaf.hash) {
      added.yes = true;
      next = { hash: leaf.hash, leaves: [child, leaf] };
    } else {
      added.yes = true;
      next = pair(child, leaf, shift + BITS);
    }
  } else if (isCollision(child)) {
    if (child.hash === leaf.hash) {
      const at = child.leaves.findIndex((l) => l.key === leaf.key);
      const leaves = child.leaves.slice();
      if (at >= 0) leaves[at] = { key: leaf.key, hash: leaf.hash, value: leaf.value, seq: child.leaves[at]!.seq };
      else {
        added.yes = true;
        leaves.push(leaf);
      }
      next = { hash: child.hash, leaves };
    } else {
      added.yes = true;
      next = pair(child, leaf, shift + BITS);
    }
  } else next = insert(child, leaf, shift + BITS, added);
  const items = node.items.slice();
  items[idx] = next;
  return { bitmap: node.bitmap, items };
}

function find(root: Branch, key: string, hash: number): Leaf | undefined {
  let node: Item = root;
  for (let shift = 0; ; shift += BITS) {
    if (isLeaf(node)) return node.key === key ? node : undefined;
    if (isCollision(node)) return node.leaves.find((l) => l.key === key);
    const bit = 1 << ((hash >>> shift) & MASK);
    if (!(node.bitmap & bit)) return undefined;
    node = node.items[popcount(node.bitmap & (bit - 1))]!;
  }
}

const EMPTY: Branch = { bitmap: 0, items: [] };

/** The most bindings a scope keeps as links above its base (see PersistentScope). */
const MAX_LINKS = 8;

/**
 * A scope is a base (a tree of all its bindings) or a link: one binding added to another scope.
 * Adding a binding makes a link, 72 bytes; every MAX_LINKS links make a new base, which shares
 * all but one path per key with the base before it. Most instructions see a scope a few links
 * above a shared base: a new tree for each ARG/ENV key (a copied branch, its list and a leaf)
 * was three times the size, 11 MB of a 10 MB file's 53k bindings. A lookup walks at most
 * MAX_LINKS links before the tree.
 */
export class PersistentScope implements ReadonlyMap<string, VarBinding> {
  private constructor(
    /** The scope this link adds its binding to; null for a base. */
    private readonly parent: PersistentScope | null,
    /** A link's binding (a base's are unused). */
    private readonly key: string,
    private readonly value: VarBinding | undefined,
    /** A base's tree; null for a link. */
    private readonly root: Branch | null,
    readonly size: number,
    /** A base: the insertion number of its next new key; a link: how many links it is above its base. */
    private readonly count: number,
  ) {}

  static empty(): PersistentScope {
    return new PersistentScope(null, "", undefined, EMPTY, 0, 0);
  }

  static from(entries: Iterable<readonly [string, VarBinding]>): PersistentScope {
    let s = PersistentScope.empty();
    for (const [k, v] of entries) s = s.with(k, v);
    return s;
  }

  /** A new scope with `key` bound to `value`; this one is unchanged. */
  with(key: string, value: VarBinding): PersistentScope {
    const size = this.has(key) ? this.size : this.size + 1;
    const links = this.root === null ? this.count : 0;
    if (links + 1 < MAX_LINKS) return new PersistentScope(this, key, value, null, size, links + 1);
    // A new base: the old base's tree with this scope's links, oldest first, and the new binding.
    const chain: PersistentScope[] = [];
    let base: PersistentScope = this;
    for (; base.root === null; base = base.parent!) chain.push(base);
    let root = base.root;
    let nextSeq = base.count;
    const added = { yes: false };
    const add = (k: string, v: VarBinding): void => {
      added.yes = false;
      root = insert(root, { key: k, hash: hashOf(k), value: v, seq: nextSeq }, 0, added);
      if (added.yes) nextSeq++;
    };
    for (let i = chain.length - 1; i >= 0; i--) add(chain[i]!.key, chain[i]!.value!);
    add(key, value);
    return new PersistentScope(null, "", undefined, root, size, nextSeq);
  }

  get(key: string): VarBinding | undefined {
    let s: PersistentScope = this;
    for (; s.root === null; s = s.parent!) if (s.key === key) return s.value;
    return find(s.root, key, hashOf(key))?.value;
  }

  has(key: string): boolean {
    let s: PersistentScope = this;
    for (; s.root === null; s = s.parent!) if (s.key === key) return true;
    return find(s.root, key, hashOf(key)) !== undefined;
  }

  /** Every binding in order of its key's first insertion (a key bound again keeps its place). */
  private bindings(): [string, VarBinding][] {
    const chain: PersistentScope[] = [];
    let base: PersistentScope = this;
    for (; base.root === null; base = base.parent!) chain.push(base);
    const out: [string, VarBinding][] = [];
    const stack: Item[] = [base.root];
    const leaves: Leaf[] = [];
    while (stack.length) {
      const item = stack.pop()!;
      if (isLeaf(item)) leaves.push(item);
      else if (isCollision(item)) leaves.push(...item.leaves);
      else for (const i of item.items) stack.push(i);
    }
    leaves.sort((a, b) => a.seq - b.seq);
    for (const l of leaves) out.push([l.key, l.value]);
    if (chain.length === 0) return out;
    const at = new Map<string, number>();
    for (let i = 0; i < out.length; i++) at.set(out[i]![0], i);
    for (let i = chain.length - 1; i >= 0; i--) {
      const link = chain[i]!;
      const j = at.get(link.key);
      if (j === undefined) {
        at.set(link.key, out.length);
        out.push([link.key, link.value!]);
      } else out[j] = [link.key, link.value!];
    }
    return out;
  }

  *entries(): MapIterator<[string, VarBinding]> {
    for (const e of this.bindings()) yield e;
  }

  *keys(): MapIterator<string> {
    for (const e of this.bindings()) yield e[0];
  }

  *values(): MapIterator<VarBinding> {
    for (const e of this.bindings()) yield e[1];
  }

  [Symbol.iterator](): MapIterator<[string, VarBinding]> {
    return this.entries();
  }

  forEach(fn: (value: VarBinding, key: string, map: ReadonlyMap<string, VarBinding>) => void, thisArg?: unknown): void {
    for (const e of this.bindings()) fn.call(thisArg, e[1], e[0], this);
  }
}

/** `scope` plus one binding, without copying when the scope is persistent. */
export function withBinding(scope: Scope, key: string, value: VarBinding): Scope {
  if (scope instanceof PersistentScope) return scope.with(key, value);
  return new Map(scope).set(key, value);
}
