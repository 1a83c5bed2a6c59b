// `--rule id=severity`, `--ignore id`, `--select id` and hadolint's `--error/--warning/--info/--style CODE`:
// rule settings from the command line, applied after every config file. An id may be a dflint rule
// id or a related code (hadolint `DL3008`, BuildKit `JSONArgsRecommended`), as pragmas accept.
import type { RuleDefinition, Severity } from "../engine/types";
import type { RulesConfig } from "../config/schema";
import { suggest } from "../config/schema";
import { UsageError } from "./args";
import type { CliValues } from "./args";

type Rules = readonly RuleDefinition<any, any>[];

const SEVERITY_WORDS: Record<string, Severity> = {
  error: "error",
  warning: "warning",
  warn: "warning",
  info: "info",
  style: "info",
  off: "off",
  ignore: "off",
};

/** Rules an id stands for: the rule itself, or every rule whose related codes include it. */
export function rulesForId(id: string, rules: Rules): RuleDefinition<any, any>[] {
  const own = rules.find((r) => r.id === id);
  if (own) return [own];
  const code = id.toLowerCase();
  return rules.filter((r) => r.related.some((c) => c.slice(c.indexOf(":") + 1).toLowerCase() === code));
}

function resolveIds(list: string, flag: string, rules: Rules): string[] {
  const out: string[] = [];
  for (const raw of list.split(",")) {
    const id = raw.trim();
    if (!id) continue;
    if (id.includes("/")) {
      out.push(id); // a plugin rule: validated by the config loader
      continue;
    }
    const found = rulesForId(id, rules);
    if (!found.length) {
      const hint = suggest(id, rules.map((r) => r.id));
      throw new UsageError(`${flag}: unknown rule '${id}'${hint ? ` (did you mean '${hint}'?)` : ""}; 'dflint --list-rules' lists them`);
    }
    out.push(...found.map((r) => r.id));
  }
  return out;
}

export function parseSeverityWord(word: string, flag: string): Severity {
  const s = SEVERITY_WORDS[word.trim().toLowerCase()];
  if (!s) throw new UsageError(`${flag}: '${word}' is not a severity (error, warning/warn, info, off)`);
  return s;
}

/** The command line's rule settings, or undefined when it has none. */
export function cliRuleSettings(values: CliValues, rules: Rules): RulesConfig | undefined {
  const out: RulesConfig = {};
  let any = false;
  const set = (id: string, severity: Severity) => {
    out[id] = severity;
    any = true;
  };
  if (values.select?.length) {
    const keep = new Set(values.select.flatMap((s) => resolveIds(s, "--select", rules)));
    for (const r of rules) {
      if (!keep.has(r.id)) set(r.id, "off");
      // A rule that is off by default is switched on when selected, at its strict-preset severity.
      else if (r.severity === "off") set(r.id, r.strict && r.strict !== "off" ? r.strict : "warning");
    }
  }
  // hadolint's per-severity overrides; when one code is given twice the more severe wins.
  for (const [flag, severity] of [["style", "info"], ["info", "info"], ["warning", "warning"], ["error", "error"]] as const) {
    for (const list of values[flag] ?? []) for (const id of resolveIds(list, `--${flag}`, rules)) set(id, severity);
  }
  for (const item of values.rule ?? []) {
    const m = /^\s*([^=:\s]+)\s*[=:]\s*(\S+)\s*$/.exec(item);
    if (!m) throw new UsageError(`--rule '${item}': use --rule <id>=<severity>, e.g. --rule run-no-cd=off`);
    const severity = parseSeverityWord(m[2]!, "--rule");
    for (const id of resolveIds(m[1]!, "--rule", rules)) set(id, severity);
  }
  for (const list of values.ignore ?? []) for (const id of resolveIds(list, "--ignore", rules)) set(id, "off");
  return any ? out : undefined;
}
