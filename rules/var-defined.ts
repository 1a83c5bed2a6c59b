import { defineRule } from "../src/engine/types";
import { PLATFORM_ARGS, PREDEFINED_ARGS } from "../src/model/build";
import { baseEnvKnown, imageMayDefine, onScratch } from "../src/model/image-env";
import { parseKeyValues } from "../src/model/keyvalue";
import { likelyTypo } from "../src/model/names";
import { unsetEffect, varRefsInSource, varRefsInSpan, type VarRef } from "../src/model/varrefs";
import type { Instruction, Model, Scope, Span, Stage, Word } from "../src/model/types";
import { withBinding } from "../src/model/scope";

/** Names BuildKit never reports (`nonEnvArgs`) and the proxy args it predefines. */
const EXEMPT = new Set(["BUILDKIT_SBOM_SCAN_CONTEXT", "BUILDKIT_SBOM_SCAN_STAGE", ...PREDEFINED_ARGS]);

interface Decl {
  name: string;
  ins: Instruction;
  stage: Stage | null;
}

export default defineRule({
  id: "var-defined",
  description: "Declare variables with ARG or ENV before using them",
  severity: "warning",
  related: ["buildkit:UndefinedVar"],
  messages: {
    platformArg:
      "'${{name}}' is an automatic platform ARG, which is only visible inside a stage after 'ARG {{name}}'; add that line to the stage before using it",
    globalArg:
      "'${{name}}' is declared before the first FROM, and such ARGs are not visible inside a stage; add 'ARG {{name}}' to the stage before using it",
    usedBeforeDeclared: "'${{name}}' is used before it is declared on line {{line}}, so it {{effect}} here; move the declaration up",
    sameInstruction:
      "'${{name}}' is set by this same {{keyword}}, but its values are expanded with the variables from before it; set {{name}} in an earlier {{keyword}}",
    otherStage:
      "'${{name}}' is declared only in stage '{{stage}}', and variables do not cross stages; declare it in this stage too",
    typo: "'${{name}}' is not declared; did you mean '${{suggestion}}'?",
    undefined: "'${{name}}' is not declared and the stage is built on scratch, so it expands to an empty string; declare it with ARG or ENV",
  },
  options: {},
  examples: {
    valid: [
      "ARG VERSION=1.0\nFROM alpine:3.20\nARG VERSION\nLABEL version=$VERSION",
      "FROM node:22\nWORKDIR /app\nENV PATH=/app/node_modules/.bin:$PATH",
    ],
    invalid: ["ARG VERSION=1.0\nFROM alpine:3.20\nLABEL version=$VERSION", "FROM alpine:3.20\nCOPY bin/app-${TARGETARCH} /app"],
  },
  differs:
    "BuildKit knows the base image's ENV; dflint does not, so it reports only variables that are certainly wrong: platform ARGs and global ARGs not re-declared in the stage (always), and, when the base is scratch or an official Docker Hub image, use before declaration, a name set by the same ENV, variables of other stages and likely typos, plus (on scratch) anything undeclared. Names base images commonly define (PATH, HOME, NODE_VERSION on node, ...) are never reported",
  check({ model, report }) {
    // Every reference it judges starts with '$' in the file's text (835 of the corpus's 4,244 files have none).
    if (!model.text.includes("$")) return;
    const escape = model.directives.escape;
    // The declarations are gathered on the first reference that the scope does not resolve
    // (most files have none): parsing every ARG and ENV of every file cost more than the judging.
    let declared: Declarations | null = null;
    const declarations = () => (declared ??= declarationsOf(model));

    const isAncestor = (a: Stage, b: Stage): boolean => {
      for (let s: Stage | null = b; s; s = s.parent) if (s === a) return true;
      return false;
    };

    const judge = (ins: Instruction, stage: Stage, ref: VarRef, scope: Scope, sameKeys: SameKeys) => {
      const name = ref.name;
      if (scope.has(name) || EXEMPT.has(name) || name.startsWith("BUILDKIT_")) return;
      const span = { start: ref.start, end: ref.end };
      if (PLATFORM_ARGS.includes(name)) {
        report({ messageId: "platformArg", data: { name }, span });
        return;
      }
      const scratch = onScratch(stage);
      if (!scratch && imageMayDefine(stage, name)) return;
      const own = sameKeys.get(name);
      // `ENV X=$X:/more` extends what the base image set: fine unless nothing can set it. Only in the
      // first pair that sets X: in `ENV X=1 X=${X}2` the second pair still sees X from before the ENV.
      if (own && ref.start >= own[0]!.start && ref.end <= own[0]!.end) {
        if (scratch && !ref.guarded) report({ messageId: "undefined", data: { name }, span });
        return;
      }
      const { globalNames, decls, allNames } = declarations();
      if (globalNames.has(name) && !own) {
        report({ messageId: "globalArg", data: { name }, span });
        return;
      }
      // The rest depends on what the base image defines: judge only known bases.
      if (!baseEnvKnown(stage)) return;
      if (own) {
        report({ messageId: "sameInstruction", data: { name, keyword: ins.keyword }, span });
        return;
      }
      const list = decls.get(name) ?? [];
      const later = list.find((d) => d.stage === stage && d.ins.index > ins.index);
      if (later) {
        report({ messageId: "usedBeforeDeclared", data: { name, line: later.ins.line, effect: unsetEffect(ref) }, span });
        return;
      }
      const other = list.find((d) => d.stage && d.stage !== stage && !isAncestor(d.stage, stage));
      if (other) {
        report({ messageId: "otherStage", data: { name, stage: other.stage!.nameRaw ?? String(other.stage!.index) }, span });
        return;
      }
      if (!allNames.has(name)) {
        const suggestion = likelyTypo(name, new Set([...scope.keys()].filter((k) => scope.get(k)!.kind !== "builtin" || k === "PATH")));
        if (suggestion) {
          report({ messageId: "typo", data: { name, suggestion }, span });
          return;
        }
      }
      if (scratch && !ref.guarded) report({ messageId: "undefined", data: { name }, span });
    };

    // Every reference lies in its instruction's source span (heredoc bodies included), so an
    // instruction whose span has no '$' has nothing to judge (most of a big file's): skip it before
    // splitting any word. `dollar` is the first '$' at or after `searchedFrom` (the text's length
    // when none); instructions come in file order, so one forward indexOf serves every instruction
    // up to that '$' and the file is scanned once.
    // One visitor for the file, reading the instruction being checked from these (a closure per
    // judged instruction was most of this check's own allocations, heap profile).
    let curIns: Instruction | null = null;
    let curStage: Stage | null = null;
    const visit: Visit = (ref, scope, sameKeys) => judge(curIns!, curStage!, ref, scope, sameKeys);
    const text = model.text;
    let searchedFrom = 0;
    let dollar = -1;
    // Indexed loops: this runs cold for most files, where a for-of loop allocates an iterator result per step.
    for (let si = 0; si < model.stages.length; si++) {
      const stage = model.stages[si]!;
      const list = stage.instructions;
      for (let ii = 0, count = list.length; ii < count; ii++) {
        const ins = list[ii]!;
        // Only these instructions' variables are judged (a RUN's only in its mount flags): CMD,
        // ENTRYPOINT and the many RUNs with a `$` in their script went through the call for nothing.
        if (!JUDGED.has(ins.keyword) || (ins.keyword === "RUN" && ins.flags.length === 0)) continue;
        if (dollar < ins.start || ins.start < searchedFrom) {
          searchedFrom = ins.start;
          dollar = text.indexOf("$", searchedFrom);
          if (dollar === -1) dollar = text.length;
        }
        if (dollar >= ins.end) continue;
        curIns = ins;
        curStage = stage;
        checkInstruction(model, ins, escape, visit);
      }
    }
  },
});

interface Declarations {
  /** Names of the ARGs before the first FROM. */
  globalNames: Set<string>;
  /** ARG and ENV declarations in stages, by name. */
  decls: Map<string, Decl[]>;
  /** Every name declared anywhere. */
  allNames: Set<string>;
}

function declarationsOf(model: Model): Declarations {
  const globalNames = new Set<string>();
  for (const ins of model.globalArgs) for (const kv of parseKeyValues(ins.args, true)) if (kv.key) globalNames.add(kv.key);
  const decls = new Map<string, Decl[]>();
  const allNames = new Set<string>(globalNames);
  for (const stage of model.stages) {
    for (const ins of stage.instructions) {
      if (ins.keyword !== "ARG" && ins.keyword !== "ENV") continue;
      for (const kv of parseKeyValues(ins.args, ins.keyword === "ARG")) {
        if (!kv.key) continue;
        allNames.add(kv.key);
        const list = decls.get(kv.key) ?? [];
        list.push({ name: kv.key, ins, stage });
        decls.set(kv.key, list);
      }
    }
  }
  return { globalNames, decls, allNames };
}

/**
 * Per name, the spans of the pairs of this ENV that set it, in order. Read from the ENV's pairs
 * on the first question: most references resolve in the scope before judge asks (most ENVs with a
 * `$` were parsed for nothing).
 */
class SameKeys {
  private keys: Map<string, Span[]> | null = null;

  /** `env` null: no pairs (not an ENV). */
  constructor(private readonly env: Instruction | null) {}

  get(name: string): Span[] | undefined {
    if (this.env === null) return undefined;
    return (this.keys ??= pairSpans(this.env)).get(name);
  }
}

function pairSpans(env: Instruction): Map<string, Span[]> {
  const keys = new Map<string, Span[]>();
  for (const kv of parseKeyValues(env, false)) {
    if (!kv.key) continue;
    const list = keys.get(kv.key) ?? [];
    list.push({ start: kv.keySpan.start, end: kv.valueSpan?.end ?? kv.keySpan.end });
    keys.set(kv.key, list);
  }
  return keys;
}

type Visit = (ref: VarRef, scope: Scope, sameKeys: SameKeys) => void;

const NO_KEYS = new SameKeys(null);

/** A word refers to a variable only when its text holds a `$` (most words of an instruction that
 * has one do not): skips mapping its span into the logical text. */
function mayRefer(w: Word): boolean {
  return w.raw.includes("$");
}

/** The keywords checkInstruction reads variables of (FROM's are another rule's). */
const JUDGED: ReadonlySet<string> = new Set(["ADD", "COPY", "ENV", "LABEL", "STOPSIGNAL", "USER", "WORKDIR", "VOLUME", "ARG", "RUN"]);

/**
 * Calls `visit` for every variable BuildKit expands in `ins` (and so may report). One helper per
 * kind of instruction, with indexed loops: this ran cold for the whole corpus run (too big to be
 * optimized), where each for-of made an iterator result per step.
 */
function checkInstruction(model: Model, ins: Instruction, escape: string, visit: Visit): void {
  switch (ins.keyword) {
    case "ADD":
    case "COPY":
      checkCopy(model, ins, escape, visit);
      break;
    case "ENV":
    case "LABEL":
      checkPairs(ins, escape, visit);
      break;
    case "STOPSIGNAL":
    case "USER":
    case "WORKDIR":
    case "VOLUME":
      if (ins.keyword === "VOLUME" && ins.json) visitSources(model, ins.json.spans, ins.scope, escape, visit);
      else visitWords(ins, escape, visit);
      break;
    case "ARG":
      checkArg(model, ins, escape, visit);
      break;
    case "RUN": {
      const mounts = ins.run?.mounts;
      if (mounts) for (let i = 0; i < mounts.length; i++) visitRefs(varRefsInSpan(ins.argsText, mounts[i]!.span, escape), ins.scope, NO_KEYS, visit);
      break;
    }
  }
}

function visitRefs(refs: readonly VarRef[], scope: Scope, sameKeys: SameKeys, visit: Visit): void {
  for (let i = 0; i < refs.length; i++) visit(refs[i]!, scope, sameKeys);
}

/** The references in JSON strings (exec-form words: their source offsets are contiguous). */
function visitSources(model: Model, spans: readonly Span[], scope: Scope, escape: string, visit: Visit): void {
  for (let i = 0; i < spans.length; i++) visitRefs(varRefsInSource(model.text, spans[i]!, escape), scope, NO_KEYS, visit);
}

/** The references in the instruction's words. */
function visitWords(ins: Instruction, escape: string, visit: Visit): void {
  const t = ins.argsText;
  const args = ins.args;
  for (let i = 0; i < args.length; i++) if (mayRefer(args[i]!)) visitRefs(varRefsInSpan(t, args[i]!, escape), ins.scope, NO_KEYS, visit);
}

function checkCopy(model: Model, ins: Instruction, escape: string, visit: Visit): void {
  const t = ins.argsText;
  const flags = ins.flags;
  for (let i = 0; i < flags.length; i++) {
    const f = flags[i]!;
    if (!["chown", "chmod", "checksum"].includes(f.name) || f.value === null) continue;
    visitRefs(varRefsInSpan(t, f.valueSpan, escape), ins.scope, NO_KEYS, visit);
  }
  if (ins.json) visitSources(model, ins.json.spans, ins.scope, escape, visit);
  else {
    const args = ins.args;
    for (let i = 0; i < args.length; i++) {
      const w = args[i]!;
      if (!mayRefer(w) || /^<<-?["']?[A-Za-z0-9_.-]+["']?$/.test(w.raw)) continue;
      visitRefs(varRefsInSpan(t, w, escape), ins.scope, NO_KEYS, visit);
    }
  }
  const heredocs = ins.heredocs;
  for (let i = 0; i < heredocs.length; i++) {
    const h = heredocs[i]!;
    if (h.quoted) continue;
    visitRefs(varRefsInSource(model.text, h.bodySpan, "\\", false), ins.scope, NO_KEYS, visit);
  }
}

function checkPairs(ins: Instruction, escape: string, visit: Visit): void {
  const t = ins.argsText;
  // References come only from the words, whose logical text is argsText: no `$`, nothing to judge.
  if (!t.text.includes("$")) return;
  const keys = ins.keyword === "ENV" ? new SameKeys(ins) : NO_KEYS;
  const args = ins.args;
  for (let i = 0; i < args.length; i++) if (mayRefer(args[i]!)) visitRefs(varRefsInSpan(t, args[i]!, escape), ins.scope, keys, visit);
}

function checkArg(model: Model, ins: Instruction, escape: string, visit: Visit): void {
  const t = ins.argsText;
  // Each key is declared before the next default is expanded.
  let scope = ins.scope;
  for (const kv of parseKeyValues(ins, true)) {
    if (kv.valueSpan && !model.buildArgs.has(kv.key)) visitRefs(varRefsInSpan(t, kv.valueSpan, escape), scope, NO_KEYS, visit);
    if (kv.key && !scope.has(kv.key)) {
      scope = withBinding(scope, kv.key, { name: kv.key, value: undefined, kind: "arg", declaredBy: ins });
    }
  }
}
