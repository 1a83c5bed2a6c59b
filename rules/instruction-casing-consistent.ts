import { defineRule, type ReportDescriptor } from "../src/engine/types";
import { KNOWN_INSTRUCTIONS } from "../src/model/build";
import type { Instruction, Stage } from "../src/model/types";

type Report = (d: ReportDescriptor<"inconsistent">) => void;

/** Reports the keywords not in the case most of `counted` uses (a tie goes to upper case). */
/** Is a known instruction of the stages written otherwise than in upper case? */
function anyOtherCasing(stages: readonly Stage[]): boolean {
  for (let si = 0; si < stages.length; si++) {
    const list = stages[si]!.instructions;
    for (let i = 0; i < list.length; i++) {
      const ins = list[i]!;
      if (ins.keywordRaw !== ins.keyword && KNOWN_INSTRUCTIONS.has(ins.keyword)) return true;
    }
  }
  return false;
}

function reportMixedCasing(counted: readonly Instruction[], report: Report): void {
  let lower = 0;
  let upper = 0;
  for (let i = 0; i < counted.length; i++) {
    const ins = counted[i]!;
    const kw = ins.keywordRaw;
    // The keyword itself is the upper-case form: most keywords need no case conversion.
    if (kw === ins.keyword) upper++;
    else if (kw === kw.toLowerCase()) lower++;
    else if (kw === kw.toUpperCase()) upper++;
  }
  const majorityLower = lower > upper;
  for (let i = 0; i < counted.length; i++) {
    const ins = counted[i]!;
    if (!majorityLower && ins.keywordRaw === ins.keyword) continue;
    const expected = majorityLower ? ins.keywordRaw.toLowerCase() : ins.keywordRaw.toUpperCase();
    if (ins.keywordRaw === expected) continue;
    report({
      messageId: "inconsistent",
      data: { keyword: ins.keywordRaw, casing: majorityLower ? "lowercase" : "uppercase", expected },
      span: ins.keywordSpan,
      fix: [{ span: ins.keywordSpan, text: expected }],
    });
  }
}

export default defineRule({
  id: "instruction-casing-consistent",
  description: "Write every instruction keyword in the case most of the file uses",
  severity: "info",
  strict: "warning",
  related: ["buildkit:ConsistentInstructionCasing"],
  messages: {
    inconsistent: "'{{keyword}}' does not match the {{casing}} used by most instructions in this file; write '{{expected}}'",
  },
  options: {},
  examples: {
    valid: ["FROM alpine:3.20\nRUN echo hi", "from alpine:3.20\nrun echo hi"],
    invalid: ["FROM alpine:3.20\nrun echo hi\nCMD [\"sh\"]", "FROM alpine:3.20\nRun echo hi"],
  },
  differs: "info, not a warning as in BuildKit (warning in the strict preset); same counting as BuildKit: global ARGs before the first FROM and the keyword after ONBUILD are not counted; a tie goes to uppercase",
  fixable: true,
  check({ model, report }) {
    // Most files write every keyword in upper case: nothing to count or report, found by one pass
    // that lists nothing. The rest is in reportMixedCasing, out of this check, where its first run
    // in a big lint deoptimized it. Indexed loops: a `for...of` over a big file's instructions made
    // an iterator result per step while the loop still ran as bytecode.
    if (!anyOtherCasing(model.stages)) return;
    const counted: Instruction[] = [];
    for (let si = 0; si < model.stages.length; si++) {
      const stage = model.stages[si]!;
      const list = stage.instructions;
      for (let i = 0, count = list.length; i < count; i++) if (KNOWN_INSTRUCTIONS.has(list[i]!.keyword)) counted.push(list[i]!);
    }
    reportMixedCasing(counted, report);
  },
});
