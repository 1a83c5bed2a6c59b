import { defineRule } from "../src/engine/types";
import { PLATFORM_ARGS, PREDEFINED_ARGS } from "../src/model/build";
import { baseEnvKnown, imageMayDefine, onScratch } from "../src/model/image-env";
import { parseKeyValues } from "../src/model/keyvalue";
import { likelyTypo } from "../src/model/names";
import { unsetEffect, varRefsInSource, varRefsInSpan, type VarRef } from "../src/model/varrefs";
import type { Instruction, Model, Scope, Stage, Word } from "../src/model/types";
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
    const text = model.text;
    let searchedFrom = 0;
    let dollar = -1;
    for (const stage of model.stages) {
      for (const ins of stage.instructions) {
        if (ins.keyword === "FROM") continue;
        if (dollar < ins.start || ins.start < searchedFrom) {
          searchedFrom = ins.start;
          dollar = text.indexOf("$", searchedFrom);
          if (dollar === -1) dollar = text.length;
        }
        if (dollar >= ins.end) continue;
        checkInstruction(model, ins, escape, (ref, scope, sameKeys) => judge(ins, stage, ref, scope, sameKeys));
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

/** Per name, the spans of the pairs of this ENV that set it, in order. */
type SameKeys = Map<string, { start: number; end: number }[]>;
type Visit = (ref: VarRef, scope: Scope, sameKeys: SameKeys) => void;

const NO_KEYS: SameKeys = new Map();

/** A word refers to a variable only when its text holds a `$` (most words of an instruction that
 * has one do not): skips mapping its span into the logical text. */
function mayRefer(w: Word): boolean {
  return w.raw.includes("$");
}

/** Calls `visit` for every variable BuildKit expands in `ins` (and so may report). */
function checkInstruction(model: Model, ins: Instruction, escape: string, visit: Visit): void {
  const t = ins.argsText;
  const words = (scope: Scope) => {
    for (const w of ins.args) if (mayRefer(w)) for (const r of varRefsInSpan(t, w, escape)) visit(r, scope, NO_KEYS);
  };
  switch (ins.keyword) {
    case "ADD":
    case "COPY": {
      for (const f of ins.flags) {
        if (!["chown", "chmod", "checksum"].includes(f.name) || f.value === null) continue;
        for (const r of varRefsInSpan(t, f.valueSpan, escape)) visit(r, ins.scope, NO_KEYS);
      }
      if (ins.json) {
        for (const span of ins.json.spans) for (const r of varRefsInSource(model.text, span, escape)) visit(r, ins.scope, NO_KEYS);
      } else {
        for (const w of ins.args) {
          if (!mayRefer(w) || /^<<-?["']?[A-Za-z0-9_.-]+["']?$/.test(w.raw)) continue;
          for (const r of varRefsInSpan(t, w, escape)) visit(r, ins.scope, NO_KEYS);
        }
      }
      for (const h of ins.heredocs) {
        if (h.quoted) continue;
        for (const r of varRefsInSource(model.text, h.bodySpan, "\\", false)) visit(r, ins.scope, NO_KEYS);
      }
      break;
    }
    case "ENV":
    case "LABEL": {
      // References come only from the words, whose logical text is argsText: no `$`, nothing to judge.
      if (!t.text.includes("$")) break;
      const keys: SameKeys = new Map();
      if (ins.keyword === "ENV") {
        for (const kv of parseKeyValues(ins, false)) {
          if (!kv.key) continue;
          const list = keys.get(kv.key) ?? [];
          list.push({ start: kv.keySpan.start, end: kv.valueSpan?.end ?? kv.keySpan.end });
          keys.set(kv.key, list);
        }
      }
      for (const w of ins.args) if (mayRefer(w)) for (const r of varRefsInSpan(t, w, escape)) visit(r, ins.scope, keys);
      break;
    }
    case "STOPSIGNAL":
    case "USER":
    case "WORKDIR":
    case "VOLUME":
      if (ins.keyword === "VOLUME" && ins.json) {
        for (const span of ins.json.spans) for (const r of varRefsInSource(model.text, span, escape)) visit(r, ins.scope, NO_KEYS);
      } else words(ins.scope);
      break;
    case "ARG": {
      // Each key is declared before the next default is expanded.
      let scope = ins.scope;
      for (const kv of parseKeyValues(ins, true)) {
        if (kv.valueSpan && !model.buildArgs.has(kv.key)) {
          for (const r of varRefsInSpan(t, kv.valueSpan, escape)) visit(r, scope, NO_KEYS);
        }
        if (kv.key && !scope.has(kv.key)) {
          scope = withBinding(scope, kv.key, { name: kv.key, value: undefined, kind: "arg", declaredBy: ins });
        }
      }
      break;
    }
    case "RUN":
      for (const m of ins.run?.mounts ?? []) for (const r of varRefsInSpan(t, m.span, escape)) visit(r, ins.scope, NO_KEYS);
      break;
  }
}
