// The GitHub Actions runner protocol, without @actions/core: inputs come in INPUT_* variables,
// outputs and the job summary go to the files named by GITHUB_OUTPUT and GITHUB_STEP_SUMMARY,
// messages are workflow commands on stdout (escaped like @actions/core does, see format/github).
import { randomUUID } from "node:crypto";
import { appendFileSync } from "node:fs";
import { workflowData } from "../format/escape";

export type Env = NodeJS.ProcessEnv;

/** `INPUT_<NAME>`: the runner uppercases the name, turns spaces into `_` and keeps dashes. */
export function getInput(env: Env, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}

export class InputError extends Error {}

/** YAML 1.2 core-schema booleans, as @actions/core's getBooleanInput; empty gives `fallback`. */
export function getBooleanInput(env: Env, name: string, fallback: boolean): boolean {
  const v = getInput(env, name);
  if (v === "") return fallback;
  if (["true", "True", "TRUE"].includes(v)) return true;
  if (["false", "False", "FALSE"].includes(v)) return false;
  throw new InputError(`input '${name}' must be true or false, not '${v}'`);
}

/** Appends `name<<DELIMITER ... DELIMITER` to an environment file (GITHUB_OUTPUT), as @actions/core. */
export function setOutput(env: Env, name: string, value: string): void {
  const file = env.GITHUB_OUTPUT;
  if (!file) return;
  const delimiter = `ghadelimiter_${randomUUID()}`;
  appendFileSync(file, `${name}<<${delimiter}\n${value}\n${delimiter}\n`);
}

export function appendSummary(env: Env, markdown: string): boolean {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) return false;
  appendFileSync(file, markdown);
  return true;
}

export function command(kind: "error" | "warning" | "notice", message: string): string {
  return `::${kind}::${workflowData(message)}\n`;
}
