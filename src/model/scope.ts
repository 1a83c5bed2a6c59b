// Variable scopes as persistent maps: adding a binding makes a new scope that shares all but
// one path of a small tree with the old one, so giving every instruction its own scope costs
// O(log n) per ARG/ENV key instead of a copy of the whole map (8,000 distinct ENV names were
// quadratic in time and memory). Iteration follows first insertion, as a Map's does.
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

export class PersistentScope implements ReadonlyMap<string, VarBinding> {
  private constructor(
    private readonly root: Branch,
    readonly size: number,
    private readonly nextSeq: number,
  ) {}

  static empty(): PersistentScope {
    return new PersistentScope(EMPTY, 0, 0);
  }

  static from(entries: Iterable<readonly [string, VarBinding]>): PersistentScope {
    let s = PersistentScope.empty();
    for (const [k, v] of entries) s = s.with(k, v);
    return s;
  }

  /** A new scope with `key` bound to `value`; this one is unchanged. */
  with(key: string, value: VarBinding): PersistentScope {
    const added = { yes: false };
    const root = insert(this.root, { key, hash: hashOf(key), value, seq: this.nextSeq }, 0, added);
    return new PersistentScope(root, added.yes ? this.size + 1 : this.size, this.nextSeq + 1);
  }

  get(key: string): VarBinding | undefined {
    return find(this.root, key, hashOf(key))?.value;
  }

  has(key: string): boolean {
    return find(this.root, key, hashOf(key)) !== undefined;
  }

  private leaves(): Leaf[] {
    const out: Leaf[] = [];
    const stack: Item[] = [this.root];
    while (stack.length) {
      const item = stack.pop()!;
      if (isLeaf(item)) out.push(item);
      else if (isCollision(item)) out.push(...item.leaves);
      else for (const i of item.items) stack.push(i);
    }
    return out.sort((a, b) => a.seq - b.seq);
  }

  *entries(): MapIterator<[string, VarBinding]> {
    for (const l of this.leaves()) yield [l.key, l.value];
  }

  *keys(): MapIterator<string> {
    for (const l of this.leaves()) yield l.key;
  }

  *values(): MapIterator<VarBinding> {
    for (const l of this.leaves()) yield l.value;
  }

  [Symbol.iterator](): MapIterator<[string, VarBinding]> {
    return this.entries();
  }

  forEach(fn: (value: VarBinding, key: string, map: ReadonlyMap<string, VarBinding>) => void, thisArg?: unknown): void {
    for (const l of this.leaves()) fn.call(thisArg, l.value, l.key, this);
  }
}

/** `scope` plus one binding, without copying when the scope is persistent. */
export function withBinding(scope: Scope, key: string, value: VarBinding): Scope {
  if (scope instanceof PersistentScope) return scope.with(key, value);
  return new Map(scope).set(key, value);
}
