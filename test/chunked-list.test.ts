// ChunkedList (src/engine/chunked-list.ts): a large file's problems gathered in chunks, then one list.
import { describe, expect, it } from "vitest";
import { ChunkedList } from "../src/engine/chunked-list";

describe("ChunkedList", () => {
  it("gives back what was pushed, in order, in a list of its length, across chunk boundaries", () => {
    for (const n of [0, 1, 8191, 8192, 8193, 16_384, 20_000]) {
      const list = new ChunkedList<{ i: number }>();
      const items = Array.from({ length: n }, (_, i) => ({ i }));
      for (const item of items) list.push(item);
      expect(list.length).toBe(n);
      const out = list.toList();
      expect(out.length).toBe(n);
      expect(out.every((item, i) => item === items[i])).toBe(true);
      expect(Object.keys(out)).toHaveLength(n);
    }
  });
});
