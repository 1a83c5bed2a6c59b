// `${VAR}` substitution in Compose and Bake values. Compose: `${VAR}`, `${VAR:-default}`,
// `${VAR-default}`, `${VAR:?message}`, `${VAR?message}`, `${VAR:+alt}`, `$VAR`, `$$` for `$`.
// Bake strings use `${VAR}` and `$${` for a literal; anything else inside `${}` (functions,
// conditionals) cannot be known statically: the result is then null.

export type Lookup = (name: string) => string | undefined;

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

/** Compose interpolation; null when a `${...}` is malformed. */
export function interpolateCompose(text: string, lookup: Lookup): string | null {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c !== "$") {
      out += c;
      i++;
      continue;
    }
    const next = text[i + 1];
    if (next === "$") {
      out += "$";
      i += 2;
      continue;
    }
    if (next === "{") {
      const end = matchingBrace(text, i + 1);
      if (end < 0) return null;
      const inner = text.slice(i + 2, end);
      const name = NAME.exec(inner)?.[0];
      if (!name) return null;
      const op = /^(:?[-?+])?/.exec(inner.slice(name.length))![0];
      const rest = inner.slice(name.length + op.length);
      const value = lookup(name);
      const unset = op.startsWith(":") ? !value : value === undefined;
      if (op.endsWith("-")) out += unset ? (interpolateCompose(rest, lookup) ?? "") : value!;
      else if (op.endsWith("+")) out += unset ? "" : (interpolateCompose(rest, lookup) ?? "");
      else if (op.endsWith("?")) {
        if (unset) return null;
        out += value;
      } else if (rest === "") out += value ?? "";
      else return null;
      i = end + 1;
      continue;
    }
    const name = NAME.exec(text.slice(i + 1))?.[0];
    if (name) {
      out += lookup(name) ?? "";
      i += 1 + name.length;
    } else {
      out += "$";
      i++;
    }
  }
  return out;
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  return -1;
}

/** Bake (HCL template) interpolation of plain variable references; null when anything else is used. */
export function interpolateBake(text: string, lookup: Lookup): string | null {
  let out = "";
  let i = 0;
  while (i < text.length) {
    if (text.startsWith("$${", i) || text.startsWith("%%{", i)) {
      out += text[i] + "{";
      i += 3;
      continue;
    }
    if (text.startsWith("%{", i)) return null; // template directives
    if (text.startsWith("${", i)) {
      const end = matchingBrace(text, i + 1);
      if (end < 0) return null;
      const inner = text.slice(i + 2, end).replace(/^~|~$/g, "").trim();
      if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(inner)) return null;
      const value = lookup(inner);
      if (value === undefined) return null;
      out += value;
      i = end + 1;
      continue;
    }
    out += text[i];
    i++;
  }
  return out;
}
