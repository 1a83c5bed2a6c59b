// Per-keyword dispatch: one pass over a file's instructions indexes them by keyword, and the
// engine runs a rule that declares `keywords` only on files that hold one of them (most files
// have no EXPOSE, HEALTHCHECK, MAINTAINER or ONBUILD, say). Rules can read the same index.
import { runSites } from "../model/commands";
import type { Instruction, Model, SimpleCommand } from "../model/types";

const EMPTY: readonly Instruction[] = Object.freeze([]);

/**
 * Instructions by upper-case keyword, in file order. An ONBUILD trigger is filed under its own
 * keyword too (`ONBUILD RUN ...` under ONBUILD and RUN), since rules that read RUN read them.
 */
export function keywordIndex(model: Model): ReadonlyMap<string, readonly Instruction[]> {
  // Kept on the model, not in a WeakMap keyed by it: a WeakMap entry keeps the whole model alive
  // through young-generation GCs, and the promoted models raised a corpus run's peak RSS by ~55 MB.
  let index = model.keywordIndex;
  if (index) return index;
  const list = model.instructions;
  if (list.length >= SIZED_FROM) return (model.keywordIndex = sizedKeywordIndex(list));
  index = new Map();
  // An indexed loop and no closure: this runs cold for every file.
  for (let i = 0; i < list.length; i++) {
    const ins = list[i]!;
    addTo(index, ins.keyword, ins);
    if (ins.onbuild) addTo(index, ins.onbuild.keyword, ins.onbuild);
  }
  model.keywordIndex = index;
  return index;
}

/** From this many instructions the index lists are made at their size (see sizedKeywordIndex). */
const SIZED_FROM = 16_384;

/**
 * keywordIndex of a file of many instructions: counted first, then each list made once at its
 * length. Lists pushed to outgrow their storage every half again: on a 10 MB file (RUN and COPY
 * 35,680 each, seven more keywords 17,840) their outgrown copies were about 3 MB of dead large
 * objects, which only a full GC frees (none runs while a big file is linted:
 * src/runtime/big-file-gc.ts). Keys in the same order as keywordIndex's (first use).
 */
function sizedKeywordIndex(list: readonly Instruction[]): Map<string, Instruction[]> {
  const fill = new Map<string, { list: Instruction[]; next: number }>();
  for (let i = 0; i < list.length; i++) {
    const ins = list[i]!;
    count(fill, ins.keyword);
    if (ins.onbuild) count(fill, ins.onbuild.keyword);
  }
  const index = new Map<string, Instruction[]>();
  fill.forEach((f, keyword) => {
    f.list = new Array<Instruction>(f.next);
    f.next = 0;
    index.set(keyword, f.list);
  });
  for (let i = 0; i < list.length; i++) {
    const ins = list[i]!;
    const f = fill.get(ins.keyword)!;
    f.list[f.next++] = ins;
    if (ins.onbuild) {
      const o = fill.get(ins.onbuild.keyword)!;
      o.list[o.next++] = ins.onbuild;
    }
  }
  return index;
}

/** Counts one more `keyword` in `fill` (its `next`, until the lists are made). */
function count(fill: Map<string, { list: Instruction[]; next: number }>, keyword: string): void {
  const f = fill.get(keyword);
  if (f) f.next++;
  else fill.set(keyword, { list: EMPTY as Instruction[], next: 1 });
}

function addTo(index: Map<string, Instruction[]>, keyword: string, ins: Instruction): void {
  const list = index.get(keyword);
  if (list) list.push(ins);
  else index.set(keyword, [ins]);
}

/** The file's instructions with this keyword (ONBUILD triggers included), in file order. */
export function instructionsOf(model: Model, keyword: string): readonly Instruction[] {
  return keywordIndex(model).get(keyword) ?? EMPTY;
}

/**
 * Is `ins` one of a stage's own instructions, as `stage.instructions` lists them? Not a global ARG
 * before the first FROM, nor an ONBUILD trigger (the index files both): a rule that reads a few
 * keywords walks their index lists with this test instead of every instruction of every stage.
 */
export function isStageInstruction(model: Model, ins: Instruction): boolean {
  return ins.stage !== null && model.instructions[ins.index] === ins;
}

/**
 * Names of the commands of every RUN of the file (ONBUILD RUNs and RUNs under a Windows shell
 * included): a rule that only reports on some commands (wget, useradd, sudo...) returns at once
 * when none of them is in the file, instead of walking every command of every RUN (most files
 * have none of them, and a dozen rules walked them all for each file).
 */
export function commandNames(model: Model): ReadonlySet<string> {
  let names = model.commandNames;
  if (names) return names;
  names = new Set();
  // The keyword index files ONBUILD RUN triggers under RUN too. (Its own list or none, not
  // instructionsOf's frozen empty list: the loop met one array map only, and a file without a RUN
  // after V8 optimized it deoptimized it, "wrong map".)
  const runs = keywordIndex(model).get("RUN");
  if (runs !== undefined) {
    for (let i = 0; i < runs.length; i++) {
      const commands = runs[i]!.run?.commands;
      if (commands) for (let k = 0; k < commands.length; k++) names.add(commands[k]!.name);
    }
  }
  model.commandNames = names;
  return names;
}

/** One command of a RUN's list, found by its name. */
export interface NamedCommand {
  /** The RUN's commands (one array for the commands of one RUN). */
  commands: readonly SimpleCommand[];
  /** The command's position in `commands`. */
  index: number;
}

/**
 * The commands named `name` of the file's RUNs (runSites(model): ONBUILD RUNs in, RUNs under a
 * Windows shell out), in file order. A rule that reads only one command's uses walks this short
 * list: its own walk over every command of every RUN made V8 optimize each such check (a compile
 * of 1 to 1.5 ms each, --trace-opt); this one loop, shared, is optimized once.
 */
export function commandsNamed(model: Model, name: string): NamedCommand[] {
  const out: NamedCommand[] = [];
  const sites = runSites(model);
  for (let s = 0; s < sites.length; s++) {
    const commands = sites[s]!.ins.run!.commands;
    for (let k = 0; k < commands.length; k++) if (commands[k]!.name === name) out.push({ commands, index: k });
  }
  return out;
}

/** Does any of `names` pass `test`? */
export function anyName(names: ReadonlySet<string>, test: (name: string) => boolean): boolean {
  // forEach, not for-of: cold code allocates an iterator result per step of a for-of loop.
  let found = false;
  names.forEach((name) => {
    if (!found && test(name)) found = true;
  });
  return found;
}

// One bit per instruction keyword: the engine tests a rule's keywords against a file's with one
// AND, instead of a lookup in the file's index per keyword per rule (~60 rules declare keywords).
const KEYWORD_BITS: ReadonlyMap<string, number> = new Map(
  ["FROM", "RUN", "CMD", "LABEL", "MAINTAINER", "EXPOSE", "ENV", "ADD", "COPY", "ENTRYPOINT", "VOLUME", "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL"].map(
    (k, i) => [k, 1 << i],
  ),
);

/** The bits of `keywords`, or -1 when one of them has no bit (then ruleApplies answers). */
export function keywordBits(keywords: readonly string[]): number {
  let bits = 0;
  for (const k of keywords) {
    const bit = KEYWORD_BITS.get(k);
    if (bit === undefined) return -1;
    bits |= bit;
  }
  return bits;
}

let presentBits = 0;
function addPresentBit(_list: readonly Instruction[], keyword: string): void {
  presentBits |= KEYWORD_BITS.get(keyword) ?? 0;
}

/** The bits of the keywords the file's index holds (a keyword without a bit adds none). */
export function keywordBitsOf(index: ReadonlyMap<string, readonly Instruction[]>): number {
  presentBits = 0;
  // forEach with a function made once, not a for-of (an iterator) or a closure per file.
  index.forEach(addPresentBit);
  return presentBits;
}

/** False when the rule declares keywords and the file holds none of them. */
export function ruleApplies(keywords: readonly string[] | undefined, index: ReadonlyMap<string, readonly Instruction[]>): boolean {
  if (!keywords) return true;
  for (const k of keywords) if (index.has(k)) return true;
  return false;
}
