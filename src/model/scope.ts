// Variable scopes as persistent maps: adding a binding makes a new scope that shares all but
// one path of a small tree with the old one, so giving every instruction its own scope costs
// O(log n) per ARG/ENV key instead of a copy of the whole map (8,000 distinct ENV names were
// quadratic in time and memory). The last few bindings are a chain of scopes before they go into
// the tree (PersistentScope). Iteration follows first insertion, as a Map's does.
import { isLargeBuild } from "./intern";
import type { Instruction, Scope, VarBinding, VarKind } from "./types";

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

/** A persistent hash trie of bindings: what the scopes below are built on. */
class Trie {
  constructor(
    readonly root: Branch,
    readonly size: number,
    private readonly nextSeq: number,
  ) {}

  with(key: string, value: VarBinding): Trie {
    const added = { yes: false };
    const root = insert(this.root, { key, hash: hashOf(key), value, seq: this.nextSeq }, 0, added);
    return new Trie(root, added.yes ? this.size + 1 : this.size, this.nextSeq + 1);
  }

  find(key: string): Leaf | undefined {
    return find(this.root, key, hashOf(key));
  }

  /** The leaves in the order of first insertion. */
  leaves(): Leaf[] {
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
}

const EMPTY_TRIE = new Trie(EMPTY, 0, 0);

/** Bindings a scope chain holds before they are put in its trie (see PersistentScope). */
const CHAIN_MAX = 8; // a power of two
/** A scope's `counts`: its size, the length of its chain (CHAIN_MAX - 1 at most) and the kind of
 * the binding it adds (KINDS), in one number: size * 32 + chain * 4 + kind. */
const KIND_BITS = 3;
const CHAIN_SHIFT = 2;
const CHAIN_BITS = (CHAIN_MAX - 1) << CHAIN_SHIFT;
const SIZE_UNIT = CHAIN_MAX << CHAIN_SHIFT;
const KINDS: readonly VarKind[] = ["arg", "env", "builtin"];
const kindCode = (kind: VarKind): number => (kind === "arg" ? 0 : kind === "env" ? 1 : 2);

/**
 * A scope: a trie, and the last few bindings added to it as a chain of scopes, one binding each,
 * put in the trie when the chain is CHAIN_MAX long (chains are made while a large file's model is
 * built). Most scopes are a binding or two added to another: a scope object each, not a new trie
 * root, branch list and leaf each (a 10 MB file's 35,680 ARG/ENV scopes kept 11 MB of tries). A
 * lookup reads the chain, then the trie.
 *
 * A scope of a chain is also the binding it adds (its name, value, kind and declaredBy are the
 * binding's fields, its kind a part of `counts`, and `get` answers the scope itself): no binding
 * object beside it, and the trie is found at the chain's end, not in a field of each (a 10 MB
 * file's 53,520 chained scopes were 64 bytes each and their bindings 56: now 64 bytes in all,
 * 3.0 MB less).
 */
export class PersistentScope implements ReadonlyMap<string, VarBinding>, VarBinding {
  private constructor(
    /** The scope this one adds its binding to; in a scope without a chain, its trie. */
    private readonly below: PersistentScope | Trie,
    /** The binding this scope adds ("", undefined, undefined in one without a chain). */
    readonly name: string,
    readonly value: string | undefined,
    readonly declaredBy: Instruction | undefined,
    /** The size, the length of the chain down to the trie and the binding's kind (see SIZE_UNIT). */
    private readonly counts: number,
  ) {}

  get kind(): VarKind {
    return KINDS[this.counts & KIND_BITS]!;
  }

  /** The empty scope (scopes never change: one serves all). */
  private static readonly EMPTY = new PersistentScope(EMPTY_TRIE, "", undefined, undefined, 0);

  static empty(): PersistentScope {
    return PersistentScope.EMPTY;
  }

  static from(entries: Iterable<readonly [string, VarBinding]>): PersistentScope {
    let s = PersistentScope.empty();
    for (const [k, v] of entries) s = s.with(k, v);
    return s;
  }

  get size(): number {
    return Math.floor(this.counts / SIZE_UNIT);
  }

  /** A new scope with `key` bound to `value`; this one is unchanged. (In a large build's chain,
   * `get` answers a binding with the same fields, not `value` itself.) */
  with(key: string, value: VarBinding): PersistentScope {
    return this.bind(key, value.value, value.kind, value.declaredBy, value);
  }

  /** A new scope with `name` bound to a binding of these fields (`binding`, when given, is one:
   * what the trie keeps); this one is unchanged. */
  bind(name: string, value: string | undefined, kind: VarKind, declaredBy: Instruction | undefined, binding?: VarBinding): PersistentScope {
    const chain = (this.counts & CHAIN_BITS) >> CHAIN_SHIFT;
    // (Chains only while a large file's model is built: the corpus's small files ran about 0.5 %
    // more instructions with them, reading the chains, and their memory is not what counts.)
    if (chain + 1 < CHAIN_MAX && isLargeBuild()) {
      const size = this.has(name) ? this.size : this.size + 1;
      return new PersistentScope(this, name, value, declaredBy, size * SIZE_UNIT + ((chain + 1) << CHAIN_SHIFT) + kindCode(kind));
    }
    // Into the trie: the chain's bindings, oldest first, and this one.
    let trie = this.trie();
    if (chain > 0) {
      const links = this.links();
      for (let i = links.length - 1; i >= 0; i--) trie = trie.with(links[i]!.name, bindingOf(links[i]!));
    }
    trie = trie.with(name, binding ?? (declaredBy === undefined ? { name, value, kind } : { name, value, kind, declaredBy }));
    return new PersistentScope(trie, "", undefined, undefined, trie.size * SIZE_UNIT);
  }

  /** The trie at the end of the chain. */
  private trie(): Trie {
    let s: PersistentScope = this;
    while ((s.counts & CHAIN_BITS) !== 0) s = s.below as PersistentScope;
    return s.below as Trie;
  }

  get(key: string): VarBinding | undefined {
    let s: PersistentScope = this;
    for (; (s.counts & CHAIN_BITS) !== 0; s = s.below as PersistentScope) if (s.name === key) return s;
    return (s.below as Trie).find(key)?.value;
  }

  has(key: string): boolean {
    let s: PersistentScope = this;
    for (; (s.counts & CHAIN_BITS) !== 0; s = s.below as PersistentScope) if (s.name === key) return true;
    return (s.below as Trie).find(key) !== undefined;
  }

  /** The scopes of the chain, newest first. */
  private links(): PersistentScope[] {
    const out: PersistentScope[] = [];
    for (let s: PersistentScope = this; (s.counts & CHAIN_BITS) !== 0; s = s.below as PersistentScope) out.push(s);
    return out;
  }

  /** The bindings in the order of first insertion, with their last values (as a Map's). */
  private ordered(): [string, VarBinding][] {
    const out: [string, VarBinding][] = this.trie().leaves().map((l) => [l.key, l.value]);
    if ((this.counts & CHAIN_BITS) === 0) return out;
    const at = new Map<string, number>();
    for (let i = 0; i < out.length; i++) at.set(out[i]![0], i);
    const links = this.links();
    for (let i = links.length - 1; i >= 0; i--) {
      const link = links[i]!;
      const k = at.get(link.name);
      if (k === undefined) {
        at.set(link.name, out.length);
        out.push([link.name, link]);
      } else out[k] = [link.name, link];
    }
    return out;
  }

  *entries(): MapIterator<[string, VarBinding]> {
    if ((this.counts & CHAIN_BITS) === 0) for (const l of (this.below as Trie).leaves()) yield [l.key, l.value];
    else for (const e of this.ordered()) yield e;
  }

  *keys(): MapIterator<string> {
    if ((this.counts & CHAIN_BITS) === 0) for (const l of (this.below as Trie).leaves()) yield l.key;
    else for (const e of this.ordered()) yield e[0];
  }

  *values(): MapIterator<VarBinding> {
    if ((this.counts & CHAIN_BITS) === 0) for (const l of (this.below as Trie).leaves()) yield l.value;
    else for (const e of this.ordered()) yield e[1];
  }

  [Symbol.iterator](): MapIterator<[string, VarBinding]> {
    return this.entries();
  }

  forEach(fn: (value: VarBinding, key: string, map: ReadonlyMap<string, VarBinding>) => void, thisArg?: unknown): void {
    if ((this.counts & CHAIN_BITS) === 0) for (const l of (this.below as Trie).leaves()) fn.call(thisArg, l.value, l.key, this);
    else for (const [k, v] of this.ordered()) fn.call(thisArg, v, k, this);
  }
}

/** A chained scope's binding as an object of its own, for the trie: the scope would keep its chain. */
function bindingOf(link: PersistentScope): VarBinding {
  const { name, value, kind, declaredBy } = link;
  return declaredBy === undefined ? { name, value, kind } : { name, value, kind, declaredBy };
}

/** `scope` plus one binding, without copying when the scope is persistent. */
export function withBinding(scope: Scope, key: string, value: VarBinding): Scope {
  if (scope instanceof PersistentScope) return scope.with(key, value);
  return new Map(scope).set(key, value);
}
