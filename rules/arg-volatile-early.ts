import { defineRule } from "../src/engine/types";
import { instructionsOf } from "../src/engine/dispatch";
import { instructionDisplay, isExpensive, isPerBuildArgName } from "../src/layers/estimate";
import { pairKeys, parseKeyValues } from "../src/model/keyvalue";
import type { Instruction } from "../src/model/types";

/** An instruction's argument text with its heredoc bodies, where variable references are looked for. */
function referencedText(ins: Instruction): string {
  return ins.argsText.text + ins.heredocs.map((h) => "\n" + h.body).join("");
}

/** Keys of an ENV whose values use one of `carriers` (`ENV BUILD_TIME=$BUILDTIME`). */
function envCopies(ins: Instruction, carriers: ReadonlySet<string>, refs: (t: string) => string[]): string[] {
  return parseKeyValues(ins, false)
    .filter((kv) => kv.key && kv.value !== null && refs(kv.value).some((n) => carriers.has(n)))
    .map((kv) => kv.key);
}

/** Is one of `names` in `carriers`? (No Set of the names and no copy of the carriers per step.) */
function namesAny(names: readonly string[], carriers: ReadonlySet<string>): boolean {
  for (let i = 0; i < names.length; i++) if (carriers.has(names[i]!)) return true;
  return false;
}

/** Could this ARG declare a per-build name (with or without a default)? A cheap first filter. */
function mayBePerBuild(ins: Instruction): boolean {
  // Without a default is the wider question: a name per-build with some default is per-build without one.
  const keys = pairKeys(ins.args, true);
  for (let i = 0; i < keys.length; i++) if (keys[i] && isPerBuildArgName(keys[i]!, false, null)) return true;
  return false;
}

export default defineRule({
  id: "arg-volatile-early",
  keywords: ["ARG"],
  description: "Declare per-build ARGs (commit, build date, version) after the expensive RUNs",
  severity: "warning",
  related: [],
  messages: {
    volatileEarly:
      "ARG {{name}} usually changes on every build, and every later RUN gets it in its environment, so '{{run}}' (line {{line}}) reruns on every build; declare the ARG just before its first use, or use it only in a LABEL at the end",
    volatileViaEnv:
      "ARG {{name}} usually changes on every build, and ENV {{env}} (line {{envLine}}) puts its value into every later step's environment, so '{{run}}' (line {{line}}) reruns on every build; move the ARG and the ENV below the expensive steps, or use the value only in a LABEL at the end",
  },
  options: {},
  examples: {
    valid: [
      "FROM node:22-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nARG GIT_SHA\nLABEL org.opencontainers.image.revision=$GIT_SHA",
      "FROM alpine:3.20\nARG NODE_VERSION=22\nRUN apk add --no-cache nodejs",
    ],
    invalid: [
      "FROM node:22-alpine\nARG GIT_SHA\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nLABEL org.opencontainers.image.revision=$GIT_SHA",
    ],
  },
  differs: "BuildKit puts every ARG in scope into the RUN environment, used or not; neither hadolint nor BuildKit's checks flag it",
  check(ctx) {
    const { model, report } = ctx;
    // Most files declare no per-build ARG in a stage: nothing more to do for them. (The index
    // also holds global and ONBUILD ARGs: a superset, only used to return early.)
    const args = instructionsOf(model, "ARG");
    let candidate = false;
    for (let i = 0; i < args.length && !candidate; i++) candidate = args[i]!.stage !== null && mayBePerBuild(args[i]!);
    if (!candidate) return;
    // The steps of the layer estimate are the stages' instructions: only their display text and
    // line are read here, so the estimate itself (keys, volatility, blast radius) is not built.
    for (let si = 0; si < model.stages.length; si++) {
      const stage = model.stages[si]!;
      const steps = stage.instructions;
      steps.forEach((ins, i) => {
        if (ins.keyword !== "ARG") return;
        for (const kv of parseKeyValues(ins, true)) {
          if (!kv.key) continue;
          // `ARG NAME` re-declaring a global ARG takes the global default.
          const inherited = kv.value === null ? model.globalScope.get(kv.key)?.value : undefined;
          const hasDefault = kv.value !== null || inherited !== undefined;
          if (!isPerBuildArgName(kv.key, hasDefault, kv.value !== null ? kv.plain : (inherited ?? null))) continue;
          // An expensive RUN before the first step that uses the ARG: moving the
          // ARG down would keep it cached. Steps after the first use rebuild anyway.
          let victim: Instruction | null = null;
          // Names that carry the per-build value: the ARG, and ENV variables set from it (an ENV
          // puts the value into every later step's environment, as the ARG itself does).
          const carriers = new Set([kv.key]);
          let via: { env: string; line: number } | null = null;
          for (let k = i + 1; k < steps.length; k++) {
            const si = steps[k]!;
            if (si.scope.get(kv.key)?.declaredBy !== ins) break; // re-declared or overridden
            if (namesAny(model.expand(referencedText(si), si.scope).names, carriers)) {
              const copies = si.keyword === "ENV" ? envCopies(si, carriers, (t) => model.expand(t, si.scope).names) : [];
              if (!copies.length) break;
              for (const c of copies) carriers.add(c);
              via ??= { env: copies.join(", "), line: si.line };
              continue;
            }
            const r = si.run;
            if (r && r.commands.some(isExpensive)) {
              victim = si;
              break;
            }
          }
          if (!victim) continue;
          const display = instructionDisplay(victim);
          const run = display.length > 60 ? display.slice(0, 57) + "..." : display;
          report({
            messageId: via ? "volatileViaEnv" : "volatileEarly",
            data: { name: kv.key, run, line: victim.line, ...(via ? { env: via.env, envLine: via.line } : {}) },
            span: kv.keySpan,
          });
        }
      });
    }
  },
});
