import { describe, expect, it } from "vitest";
import { interning } from "../src/model/intern";
import { PersistentScope, withBinding } from "../src/model/scope";
import type { Scope, VarBinding } from "../src/model/types";

const bind = (name: string, value: string): VarBinding => ({ name, value, kind: "env" });

/** A binding's fields (a large build's chained scope is its binding: other fields beside them). */
const fields = (b: VarBinding | undefined) => b && { name: b.name, value: b.value, kind: b.kind, declaredBy: b.declaredBy };
const fieldsOf = (entries: Iterable<[string, VarBinding]>) => [...entries].map(([k, b]) => [k, fields(b)]);

/** What a Map holds after the same bindings: the order of first insertion, later values. */
function expectSame(scope: Scope, map: Map<string, VarBinding>): void {
  expect(scope.size).toBe(map.size);
  expect([...scope.keys()]).toEqual([...map.keys()]);
  expect(fieldsOf(scope.entries())).toEqual(fieldsOf(map.entries()));
  expect([...scope.values()].map(fields)).toEqual([...map.values()].map(fields));
  const seen: [string, VarBinding][] = [];
  scope.forEach((v, k) => seen.push([k, v]));
  expect(fieldsOf(seen)).toEqual(fieldsOf(map.entries()));
  for (const [k, v] of map) {
    expect(scope.has(k)).toBe(true);
    expect(fields(scope.get(k))).toEqual(fields(v));
  }
  expect(scope.has("NOT_BOUND")).toBe(false);
  expect(scope.get("NOT_BOUND")).toBeUndefined();
}

/** Runs `check` as the model of a small file, and of a large one (scopes chain their last bindings). */
const bothBuilds = (check: () => void) => () => {
  check();
  interning(1024 * 1024, check);
};

describe("PersistentScope", () => {
  it("holds what a Map would, in insertion order, across many bindings and rebindings", bothBuilds(() => {
    // A seeded sequence of new and repeated keys, long enough to pass many bases.
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    let scope = PersistentScope.empty();
    const map = new Map<string, VarBinding>();
    const versions: [Scope, Map<string, VarBinding>][] = [];
    for (let i = 0; i < 300; i++) {
      const key = next() % 3 === 0 && map.size > 0 ? [...map.keys()][next() % map.size]! : `K${next() % 1000}`;
      const b = bind(key, String(i));
      scope = scope.with(key, b);
      map.set(key, b);
      if (i % 7 === 0 || i < 20) versions.push([scope, new Map(map)]);
      if (i < 20 || i % 50 === 0) expectSame(scope, map);
    }
    expectSame(scope, map);
    // Older scopes are unchanged by what was added after them.
    for (const [s, m] of versions) expectSame(s, m);
  }));

  it("keeps a rebound key at its first place, also when it was bound in an older base", bothBuilds(() => {
    let scope = PersistentScope.empty();
    for (let i = 0; i < 20; i++) scope = scope.with(`V${i}`, bind(`V${i}`, "a"));
    const again = scope.with("V3", bind("V3", "b")).with("NEW", bind("NEW", "c")).with("V0", bind("V0", "d"));
    expect([...again.keys()]).toEqual([...Array.from({ length: 20 }, (_, i) => `V${i}`), "NEW"]);
    expect(again.get("V3")!.value).toBe("b");
    expect(again.get("V0")!.value).toBe("d");
    expect(again.size).toBe(21);
    expect(scope.get("V3")!.value).toBe("a");
    expect(scope.size).toBe(20);
  }));

  it("gives a small build's bindings as they were added, a large build's chained ones as the scope that adds them", () => {
    const b = { name: "A", value: "1", kind: "arg", declaredBy: undefined } as const;
    expect(PersistentScope.empty().with("A", b).get("A")).toBe(b);
    interning(1024 * 1024, () => {
      const s = PersistentScope.empty().with("A", b).bind("B", undefined, "env", undefined);
      expect(s.get("B")).toBe(s);
      expect(fields(s.get("A"))).toEqual(fields(b));
      // Once a chain goes into the trie, its bindings are objects of their own (the scope would keep its chain).
      let long = s;
      for (let i = 0; i < 10; i++) long = long.bind(`V${i}`, String(i), "arg", undefined);
      expect(long.get("B")).not.toBeInstanceOf(PersistentScope);
      expect(fields(long.get("B"))).toEqual({ name: "B", value: undefined, kind: "env", declaredBy: undefined });
      expect(long.get("V9")!.value).toBe("9");
      expect(long.size).toBe(12);
    });
  });

  it("withBinding adds to a persistent scope or copies a Map", () => {
    const s = withBinding(PersistentScope.empty(), "A", bind("A", "1"));
    expect(s).toBeInstanceOf(PersistentScope);
    expect(s.get("A")!.value).toBe("1");
    const plain = new Map([["B", bind("B", "2")]]);
    const m = withBinding(plain, "A", bind("A", "1"));
    expect([...m.keys()]).toEqual(["B", "A"]);
    expect(plain.has("A")).toBe(false);
  });
});
