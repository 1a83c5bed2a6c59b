import { relative } from "node:path";
import { defineRule } from "../src/engine/types";
import { copiesFromContext, copyParts, isWholeContext, type PathArg } from "../src/model/copy";
import { anyCopyFromContext } from "../src/layers/context-copies";
import { buildContextOf, dockerfilePath } from "../src/layers/facts";
import { formatBytes } from "../src/layers/render";
import type { BuildContext, ContextFile } from "../src/layers/context";
import type { Instruction, Model } from "../src/model/types";

/** The files a whole-context COPY sends, grouped as reported, and by path. */
interface Classified {
  groups: ReadonlyMap<string, Group>;
  byPath: ReadonlyMap<string, ContextFile>;
}

// A context is opened once per folder and shared by its Dockerfiles (up to 595 in the corpus):
// its files are grouped once per --exclude list, not once per Dockerfile.
const classifiedByContext = new WeakMap<BuildContext, Map<string, Classified>>();

function classifiedContext(context: BuildContext, exclude: string[]): Classified {
  let byExclude = classifiedByContext.get(context);
  if (!byExclude) classifiedByContext.set(context, (byExclude = new Map()));
  const key = exclude.join("\0");
  let c = byExclude.get(key);
  if (c) return c;
  const files: ContextFile[] = context.select(["."], { exclude }).files;
  const top = new Set(files.filter((f) => !f.path.includes("/")).map((f) => f.path));
  const venvDirs = new Set(files.filter((f) => f.path.endsWith("/pyvenv.cfg")).map((f) => f.path.slice(0, -"/pyvenv.cfg".length)));
  for (const n of [".venv", "venv"]) if (files.some((f) => f.path.startsWith(n + "/bin/"))) venvDirs.add(n);
  const groups = new Map<string, Group>();
  const byPath = new Map<string, ContextFile>();
  for (const f of files) {
    if (!byPath.has(f.path)) byPath.set(f.path, f);
    const g = classify(f.path, top, venvDirs);
    if (!g) continue;
    const e = groups.get(g.label) ?? { ...g, count: 0, bytes: 0 };
    e.count++;
    e.bytes += f.size;
    groups.set(g.label, e);
  }
  byExclude.set(key, (c = { groups, byPath }));
  return c;
}

interface Group {
  label: string;
  entry: string;
  count: number;
  bytes: number;
}

const BUILD_OUTPUT = new Set(["__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache", ".tox", ".nox", ".next", ".nuxt", ".parcel-cache", ".turbo", ".gradle"]);

/** The unwanted group a context path belongs to, or null. */
function classify(path: string, top: Set<string>, venvDirs: Set<string>): { label: string; entry: string } | null {
  const parts = path.split("/");
  if (parts[0] === ".git") return { label: ".git", entry: ".git" };
  const nm = parts.indexOf("node_modules");
  if (nm >= 0 && nm < parts.length - 1) return { label: "node_modules", entry: "**/node_modules" };
  for (let i = 0; i < parts.length - 1; i++) {
    const dir = parts.slice(0, i + 1).join("/");
    if (venvDirs.has(dir)) return { label: `virtualenv ${dir}`, entry: dir };
    if (BUILD_OUTPUT.has(parts[i]!)) return { label: parts[i]!, entry: `**/${parts[i]}` };
  }
  if (parts.length > 1) {
    const first = parts[0]!;
    if (first === "dist" && top.has("package.json")) return { label: "dist (build output)", entry: "dist" };
    if (first === "target" && (top.has("Cargo.toml") || top.has("pom.xml"))) return { label: "target (build output)", entry: "target" };
    if ((first === "bin" || first === "obj") && [...top].some((f) => /\.(csproj|fsproj|sln)$/.test(f))) return { label: `${first} (build output)`, entry: first };
  }
  return null;
}

/** The first source of a COPY/ADD that sends the whole context (`.`, `./`, `*`...), or null. */
function wholeContextSource(model: Model, ins: Instruction): PathArg | null {
  const sources = copyParts(ins).sources;
  for (let i = 0; i < sources.length; i++) {
    const s = sources[i]!;
    if (!s.heredoc && isWholeContext(model.expand(s.value, ins.scope).value)) return s;
  }
  return null;
}

export default defineRule({
  id: "copy-context-unignored",
  keywords: ["COPY", "ADD"],
  description: "Keep .git, node_modules, virtualenvs and build output out of COPY . through .dockerignore",
  severity: "warning",
  related: [],
  messages: {
    unignored:
      "'{{copy}}' sends {{what}} ({{count}} files, {{bytes}}) into the image and its cache key, so any change there rebuilds this step and everything after it; add {{entries}} to {{ignoreFile}}",
  },
  options: {
    reportDockerfile: {
      description: "Also report when the only unwanted file is the Dockerfile itself (an edit to it then rebuilds the COPY)",
      default: false,
      schema: { type: "boolean" },
    },
  },
  examples: {
    valid: ["FROM node:22-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . ."],
    invalid: [
      {
        code: "FROM python:3.12-slim\nWORKDIR /app\nCOPY . .",
        context: { ".git/HEAD": "ref: refs/heads/main\n", "node_modules/left-pad/index.js": "module.exports = 1;\n", "app.py": "print(1)\n" },
      },
    ],
  },
  differs: "reads the real build context: only reported when such files exist and .dockerignore does not exclude them",
  check(ctx) {
    const { model, settings, report, options } = ctx;
    if (!settings.contextDir) return;
    // Most files copy nothing from the context: answered from the keyword index.
    if (!anyCopyFromContext(model)) return;
    // Each whole-context COPY of the stages built, with its first whole-context source.
    const whole: { ins: Instruction; src: PathArg }[] = [];
    const stages = model.stages;
    for (let s = 0; s < stages.length; s++) {
      if (!stages[s]!.reachable) continue;
      const list = stages[s]!.instructions;
      for (let i = 0; i < list.length; i++) {
        const ins = list[i]!;
        if (!copiesFromContext(ins)) continue;
        const src = wholeContextSource(model, ins);
        if (src) whole.push({ ins, src });
      }
    }
    if (!whole.length) return;
    const context = buildContextOf(ctx);
    if (!context) return;
    const dockerfile = dockerfilePath(ctx);
    const dfRel = relative(context.dir, dockerfile).split("\\").join("/");
    for (const { ins, src } of whole) {
      const exclude = ins.flags.filter((f) => f.name === "exclude" && f.value).map((f) => f.value!);
      const sent = classifiedContext(context, exclude);
      const groups = new Map(sent.groups);
      const dockerfileSent = sent.byPath.get(dfRel) ?? null;
      if (dockerfileSent && (groups.size > 0 || options.reportDockerfile)) {
        const name = dfRel.split("/").pop()!;
        groups.set("the Dockerfile", { label: `the Dockerfile (${name})`, entry: dfRel, count: 1, bytes: dockerfileSent.size });
      }
      if (!groups.size) continue;
      const list = [...groups.values()].sort((a, b) => b.bytes - a.bytes);
      const total = list.reduce((n, g) => n + g.count, 0);
      const bytes = list.reduce((n, g) => n + g.bytes, 0);
      const what = list.map((g) => `${g.label} (${g.count} file${g.count === 1 ? "" : "s"}, ${formatBytes(g.bytes)})`).join(", ");
      report({
        messageId: "unignored",
        data: {
          copy: `${ins.keywordRaw} ${ins.argsText.text.trim()}`,
          what,
          count: total,
          bytes: formatBytes(bytes),
          entries: list.map((g) => `'${g.entry}'`).join(", "),
          ignoreFile: context.ignoreFile ? relative(context.dir, context.ignoreFile) || ".dockerignore" : ".dockerignore",
        },
        span: { start: src.start, end: src.end },
      });
    }
  },
});
