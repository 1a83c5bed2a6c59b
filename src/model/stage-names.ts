// The first stage of each name, for a large file's model: a table of stage indexes made once at its
// size (the number of FROMs), not a Map. A Map of a 10 MB file's 17,840 stage names kept a 0.9 MB
// table for the model's life and left 0.9 MB of outgrown tables in the old generation, which no
// full GC frees while a big file is linted (src/runtime/big-file-gc.ts). Open addressing, linear
// probing; a slot holds a stage's index + 1 (0: empty), the name is read from the stage.
import type { Stage } from "./types";

export class StageNameTable {
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** The names in a Map once a probe ran past MAX_PROBES slots (see probeLimitPassed). */
  private overflow: Map<string, Stage> | null = null;

  /** For at most `count` names; `stages` is the list the stages are added to, read on lookups. */
  constructor(
    count: number,
    private readonly stages: readonly Stage[],
  ) {
    let size = 16;
    while (size < count * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
  }

  /** The stage first added with `name` (a stage's lowercased name), or undefined. */
  get(name: string): Stage | undefined {
    if (this.overflow !== null) return this.overflow.get(name);
    for (let i = hashOf(name) & this.mask, probes = 0; ; i = (i + 1) & this.mask) {
      const at = this.slots[i]!;
      if (at === 0) return undefined;
      const stage = this.stages[at - 1]!;
      if (stage.name === name) return stage;
      if (++probes > MAX_PROBES) return this.probeLimitPassed().get(name);
    }
  }

  /** Adds `stage` (already in the list) under its name, unless a stage of that name came first. */
  add(stage: Stage & { name: string }): void {
    if (this.overflow !== null) {
      if (!this.overflow.has(stage.name)) this.overflow.set(stage.name, stage);
      return;
    }
    for (let i = hashOf(stage.name) & this.mask, probes = 0; ; i = (i + 1) & this.mask) {
      const at = this.slots[i]!;
      if (at === 0) {
        this.slots[i] = stage.index + 1;
        return;
      }
      if (this.stages[at - 1]!.name === stage.name) return;
      if (++probes > MAX_PROBES) return this.probeLimitPassed().add(stage);
    }
  }

  /**
   * Moves the names into a Map, for good. Names are a pull request's text: ones made to collide in
   * this hash's low bits would make every probe walk one long run of slots (quadratic work), where
   * V8's Map hashes strings with a seed chosen per process.
   */
  private probeLimitPassed(): this {
    const map = new Map<string, Stage>();
    for (let i = 0; i < this.slots.length; i++) {
      const at = this.slots[i]!;
      if (at !== 0) map.set(this.stages[at - 1]!.name!, this.stages[at - 1]!);
    }
    this.overflow = map;
    return this;
  }
}

/** Longest probe before the table becomes a Map (a table at most half full probes a few slots). */
const MAX_PROBES = 64;

/** FNV-1a of the name, 32 bits. */
function hashOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h ^ (h >>> 16);
}
