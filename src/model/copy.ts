import { InstructionRecord, PARTS_NOT_KEPT } from "./instruction";
import type { Instruction, Span } from "./types";

export interface PathArg extends Span {
  value: string;
  raw: string;
  /** The source is a heredoc (`COPY <<EOF /dest`); false or absent otherwise. */
  heredoc?: boolean;
}

export interface CopyParts {
  readonly sources: readonly PathArg[];
  readonly dest: PathArg | null;
}

// Found once per instruction: a dozen rules and the layer estimator ask for the parts of every COPY.
// Kept on the model's own instructions; a WeakMap serves instructions made elsewhere.
const partsOf = new WeakMap<Instruction, CopyParts>();

/** Sources and destination of a COPY or ADD (shell or JSON form). Shared: do not change them. */
export function copyParts(ins: Instruction): CopyParts {
  if (ins instanceof InstructionRecord) {
    const kept = ins.copyPartsMemo;
    if (kept === undefined) return (ins.copyPartsMemo = Object.freeze(splitParts(ins)));
    return kept === PARTS_NOT_KEPT ? Object.freeze(splitParts(ins)) : (kept as CopyParts);
  }
  let parts = partsOf.get(ins);
  if (!parts) partsOf.set(ins, (parts = Object.freeze(splitParts(ins))));
  return parts;
}

const NO_PARTS: readonly PathArg[] = Object.freeze([]);

/** A part of a JSON-form COPY or ADD: its value is its text (the JSON string unquoted), and it is
 * never a heredoc. Three fields, not an object of five (`raw` and `heredoc` were 24 bytes of each
 * of the 200k parts of 100k JSON-form COPYs, kept by the instructions' memo). */
class JsonPathArg implements PathArg {
  readonly start: number;
  readonly end: number;
  readonly value: string;

  constructor(start: number, end: number, value: string) {
    this.start = start;
    this.end = end;
    this.value = value;
  }

  get raw(): string {
    return this.value;
  }
}

function splitParts(ins: Instruction): CopyParts {
  let items: PathArg[];
  if (ins.json) {
    const spans = ins.json.spans;
    items = ins.json.values.map((v, i) => new JsonPathArg(spans[i]!.start, spans[i]!.end, v));
  } else {
    const words = ins.args;
    // Without a heredoc among them (most COPYs), the words themselves are the parts (no
    // `heredoc` field): a copy of each was 6 MB of a 10 MB file's 35k COPYs, kept by the memo.
    if (!words.some((w) => isHeredocMarker(w.raw))) return words.length < 2 ? { sources: NO_PARTS, dest: words[0] ?? null } : { sources: words.slice(0, -1), dest: words[words.length - 1]! };
    items = words.map((w) => ({ start: w.start, end: w.end, value: w.value, raw: w.raw, heredoc: isHeredocMarker(w.raw) }));
  }
  if (items.length < 2) return { sources: items.length === 1 && items[0]!.heredoc ? items : NO_PARTS, dest: items.length === 1 && !items[0]!.heredoc ? items[0]! : null };
  return { sources: items.slice(0, -1), dest: items[items.length - 1]! };
}

/** `<<EOF`, `<<-"EOF"` ...: the source is a heredoc (tested only for words that start with `<<`:
 * several rules ask for the parts of every COPY). */
function isHeredocMarker(raw: string): boolean {
  return raw.charCodeAt(0) === 60 && raw.charCodeAt(1) === 60 && /^<<-?["']?[A-Za-z0-9_.\-]+["']?$/.test(raw);
}

/** True when a COPY/ADD reads from the build context (no --from). Runs cold for every COPY of
 * every file, so a plain loop rather than a callback. */
export function copiesFromContext(ins: Instruction): boolean {
  const k = ins.keyword;
  if (k !== "COPY" && k !== "ADD") return false;
  const flags = ins.flags;
  for (let i = 0; i < flags.length; i++) if (flags[i]!.name === "from") return false;
  return true;
}

/** `.`, `./`, `/`, `./.`, `*`, `./*`: the whole build context (`*` copies every top-level entry).
 * Every such spelling starts with `.`, `/` or `*`, and the common ones are matched as they are:
 * most sources are decided without the regex. */
export function isWholeContext(source: string): boolean {
  const c = source.charCodeAt(0);
  if (c !== 46 /* . */ && c !== 47 /* / */ && c !== 42 /* * */) return false;
  if (source === "." || source === "./" || source === "/" || source === "*" || source === "./*" || source === "./.") return true;
  const s = source.replace(/^\.\/+/, "./");
  return s === "." || s === "./" || s === "./." || s === "/" || s === ".//" || s === "*" || s === "./*";
}

export function isAbsolutePath(p: string, windows: boolean): boolean {
  if (p.startsWith("/")) return true;
  if (windows || /^[A-Za-z]:[\\/]/.test(p)) return /^[A-Za-z]:[\\/]/.test(p) || p.startsWith("\\") || p.startsWith("/");
  return false;
}
