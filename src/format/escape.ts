// One escaping function per sink. Everything a pull request controls (file names, Dockerfile
// text, config keys, rule ids, stage names, git refs) passes through the function of the sink it
// is written to:
//   terminal / CI log lines (stdout text formats, stderr) -> terminalText, logText
//   GitHub workflow commands                              -> workflowData, workflowProperty
//   Markdown (job summary, layer report)                  -> markdownText, markdownCode
// XML (xmlEscape) lives in util.ts; JSON and SARIF are escaped by JSON.stringify.

const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * Neutralises what the Actions runner would read as a command in a plain log line: a line that
 * starts with `::` (the current syntax) or holds `##[` (the legacy one, matched anywhere).
 * A word joiner (U+2060) is invisible in the log but breaks the match.
 */
function breakRunnerCommands(line: string): string {
  let out = line.includes("##[") ? line.replace(/##\[/g, "#\u2060#[") : line;
  const lead = out.length - out.trimStart().length;
  if (out.startsWith("::", lead)) out = out.slice(0, lead) + ":\u2060:" + out.slice(lead + 2);
  return out;
}

/** One line of text for a terminal or CI log: no line breaks, no control characters (escape
 * sequences), nothing the Actions runner takes for a command. */
export function terminalText(text: string): string {
  return breakRunnerCommands(text.replace(/\r\n|[\r\n\t]/g, " ").replace(CONTROLS, "\uFFFD"));
}

/**
 * A whole chunk for stderr or a log (several lines allowed): every line loses its control
 * characters and cannot act as a runner command. Applied to everything the CLI writes to stderr.
 */
export function logText(chunk: string): string {
  return chunk
    .split(/\r\n|\r|\n/)
    .map((line) => breakRunnerCommands(line.replace(/\t/g, " ").replace(CONTROLS, "\uFFFD")))
    .join("\n");
}

/** A workflow command's message (after `::`), escaped as @actions/core does (`%` first); other
 * control characters are replaced, as the log viewer would interpret them. */
export function workflowData(text: string): string {
  return text
    .replace(/%/g, "%25")
    .replace(/\r/g, "%0D")
    .replace(/\n/g, "%0A")
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "\uFFFD");
}

/** A workflow command property value: the message escapes plus `:` and `,`. */
export function workflowProperty(text: string): string {
  return workflowData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/** Text safe in Markdown (also inside a table cell): no HTML, no emphasis, links or headings,
 * no cell or line breaks. */
export function markdownText(text: string): string {
  return text
    .replace(/[\r\n\t]+/g, " ")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\\`*_[\]{}|#~!]/g, (c) => `\\${c}`)
    .replace(CONTROLS, "\uFFFD");
}

/** A Markdown code span (usable in a table cell): backticks become `'`, `|` is escaped for the
 * table, line breaks and controls go. Backslash escapes do not work inside code spans. */
export function markdownCode(text: string): string {
  return "`" + text.replace(/[\r\n\t]+/g, " ").replace(CONTROLS, "\uFFFD").replace(/`/g, "'").replace(/\|/g, "\\|") + "`";
}

/** A fenced Markdown code block: the fence is longer than any backtick run inside, so the text
 * cannot close it; controls go (line breaks stay). */
export function markdownCodeBlock(text: string, lang = ""): string {
  const body = text.replace(/\r\n?/g, "\n").replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "\uFFFD").replace(/\n$/, "");
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((r) => r.length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}${lang}\n${body}\n${fence}`;
}
