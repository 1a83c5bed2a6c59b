// A rule's message template filled with a report's data: `{{ name }}` placeholders replaced.

/** Values a report gives its message's placeholders. */
export type MessageData = Record<string, string | number>;

export function formatMessage(template: string, data: MessageData | undefined): string {
  if (!data) return template;
  const parts = templateParts(template);
  if (parts.keys.length === 0) return template;
  let out = parts.texts[0]!;
  for (let i = 0; i < parts.keys.length; i++) {
    const k = parts.keys[i]!;
    out += (k in data ? valueText(data[k]!) : parts.placeholders[i]!) + parts.texts[i + 1]!;
  }
  return out;
}

/** The key of a template's one placeholder; null when it has none or several. (A template without
 * one is not split: a crash message is one, and the split templates are kept for the run.) */
export function soleKey(template: string): string | null {
  if (!template.includes("{{")) return null;
  const keys = templateParts(template).keys;
  return keys.length === 1 ? keys[0]! : null;
}

/** A template of one placeholder (soleKey) filled with `value`: formatMessage with that key's value. */
export function formatSole(template: string, value: string | number): string {
  const parts = templateParts(template);
  return parts.texts[0]! + valueText(value) + parts.texts[1]!;
}

/**
 * A placeholder's text: String(value), with an integer's digits made by toFixed(0), the same text.
 * String() keeps each number's string in V8's number-to-string cache, a table in the old
 * generation: the next scavenge but one promoted the strings still cached. Messages are made as
 * the report is written; for the 100k-RUN file's line numbers the old generation grew 3.6 MB
 * while its report was written, 1.4 MB with toFixed (peak RSS 145 -> 142 MiB).
 */
export function valueText(value: string | number): string {
  if (typeof value === "string") return value;
  return Number.isSafeInteger(value) ? value.toFixed(0) : String(value);
}

/** A message template split at its `{{ name }}` placeholders: texts[i], then keys[i], ..., then the last text. */
interface TemplateParts {
  texts: string[];
  keys: string[];
  /** Each placeholder as written, kept where `data` has no such key. */
  placeholders: string[];
}

// Split once per template (the rules' messages, a few hundred): a regex replace with a callback
// for every report cost a cold corpus run about 1 % (--cpu-prof), most of it still unoptimized.
const partsByTemplate = new Map<string, TemplateParts>();

function templateParts(template: string): TemplateParts {
  let parts = partsByTemplate.get(template);
  if (parts) return parts;
  parts = { texts: [], keys: [], placeholders: [] };
  const re = /\{\{\s*(\w+)\s*\}\}/g;
  let last = 0;
  for (let m = re.exec(template); m !== null; m = re.exec(template)) {
    parts.texts.push(template.slice(last, m.index));
    parts.keys.push(m[1]!);
    parts.placeholders.push(m[0]);
    last = m.index + m[0].length;
  }
  parts.texts.push(template.slice(last));
  partsByTemplate.set(template, parts);
  return parts;
}
