import { instructionsOf, isStageInstruction } from "../src/engine/dispatch";
import { defineRule, type ReportDescriptor } from "../src/engine/types";
import { indexInLogical } from "../src/model/logical";
import type { Instruction, Stage } from "../src/model/types";

const SHELL_SYNTAX = /[|&;<>()$`\\"'*?[\]{}~#]/;

function hasShellInstruction(stage: Stage | null, before: Instruction): boolean {
  for (let s: Stage | null = stage; s; s = s.parent) {
    for (let ii = 0; ii < s.instructions.length; ii++) {
      const ins = s.instructions[ii]!;
      if (s === stage && ins.index >= before.index) break;
      if (ins.keyword === "SHELL") return true;
    }
  }
  return false;
}

/** `HEALTHCHECK [flags] CMD <command>` in shell form (hadolint's DL3025; a JSON array of strings is exec form). */
function checkHealthcheck(ins: Instruction, stage: Stage, report: (d: ReportDescriptor<"healthcheckShellForm">) => void): void {
  const cmd = ins.args[0];
  if (!cmd || cmd.value.toUpperCase() !== "CMD" || ins.args.length < 2) return;
  if (ins.json) return;
  const command = ins.args.slice(1);
  const text = ins.argsText.text.slice(indexInLogical(ins.argsText, command[0]!.start)).trim();
  const simple = !SHELL_SYNTAX.test(text);
  const suggestion = simple ? JSON.stringify(command.map((a) => a.value)).replace(/","/g, '", "') : "";
  report({
    messageId: "healthcheckShellForm",
    data: { shell: stage.windows ? "cmd" : "/bin/sh", suggestion: suggestion ? `: HEALTHCHECK CMD ${suggestion}` : "" },
    span: { start: cmd.start, end: command[command.length - 1]!.end },
    related: ["hadolint:DL3025"],
    fix: suggestion ? [{ span: { start: command[0]!.start, end: command[command.length - 1]!.end }, text: suggestion }] : undefined,
  });
}

/** A CMD or ENTRYPOINT of `stage` in shell form. */
function checkCommand(ins: Instruction, stage: Stage, report: (d: ReportDescriptor<"shellForm" | "shellSyntax">) => void): void {
  if (ins.json || ins.args.length === 0) return;
  if (hasShellInstruction(stage, ins)) return;
  const first = ins.args[0]!;
  // `CMD exec gunicorn ...`: the process replaces the shell and receives signals itself.
  if (first.value === "exec" && ins.args.length > 1) return;
  const text = ins.argsText.text.trim();
  const simple = !SHELL_SYNTAX.test(text);
  const shell = stage.windows ? "cmd /S /C" : "/bin/sh -c";
  const last = ins.args[ins.args.length - 1]!;
  const span = { start: ins.keywordSpan.start, end: last.end };
  const singleQuoted = /^\[\s*'[^"]*\]$/.test(text); // ['python', 'app.py']: JSON needs double quotes
  if (!simple && !singleQuoted) {
    // ["/bin/sh", "-c", ...] would run the same shell: no better. Only `exec` or a script helps.
    report({ messageId: "shellSyntax", data: { keyword: ins.keyword, shell }, span });
    return;
  }
  const suggestion = singleQuoted ? text.replace(/'/g, '"') : JSON.stringify(ins.args.map((a) => a.value)).replace(/","/g, '", "');
  report({
    messageId: "shellForm",
    data: { keyword: ins.keyword, suggestion, shell },
    span,
    // A lone shell builtin (`CMD exec`) is no program that exec form could start.
    fix: singleQuoted || first.value === "exec" ? undefined : [{ span: { start: first.start, end: last.end }, text: suggestion }],
  });
}

export default defineRule({
  id: "cmd-exec-form",
  keywords: ["CMD", "ENTRYPOINT", "HEALTHCHECK"],
  description: "Write CMD and ENTRYPOINT in exec (JSON) form",
  severity: "warning",
  related: ["hadolint:DL3025", "buildkit:JSONArgsRecommended"],
  fixable: true,
  messages: {
    shellForm: "{{keyword}} in shell form runs under {{shell}}, which does not pass signals such as SIGTERM to your process; use exec form: {{keyword}} {{suggestion}}",
    shellSyntax:
      "{{keyword}} in shell form runs under {{shell}}, which does not pass signals such as SIGTERM to your process; start the command with 'exec' so that it replaces the shell, or move the shell logic into a script and name the script in exec form",
    healthcheckShellForm: "HEALTHCHECK CMD in shell form needs {{shell}} in the image to run the probe; use exec form{{suggestion}}",
  },
  options: {
    checkHealthcheck: {
      description: "Also report HEALTHCHECK CMD in shell form, as hadolint's DL3025 does (BuildKit never checks it)",
      default: false,
      hadolint: true,
      schema: { type: "boolean" },
    },
  },
  examples: {
    valid: ['FROM python:3.12\nCMD ["python", "app.py"]', 'FROM debian:12\nSHELL ["/bin/bash", "-c"]\nCMD echo $HOME'],
    invalid: ["FROM python:3.12\nCMD python app.py", "FROM alpine:3.20\nENTRYPOINT ./run.sh --port 80"],
  },
  differs: "a command started with 'exec' (`CMD exec gunicorn ...`) is not reported, as the process replaces the shell; like BuildKit, a SHELL set earlier in the stage or a parent stage silences it, and HEALTHCHECK CMD is not checked (hadolint checks it, and so does the hadolint preset: option checkHealthcheck): a health check is a short-lived command that needs no signal handling, and Docker's documentation writes it in shell form",
  check({ model, options, report }) {
    // From the keyword index: only the stages' CMD, ENTRYPOINT (and HEALTHCHECK) instructions, not
    // every instruction of every stage (problems are sorted by position afterwards).
    const visit = (list: readonly Instruction[], healthcheck: boolean) => {
      for (let i = 0; i < list.length; i++) {
        const ins = list[i]!;
        if (!isStageInstruction(model, ins)) continue;
        if (healthcheck) checkHealthcheck(ins, ins.stage!, report);
        else checkCommand(ins, ins.stage!, report);
      }
    };
    if (options.checkHealthcheck) visit(instructionsOf(model, "HEALTHCHECK"), true);
    visit(instructionsOf(model, "CMD"), false);
    visit(instructionsOf(model, "ENTRYPOINT"), false);
  },
});
