import { createRequire as __dflintCreateRequire } from 'node:module'; const require = __dflintCreateRequire(import.meta.url);
import {
  ConfigError,
  SEVERITY_RANK,
  hasConfigFile
} from "./chunks/chunk-HJXCCALN.mjs";
import {
  __commonJS,
  __toESM
} from "./chunks/chunk-JJV4KWIL.mjs";

// ../../work/main/node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "../../work/main/node_modules/picocolors/picocolors.js"(exports, module) {
    var p = process || {}, argv = p.argv || [], env = p.env || {}, isColorSupported = !(env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI), formatter = (open, close, replace = open) => (input) => {
      let string = "" + input, index = string.indexOf(close, open.length);
      return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close;
    }, replaceClose = (string, close, replace, index) => {
      let result = "", cursor = 0;
      do
        result += string.substring(cursor, index) + replace, cursor = index + close.length, index = string.indexOf(close, cursor);
      while (~index);
      return result + string.substring(cursor);
    }, createColors = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module.exports = createColors();
    module.exports.createColors = createColors;
  }
});

// src/cli/bin.ts
import fs3 from "node:fs";

// src/cli/main.ts
import fs2 from "node:fs";
import path4 from "node:path";

// rules/cmd-exec-form.ts
var SHELL_SYNTAX = /[|&;<>()$`\\"'*?[\]{}~#]/;
function hasShellInstruction(stage, before) {
  for (let s = stage; s; s = s.parent)
    for (let ins of s.instructions) {
      if (s === stage && ins.index >= before.index) break;
      if (ins.keyword === "SHELL") return !0;
    }
  return !1;
}
var cmd_exec_form_default = {
  id: "cmd-exec-form",
  description: "Write CMD and ENTRYPOINT in exec (JSON) form",
  severity: "warning",
  related: ["hadolint:DL3025", "buildkit:JSONArgsRecommended"],
  fixable: !0,
  messages: {
    shellForm: "{{keyword}} in shell form runs under /bin/sh, which does not pass signals such as SIGTERM to your process; use exec form: {{keyword}} {{suggestion}}"
  },
  options: {},
  examples: {
    valid: [`FROM python:3.12
CMD ["python", "app.py"]`, `FROM debian:12
SHELL ["/bin/bash", "-c"]
CMD echo $HOME`],
    invalid: [`FROM python:3.12
CMD python app.py`, `FROM alpine:3.20
ENTRYPOINT ./run.sh --port 80`]
  },
  differs: "like BuildKit, a SHELL set earlier in the stage or a parent stage silences it",
  check({ model, report }) {
    for (let stage of model.stages)
      for (let ins of stage.instructions) {
        if (ins.keyword !== "CMD" && ins.keyword !== "ENTRYPOINT" || ins.json || ins.args.length === 0 || hasShellInstruction(stage, ins)) continue;
        let text = ins.argsText.text.trim(), simple = !SHELL_SYNTAX.test(text), suggestion = simple ? JSON.stringify(ins.args.map((a) => a.value)).replace(/","/g, '", "') : `["/bin/sh", "-c", ${JSON.stringify(text)}]`, first = ins.args[0], last = ins.args[ins.args.length - 1];
        report({
          messageId: "shellForm",
          data: { keyword: ins.keyword, suggestion },
          span: { start: ins.keywordSpan.start, end: last.end },
          fix: simple ? [{ span: { start: first.start, end: last.end }, text: suggestion }] : void 0
        });
      }
  }
};

// src/model/copy.ts
function copyParts(ins) {
  let items;
  return ins.json ? items = ins.json.values.map((v, i) => ({ ...ins.json.spans[i], value: v, raw: v, heredoc: !1 })) : items = ins.args.map((w) => ({ start: w.start, end: w.end, value: w.value, raw: w.raw, heredoc: /^<<-?["']?[A-Za-z0-9_.\-]+["']?$/.test(w.raw) })), items.length < 2 ? { sources: items.length === 1 && items[0].heredoc ? items : [], dest: items.length === 1 && !items[0].heredoc ? items[0] : null } : { sources: items.slice(0, -1), dest: items[items.length - 1] };
}
function copiesFromContext(ins) {
  return (ins.keyword === "COPY" || ins.keyword === "ADD") && !ins.flags.some((f) => f.name === "from");
}
function isWholeContext(source) {
  let s = source.replace(/^\.\/+/, "./");
  return s === "." || s === "./" || s === "./." || s === "/" || s === ".//";
}
function isAbsolutePath(p, windows) {
  return p.startsWith("/") ? !0 : windows || /^[A-Za-z]:[\\/]/.test(p) ? /^[A-Za-z]:[\\/]/.test(p) || p.startsWith("\\") || p.startsWith("/") : !1;
}

// src/model/installs.ts
function words(cmd) {
  return cmd.words.map((w) => w.expanded ?? w.value);
}
function positionals(argv, from, valueFlags = /* @__PURE__ */ new Set()) {
  let out = [];
  for (let i = from; i < argv.length; i++) {
    let a = argv[i];
    if (a === "--") {
      out.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith("-") && a.length > 1) {
      !a.includes("=") && valueFlags.has(a) && i++;
      continue;
    }
    out.push(a);
  }
  return out;
}
var PIP_VALUE_FLAGS = /* @__PURE__ */ new Set(["-r", "--requirement", "-c", "--constraint", "-i", "--index-url", "--extra-index-url", "-f", "--find-links", "-t", "--target", "--prefix", "--root", "--src", "--trusted-host", "--platform", "--python-version", "--implementation", "--abi", "--progress-bar", "--cache-dir", "--timeout", "--retries", "--log", "--proxy", "--only-binary", "--no-binary", "--upgrade-strategy", "-e", "--editable", "--report", "--config-settings", "-C", "--python"]);
function pipRequirementFiles(argv, from) {
  let files = [];
  for (let i = from; i < argv.length; i++) {
    let a = argv[i];
    a === "-r" || a === "--requirement" ? argv[i + 1] && files.push(argv[++i]) : a.startsWith("--requirement=") ? files.push(a.slice(14)) : a.startsWith("-r") && a.length > 2 && files.push(a.slice(2));
  }
  return files;
}
function baseName(p) {
  let i = p.lastIndexOf("/");
  return i === -1 ? p : p.slice(i + 1);
}
function pipAt(argv, name) {
  if (/^pip(\d+(\.\d+)?)?$/.test(name)) return 1;
  if (/^python(\d+(\.\d+)?)?$/.test(name)) {
    let m = argv.indexOf("-m");
    if (m !== -1 && argv[m + 1] === "pip") return m + 2;
  }
  return name === "uv" && argv[1] === "pip" ? 2 : -1;
}
function detectInstall(cmd) {
  let argv = words(cmd), name = cmd.name, mk = (ecosystem, manifests, build = !1) => ({
    ecosystem,
    manifests,
    display: argv.slice(0, Math.min(argv.length, 4)).join(" "),
    build,
    command: cmd
  }), pip = pipAt(argv, name);
  if (pip !== -1) {
    if (argv[pip] !== "install") return null;
    let files = pipRequirementFiles(argv, pip + 1);
    if (files.length) return mk("pip", files.map((f) => f.startsWith("/") ? baseName(f) : f.replace(/^\.\//, "")));
    let pos = positionals(argv, pip + 1, PIP_VALUE_FLAGS), editable = argv.some((a, i) => (a === "-e" || a === "--editable") && (argv[i + 1] === "." || argv[i + 1] === "./"));
    return pos.includes(".") || pos.includes("./") || editable ? mk("pip", ["pyproject.toml", "setup.py", "setup.cfg"]) : null;
  }
  switch (name) {
    case "poetry":
      return argv[1] === "install" ? mk("poetry", ["pyproject.toml", "poetry.lock"]) : null;
    case "pipenv":
      return argv[1] === "install" || argv[1] === "sync" ? mk("pipenv", ["Pipfile", "Pipfile.lock"]) : null;
    case "uv":
      return argv[1] === "sync" ? mk("uv", ["pyproject.toml", "uv.lock"]) : null;
    case "npm": {
      let sub = argv[1];
      return sub === "ci" || sub === "clean-install" ? mk("npm", ["package.json", "package-lock.json"]) : sub === "install" || sub === "i" || sub === "add" ? argv.includes("-g") || argv.includes("--global") ? null : positionals(argv, 2).length === 0 ? mk("npm", ["package.json", "package-lock.json"]) : null : null;
    }
    case "yarn": {
      let sub = argv.slice(1).find((a) => !a.startsWith("-"));
      return sub === void 0 || sub === "install" ? mk("yarn", ["package.json", "yarn.lock"]) : null;
    }
    case "pnpm": {
      let sub = argv[1];
      return (sub === "install" || sub === "i") && positionals(argv, 2).length === 0 ? mk("pnpm", ["package.json", "pnpm-lock.yaml"]) : null;
    }
    case "bundle":
    case "bundler":
      return argv[1] === "install" || argv.length === 1 ? mk("bundler", ["Gemfile", "Gemfile.lock"]) : null;
    case "composer":
      return argv[1] === "install" ? mk("composer", ["composer.json", "composer.lock"]) : null;
    case "go":
      return argv[1] === "mod" && argv[2] === "download" ? mk("go", ["go.mod", "go.sum"]) : argv[1] === "build" || argv[1] === "install" || argv[1] === "test" ? argv.slice(2).some((a) => a.includes("@")) ? null : mk("go", ["go.mod", "go.sum"], !0) : null;
    case "cargo":
      return argv[1] === "fetch" ? mk("cargo", ["Cargo.toml", "Cargo.lock"]) : argv[1] === "build" || argv[1] === "install" && argv.includes("--path") ? mk("cargo", ["Cargo.toml", "Cargo.lock"], !0) : null;
    case "mvn":
    case "mvnw": {
      let goals = positionals(argv, 1, /* @__PURE__ */ new Set(["-f", "--file", "-s", "--settings", "-P", "-pl", "-D"]));
      return goals.some((g) => g.startsWith("dependency:")) ? mk("maven", ["pom.xml"]) : goals.some((g) => ["package", "install", "verify", "compile", "test"].includes(g)) ? mk("maven", ["pom.xml"], !0) : null;
    }
    case "gradle":
    case "gradlew": {
      let tasks = positionals(argv, 1);
      return tasks.some((t) => /^(build|assemble|bootJar|jar|installDist|shadowJar|dependencies)$/.test(t)) ? mk("gradle", ["build.gradle", "settings.gradle", "gradle.properties"], !tasks.includes("dependencies")) : null;
    }
    case "dotnet":
      return argv[1] === "restore" ? mk("dotnet", ["*.csproj", "*.sln"]) : argv[1] === "publish" || argv[1] === "build" ? mk("dotnet", ["*.csproj", "*.sln"], !0) : null;
  }
  return null;
}

// rules/copy-manifests-first.ts
function list(items) {
  return items.length <= 1 ? items.join("") : items.slice(0, -1).join(", ") + " and " + items[items.length - 1];
}
var copy_manifests_first_default = {
  id: "copy-manifests-first",
  description: "Copy dependency manifests and install before copying the whole build context",
  severity: "warning",
  related: [],
  messages: {
    installAfterCopy: "'{{copy}}' comes before '{{install}}' (line {{line}}), so any source edit reinstalls every dependency; copy {{manifests}} first, run the install, then '{{copy}}'"
  },
  options: {},
  examples: {
    valid: [
      `FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .`,
      `FROM node:22-alpine
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build`
    ],
    invalid: [
      `FROM python:3.12-slim
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt`,
      `FROM node:22-alpine
WORKDIR /app
COPY . .
RUN ["npm", "ci"]`
    ]
  },
  check({ model, report }) {
    for (let stage of model.stages) {
      let installedBefore = /* @__PURE__ */ new Set(), wholeCopy = null, reported = /* @__PURE__ */ new Set();
      for (let ins of stage.instructions) {
        if (!wholeCopy && copiesFromContext(ins)) {
          let { sources } = copyParts(ins);
          sources.some((s) => isWholeContext(s.value)) && (wholeCopy = ins);
          continue;
        }
        if (!ins.run) continue;
        let installs = ins.run.commands.map(detectInstall).filter((x) => x !== null);
        for (let inst of installs) {
          if (!wholeCopy) {
            installedBefore.add(inst.ecosystem);
            continue;
          }
          if (installedBefore.has(inst.ecosystem) || reported.has(inst.ecosystem)) continue;
          reported.add(inst.ecosystem);
          let copyText = `${wholeCopy.keywordRaw} ${wholeCopy.argsText.text.trim()}`;
          report({
            messageId: "installAfterCopy",
            data: { copy: copyText, install: inst.display, line: ins.line, manifests: list(inst.manifests) },
            span: { start: wholeCopy.start, end: wholeCopy.end }
          });
        }
      }
    }
  }
};

// rules/copy-relative-dest.ts
var copy_relative_dest_default = {
  id: "copy-relative-dest",
  description: "Set WORKDIR before copying to a relative destination",
  severity: "warning",
  related: ["hadolint:DL3045"],
  messages: {
    relative: "{{keyword}} to relative destination '{{dest}}' with no WORKDIR set in this stage, so it lands wherever the base image's working directory is; add 'WORKDIR /path' first or use an absolute destination"
  },
  options: {},
  examples: {
    valid: [`FROM alpine:3.20
WORKDIR /app
COPY . .`, `FROM alpine:3.20
COPY app.py /app/`, `FROM alpine:3.20 AS base
WORKDIR /app
FROM base
COPY . .`],
    invalid: [`FROM alpine:3.20
COPY . .`, `FROM alpine:3.20
ADD app.tar.gz app/`]
  },
  differs: "WORKDIR inherited from a parent stage (FROM <stage>) counts, and destinations from unresolved variables are not judged",
  check({ model, report }) {
    let hasWorkdir = /* @__PURE__ */ new Map();
    for (let stage of model.stages) {
      let set = stage.parent ? hasWorkdir.get(stage.parent) ?? !1 : !1;
      for (let ins of stage.instructions) {
        if (ins.keyword === "WORKDIR" && (set = !0), set || ins.keyword !== "COPY" && ins.keyword !== "ADD") continue;
        let { dest } = copyParts(ins);
        if (!dest) continue;
        let r = model.expand(ins.json ? dest.value : dest.raw, ins.scope);
        r.unresolved || dest.raw.startsWith("$") || isAbsolutePath(r.value, stage.windows) || report({ messageId: "relative", data: { keyword: ins.keyword, dest: r.value }, span: { start: dest.start, end: dest.end } });
      }
      hasWorkdir.set(stage, set);
    }
  }
};

// rules/from-image-pinned.ts
var from_image_pinned_default = {
  id: "from-image-pinned",
  description: "Pin every base image to a version tag or a digest",
  severity: "warning",
  related: ["hadolint:DL3006", "hadolint:DL3007"],
  messages: {
    untagged: "Base image '{{image}}' has no tag, so it means ':latest' and changes under you; pin a version such as '{{image}}:<version>'",
    floating: "Tag '{{tag}}' of '{{image}}' moves with every release; pin a version tag or a digest",
    noDigest: "Base image '{{image}}' is not pinned by digest; add '@sha256:...'"
  },
  options: {
    floatingTags: {
      description: "Tags that do not pin a version",
      default: ["latest"],
      schema: { type: "array", items: { type: "string" } }
    },
    requireDigest: {
      description: "Require an `@sha256:` digest on every base image",
      default: !1,
      schema: { type: "boolean" }
    }
  },
  examples: {
    valid: ["FROM node:22-alpine", "ARG PY=3.12\nFROM python:${PY}", `FROM golang:1.23 AS build
FROM build`, "FROM scratch"],
    invalid: ["FROM node", "FROM node:latest", "ARG BASE=alpine\nFROM ${BASE}"]
  },
  differs: "judges the image after ARG expansion and stays silent when the value cannot be known",
  check({ model, options, report }) {
    for (let stage of model.stages) {
      let img = stage.image;
      if (!img.expanded || img.unresolved || img.isScratch || img.stage) continue;
      let name = (img.registry ? img.registry + "/" : "") + img.path;
      if (!img.digest) {
        if (img.tag === null) {
          report({ messageId: "untagged", data: { image: name }, span: img.span });
          continue;
        }
        if (options.floatingTags.includes(img.tag)) {
          report({ messageId: "floating", data: { tag: img.tag, image: name }, span: img.tagSpan });
          continue;
        }
        options.requireDigest && report({ messageId: "noDigest", data: { image: img.expanded }, span: img.span });
      }
    }
  }
};

// rules/run-no-cd.ts
var run_no_cd_default = {
  id: "run-no-cd",
  description: "Use WORKDIR instead of cd to change directory in RUN",
  severity: "warning",
  related: ["hadolint:DL3003"],
  messages: {
    cd: "'cd {{dir}}' changes directory for the rest of this RUN only and hides where commands run; use 'WORKDIR {{dir}}' before the RUN, or wrap the part in a subshell '( cd {{dir}} && ... )'"
  },
  options: {},
  examples: {
    valid: [`FROM alpine:3.20
WORKDIR /src
RUN make`, `FROM alpine:3.20
RUN (cd /src && make)`, `FROM alpine:3.20
RUN <<EOF
cd /src
make
EOF`],
    invalid: [`FROM alpine:3.20
RUN cd /src && make`]
  },
  differs: "accepts cd inside a subshell, inside loops and conditionals, in a heredoc script, and as the last command (where it changes nothing)",
  check({ model, report }) {
    for (let ins of model.instructions) {
      let run2 = ins.run;
      if (run2)
        for (let script of run2.scripts)
          script.source !== "heredoc" && script.commands.forEach((cmd, i) => {
            if (cmd.name !== "cd" || cmd.subshellDepth > 0 || cmd.compound || i === script.commands.length - 1) return;
            let dir = cmd.words[1]?.value ?? "~";
            report({ messageId: "cd", data: { dir }, span: { start: cmd.start, end: cmd.end } });
          });
    }
  }
};

// rules/run-redundant-mkdir.ts
function normalise(p) {
  let s = p.replace(/\/+$/, "").replace(/\/+/g, "/");
  return s === "" ? "/" : s;
}
var run_redundant_mkdir_default = {
  id: "run-redundant-mkdir",
  description: "Drop `RUN mkdir` for a directory that a later WORKDIR creates anyway",
  severity: "info",
  related: [],
  messages: {
    redundant: "'{{command}}' is not needed: 'WORKDIR {{dir}}' on line {{line}} creates the directory; remove this RUN and save a layer"
  },
  options: {},
  examples: {
    valid: [`FROM alpine:3.20
WORKDIR /app`, `FROM alpine:3.20
RUN mkdir -m 700 /app
WORKDIR /app`, `FROM alpine:3.20
RUN mkdir /data
WORKDIR /app`],
    invalid: [`FROM alpine:3.20
RUN mkdir /app
WORKDIR /app`, `FROM alpine:3.20
RUN mkdir -p /app/src
WORKDIR /app/src`]
  },
  check({ model, report }) {
    for (let stage of model.stages) {
      let list2 = stage.instructions;
      list2.forEach((ins, i) => {
        let run2 = ins.run;
        if (!run2 || run2.form !== "shell" || run2.commands.length === 0 || !run2.commands.every((c) => c.name === "mkdir" && c.subshellDepth === 0 && !c.compound)) return;
        let dirs = [];
        for (let c of run2.commands)
          for (let w of c.words.slice(1)) {
            let v = w.expanded;
            if (v === null) return;
            if (!(v === "-p" || v === "--parents" || v === "-v" || v === "--verbose")) {
              if (v.startsWith("-")) return;
              dirs.push(normalise(v));
            }
          }
        if (!dirs.length) return;
        let match = null, later = list2.slice(i + 1).filter((x) => x.keyword === "WORKDIR" && x.args.length);
        for (let dir of dirs) {
          let w = later.find((x) => {
            let r = model.expand(x.args.map((a) => a.raw).join(" "), x.scope);
            if (r.unresolved) return !1;
            let target = normalise(r.value);
            return target === dir || target.startsWith(dir + "/");
          });
          if (!w) return;
          match ??= { ins: w, dir: normalise(model.expand(w.args.map((a) => a.raw).join(" "), w.scope).value) };
        }
        match && report({
          messageId: "redundant",
          data: { command: ins.argsText.text.trim(), dir: match.dir, line: match.ins.line },
          span: { start: ins.start, end: ins.end }
        });
      });
    }
  }
};

// rules/syntax-valid.ts
var syntax_valid_default = {
  id: "syntax-valid",
  description: "Report instructions, flags and heredocs that Docker cannot parse",
  severity: "error",
  related: ["hadolint:DL1000"],
  messages: {
    unknownInstruction: "{{message}}",
    unknownFlag: "{{message}}",
    unterminatedHeredoc: "{{message}}",
    instructionBeforeFrom: "{{message}}",
    fromWithoutImage: "{{message}}"
  },
  options: {},
  examples: { valid: [`FROM alpine:3.20
RUN echo hi`], invalid: [`FROM alpine:3.20
RUNN echo hi`] },
  differs: "hadolint stops at the first parse error (DL1000); dflint reports it and lints the rest of the file",
  check({ model, report }) {
    for (let p of model.parseProblems)
      report({ messageId: p.messageId, data: { message: p.message }, span: p.span });
  }
};

// rules/workdir-absolute.ts
var workdir_absolute_default = {
  id: "workdir-absolute",
  description: "Make the first WORKDIR of a stage an absolute path",
  severity: "warning",
  related: ["hadolint:DL3000", "buildkit:WorkdirRelativePath"],
  messages: {
    relative: "WORKDIR '{{path}}' is relative and no absolute WORKDIR comes before it, so it depends on the base image's working directory; use an absolute path such as '/{{path}}'"
  },
  options: {},
  examples: {
    valid: [`FROM alpine:3.20
WORKDIR /app`, `FROM alpine:3.20
WORKDIR /app
WORKDIR src`, `FROM alpine:3.20
ENV APP=/srv
WORKDIR $APP`],
    invalid: [`FROM alpine:3.20
WORKDIR app`]
  },
  differs: "hadolint flags every relative WORKDIR; dflint, like BuildKit, accepts a relative one after an absolute WORKDIR in the stage or its parent",
  check({ model, report }) {
    let hasAbsolute = /* @__PURE__ */ new Map();
    for (let stage of model.stages) {
      let set = stage.parent ? hasAbsolute.get(stage.parent) ?? !1 : !1;
      for (let ins of stage.instructions) {
        if (ins.keyword !== "WORKDIR" || !ins.args.length) continue;
        let raw = ins.args.map((a) => a.raw).join(" "), r = model.expand(raw, ins.scope);
        if (r.unresolved) {
          set = !0;
          continue;
        }
        isAbsolutePath(r.value, stage.windows) ? set = !0 : set || (report({ messageId: "relative", data: { path: r.value }, span: { start: ins.args[0].start, end: ins.args[ins.args.length - 1].end } }), set = !0);
      }
      hasAbsolute.set(stage, set);
    }
  }
};

// rules/index.ts
var rules = [
  cmd_exec_form_default,
  copy_manifests_first_default,
  copy_relative_dest_default,
  from_image_pinned_default,
  run_no_cd_default,
  run_redundant_mkdir_default,
  syntax_valid_default,
  workdir_absolute_default
];

// src/model/lines.ts
function createLineIndex(text) {
  let starts = [0];
  for (let i = text.indexOf(`
`); i !== -1; i = text.indexOf(`
`, i + 1)) starts.push(i + 1);
  function lineOf(offset) {
    let lo = 0, hi = starts.length - 1;
    for (; lo < hi; ) {
      let mid = lo + hi + 1 >> 1;
      starts[mid] <= offset ? lo = mid : hi = mid - 1;
    }
    return lo;
  }
  return {
    lineCount: starts.length,
    position(offset) {
      let l = lineOf(offset);
      return { line: l + 1, column: offset - starts[l] + 1 };
    },
    lineStart(line) {
      return starts[Math.min(Math.max(line - 1, 0), starts.length - 1)];
    },
    lineText(line) {
      let s = starts[line - 1];
      if (s === void 0) return "";
      let next = starts[line], e = next === void 0 ? text.length : next - 1;
      return e > s && text.charCodeAt(e - 1) === 13 && e--, text.slice(s, e);
    }
  };
}

// src/model/expand.ts
var NAME_START = /[A-Za-z_]/, NAME_CHAR = /[A-Za-z0-9_]/;
function expandWord(text, scope, escapeChar = "\\") {
  let state = { unresolved: !1, undefinedNames: [], names: [] };
  return { value: expandInto(text, scope, escapeChar, state, !0), ...state };
}
function expandInto(text, scope, esc, st, removeQuotes) {
  let out = "", i = 0, inDouble = !1, n = text.length;
  for (; i < n; ) {
    let c = text[i];
    if (c === esc && i + 1 < n) {
      let next = text[i + 1];
      if (!inDouble || next === "$" || next === '"' || next === esc) {
        out += removeQuotes ? next : c + next, i += 2;
        continue;
      }
      out += c, i++;
      continue;
    }
    if (c === "'" && !inDouble) {
      let close = text.indexOf("'", i + 1), end = close === -1 ? n : close;
      out += removeQuotes ? text.slice(i + 1, end) : text.slice(i, Math.min(end + 1, n)), i = end + 1;
      continue;
    }
    if (c === '"') {
      inDouble = !inDouble, removeQuotes || (out += c), i++;
      continue;
    }
    if (c === "$" && i + 1 < n) {
      let r = readVariable(text, i, scope, esc, st);
      if (r) {
        out += r.value, i = r.end;
        continue;
      }
    }
    out += c, i++;
  }
  return out;
}
function lookup(name, scope, st) {
  st.names.push(name);
  let b = scope.get(name);
  return b ? b.value : (st.undefinedNames.push(name), null);
}
function readVariable(text, i, scope, esc, st) {
  let n = text.length, j = i + 1;
  if (text[j] === "{") {
    j++;
    let nameStart = j;
    for (; j < n && NAME_CHAR.test(text[j]); ) j++;
    let name = text.slice(nameStart, j);
    if (!name) return null;
    let depth = 1, k = j;
    for (; k < n && depth > 0; )
      text[k] === esc ? k++ : text[k] === "{" ? depth++ : text[k] === "}" && depth--, depth > 0 && k++;
    let end = Math.min(k + 1, n), modifier = text.slice(j, k), v = lookup(name, scope, st), isSet = v !== null, known = v !== void 0;
    if (modifier === "") return { value: resolved(v, st), end };
    let m = /^(:?[-+?=])|^(##?|%%?|\/\/?)/.exec(modifier);
    if (!m) return { value: resolved(v, st), end };
    let op = m[0], word = modifier.slice(op.length), sub = () => expandInto(word, scope, esc, st, !0);
    switch (op) {
      case ":-":
      case ":=":
        return !known && isSet ? markUnknown(st, end) : { value: isSet && v !== "" ? v : sub(), end };
      case "-":
      case "=":
        return !known && isSet ? markUnknown(st, end) : { value: isSet ? v : sub(), end };
      case ":+":
        return !known && isSet ? markUnknown(st, end) : { value: isSet && v !== "" ? sub() : "", end };
      case "+":
        return !known && isSet ? markUnknown(st, end) : { value: isSet ? sub() : "", end };
      case ":?":
      case "?":
        return { value: resolved(v, st), end };
      default:
        return !known || !isSet ? markUnknown(st, end) : { value: applyPattern(v, op, sub()), end };
    }
  }
  if (j < n && NAME_START.test(text[j])) {
    let nameStart = j;
    for (; j < n && NAME_CHAR.test(text[j]); ) j++;
    let name = text.slice(nameStart, j);
    return { value: resolved(lookup(name, scope, st), st), end: j };
  }
  return null;
}
function resolved(v, st) {
  return v ?? (st.unresolved = !0, "");
}
function markUnknown(st, end) {
  return st.unresolved = !0, { value: "", end };
}
function applyPattern(value, op, pattern) {
  if (/[*?[]/.test(pattern)) return value;
  switch (op) {
    case "#":
    case "##":
      return value.startsWith(pattern) ? value.slice(pattern.length) : value;
    case "%":
    case "%%":
      return value.endsWith(pattern) ? value.slice(0, value.length - pattern.length) : value;
    default: {
      let [from, to = ""] = pattern.split("/");
      return from ? op === "//" ? value.split(from).join(to) : value.replace(from, to) : value;
    }
  }
}

// src/model/scan.ts
var WS = /* @__PURE__ */ new Set([" ", "	", "\r", `
`]);
function isBlank(s) {
  return /^[ \t\r]*$/.test(s);
}
function readHeader(src, from, limit, escape) {
  let text = "", map = [], pos = from, emptyContinuation = null, first = !0;
  for (; ; ) {
    let eol = src.indexOf(`
`, pos);
    (eol === -1 || eol > limit) && (eol = limit);
    let lineEnd = eol;
    lineEnd > pos && src[lineEnd - 1] === "\r" && lineEnd--;
    let line = src.slice(pos, lineEnd);
    if (!first && /^[ \t]*#/.test(line)) {
      if (eol >= limit) return finish(pos, eol);
      pos = eol + 1;
      continue;
    }
    if (!first && isBlank(line)) {
      if (emptyContinuation ??= { start: pos, end: lineEnd }, eol >= limit) return finish(pos, eol);
      pos = eol + 1;
      continue;
    }
    first = !1;
    let k = lineEnd - 1;
    for (; k >= pos && (src[k] === " " || src[k] === "	"); ) k--;
    let continued = k >= pos && src[k] === escape, contentEnd = continued ? k : lineEnd;
    text += src.slice(pos, contentEnd);
    for (let i = pos; i < contentEnd; i++) map.push(i);
    if (!continued || eol >= limit)
      return map.push(contentEnd), { text: { text, map }, end: contentEnd, nextLineStart: Math.min(eol + 1, src.length), emptyContinuation };
    pos = eol + 1;
  }
  function finish(pos2, eol) {
    return map.push(map.length ? map[map.length - 1] + 1 : pos2), { text: { text, map }, end: map[map.length - 1], nextLineStart: Math.min(eol + 1, src.length), emptyContinuation };
  }
}
function sliceLogical(t, from, to = t.text.length) {
  return { text: t.text.slice(from, to), map: t.map.slice(from, to + 1) };
}
function spanOf(t, from, to) {
  return { start: t.map[from], end: to > from ? t.map[to - 1] + 1 : t.map[from] };
}
function isWs(c) {
  return c === 32 || c === 9 || c === 13 || c === 10;
}
function splitWords(t, from, escape) {
  let s = t.text, esc = escape.charCodeAt(0), words2 = [], i = from, n = s.length;
  for (; i < n; ) {
    for (; i < n && isWs(s.charCodeAt(i)); ) i++;
    if (i >= n) break;
    let start = i, plain = !0, quote = 0;
    for (; i < n; i++) {
      let c = s.charCodeAt(i);
      if (quote) {
        c === quote ? quote = 0 : c === esc && quote === 34 && i++;
        continue;
      }
      if (isWs(c)) break;
      c === 34 || c === 39 ? (quote = c, plain = !1) : c === esc && (plain = !1, i++);
    }
    i > n && (i = n);
    let raw = s.slice(start, i), value = plain ? raw : unquote(raw, escape);
    words2.push({ start: t.map[start], end: i > start ? t.map[i - 1] + 1 : t.map[start], raw, value });
  }
  return words2;
}
function unquote(raw, escape) {
  let value = "", quote = null;
  for (let i = 0; i < raw.length; i++) {
    let c = raw[i];
    quote ? c === quote ? quote = null : c === escape && quote === '"' && i + 1 < raw.length ? value += raw[++i] : value += c : c === '"' || c === "'" ? quote = c : c === escape && i + 1 < raw.length ? value += raw[++i] : value += c;
  }
  return value;
}
function takeFlags(words2) {
  let flags = [], i = 0;
  for (; i < words2.length; i++) {
    let w = words2[i];
    if (!w.raw.startsWith("--") || w.raw.length < 3) break;
    let eq = w.raw.indexOf("="), name = (eq === -1 ? w.raw.slice(2) : w.raw.slice(2, eq)).toLowerCase(), value = eq === -1 ? null : w.value.slice(w.value.indexOf("=") + 1), valueSpan = eq === -1 ? { start: w.start + 2, end: w.end } : { start: Math.min(w.start + eq + 1, w.end), end: w.end };
    flags.push({ start: w.start, end: w.end, name, value, valueSpan });
  }
  return { flags, rest: words2.slice(i) };
}
function parseJsonArray(t, from) {
  let s = t.text, i = from, n = s.length;
  for (; i < n && WS.has(s[i]); ) i++;
  if (s[i] !== "[") return null;
  i++;
  let values = [], spans = [], skip = () => {
    for (; i < n && WS.has(s[i]); ) i++;
  };
  if (skip(), s[i] === "]")
    return i++, skip(), i === n ? { values, spans } : null;
  for (; ; ) {
    if (skip(), s[i] !== '"') return null;
    let start = i;
    i++;
    let v = "";
    for (; i < n && s[i] !== '"'; ) {
      if (s[i] === "\\") {
        let e = s[i + 1];
        if (e === void 0) return null;
        if (e === "u") {
          let hex = s.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) return null;
          v += String.fromCharCode(parseInt(hex, 16)), i += 6;
          continue;
        }
        let map = { n: `
`, t: "	", r: "\r", b: "\b", f: "\f", "/": "/", "\\": "\\", '"': '"' };
        if (!(e in map)) return null;
        v += map[e], i += 2;
        continue;
      }
      v += s[i], i++;
    }
    if (i >= n) return null;
    if (i++, values.push(v), spans.push(spanOf(t, start, i)), skip(), s[i] === ",") {
      i++;
      continue;
    }
    return s[i] === "]" ? (i++, skip(), i === n ? { values, spans } : null) : null;
  }
}
var HEREDOC_MARKER = /(^|[^<])<<(-?)(["']?)([A-Za-z0-9_.\-]+)\3/g;
function findHeredocMarkers(t) {
  let out = [];
  HEREDOC_MARKER.lastIndex = 0;
  let m;
  for (; m = HEREDOC_MARKER.exec(t.text); ) {
    let from = m.index + m[1].length;
    t.text[from + 2 + m[2].length + m[3].length + m[4].length + m[3].length] !== "<" && (insideSingleQuotes(t.text, from) || out.push({ name: m[4], stripTabs: m[2] === "-", quoted: m[3] !== "", from, to: m.index + m[0].length }));
  }
  return out;
}
function insideSingleQuotes(s, pos) {
  let inSingle = !1, inDouble = !1;
  for (let i = 0; i < pos; i++) {
    let c = s[i];
    c === "\\" && !inSingle ? i++ : c === "'" && !inDouble ? inSingle = !inSingle : c === '"' && !inSingle && (inDouble = !inDouble);
  }
  return inSingle || inDouble;
}
function readHeredocBodies(src, start, limit, markers, t, lineOf) {
  let heredocs = [], pos = start;
  for (let mk of markers) {
    let bodyStart = pos, text = "", map = [], terminated = !1, lastEnd = pos;
    for (; pos < limit; ) {
      let eol = src.indexOf(`
`, pos);
      (eol === -1 || eol > limit) && (eol = limit);
      let lineEnd = eol;
      lineEnd > pos && src[lineEnd - 1] === "\r" && lineEnd--;
      let lineFrom = pos;
      if (mk.stripTabs) for (; lineFrom < lineEnd && src[lineFrom] === "	"; ) lineFrom++;
      if (src.slice(lineFrom, lineEnd) === mk.name) {
        terminated = !0, pos = Math.min(eol + 1, src.length), lastEnd = lineEnd;
        break;
      }
      map.length && (text += `
`, map.push(pos - 1));
      for (let i = lineFrom; i < lineEnd; i++)
        text += src[i], map.push(i);
      if (lastEnd = lineEnd, pos = eol + 1, eol >= limit) break;
    }
    map.push(Math.min(lastEnd, src.length));
    let bodyEndOffset = map.length > 1 ? map[map.length - 2] + 1 : bodyStart;
    if (heredocs.push({
      name: mk.name,
      stripTabs: mk.stripTabs,
      quoted: mk.quoted,
      marker: spanOf(t, mk.from, mk.to),
      body: text,
      bodySpan: { start: bodyStart, end: bodyEndOffset },
      bodyLine: lineOf(bodyStart)
    }), bodyMaps.set(heredocs[heredocs.length - 1], map), !terminated) return { heredocs, end: Math.min(pos, limit), unterminated: mk };
  }
  return { heredocs, end: pos, unterminated: null };
}
var bodyMaps = /* @__PURE__ */ new WeakMap();
function heredocLogical(h) {
  let map = bodyMaps.get(h);
  return { text: h.body, map: map ?? Array.from({ length: h.body.length + 1 }, (_, i) => h.bodySpan.start + i) };
}

// src/model/image.ts
function splitImage(ref) {
  let rest = ref, digest = null, at = rest.indexOf("@");
  at !== -1 && (digest = rest.slice(at + 1), rest = rest.slice(0, at));
  let tag = null, slash = rest.lastIndexOf("/"), colon = rest.lastIndexOf(":");
  colon > slash && (tag = rest.slice(colon + 1), rest = rest.slice(0, colon));
  let registry = null, firstSlash = rest.indexOf("/");
  if (firstSlash !== -1) {
    let first = rest.slice(0, firstSlash);
    (first.includes(".") || first.includes(":") || first === "localhost") && (registry = first, rest = rest.slice(firstSlash + 1));
  }
  return { registry, path: rest, tag, digest };
}
function parseImageRef(word, scope, escape, _text) {
  let r = expandWord(word.raw, scope, escape), expanded = r.value, parts = splitImage(expanded), tagSpan = { start: word.start, end: word.end };
  if (parts.tag !== null) {
    let idx = word.raw.lastIndexOf(":" + parts.tag);
    if (idx !== -1) {
      let start = Math.min(word.start + idx + 1, word.end);
      tagSpan = { start, end: Math.min(start + parts.tag.length, word.end) };
    }
  }
  return {
    raw: word.raw,
    span: { start: word.start, end: word.end },
    expanded,
    unresolved: r.unresolved,
    ...parts,
    tagSpan,
    isScratch: expanded.toLowerCase() === "scratch",
    stage: null
  };
}

// src/model/lexer.ts
var DIRECTIVE = /^#[ \t]*([A-Za-z][A-Za-z0-9_-]*)[ \t]*=[ \t]*(.*?)[ \t]*$/;
function readDirectives(text) {
  let d = { syntax: null, escape: "\\", check: null, spans: {} }, pos = 0, seen = /* @__PURE__ */ new Set();
  for (; pos < text.length; ) {
    let eol = text.indexOf(`
`, pos);
    eol === -1 && (eol = text.length);
    let end = eol;
    end > pos && text[end - 1] === "\r" && end--;
    let line = text.slice(pos, end), m = DIRECTIVE.exec(line.trimStart());
    if (!m) break;
    let name = m[1].toLowerCase();
    if (seen.has(name)) break;
    seen.add(name);
    let start = pos + line.indexOf("#");
    d.spans[name] = { start, end }, name === "escape" ? d.escape = m[2] === "`" ? "`" : "\\" : name === "syntax" ? d.syntax = m[2] : name === "check" && (d.check = m[2]), pos = eol + 1;
  }
  return d;
}
function keywordAt(text, pos, lineEnd, escape) {
  let i = pos;
  for (; i < lineEnd && (text[i] === " " || text[i] === "	"); ) i++;
  if (i >= lineEnd || text[i] === "#" || text[i] === "\r") return null;
  let start = i;
  for (; i < lineEnd; ) {
    let c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 13 || text[i] === escape && /^[ \t\r]*$/.test(text.slice(i + 1, lineEnd))) break;
    i++;
  }
  return { start, end: i };
}

// src/model/shell.ts
function parseShell(text) {
  let p = new Parser(text, 0, { budget: 4 * text.length + 4096, nest: 0 }, !1);
  p.run();
  let out = p.out;
  return out.length > 0 && (out[out.length - 1].next = null), out;
}
var T_EOF = 0, T_WORD = 1, T_OP = 2, T_REDIR = 3, K_SUBSHELL = 0, K_GROUP = 1, K_IF = 2, K_LOOP = 3, K_FOR = 4, K_CASE = 5, K_FUNC = 6, F_NAME = 0, F_AFTER_NAME = 1, F_LIST = 2, F_EXPECT_DO = 3, F_BODY = 4, C_WORD = 0, C_IN = 1, C_PATTERN = 2, C_BODY = 3, FN_NAME = 0, FN_EXPECT_BODY = 1, FN_BODY = 2, MAX_NEST = 48, TERM = new Uint8Array(128);
for (let c of ` 	\r
;&|<>()`) TERM[c.charCodeAt(0)] = 1;
var DBR_OP = new Uint8Array(128);
for (let c of "&|<>()") DBR_OP[c.charCodeAt(0)] = 1;
function isNameStart(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95;
}
function isNameChar(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95 || c >= 48 && c <= 57;
}
function isAssignment(raw) {
  if (!isNameStart(raw.charCodeAt(0))) return !1;
  for (let i = 1; i < raw.length; i++) {
    let c = raw.charCodeAt(i);
    if (c === 61) return !0;
    if (c === 43) return raw.charCodeAt(i + 1) === 61;
    if (!isNameChar(c)) return !1;
  }
  return !1;
}
function skipBacktick(t, i) {
  let n = t.length, j = i + 1;
  for (; j < n; ) {
    let c = t.charCodeAt(j);
    if (c === 92) j += 2;
    else {
      if (c === 96) return j + 1;
      j++;
    }
  }
  return n;
}
function skipDq(t, i) {
  let n = t.length, j = i + 1;
  for (; j < n; ) {
    let c = t.charCodeAt(j);
    if (c === 92) j += 2;
    else {
      if (c === 34) return j + 1;
      j++;
    }
  }
  return n;
}
function ansiEscape(ch) {
  switch (ch) {
    case "n":
      return `
`;
    case "t":
      return "	";
    case "r":
      return "\r";
    case "a":
      return "\x07";
    case "b":
      return "\b";
    case "e":
    case "E":
      return "\x1B";
    case "f":
      return "\f";
    case "v":
      return "\v";
    case "\\":
    case "'":
    case '"':
    case "?":
      return ch;
    default:
      return "\\" + ch;
  }
}
var Parser = class _Parser {
  out = [];
  /** For a nested parser: offset just after the closing `)`. */
  endPos;
  t;
  n;
  pos;
  sh;
  /** Scanning a `$( ... )`: an unmatched `)` ends the parse. */
  nested;
  // Current token.
  tk = T_EOF;
  op = "";
  ts = 0;
  te = 0;
  word = null;
  reuse = !1;
  heredocs = [];
  stack = [];
  /** Open contexts per kind, so closing a kind that is not open costs nothing. */
  kindCount = [0, 0, 0, 0, 0, 0, 0];
  sub = 0;
  cmp = 0;
  cur = null;
  /** Last emitted command still waiting for its `next` operator. */
  pend = null;
  pipeJoin = !1;
  pipeNo = -1;
  /** Just closed a compound command: redirections apply to it, not to a new command. */
  afterClose = !1;
  /** Inside `[[ ... ]]`. */
  dbr = !1;
  dqValue = "";
  dqExp = !1;
  constructor(text, pos, sh, nested) {
    this.t = text, this.n = text.length, this.pos = pos, this.endPos = text.length, this.sh = sh, this.nested = nested;
  }
  run() {
    for (; ; ) {
      this.next();
      let tk = this.tk;
      if (tk === T_WORD) this.onWord(this.word);
      else if (tk === T_OP) {
        if (this.onOp(this.op)) {
          this.finish(), this.endPos = this.te;
          return;
        }
      } else if (tk === T_REDIR) this.onRedir();
      else {
        this.finish(), this.endPos = this.n;
        return;
      }
    }
  }
  // ---------------------------------------------------------------- lexer
  setOp(kind, op, end) {
    this.tk = kind, this.op = op, this.te = end, this.pos = end;
  }
  next() {
    if (this.reuse) {
      this.reuse = !1;
      return;
    }
    let t = this.t, n = this.n, i = this.pos;
    for (; ; ) {
      if (i >= n) {
        this.tk = T_EOF, this.ts = this.te = this.pos = n;
        return;
      }
      let c2 = t.charCodeAt(i);
      if (c2 === 32 || c2 === 9 || c2 === 13) i++;
      else if (c2 === 92 && t.charCodeAt(i + 1) === 10) i += 2;
      else if (c2 === 35) {
        let j = t.indexOf(`
`, i);
        i = j < 0 ? n : j;
      } else break;
    }
    this.ts = i;
    let c = t.charCodeAt(i), c1 = t.charCodeAt(i + 1);
    if (this.dbr && c < 128 && DBR_OP[c] === 1) {
      let j = i + 1;
      for (; j < n; ) {
        let d = t.charCodeAt(j);
        if (d >= 128 || DBR_OP[d] !== 1) break;
        j++;
      }
      let raw = t.slice(i, j);
      this.word = { start: i, end: j, raw, value: raw, hasExpansion: !1, quoted: !1 }, this.tk = T_WORD, this.te = this.pos = j;
      return;
    }
    switch (c) {
      case 10:
        this.setOp(T_OP, `
`, i + 1), this.heredocs.length > 0 && this.skipHeredocs();
        return;
      case 59:
        c1 === 59 ? t.charCodeAt(i + 2) === 38 ? this.setOp(T_OP, ";;&", i + 3) : this.setOp(T_OP, ";;", i + 2) : c1 === 38 ? this.setOp(T_OP, ";&", i + 2) : this.setOp(T_OP, ";", i + 1);
        return;
      case 38:
        c1 === 38 ? this.setOp(T_OP, "&&", i + 2) : c1 === 62 ? t.charCodeAt(i + 2) === 62 ? this.setOp(T_REDIR, "&>>", i + 3) : this.setOp(T_REDIR, "&>", i + 2) : this.setOp(T_OP, "&", i + 1);
        return;
      case 124:
        c1 === 124 ? this.setOp(T_OP, "||", i + 2) : c1 === 38 ? this.setOp(T_OP, "|&", i + 2) : this.setOp(T_OP, "|", i + 1);
        return;
      case 40:
        this.setOp(T_OP, "(", i + 1);
        return;
      case 41:
        this.setOp(T_OP, ")", i + 1);
        return;
      case 60:
      // <
      case 62:
        if (c1 !== 40) {
          this.lexRedir(i);
          return;
        }
        break;
      // process substitution: a word
      default:
        if (c >= 48 && c <= 57) {
          let j = i + 1;
          for (; j < n && t.charCodeAt(j) >= 48 && t.charCodeAt(j) <= 57; ) j++;
          let d = t.charCodeAt(j);
          if ((d === 60 || d === 62) && t.charCodeAt(j + 1) !== 40) {
            this.lexRedir(j);
            return;
          }
        }
    }
    this.pos = i, this.word = this.readWord(), this.tk = T_WORD, this.te = this.pos;
  }
  /** Lexes the redirection operator at `i` (a `<` or `>`). */
  lexRedir(i) {
    let t = this.t, c1 = t.charCodeAt(i + 1);
    if (t.charCodeAt(i) === 60)
      if (c1 === 60) {
        let c2 = t.charCodeAt(i + 2);
        c2 === 60 ? this.setOp(T_REDIR, "<<<", i + 3) : c2 === 45 ? this.setOp(T_REDIR, "<<-", i + 3) : this.setOp(T_REDIR, "<<", i + 2);
      } else c1 === 38 ? this.setOp(T_REDIR, "<&", i + 2) : c1 === 62 ? this.setOp(T_REDIR, "<>", i + 2) : this.setOp(T_REDIR, "<", i + 1);
    else
      c1 === 62 ? this.setOp(T_REDIR, ">>", i + 2) : c1 === 38 ? this.setOp(T_REDIR, ">&", i + 2) : c1 === 124 ? this.setOp(T_REDIR, ">|", i + 2) : this.setOp(T_REDIR, ">", i + 1);
  }
  /** After a newline token: skips the bodies of pending here-documents. */
  skipHeredocs() {
    let t = this.t, n = this.n, pos = this.pos;
    for (let h of this.heredocs)
      for (; pos < n; ) {
        let eol = t.indexOf(`
`, pos), lineEnd = eol < 0 ? n : eol, s = pos;
        if (h.strip) for (; s < lineEnd && t.charCodeAt(s) === 9; ) s++;
        let e = lineEnd;
        e > s && t.charCodeAt(e - 1) === 13 && e--;
        let matched = e - s === h.delim.length && t.startsWith(h.delim, s);
        if (pos = eol < 0 ? n : eol + 1, matched) break;
      }
    this.heredocs = [], this.pos = pos;
  }
  readWord() {
    let t = this.t, n = this.n, start = this.pos, i = start, lit = start, value = "", hasExp = !1, quoted = !1, c0 = t.charCodeAt(i);
    for ((c0 === 60 || c0 === 62) && t.charCodeAt(i + 1) === 40 && (i = this.scanSubst(i + 2), hasExp = !0); i < n; ) {
      let c = t.charCodeAt(i);
      if (c < 128 && TERM[c] === 1) {
        if (c === 40 && i > start && this.wordParenOk(start, i)) {
          let m = this.matchParen(i, !0);
          if (m >= 0) {
            for (let k = i; k < m; k++) {
              let d = t.charCodeAt(k);
              if (d === 36 || d === 96) {
                hasExp = !0;
                break;
              }
            }
            i = m + 1;
            continue;
          }
        }
        break;
      }
      if (c === 92) {
        if (i + 1 >= n) {
          i++;
          break;
        }
        value += t.slice(lit, i), t.charCodeAt(i + 1) !== 10 && (value += t[i + 1], quoted = !0), i += 2, lit = i;
      } else if (c === 39) {
        value += t.slice(lit, i);
        let j = t.indexOf("'", i + 1);
        j < 0 ? (value += t.slice(i + 1), i = n) : (value += t.slice(i + 1, j), i = j + 1), lit = i, quoted = !0;
      } else if (c === 34)
        value += t.slice(lit, i), i = this.readDq(i + 1), value += this.dqValue, this.dqExp && (hasExp = !0), lit = i, quoted = !0;
      else if (c === 36) {
        let d = t.charCodeAt(i + 1);
        if (d === 39) {
          value += t.slice(lit, i);
          let j = i + 2;
          for (; j < n; ) {
            let e = t.charCodeAt(j);
            if (e === 39) break;
            e === 92 && j + 1 < n ? (value += ansiEscape(t[j + 1]), j += 2) : (value += t[j], j++);
          }
          i = j < n ? j + 1 : n, lit = i, quoted = !0;
        } else if (d === 34)
          value += t.slice(lit, i), i = this.readDq(i + 2), value += this.dqValue, this.dqExp && (hasExp = !0), lit = i, quoted = !0;
        else {
          let e = this.scanDollar(i);
          e > i + 1 && (hasExp = !0), i = e;
        }
      } else c === 96 ? (i = skipBacktick(t, i), hasExp = !0) : i++;
    }
    return i > n && (i = n), value += t.slice(lit, i), this.pos = i, { start, end: i, raw: t.slice(start, i), value, hasExpansion: hasExp, quoted };
  }
  /** A `(` at `i` inside a word belongs to it: array assignment or extglob. */
  wordParenOk(start, i) {
    let t = this.t, p = t.charCodeAt(i - 1);
    if (p === 63 || p === 42 || p === 43 || p === 64 || p === 33) return !0;
    if (p !== 61 || !isNameStart(t.charCodeAt(start))) return !1;
    let k = start + 1;
    for (; k < i - 1 && isNameChar(t.charCodeAt(k)); ) k++;
    return k < i - 1 && t.charCodeAt(k) === 43 && k++, k === i - 1;
  }
  /** Reads a double-quoted string from just after the opening quote; sets dqValue/dqExp. */
  readDq(p) {
    let t = this.t, n = this.n, i = p, lit = p, v = "", exp = !1;
    for (; i < n; ) {
      let c = t.charCodeAt(i);
      if (c === 34)
        return v += t.slice(lit, i), this.dqValue = v, this.dqExp = exp, i + 1;
      if (c === 92) {
        let d = t.charCodeAt(i + 1);
        d === 36 || d === 96 || d === 34 || d === 92 ? (v += t.slice(lit, i) + t[i + 1], i += 2, lit = i) : d === 10 ? (v += t.slice(lit, i), i += 2, lit = i) : i += 2;
      } else if (c === 36) {
        let e = this.scanDollar(i);
        e > i + 1 && (exp = !0), i = e;
      } else c === 96 ? (i = skipBacktick(t, i), exp = !0) : i++;
    }
    return lit < n && (v += t.slice(lit, n)), this.dqValue = v, this.dqExp = exp, n;
  }
  /** Scans a `$` form at `i`; returns its end (`i + 1` for a literal `$`). */
  scanDollar(i) {
    let t = this.t, n = this.n, d = t.charCodeAt(i + 1);
    if (d === 123) return this.scanBrace(i + 2);
    if (d === 40) {
      if (t.charCodeAt(i + 2) === 40) {
        let m = this.matchParen(i + 2, !0);
        if (m >= 0 && t.charCodeAt(m + 1) === 41) return m + 2;
      }
      return this.scanSubst(i + 2);
    }
    if (d === 91) {
      let j = t.indexOf("]", i + 2);
      return j < 0 ? n : j + 1;
    }
    if (isNameStart(d)) {
      let j = i + 2;
      for (; j < n && isNameChar(t.charCodeAt(j)); ) j++;
      return j;
    }
    return d >= 48 && d <= 57 || d === 64 || d === 42 || d === 35 || d === 63 || d === 36 || d === 33 || d === 45 ? i + 2 : i + 1;
  }
  /** Scans `${ ... }` from just after the `{`. */
  scanBrace(p) {
    let t = this.t, n = this.n, deep = this.sh.nest >= MAX_NEST;
    this.sh.nest++;
    let depth = 1, i = p;
    for (; i < n; ) {
      let c = t.charCodeAt(i);
      if (c === 92) i += 2;
      else if (c === 123)
        depth++, i++;
      else if (c === 125) {
        if (--depth === 0)
          return this.sh.nest--, i + 1;
        i++;
      } else if (deep) i++;
      else if (c === 39) {
        let j = t.indexOf("'", i + 1);
        i = j < 0 ? n : j + 1;
      } else c === 34 ? i = this.readDq(i + 1) : c === 36 ? i = Math.max(this.scanDollar(i), i + 1) : c === 96 ? i = skipBacktick(t, i) : i++;
    }
    return this.sh.nest--, n;
  }
  /** Scans a command substitution body from just after its `(`; returns the offset after `)`. */
  scanSubst(p) {
    if (this.sh.nest >= MAX_NEST) {
      let m = this.matchParen(p - 1, !1);
      return m < 0 ? this.n : m + 1;
    }
    this.sh.nest++;
    let sub = new _Parser(this.t, p, this.sh, !0);
    return sub.run(), this.sh.nest--, sub.endPos;
  }
  /** Offset of the `)` matching the `(` at `p`, or -1 (quotes and escapes skipped). */
  matchParen(p, budgeted) {
    let t = this.t, n = this.n;
    if (budgeted && this.sh.budget <= 0) return -1;
    let depth = 0, i = p;
    for (; i < n; ) {
      let c = t.charCodeAt(i);
      if (c === 92) i += 2;
      else if (c === 39) {
        let j = t.indexOf("'", i + 1);
        i = j < 0 ? n : j + 1;
      } else if (c === 34) i = skipDq(t, i);
      else if (c === 96) i = skipBacktick(t, i);
      else {
        if (c === 40) depth++;
        else if (c === 41 && --depth === 0)
          return budgeted && (this.sh.budget -= i - p), i;
        i++;
      }
    }
    return budgeted && (this.sh.budget -= n - p), -1;
  }
  // --------------------------------------------------------------- parser
  top() {
    let s = this.stack;
    return s.length > 0 ? s[s.length - 1] : null;
  }
  push(kind, phase) {
    let top = this.top();
    top !== null && top.kind === K_FUNC && top.phase === FN_EXPECT_BODY && (top.phase = FN_BODY), this.stack.push({ kind, phase }), this.kindCount[kind]++, kind === K_SUBSHELL ? this.sub++ : this.cmp++;
  }
  popCtx() {
    let c = this.stack.pop();
    c !== void 0 && (this.kindCount[c.kind]--, c.kind === K_SUBSHELL ? this.sub-- : this.cmp--);
  }
  /** Closes the innermost context of kind `a` (or `b`) and everything above it. */
  closeTo(a, b = -1) {
    if (this.kindCount[a] === 0 && (b < 0 || this.kindCount[b] === 0)) return !1;
    let s = this.stack, idx = s.length - 1;
    for (; idx >= 0 && s[idx].kind !== a && s[idx].kind !== b; ) idx--;
    if (idx < 0) return !1;
    for (; s.length > idx; ) this.popCtx();
    for (let top = this.top(); top !== null && top.kind === K_FUNC && top.phase === FN_BODY; top = this.top())
      this.popCtx();
    return this.afterClose = !0, !0;
  }
  inHeader() {
    let top = this.top();
    return top === null ? !1 : top.kind === K_FOR && top.phase < F_BODY || top.kind === K_CASE && top.phase < C_BODY;
  }
  finish() {
    let c = this.cur;
    c !== null && (this.cur = null, this.dbr = !1, c.pipeline = this.pipeJoin && this.pipeNo >= 0 ? this.pipeNo : ++this.pipeNo, this.pipeJoin = !1, this.nested || this.out.push(c), this.pend = c);
  }
  newCommand(start, end) {
    let c = {
      start,
      end,
      assignments: [],
      words: [],
      subshellDepth: this.sub,
      next: null,
      pipeline: -1,
      compound: this.cmp > 0
    };
    return this.afterClose = !1, this.cur = c, c;
  }
  onWord(w) {
    let cur = this.cur;
    if (cur !== null) {
      if (cur.words.length === 0) {
        if (isAssignment(w.raw)) {
          cur.assignments.push(w), cur.end = w.end;
          return;
        }
        w.raw === "[[" && (this.dbr = !0);
      } else this.dbr && w.raw === "]]" && (this.dbr = !1);
      cur.words.push(w), cur.end = w.end;
      return;
    }
    let top = this.top();
    if (top !== null) {
      if (top.kind === K_FOR && top.phase < F_BODY) {
        if (this.forWord(top, w)) return;
      } else if (top.kind === K_CASE && top.phase < C_BODY) {
        this.caseWord(top, w);
        return;
      } else if (top.kind === K_FUNC && top.phase === FN_NAME) {
        top.phase = FN_EXPECT_BODY;
        return;
      }
    }
    if (this.keyword(w.raw)) return;
    let t2 = this.top();
    t2 !== null && t2.kind === K_FUNC && t2.phase === FN_EXPECT_BODY && this.popCtx();
    let c = this.newCommand(w.start, w.end);
    isAssignment(w.raw) ? c.assignments.push(w) : (c.words.push(w), w.raw === "[[" && (this.dbr = !0));
  }
  /** Reserved word at command position (the raw text compare excludes quoted forms). */
  keyword(raw) {
    switch (raw) {
      case "if":
        return this.push(K_IF, 0), !0;
      case "then":
      case "elif":
      case "else":
      case "!":
        return !0;
      case "fi":
        return this.closeTo(K_IF), !0;
      case "while":
      case "until":
        return this.push(K_LOOP, 0), !0;
      case "do": {
        let top = this.top();
        return top !== null && top.kind === K_FOR && (top.phase = F_BODY), !0;
      }
      case "done":
        return this.closeTo(K_LOOP, K_FOR), !0;
      case "for":
      case "select":
        return this.push(K_FOR, F_NAME), this.forArith(), !0;
      case "case":
        return this.push(K_CASE, C_WORD), !0;
      case "esac":
        return this.closeTo(K_CASE), !0;
      case "{":
        return this.push(K_GROUP, 0), !0;
      case "}":
        return this.closeTo(K_GROUP);
      case "function":
        return this.push(K_FUNC, FN_NAME), !0;
      default:
        return !1;
    }
  }
  /** `for (( init; cond; step ))`: skips the arithmetic header. */
  forArith() {
    let t = this.t, j = this.pos;
    for (; j < this.n && (t.charCodeAt(j) === 32 || t.charCodeAt(j) === 9); ) j++;
    if (t.charCodeAt(j) !== 40 || t.charCodeAt(j + 1) !== 40) return;
    let m = this.matchParen(j, !1);
    this.pos = m < 0 ? this.n : m + 1, this.top().phase = F_EXPECT_DO;
  }
  /** A word in a `for` header; false when it starts the body. */
  forWord(top, w) {
    switch (top.phase) {
      case F_NAME:
        return top.phase = F_AFTER_NAME, !0;
      case F_AFTER_NAME:
        return top.phase = w.raw === "do" ? F_BODY : F_LIST, !0;
      case F_LIST:
        return !0;
      default:
        return top.phase = F_BODY, w.raw === "do";
    }
  }
  caseWord(top, w) {
    top.phase === C_WORD ? top.phase = C_IN : top.phase === C_IN ? top.phase = C_PATTERN : w.raw === "esac" && this.closeTo(K_CASE);
  }
  onRedir() {
    let op = this.op, rs = this.ts, re = this.te;
    this.next();
    let target = null;
    if (this.tk === T_WORD ? (target = this.word, re = target.end) : this.reuse = !0, target !== null && (op === "<<" || op === "<<-") && this.heredocs.push({ delim: target.value, strip: op === "<<-" }), this.cur !== null) {
      this.cur.end = re;
      return;
    }
    this.afterClose || this.inHeader() || this.newCommand(rs, re);
  }
  /** After a `(` token: consumes a `)` that follows (blanks allowed). */
  peekClose() {
    let t = this.t, j = this.te;
    for (; j < this.n && (t.charCodeAt(j) === 32 || t.charCodeAt(j) === 9); ) j++;
    return t.charCodeAt(j) !== 41 ? !1 : (this.pos = j + 1, !0);
  }
  /** `(( expr ))` at command position: one command whose only word is the whole expression. */
  arithCommand() {
    let t = this.t, p = this.ts, m = this.matchParen(p + 1, !0);
    if (m < 0 || t.charCodeAt(m + 1) !== 41) return !1;
    let end = m + 2, raw = t.slice(p, end);
    return this.newCommand(p, end).words.push({ start: p, end, raw, value: raw, hasExpansion: !0, quoted: !1 }), this.pos = end, !0;
  }
  setNext(op) {
    this.pend !== null && (this.pend.next = op, this.pend = null);
  }
  /** Handles a control operator; true when a nested parse reached its closing `)`. */
  onOp(op) {
    let top = this.top();
    if (top !== null && this.cur === null) {
      if (top.kind === K_CASE && top.phase < C_BODY)
        return op === ")" && top.phase === C_PATTERN && (top.phase = C_BODY), !1;
      if (top.kind === K_FOR && top.phase < F_BODY) {
        if (op === ";" || op === `
`)
          return (top.phase === F_AFTER_NAME || top.phase === F_LIST) && (top.phase = F_EXPECT_DO), !1;
        top.phase = F_BODY;
      } else if (top.kind === K_FUNC && top.phase !== FN_BODY && (op === `
` || op === "(" && this.peekClose()))
        return !1;
    }
    switch (op) {
      case "(": {
        let cur = this.cur;
        if (cur !== null) {
          if (cur.words.length === 1 && cur.assignments.length === 0 && this.peekClose())
            return this.cur = null, this.push(K_FUNC, FN_EXPECT_BODY), !1;
          this.finish();
        } else if (this.t.charCodeAt(this.te) === 40 && this.arithCommand()) return !1;
        return this.afterClose = !1, this.push(K_SUBSHELL, 0), !1;
      }
      case ")":
        return this.finish(), this.closeTo(K_SUBSHELL) ? !1 : this.nested;
      case ";;":
      case ";&":
      case ";;&":
        return this.finish(), this.afterClose = !1, this.pipeJoin = !1, this.setNext(";"), top !== null && top.kind === K_CASE && (top.phase = C_PATTERN), !1;
      default: {
        if (this.finish(), this.afterClose = !1, op === `
` && this.pend === null) return !1;
        let pipe = op === "|" || op === "|&";
        return this.setNext(pipe ? "|" : op), this.pipeJoin = pipe, !1;
      }
    }
  }
};

// src/model/run.ts
var DEFAULT_SHELL = ["/bin/sh", "-c"], WINDOWS_SHELL = ["cmd", "/S", "/C"], POSIX_SHELLS = /* @__PURE__ */ new Set(["sh", "bash", "ash", "dash", "zsh", "ksh", "busybox"]);
function isWindowsShell(shell) {
  let exe = baseName2(shell[0] ?? "").toLowerCase();
  return exe === "cmd" || exe === "cmd.exe" || exe.startsWith("powershell") || exe === "pwsh" || exe === "pwsh.exe";
}
function baseName2(p) {
  let i = Math.max(p.lastIndexOf("/"), p.lastIndexOf("\\"));
  return i === -1 ? p : p.slice(i + 1);
}
function parseMounts(ins) {
  let out = [];
  for (let f of ins.flags) {
    if (f.name !== "mount" || f.value === null) continue;
    let options = {};
    for (let part of f.value.split(",")) {
      let eq = part.indexOf("="), k = (eq === -1 ? part : part.slice(0, eq)).trim().toLowerCase();
      k && (options[k] = eq === -1 ? "true" : part.slice(eq + 1).trim());
    }
    options.dst && !options.target && (options.target = options.dst), options.destination && !options.target && (options.target = options.destination), out.push({ type: (options.type ?? "bind").toLowerCase(), options, span: { start: f.start, end: f.end } });
  }
  return out;
}
function analyseRun(ins, shell, windows, model) {
  let mounts = parseMounts(ins), scripts = [], windowsShell = windows || isWindowsShell(shell), info = { form: ins.json ? "exec" : "shell", scripts, commands: [], mounts, shell, windowsShell };
  if (windowsShell) return info;
  let scope = ins.scope;
  if (ins.json) {
    let { values, spans } = ins.json, exe = baseName2(values[0] ?? ""), c = values.indexOf("-c");
    if (POSIX_SHELLS.has(exe) && c !== -1 && values[c + 1] !== void 0) {
      let span = spans[c + 1], script = values[c + 1], map = Array.from({ length: script.length + 1 }, (_, i) => Math.min(span.start + 1 + i, span.end - 1));
      scripts.push(makeScript("exec", { text: script, map }, scope));
    } else {
      let words2 = values.map((v, i) => ({
        start: spans[i].start,
        end: spans[i].end,
        raw: v,
        value: v,
        expanded: v,
        hasExpansion: !1
      })), first = words2[0];
      if (first) {
        let cmd = {
          start: first.start,
          end: words2[words2.length - 1].end,
          assignments: [],
          words: words2,
          name: baseName2(first.value),
          subshellDepth: 0,
          next: null,
          pipeline: 0,
          compound: !1
        };
        scripts.push({ source: "exec", text: ins.argsText, commands: [cmd] });
      }
    }
  } else {
    let t = ins.argsText, firstArg = ins.args[0], from = firstArg ? indexAt(t, firstArg.start) : t.text.length, line = sliceLogical(t, from), headerScript = makeScript("shell", line, scope), remaining = stripHeredocMarkers(line.text).trim();
    if (ins.heredocs.length === 0) scripts.push(headerScript);
    else if (remaining === "")
      for (let h of ins.heredocs) isShellScriptBody(h.body) && scripts.push(makeScript("heredoc", heredocLogical(h), scope));
    else {
      scripts.push(headerScript);
      let head = headerScript.commands[0];
      if (head && POSIX_SHELLS.has(head.name) && !head.words.some((w) => w.value === "-c"))
        for (let h of ins.heredocs) isShellScriptBody(h.body) && scripts.push(makeScript("heredoc", heredocLogical(h), scope));
    }
  }
  for (let s of scripts) info.commands.push(...s.commands);
  return info;
}
function isShellScriptBody(body) {
  let m = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(body);
  if (!m) return !0;
  let exe = baseName2(m[1]), prog = exe === "env" ? baseName2(m[2] ?? "") : exe;
  return POSIX_SHELLS.has(prog);
}
function stripHeredocMarkers(s) {
  return s.replace(/<<-?\s*(["']?)[A-Za-z0-9_.\-]+\1/g, "");
}
function indexAt(t, offset) {
  let lo = 0, hi = t.text.length;
  for (; lo < hi; ) {
    let mid = lo + hi >> 1;
    t.map[mid] < offset ? lo = mid + 1 : hi = mid;
  }
  return lo;
}
function makeScript(source, text, scope) {
  let commands = parseShell(text.text).map((c) => {
    let words2 = c.words.map((w) => toShellWord(w, text, scope)), assignments = c.assignments.map((w) => toShellWord(w, text, scope));
    return {
      start: text.map[c.start] ?? 0,
      end: c.end > c.start ? text.map[c.end - 1] + 1 : text.map[c.start] ?? 0,
      assignments,
      words: words2,
      name: words2[0] ? baseName2(words2[0].value) : "",
      subshellDepth: c.subshellDepth,
      next: c.next,
      pipeline: c.pipeline,
      compound: c.compound
    };
  });
  return { source, text, commands };
}
function toShellWord(w, text, scope) {
  let expanded = w.value;
  if (w.hasExpansion)
    if (/\$\(|`/.test(w.raw)) expanded = null;
    else {
      let r = expandWord(w.raw, scope, "\\");
      expanded = r.unresolved ? null : r.value;
    }
  return {
    start: text.map[w.start] ?? 0,
    end: w.end > w.start ? text.map[w.end - 1] + 1 : text.map[w.start] ?? 0,
    raw: w.raw,
    value: w.value,
    expanded,
    hasExpansion: w.hasExpansion
  };
}

// src/model/keyvalue.ts
function parseKeyValues(args, isArg) {
  if (!args.length) return [];
  let first = args[0];
  if (!isArg && !first.raw.includes("=")) {
    let rest = args.slice(1), raw = rest.map((w) => w.raw).join(" "), plain = rest.map((w) => w.value).join(" ");
    return [{ key: first.value, value: raw, plain, word: first, legacy: !0 }];
  }
  return args.map((w) => {
    let eq = w.raw.indexOf("=");
    if (eq === -1) return { key: w.value, value: null, plain: null, word: w, legacy: !1 };
    let pe = w.value.indexOf("=");
    return { key: w.raw.slice(0, eq).replace(/^["']|["']$/g, ""), value: w.raw.slice(eq + 1), plain: w.value.slice(pe + 1), word: w, legacy: !1 };
  });
}

// src/model/build.ts
var KNOWN_INSTRUCTIONS = /* @__PURE__ */ new Set([
  "ADD",
  "ARG",
  "CMD",
  "COPY",
  "ENTRYPOINT",
  "ENV",
  "EXPOSE",
  "FROM",
  "HEALTHCHECK",
  "LABEL",
  "MAINTAINER",
  "ONBUILD",
  "RUN",
  "SHELL",
  "STOPSIGNAL",
  "USER",
  "VOLUME",
  "WORKDIR"
]), KNOWN_FLAGS = {
  FROM: ["platform"],
  COPY: ["from", "chown", "chmod", "link", "parents", "exclude"],
  ADD: ["chown", "chmod", "link", "checksum", "keep-git-dir", "exclude", "unpack"],
  RUN: ["mount", "network", "security", "device"],
  HEALTHCHECK: ["interval", "timeout", "start-period", "start-interval", "retries"]
}, PLATFORM_ARGS = [
  "BUILDPLATFORM",
  "BUILDOS",
  "BUILDOSVERSION",
  "BUILDARCH",
  "BUILDVARIANT",
  "TARGETPLATFORM",
  "TARGETOS",
  "TARGETOSVERSION",
  "TARGETARCH",
  "TARGETVARIANT",
  "TARGETSTAGE"
], PREDEFINED_ARGS = [
  "HTTP_PROXY",
  "http_proxy",
  "HTTPS_PROXY",
  "https_proxy",
  "FTP_PROXY",
  "ftp_proxy",
  "NO_PROXY",
  "no_proxy",
  "ALL_PROXY",
  "all_proxy"
];
function buildModel(input, options = {}) {
  let hadBom = input.charCodeAt(0) === 65279, text = hadBom ? input.slice(1) : input, lines = createLineIndex(text), buildArgs = options.buildArgs instanceof Map ? options.buildArgs : new Map(Object.entries(options.buildArgs ?? {})), parseProblems = [], directives = readDirectives(text), escape = directives.escape, instructions = [];
  for (let pos = 0; pos < text.length; ) {
    let eol = text.indexOf(`
`, pos);
    eol === -1 && (eol = text.length);
    let kw = keywordAt(text, pos, eol, escape);
    if (!kw) {
      pos = eol + 1;
      continue;
    }
    let instr = readInstruction(text, kw.start, kw.end, text.length, escape, lines, parseProblems);
    instr.index = instructions.length, instructions.push(instr);
    let next = text.indexOf(`
`, Math.max(instr.end, kw.end));
    pos = next === -1 ? text.length : next + 1;
  }
  let comments = collectComments(text, lines, instructions);
  for (let ins of instructions) ins.commentsAbove = commentsAbove(ins, lines);
  let globalArgs = [], globalScope = /* @__PURE__ */ new Map();
  for (let name of PLATFORM_ARGS) globalScope.set(name, { name, value: void 0, kind: "builtin" });
  for (let name of PREDEFINED_ARGS) buildArgs.has(name) && globalScope.set(name, { name, value: buildArgs.get(name), kind: "builtin" });
  let model = {
    path: options.path ?? "Dockerfile",
    text,
    hadBom,
    directives,
    instructions,
    globalArgs,
    globalScope,
    stages: [],
    target: null,
    comments,
    parseProblems,
    buildArgs,
    lines,
    expand: (t, scope2) => expandWord(t, scope2, escape),
    stageByRef: () => null
  }, stages = [], stageByRef = (ref) => {
    let lower = ref.toLowerCase();
    for (let s of stages) if (s.name === lower) return s;
    return /^\d+$/.test(ref) ? stages[Number(ref)] ?? null : null;
  };
  model.stageByRef = stageByRef;
  let windowsEscape = escape === "`", current = null, scope = globalScope, shell = DEFAULT_SHELL, globalDeclared = /* @__PURE__ */ new Set(), finalScopes = /* @__PURE__ */ new Map();
  for (let ins of instructions) {
    if (ins.keyword === "FROM") {
      current && finalScopes.set(current, { scope, shell });
      let stage = startStage(ins, stages.length);
      stages.push(stage), current = stage;
      let inherited = stage.parent ? finalScopes.get(stage.parent) : void 0;
      scope = inherited ? inherited.scope : /* @__PURE__ */ new Map([["PATH", { name: "PATH", value: void 0, kind: "env" }]]), shell = inherited ? inherited.shell : stage.windows ? WINDOWS_SHELL : DEFAULT_SHELL, ins.scope = globalScope, ins.stage = stage, stage.instructions.push(ins);
      continue;
    }
    if (ins.scope = scope, ins.stage = current, !current) {
      if (ins.keyword === "ARG") {
        globalArgs.push(ins), globalScope = declareArgs(ins, globalScope, !0);
        for (let w of ins.args) globalDeclared.add(w.value.split("=")[0]);
        scope = globalScope, model.globalScope = globalScope;
      } else KNOWN_INSTRUCTIONS.has(ins.keyword) && parseProblems.push({
        messageId: "instructionBeforeFrom",
        message: `${ins.keyword} before the first FROM; only ARG may come before FROM`,
        span: ins.keywordSpan
      });
      continue;
    }
    switch (current.instructions.push(ins), ins.keyword) {
      case "ARG":
        scope = declareArgs(ins, scope, !1);
        break;
      case "ENV":
        scope = declareEnv(ins, scope);
        break;
      case "SHELL":
        ins.json && ins.json.values.length && (shell = ins.json.values, isWindowsShell(shell) && (current.windows = !0));
        break;
      case "RUN":
        ins.run = analyseRun(ins, shell, current.windows || windowsEscape, model);
        break;
      case "ONBUILD":
        ins.onbuild && (ins.onbuild.scope = scope, ins.onbuild.stage = current, ins.onbuild.keyword === "RUN" && (ins.onbuild.run = analyseRun(ins.onbuild, shell, current.windows || windowsEscape, model)));
        break;
    }
  }
  current && finalScopes.set(current, { scope, shell });
  for (let stage of stages)
    for (let ins of stage.instructions) {
      if (ins.keyword === "COPY") {
        let from = ins.flags.find((f) => f.name === "from");
        if (from?.value) {
          let ref = expandWord(from.value, ins.scope, escape).value, dep = stageByRef(ref);
          dep && dep !== stage && !stage.dependsOn.includes(dep) && stage.dependsOn.push(dep);
        }
      }
      if (ins.run)
        for (let m of ins.run.mounts) {
          let ref = m.options.from;
          if (!ref) continue;
          let dep = stageByRef(expandWord(ref, ins.scope, escape).value);
          dep && dep !== stage && !stage.dependsOn.includes(dep) && stage.dependsOn.push(dep);
        }
    }
  model.stages = stages;
  let last = stages[stages.length - 1] ?? null;
  last && (last.isLast = !0);
  let target = options.target ? stageByRef(options.target) : last;
  model.target = target;
  let visit = (s) => {
    s.reachable || (s.reachable = !0, s.dependsOn.forEach(visit));
  };
  return target && visit(target), model;
  function startStage(ins, index) {
    let words2 = ins.args, imageWord = words2[0], nameWord = null;
    words2.length >= 3 && words2[1].value.toLowerCase() === "as" && (nameWord = words2[2]);
    let platform = ins.flags.find((f) => f.name === "platform") ?? null, image = parseImageRef(imageWord ?? { start: ins.keywordSpan.end, end: ins.keywordSpan.end, raw: "", value: "" }, globalScope, escape, text), parent = image.unresolved || !image.expanded ? null : stageByRef(image.expanded);
    parent && (image.stage = parent);
    let windows = (parent?.windows ?? !1) || windowsEscape || isWindowsImage(image.expanded);
    return imageWord || parseProblems.push({ messageId: "fromWithoutImage", message: "FROM needs a base image", span: ins.keywordSpan }), {
      index,
      name: nameWord ? nameWord.value.toLowerCase() : null,
      nameRaw: nameWord ? nameWord.value : null,
      nameSpan: nameWord ? { start: nameWord.start, end: nameWord.end } : null,
      from: ins,
      image,
      platform,
      parent,
      instructions: [],
      dependsOn: parent ? [parent] : [],
      reachable: !1,
      isLast: !1,
      windows
    };
  }
  function declareArgs(ins, base, global) {
    let next = new Map(base);
    for (let kv of parseKeyValues(ins.args, !0)) {
      let name = kv.key;
      if (!name || next.get(name)?.kind === "env") continue;
      let value;
      if (buildArgs.has(name)) value = buildArgs.get(name);
      else if (kv.value !== null) {
        let r = expandWord(kv.value, next, escape);
        value = r.unresolved ? void 0 : r.value;
      } else !global && model.globalScope.has(name) ? value = model.globalScope.get(name).value : value = void 0;
      let kind = PLATFORM_ARGS.includes(name) && kv.value === null ? "builtin" : "arg";
      next.set(name, { name, value, kind, declaredBy: ins });
    }
    return next;
  }
  function declareEnv(ins, base) {
    let next = new Map(base);
    for (let kv of parseKeyValues(ins.args, !1)) {
      if (!kv.key) continue;
      let r = expandWord(kv.value ?? "", base, escape);
      next.set(kv.key, { name: kv.key, value: r.unresolved ? void 0 : r.value, kind: "env", declaredBy: ins });
    }
    return next;
  }
}
function isWindowsImage(image) {
  return /(^|[/:-])(windows|nanoserver|servercore|windowsservercore)([/:-]|$)|dotnet\/framework|mcr\.microsoft\.com\/windows/i.test(image);
}
function readInstruction(text, kwStart, kwEnd, limit, escape, lines, problems) {
  let keywordRaw = text.slice(kwStart, kwEnd), keyword = keywordRaw.toUpperCase(), header = readHeader(text, kwEnd, Math.max(limit, kwEnd), escape), end = header.end, ins = makeInstruction(keyword, keywordRaw, { start: kwStart, end: kwEnd }, header.text, escape, problems);
  if (header.emptyContinuation && (ins.emptyContinuation = header.emptyContinuation), keyword === "RUN" || keyword === "COPY" || keyword === "ADD") {
    let markers = findHeredocMarkers(header.text);
    if (markers.length) {
      let bodies = readHeredocBodies(text, header.nextLineStart, text.length, markers, header.text, (o) => lines.position(o).line);
      ins.heredocs = bodies.heredocs, end = Math.max(end, bodies.end > 0 && text[bodies.end - 1] === `
` ? bodies.end - 1 : bodies.end), end > 0 && text[end - 1] === "\r" && end--, bodies.unterminated && problems.push({
        messageId: "unterminatedHeredoc",
        message: `Heredoc '${bodies.unterminated.name}' is never terminated; add a line '${bodies.unterminated.name}'`,
        span: ins.heredocs[ins.heredocs.length - 1].marker
      });
    }
  }
  return ins.start = kwStart, ins.end = end, ins.line = lines.position(kwStart).line, ins.endLine = lines.position(Math.max(kwStart, end - 1)).line, end === kwStart && (ins.endLine = ins.line), ins;
}
function makeInstruction(keyword, keywordRaw, keywordSpan, argsText, escape, problems) {
  let words2 = splitWords(argsText, 0, escape), hasFlags = keyword in KNOWN_FLAGS, { flags, rest } = hasFlags ? takeFlags(words2) : { flags: [], rest: words2 }, ins = {
    index: 0,
    keyword,
    keywordRaw,
    keywordSpan,
    start: keywordSpan.start,
    end: argsText.map[argsText.map.length - 1] ?? keywordSpan.end,
    line: 0,
    endLine: 0,
    argsText,
    flags,
    args: rest,
    json: null,
    heredocs: [],
    stage: null,
    scope: /* @__PURE__ */ new Map(),
    run: null,
    onbuild: null,
    commentsAbove: []
  };
  if (!KNOWN_INSTRUCTIONS.has(keyword))
    return problems.push({ messageId: "unknownInstruction", message: `Unknown instruction '${keywordRaw}'`, span: keywordSpan }), ins;
  for (let f of flags)
    KNOWN_FLAGS[keyword].includes(f.name) || problems.push({ messageId: "unknownFlag", message: `Unknown flag '--${f.name}' for ${keyword}`, span: { start: f.start, end: f.end } });
  if (["RUN", "CMD", "ENTRYPOINT", "SHELL", "COPY", "ADD", "VOLUME"].includes(keyword)) {
    let from = rest.length ? indexInLogical(argsText, rest[0].start) : argsText.text.length;
    ins.json = parseJsonArray(argsText, from);
  }
  if (keyword === "ONBUILD" && rest.length) {
    let first = rest[0], from = indexInLogical(argsText, first.start), innerKw = first.raw, innerText = sliceLogical(argsText, from + innerKw.length), inner = makeInstruction(innerKw.toUpperCase(), innerKw, { start: first.start, end: first.end }, innerText, escape, problems);
    ins.onbuild = inner;
  }
  return ins;
}
function indexInLogical(t, offset) {
  let lo = 0, hi = t.text.length;
  for (; lo < hi; ) {
    let mid = lo + hi >> 1;
    t.map[mid] < offset ? lo = mid + 1 : hi = mid;
  }
  return lo;
}
function commentsAbove(ins, lines) {
  let out = [];
  for (let l = ins.line - 1; l >= 1; l--) {
    let t = lines.lineText(l), m = /^[ \t]*#(.*)$/.exec(t);
    if (!m) break;
    let start = lines.lineStart(l) + t.indexOf("#");
    out.unshift({ text: m[1].trim(), span: { start, end: lines.lineStart(l) + t.length }, line: l });
  }
  return out;
}
function collectComments(text, lines, instructions) {
  let out = [], k = 0;
  for (let l = 1; l <= lines.lineCount; l++) {
    for (; k < instructions.length && instructions[k].endLine < l; ) k++;
    let ins = instructions[k];
    if (ins && ins.line < l && l <= ins.endLine && ins.heredocs.some((h) => l >= h.bodyLine)) continue;
    let t = lines.lineText(l), m = /^[ \t]*#(.*)$/.exec(t);
    if (!m) continue;
    let start = lines.lineStart(l) + t.indexOf("#");
    out.push({ text: m[1].trim(), span: { start, end: lines.lineStart(l) + t.length }, line: l });
  }
  return out;
}

// src/engine/pragmas.ts
var DFLINT_IGNORE = /^dflint-ignore:\s*(.*?)\s*(?:\s--(?:\s.*)?)?$/, DFLINT_IGNORE_FILE = /^dflint-ignore-file:\s*(.*?)\s*(?:\s--(?:\s.*)?)?$/, HADOLINT_IGNORE = /^hadolint\s+ignore=([A-Za-z0-9,\s]+)/, HADOLINT_GLOBAL = /^hadolint\s+global\s+ignore=([A-Za-z0-9,\s]+)/;
function ids(list2) {
  return list2.split(",").map((s) => s.trim()).filter(Boolean);
}
function checkDirective(value) {
  let out = { skip: [], error: !1 };
  for (let part of value.split(";")) {
    let [k, v = ""] = part.split("=").map((s) => s.trim());
    k === "skip" && out.skip.push(...ids(v)), k === "error" && (out.error = v.toLowerCase() === "true");
  }
  return out;
}
function collectSuppressions(model, inline) {
  let s = { file: /* @__PURE__ */ new Set(), byInstruction: /* @__PURE__ */ new Map(), buildkitError: !1, buildkitSkipAll: !1 };
  if (model.directives.check !== null) {
    let c = checkDirective(model.directives.check);
    for (let name of c.skip)
      name.toLowerCase() === "all" ? s.buildkitSkipAll = !0 : s.file.add(`buildkit:${name}`);
    s.buildkitError = c.error;
  }
  if (!inline) return s;
  for (let c of model.comments) {
    let m = DFLINT_IGNORE_FILE.exec(c.text);
    if (m) for (let id of ids(m[1])) s.file.add(id);
    if (m = HADOLINT_GLOBAL.exec(c.text), m) for (let id of ids(m[1])) s.file.add(`hadolint:${id}`);
  }
  let visit = (ins) => {
    let set = /* @__PURE__ */ new Set();
    for (let c of ins.commentsAbove) {
      let m = DFLINT_IGNORE.exec(c.text);
      if (m) for (let id of ids(m[1])) set.add(id);
      if (m = HADOLINT_IGNORE.exec(c.text), m && !HADOLINT_GLOBAL.test(c.text)) for (let id of ids(m[1])) set.add(`hadolint:${id}`);
      let ck = /^check\s*=\s*(.*)$/.exec(c.text);
      if (ck) for (let name of checkDirective(ck[1]).skip) set.add(`buildkit:${name}`);
    }
    set.size && s.byInstruction.set(ins.index, set);
  };
  return model.instructions.forEach(visit), s;
}
function isSuppressed(s, ruleId, related, instructionIndex) {
  if (s.buildkitSkipAll && related.some((r) => r.startsWith("buildkit:"))) return !0;
  let hit = (set) => set.has(ruleId) || set.has("all") || related.some((r) => set.has(r));
  if (hit(s.file)) return !0;
  if (instructionIndex !== null) {
    let set = s.byInstruction.get(instructionIndex);
    if (set && hit(set)) return !0;
  }
  return !1;
}

// src/engine/linter.ts
function formatMessage(template, data) {
  return data ? template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, k) => k in data ? String(data[k]) : m) : template;
}
function instructionAt(model, offset) {
  let list2 = model.instructions, lo = 0, hi = list2.length - 1, found = null;
  for (; lo <= hi; ) {
    let mid = lo + hi >> 1, ins = list2[mid];
    ins.start <= offset ? (found = ins, lo = mid + 1) : hi = mid - 1;
  }
  return found && offset <= found.end, found;
}
function toProblem(model, rule, severity, messageId, message, span) {
  let a = model.lines.position(span.start), b = model.lines.position(Math.max(span.end, span.start));
  return {
    ruleId: rule.id,
    related: rule.related,
    severity,
    message,
    messageId,
    line: a.line,
    column: a.column,
    endLine: b.line,
    endColumn: b.column,
    span
  };
}
function lintModel(model, rules2, config) {
  let problems = [], suppressions = collectSuppressions(model, config.inlineIgnores), factCache = /* @__PURE__ */ new Map(), facts = {
    get(key, compute) {
      return factCache.has(key) || factCache.set(key, compute()), factCache.get(key);
    }
  };
  for (let rule of rules2) {
    let rc = config.rules[rule.id], severity = rc?.severity ?? rule.severity;
    if (severity === "off") continue;
    let options = { ...defaultOptions(rule), ...rc?.options ?? {} }, effective = rule.related.some((r) => r.startsWith("buildkit:")) && suppressions.buildkitError ? "error" : severity;
    try {
      rule.check({
        model,
        options,
        settings: config.settings,
        facts,
        report(d) {
          let ins = instructionAt(model, d.span.start);
          if (isSuppressed(suppressions, rule.id, rule.related, ins ? ins.index : null)) return;
          let template = rule.messages[d.messageId] ?? d.messageId, p = toProblem(model, rule, effective, d.messageId, formatMessage(template, d.data), d.span);
          d.fix && (p.fix = d.fix), problems.push(p);
        }
      });
    } catch (err) {
      let msg = err instanceof Error ? err.message : String(err);
      problems.push(
        toProblem(model, { id: "internal-error", related: [] }, "error", "crashed", `Rule '${rule.id}' crashed: ${msg}`, { start: 0, end: 0 })
      );
    }
  }
  return problems.sort((x, y) => x.line - y.line || x.column - y.column || x.ruleId.localeCompare(y.ruleId)), problems;
}
function defaultOptions(rule) {
  let out = {};
  for (let [k, spec] of Object.entries(rule.options)) out[k] = structuredClone(spec.default);
  return out;
}
function lintText(text, opts) {
  let path5 = opts.path ?? "Dockerfile";
  try {
    let model = buildModel(text, opts);
    return { path: path5, problems: lintModel(model, opts.rules, opts.config), source: model.text };
  } catch (err) {
    let msg = err instanceof Error ? err.message : String(err);
    return { path: path5, problems: [], fatal: `${path5}: could not be parsed: ${msg}`, source: text };
  }
}

// src/config/defaults.ts
var cache = /* @__PURE__ */ new Map();
function defaultConfig(rules2, preset = "recommended") {
  let resolved2 = cache.get(preset);
  if (!resolved2) {
    resolved2 = {};
    for (let rule of rules2) {
      let options = {};
      for (let [name, spec] of Object.entries(rule.options ?? {})) options[name] = structuredClone(spec.default);
      resolved2[rule.id] = { severity: preset === "strict" ? rule.strict ?? rule.severity : rule.severity, options };
    }
    cache.set(preset, resolved2);
  }
  return {
    rules: resolved2,
    settings: { contextDir: null, trustedRegistries: [], labelSchema: {}, strictLabels: !1, shellcheck: !1 },
    inlineIgnores: !0,
    source: "default"
  };
}

// src/config/print.ts
function printConfig(resolved2) {
  let { settings } = resolved2, out = {
    source: resolved2.source,
    failLevel: resolved2.failLevel ?? null,
    inlineIgnores: resolved2.inlineIgnores,
    settings: {
      contextDir: settings.contextDir,
      trustedRegistries: settings.trustedRegistries,
      labelSchema: settings.labelSchema,
      strictLabels: settings.strictLabels,
      shellcheck: settings.shellcheck
    },
    rules: Object.fromEntries(
      Object.entries(resolved2.rules).map(([id, r]) => [id, { severity: r.severity, options: r.options }])
    )
  };
  return JSON.stringify(out, null, 2);
}

// src/format/util.ts
import { isAbsolute, relative, resolve, sep } from "node:path";
var FATAL_RULE_ID = "fatal", SPECIAL_PATHS = /* @__PURE__ */ new Set(["-", "<stdin>", "<text>"]);
function displayPath(path5, cwd) {
  if (SPECIAL_PATHS.has(path5)) return path5;
  let p = path5;
  if (isAbsolute(p)) {
    let rel = relative(cwd, p);
    rel !== "" && !isAbsolute(rel) && (p = rel);
  } else {
    let rel = relative(cwd, resolve(cwd, p));
    rel !== "" && (p = rel);
  }
  return sep === "\\" && (p = p.replace(/\\/g, "/")), p.replace(/^(\.\/)+/, "");
}
function compareProblems(a, b) {
  return a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
function sortedProblems(problems) {
  return [...problems].sort(compareProblems);
}
function fatalProblem(message) {
  return {
    ruleId: FATAL_RULE_ID,
    related: [],
    severity: "error",
    message,
    messageId: "fatal",
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    span: { start: 0, end: 0 }
  };
}
function problemsWithFatal(result) {
  let list2 = sortedProblems(result.problems);
  return result.fatal !== void 0 && list2.unshift(fatalProblem(result.fatal)), list2;
}
var SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };
function countSeverities(problems) {
  let c = { error: 0, warning: 0, info: 0 };
  for (let p of problems) c[p.severity]++;
  return c;
}
function region(p) {
  let line = Math.max(1, Math.trunc(p.line) || 1), column = Math.max(1, Math.trunc(p.column) || 1), endLine = Math.max(line, Math.trunc(p.endLine) || line), endColumn = Math.max(1, Math.trunc(p.endColumn) || column);
  return endLine === line && endColumn < column && (endColumn = column), { line, column, endLine, endColumn };
}
function singleLine(text) {
  return text.replace(/\r\n|[\r\n\t]/g, " ").replace(/[\u0000-\u001f\u007f-\u009f]/g, "\uFFFD");
}
var XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
function xmlEscape(text) {
  return text.replace(XML_INVALID, "").replace(/[&<>"'\t\n\r]/g, (ch) => {
    switch (ch) {
      case "&":
        return "&amp;";
      case "<":
        return "&lt;";
      case ">":
        return "&gt;";
      case '"':
        return "&quot;";
      case "'":
        return "&apos;";
      case "	":
        return "&#9;";
      case `
`:
        return "&#10;";
      default:
        return "&#13;";
    }
  });
}
var SPECIAL_RULES = {
  [FATAL_RULE_ID]: "The file could not be read or parsed, so no rule was run on it",
  "internal-error": "A dflint rule crashed on this file; please report it",
  "parse-error": "The Dockerfile could not be parsed"
};
function validUrl(url) {
  if (url)
    try {
      return new URL(url).href;
    } catch {
      return;
    }
}
function ruleInfo(ruleId, ctx) {
  let rule = ctx.rules.get(ruleId);
  if (rule) return { id: ruleId, description: rule.description, url: safeDocsUrl(ctx, ruleId), rule, severity: rule.severity };
  let sc = /^shellcheck\/(SC\d+)$/i.exec(ruleId);
  if (sc) {
    let code2 = sc[1].toUpperCase();
    return {
      id: ruleId,
      description: `ShellCheck ${code2} in a RUN command`,
      url: `https://www.shellcheck.net/wiki/${code2}`,
      rule: void 0,
      severity: "warning"
    };
  }
  let special = SPECIAL_RULES[ruleId];
  return special ? { id: ruleId, description: special, url: void 0, rule: void 0, severity: "error" } : { id: ruleId, description: ruleId, url: void 0, rule: void 0, severity: "warning" };
}
function safeDocsUrl(ctx, ruleId) {
  try {
    return validUrl(ctx.docsUrl(ruleId));
  } catch {
    return;
  }
}

// src/format/checkstyle.ts
var checkstyle = (results, ctx) => {
  let out = ['<?xml version="1.0" encoding="utf-8"?>', '<checkstyle version="4.3">'];
  for (let result of results) {
    let name = xmlEscape(displayPath(result.path, ctx.cwd)), problems = problemsWithFatal(result);
    if (problems.length === 0) {
      out.push(`  <file name="${name}"/>`);
      continue;
    }
    out.push(`  <file name="${name}">`);
    for (let p of problems)
      out.push(
        `    <error line="${p.line}" column="${p.column}" severity="${p.severity}" message="${xmlEscape(p.message)}" source="${xmlEscape(`dflint.${p.ruleId}`)}"/>`
      );
    out.push("  </file>");
  }
  return out.push("</checkstyle>"), out.join(`
`) + `
`;
};

// src/format/compact.ts
var compact = (results, ctx) => {
  let lines = [];
  for (let result of results) {
    let path5 = singleLine(displayPath(result.path, ctx.cwd));
    for (let p of problemsWithFatal(result))
      lines.push(`${path5}:${p.line}:${p.column}: ${p.severity}: ${singleLine(p.message)} [${singleLine(p.ruleId)}]`);
  }
  return lines.length ? lines.join(`
`) + `
` : "";
};

// src/format/github.ts
var GITHUB_ANNOTATIONS_PER_LEVEL = 10, COMMAND = { error: "error", warning: "warning", info: "notice" };
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "\uFFFD");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function compareEntries(a, b) {
  return SEVERITY_ORDER[a.problem.severity] - SEVERITY_ORDER[b.problem.severity] || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.problem.line - b.problem.line || a.problem.column - b.problem.column || (a.problem.ruleId < b.problem.ruleId ? -1 : a.problem.ruleId > b.problem.ruleId ? 1 : 0);
}
function command(e) {
  let p = e.problem, r = region(p), props = [`file=${escapeProperty(e.path)}`, `line=${r.line}`, `endLine=${r.endLine}`];
  return r.line === r.endLine && props.push(`col=${r.column}`, `endColumn=${r.endColumn}`), props.push(`title=${escapeProperty(`dflint ${p.ruleId}`)}`), `::${COMMAND[p.severity]} ${props.join(",")}::${escapeData(p.message)}`;
}
var github = (results, ctx) => {
  let entries = [];
  for (let result of results) {
    let path5 = displayPath(result.path, ctx.cwd);
    for (let problem of problemsWithFatal(result)) entries.push({ path: path5, problem });
  }
  entries.sort(compareEntries);
  let bySeverity = { error: [], warning: [], info: [] };
  for (let e of entries) bySeverity[e.problem.severity].push(e);
  let max = GITHUB_ANNOTATIONS_PER_LEVEL, overflow = bySeverity.error.length > max || bySeverity.warning.length > max || bySeverity.info.length > max, budget = { error: max, warning: max, info: overflow ? max - 1 : max }, lines = [], dropped = 0;
  for (let sev of ["error", "warning", "info"]) {
    let list2 = bySeverity[sev];
    for (let e of list2.slice(0, budget[sev])) lines.push(command(e));
    dropped += Math.max(0, list2.length - budget[sev]);
  }
  if (dropped > 0) {
    let what = dropped === 1 ? "1 more problem was" : `${dropped} more problems were`;
    lines.push(
      `::notice::${escapeData(
        `dflint: ${what} not annotated (GitHub shows at most ${max} errors, ${max} warnings and ${max} notices per step). See the job summary or the SARIF report, or run dflint with --format stylish, to see them all.`
      )}`
    );
  }
  return lines.length ? lines.join(`
`) + `
` : "";
};

// src/format/fingerprint.ts
import { createHash } from "node:crypto";
function splitLines(text) {
  return text.split(/\r\n|\r|\n/);
}
function snippet(problem, lines) {
  if (!lines) return normalise2(problem.message);
  let first = Math.max(1, Math.trunc(problem.line) || 1), last = Math.max(first, Math.trunc(problem.endLine) || first);
  return last > first && problem.endColumn <= 1 && last--, normalise2(lines.slice(first - 1, last).join(`
`));
}
function normalise2(text) {
  return text.replace(/\s+/g, " ").trim();
}
function hash(ruleId, path5, text, occurrence) {
  return createHash("sha256").update(JSON.stringify([ruleId, path5, text, occurrence])).digest("hex");
}
function fingerprint(problem, path5, sourceText, occurrence = 0) {
  let lines = sourceText === void 0 ? void 0 : splitLines(sourceText);
  return hash(problem.ruleId, path5, snippet(problem, lines), occurrence);
}
function fingerprintAll(result, cwd) {
  let path5 = cwd === void 0 ? displayPath(result.path, process.cwd()) : displayPath(result.path, cwd), lines = result.source === void 0 ? void 0 : splitLines(result.source), order = result.problems.map((_, i) => i).sort((a, b) => compareProblems(result.problems[a], result.problems[b]) || a - b), seen = /* @__PURE__ */ new Map(), out = new Array(result.problems.length);
  for (let i of order) {
    let p = result.problems[i], text = snippet(p, lines), key = JSON.stringify([p.ruleId, text]), n = seen.get(key) ?? 0;
    seen.set(key, n + 1), out[i] = hash(p.ruleId, path5, text, n);
  }
  return out;
}

// src/format/gitlab.ts
var SEVERITY = { error: "major", warning: "minor", info: "info" }, gitlab = (results, ctx) => {
  let issues = [], used = /* @__PURE__ */ new Set(), unique = (fp) => {
    let out = fp;
    for (let n = 1; used.has(out); n++) out = `${fp}-${n}`;
    return used.add(out), out;
  };
  for (let result of results) {
    let path5 = displayPath(result.path, ctx.cwd);
    if (result.fatal !== void 0) {
      let p = fatalProblem(result.fatal);
      issues.push({
        description: p.message,
        check_name: p.ruleId,
        fingerprint: unique(fingerprint(p, path5, void 0)),
        severity: SEVERITY.error,
        location: { path: path5, lines: { begin: 1, end: 1 } }
      });
    }
    let fps = fingerprintAll(result, ctx.cwd), fpOf = new Map(result.problems.map((p, i) => [p, fps[i]]));
    for (let p of sortedProblems(result.problems)) {
      let r = region(p);
      issues.push({
        description: p.message,
        check_name: p.ruleId,
        fingerprint: unique(fpOf.get(p)),
        severity: SEVERITY[p.severity],
        location: { path: path5, lines: { begin: r.line, end: r.endLine } }
      });
    }
  }
  return JSON.stringify(issues, null, 2) + `
`;
};

// src/format/json.ts
var JSON_FORMAT_VERSION = 1, json = (results, ctx) => {
  let report = {
    version: JSON_FORMAT_VERSION,
    files: results.map((r) => {
      let file = {
        path: displayPath(r.path, ctx.cwd),
        problems: sortedProblems(r.problems).map((p) => ({
          ruleId: p.ruleId,
          related: [...p.related],
          severity: p.severity,
          message: p.message,
          line: p.line,
          column: p.column,
          endLine: p.endLine,
          endColumn: p.endColumn
        }))
      };
      return r.fatal !== void 0 && (file.error = r.fatal), file;
    })
  };
  return JSON.stringify(report) + `
`;
};

// src/format/junit.ts
var junit = (results, ctx) => {
  let suites = [], tests = 0, failures = 0, errors = 0;
  for (let result of results) {
    let path5 = displayPath(result.path, ctx.cwd), file = xmlEscape(path5), problems = problemsWithFatal(result), cases = [], suiteFailures = 0, suiteErrors = 0;
    problems.length === 0 && cases.push(`    <testcase name="dflint" classname="${file}" file="${file}" time="0"/>`);
    for (let p of problems) {
      let isFatal = p.ruleId === FATAL_RULE_ID, tag = isFatal ? "error" : "failure";
      isFatal ? suiteErrors++ : suiteFailures++;
      let name = xmlEscape(`${p.ruleId} at ${p.line}:${p.column}`), body = xmlEscape(`${p.severity}: ${p.message} (${p.ruleId}) at ${path5}:${p.line}:${p.column}`);
      cases.push(
        `    <testcase name="${name}" classname="${file}" file="${file}" line="${p.line}" time="0">`,
        `      <${tag} message="${xmlEscape(p.message)}" type="${p.severity}">${body}</${tag}>`,
        "    </testcase>"
      );
    }
    let count = Math.max(1, problems.length);
    tests += count, failures += suiteFailures, errors += suiteErrors, suites.push(
      `  <testsuite name="${file}" tests="${count}" failures="${suiteFailures}" errors="${suiteErrors}" skipped="0" time="0">`,
      ...cases,
      "  </testsuite>"
    );
  }
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<testsuites name="dflint" tests="${tests}" failures="${failures}" errors="${errors}" time="0">`,
    ...suites,
    "</testsuites>",
    ""
  ].join(`
`);
};

// src/format/sarif.ts
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json", FINGERPRINT_KEY = "dflintFingerprint/v1", LEVEL = { error: "error", warning: "warning", info: "note" }, MAX_TAGS = 20, SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
function ruleName(id) {
  let name = id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join("");
  return name ? name.toLowerCase() === id.toLowerCase() ? `${name}Check` : name : "UnnamedCheck";
}
function toUri(path5) {
  return path5.split("/").map((s) => encodeURIComponent(s)).join("/");
}
function fence(code2) {
  let longest = Math.max(0, ...(code2.match(/`+/g) ?? []).map((m) => m.length));
  return "`".repeat(Math.max(3, longest + 1));
}
function sentence(text) {
  let t = text.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}
function defaultConfiguration(severity) {
  return severity === "off" ? { enabled: !1 } : { level: LEVEL[severity] };
}
function describeRule(info) {
  let rule = info.rule, related = rule?.related ?? [], fullParts = [sentence(info.description)];
  rule?.differs && fullParts.push(`Difference from hadolint/BuildKit: ${sentence(rule.differs)}`), related.length && fullParts.push(`Related checks: ${related.join(", ")}.`);
  let full = fullParts.join(" "), text = [full], md = [sentence(info.description)];
  rule?.differs && md.push(`Difference from hadolint/BuildKit: ${sentence(rule.differs)}`), related.length && md.push(`Related checks: ${related.map((r) => `\`${r}\``).join(", ")}.`);
  let examples = (title, list2) => {
    list2.length && (text.push(`${title}:`, ...list2.map((e) => e.replace(/^/gm, "    "))), md.push(`**${title}:**`, ...list2.map((e) => `${fence(e)}dockerfile
${e}
${fence(e)}`)));
  };
  rule && (examples("Problem examples", rule.examples.invalid), examples("Correct examples", rule.examples.valid)), info.url && (text.push(`Documentation: ${info.url}`), md.push(`[Documentation](${info.url})`));
  let tags = ["dockerfile", ...related].slice(0, MAX_TAGS), descriptor = {
    id: info.id,
    name: ruleName(info.id),
    shortDescription: { text: info.description },
    fullDescription: { text: full }
  };
  return info.url && (descriptor.helpUri = info.url), descriptor.help = { text: text.join(`

`), markdown: md.join(`

`) }, descriptor.defaultConfiguration = defaultConfiguration(info.severity), descriptor.properties = { tags }, descriptor;
}
function itemsOf(result, ctx) {
  let path5 = displayPath(result.path, ctx.cwd), items = [];
  if (result.fatal !== void 0) {
    let p = fatalProblem(result.fatal);
    items.push({ path: path5, problem: p, fingerprint: fingerprint(p, path5, void 0) });
  }
  let fps = fingerprintAll(result, ctx.cwd), fpOf = new Map(result.problems.map((p, i) => [p, fps[i]]));
  for (let p of sortedProblems(result.problems)) items.push({ path: path5, problem: p, fingerprint: fpOf.get(p) });
  return items;
}
function informationUri(ctx) {
  let probe = "dflint-rule-id-probe";
  try {
    let url = new URL(ctx.docsUrl(probe));
    return url.hash.includes(probe) ? url.hash = "" : url.pathname.includes(probe) && (url.pathname = url.pathname.slice(0, url.pathname.lastIndexOf("/", url.pathname.indexOf(probe)) + 1), url.search = "", url.hash = ""), url.href;
  } catch {
    return;
  }
}
var sarif = (results, ctx) => {
  let items = results.flatMap((r) => itemsOf(r, ctx)), ruleIds = [...new Set(items.map((i) => i.problem.ruleId))].sort(), ruleIndex = new Map(ruleIds.map((id, i) => [id, i])), driver = { name: "dflint", version: ctx.version };
  SEMVER.test(ctx.version) && (driver.semanticVersion = ctx.version);
  let info = informationUri(ctx);
  info && (driver.informationUri = info), driver.rules = ruleIds.map((id) => describeRule(ruleInfo(id, ctx)));
  let sarifResults = items.map(({ path: path5, problem: p, fingerprint: fp }) => {
    let r = region(p);
    return {
      ruleId: p.ruleId,
      ruleIndex: ruleIndex.get(p.ruleId),
      level: LEVEL[p.severity],
      message: { text: p.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: toUri(path5), uriBaseId: "%SRCROOT%" },
            region: { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn }
          }
        }
      ],
      partialFingerprints: { [FINGERPRINT_KEY]: fp }
    };
  });
  return JSON.stringify({
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: { driver },
        // Problem columns are JavaScript string offsets.
        columnKind: "utf16CodeUnits",
        results: sarifResults
      }
    ]
  }, null, 2) + `
`;
};

// src/format/stylish.ts
var import_picocolors = __toESM(require_picocolors(), 1);
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
var stylish = (results, ctx) => {
  let c = import_picocolors.default.createColors(ctx.color), sevColor = { error: c.red, warning: c.yellow, info: c.blue }, out = [], totals = { error: 0, warning: 0, info: 0 };
  for (let result of results) {
    let problems = problemsWithFatal(result);
    if (problems.length === 0) continue;
    let counts = countSeverities(problems);
    totals.error += counts.error, totals.warning += counts.warning, totals.info += counts.info;
    let rows = problems.map((p) => ({
      line: String(p.line),
      col: String(p.column),
      severity: p.severity,
      message: singleLine(p.message),
      rule: p.ruleId === FATAL_RULE_ID ? "" : singleLine(p.ruleId)
    })), wLine = Math.max(...rows.map((r) => r.line.length)), wCol = Math.max(...rows.map((r) => r.col.length)), wSev = Math.max(...rows.map((r) => r.severity.length)), wMsg = Math.max(...rows.map((r) => r.message.length));
    out.push("", c.underline(singleLine(displayPath(result.path, ctx.cwd))));
    for (let r of rows) {
      let pos = `${r.line.padStart(wLine)}:${r.col.padEnd(wCol)}`, sev = sevColor[r.severity](r.severity.padEnd(wSev)), text = r.rule ? `${r.message.padEnd(wMsg)}  ${c.dim(r.rule)}` : r.message;
      out.push(`  ${c.dim(pos)}  ${sev}  ${text}`.trimEnd());
    }
  }
  let total = totals.error + totals.warning + totals.info;
  if (total === 0) return "";
  let summary = `\u2716 ${plural(total, "problem")} (${plural(totals.error, "error")}, ${plural(totals.warning, "warning")}, ${totals.info} info)`, colour = totals.error > 0 ? c.red : totals.warning > 0 ? c.yellow : c.blue;
  return out.push("", c.bold(colour(summary)), ""), out.join(`
`);
};

// src/format/index.ts
var formatters = {
  stylish,
  compact,
  json,
  sarif,
  github,
  gitlab,
  checkstyle,
  junit
}, formatterNames = Object.keys(formatters);
function getFormatter(name) {
  return Object.prototype.hasOwnProperty.call(formatters, name) ? formatters[name] : void 0;
}

// src/cli/args.ts
import { parseArgs } from "node:util";
var UsageError = class extends Error {
}, LINT_OPTIONS = {
  format: { type: "string", short: "f" },
  "output-file": { type: "string", short: "o" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  "fail-level": { type: "string" },
  "max-warnings": { type: "string" },
  quiet: { type: "boolean", short: "q" },
  "build-arg": { type: "string", multiple: !0 },
  config: { type: "string", short: "c" },
  "print-config": { type: "string" },
  "stdin-filename": { type: "string" },
  preset: { type: "string" },
  target: { type: "string" },
  context: { type: "string" },
  shellcheck: { type: "boolean" },
  baseline: { type: "string" },
  "write-baseline": { type: "string" },
  since: { type: "string" },
  changed: { type: "string", multiple: !0 },
  history: { type: "string" },
  "from-hadolint": { type: "boolean" },
  force: { type: "boolean" },
  version: { type: "boolean", short: "v" },
  help: { type: "boolean", short: "h" }
};
function parse(argv) {
  return parseArgs({ args: argv, options: LINT_OPTIONS, allowPositionals: !0, strict: !0 });
}
function parseCli(argv) {
  try {
    let r = parse(argv);
    return { values: r.values, positionals: r.positionals };
  } catch (err) {
    throw new UsageError(err.message.replace(/\. To specify a positional argument.*$/s, ""));
  }
}
function parseBuildArgs(list2, env) {
  let out = /* @__PURE__ */ new Map();
  for (let item of list2 ?? []) {
    let eq = item.indexOf("=");
    if (eq === 0) throw new UsageError(`--build-arg '${item}' needs a NAME`);
    if (eq === -1) {
      let v = env[item];
      v !== void 0 && out.set(item, v);
    } else out.set(item.slice(0, eq), item.slice(eq + 1));
  }
  return out;
}
var HELP = `Usage: dflint [options] [paths or globs...]
       dflint explain <rule-id>
       dflint layers [options] [Dockerfile]
       dflint init --from-hadolint

Lints Dockerfiles. With no path, finds Dockerfile, Dockerfile.*, *.Dockerfile,
*.dockerfile, Containerfile and Containerfile.* under the current folder
(honouring .gitignore). Use - to read stdin.

Options:
  -f, --format <name>       stylish (default), json, compact, sarif, github,
                            gitlab, checkstyle, junit
  -o, --output-file <file>  write the report to a file
  --color, --no-color       force colours on or off (NO_COLOR/FORCE_COLOR work too)
  --fail-level <level>      error | warning | info | none (default: warning)
  --max-warnings <n>        exit 1 when there are more than n warnings
  -q, --quiet               report errors only
  --build-arg NAME=VALUE    value for an ARG (repeatable)
  -c, --config <file>       use this .dflint.json/.dflint.yaml or .hadolint.yaml
  --print-config <file>     print the effective config for a Dockerfile
  --preset <name>           recommended (default) | strict
  --stdin-filename <path>   path to report (and to find config) for stdin
  --target <stage>          stage to build (default: the last)
  --context <dir>           build context (default: the Dockerfile's folder)
  --shellcheck              run ShellCheck on RUN scripts when installed
  --baseline <file>         hide problems recorded in a baseline
  --write-baseline <file>   record current problems as a baseline
  --since <git-ref>         only problems on lines changed since the ref
  -v, --version             print the version
  -h, --help                print this help

Exit codes: 0 clean, 1 problems at or above the fail level, 2 usage, config or I/O error.
`;

// src/cli/adoption.ts
import path3 from "node:path";

// src/cli/baseline.ts
import fs from "node:fs";
import path from "node:path";
var BASELINE_VERSION = 1, BaselineError = class extends ConfigError {
}, SPECIAL = /* @__PURE__ */ new Set(["-", "<stdin>", "<text>"]);
function absolute(result, cwd) {
  return SPECIAL.has(result.path) ? result : { ...result, path: path.resolve(cwd, result.path) };
}
function baselinePath(result, cwd, baseDir) {
  return displayPath(absolute(result, cwd).path, baseDir);
}
function createBaseline(results, cwd, baseDir) {
  let entries = [], sorted = [...results].sort((a, b) => {
    let pa = baselinePath(a, cwd, baseDir), pb = baselinePath(b, cwd, baseDir);
    return pa < pb ? -1 : pa > pb ? 1 : 0;
  });
  for (let r of sorted) {
    let p = baselinePath(r, cwd, baseDir), prints = fingerprintAll(absolute(r, cwd), baseDir), order = r.problems.map((_, i) => i).sort((a, b) => compareProblems(r.problems[a], r.problems[b]) || a - b);
    for (let i of order) {
      let problem = r.problems[i];
      entries.push({ path: p, ruleId: problem.ruleId, fingerprint: prints[i], message: problem.message });
    }
  }
  return { version: BASELINE_VERSION, tool: "dflint", entries };
}
function writeBaseline(file, baseline) {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: !0 }), fs.writeFileSync(file, JSON.stringify(baseline, null, 2) + `
`);
  } catch (err) {
    let code2 = err.code ?? err.message;
    throw new BaselineError(`cannot write baseline ${file} (${code2})`, file);
  }
}
function readBaseline(file) {
  let text;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (err) {
    let code2 = err.code ?? err.message;
    throw new BaselineError(`cannot read baseline ${file} (${code2}); create it with --write-baseline ${file}`, file);
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new BaselineError(`baseline ${file} is not valid JSON: ${err.message}`, file);
  }
  let bad = (why) => new BaselineError(`baseline ${file} is not a dflint baseline: ${why}`, file);
  if (typeof data != "object" || data === null || Array.isArray(data)) throw bad("expected an object");
  let obj = data;
  if (obj.version !== BASELINE_VERSION) throw bad(`unsupported version ${JSON.stringify(obj.version)} (expected ${BASELINE_VERSION})`);
  if (!Array.isArray(obj.entries)) throw bad("'entries' must be an array");
  let entries = obj.entries.map((e, i) => {
    let x = e;
    if (!x || typeof x.path != "string" || typeof x.ruleId != "string" || typeof x.fingerprint != "string")
      throw bad(`entry ${i} needs string 'path', 'ruleId' and 'fingerprint'`);
    return { path: x.path, ruleId: x.ruleId, fingerprint: x.fingerprint, message: typeof x.message == "string" ? x.message : "" };
  });
  return { version: BASELINE_VERSION, tool: "dflint", entries };
}
function applyBaseline(results, baseline, cwd, baseDir) {
  let remaining = /* @__PURE__ */ new Map();
  for (let e of baseline.entries) remaining.set(e.fingerprint, (remaining.get(e.fingerprint) ?? 0) + 1);
  let linted = /* @__PURE__ */ new Set(), hidden = 0;
  for (let r of results) {
    linted.add(baselinePath(r, cwd, baseDir));
    let prints = fingerprintAll(absolute(r, cwd), baseDir), keep = r.problems.filter((_, i) => {
      let n = remaining.get(prints[i]) ?? 0;
      return n === 0 ? !0 : (remaining.set(prints[i], n - 1), hidden++, !1);
    });
    r.problems = keep;
  }
  let stale = [];
  for (let e of baseline.entries) {
    let n = remaining.get(e.fingerprint) ?? 0;
    n > 0 && linted.has(e.path) && (stale.push(e), remaining.set(e.fingerprint, n - 1));
  }
  return { hidden, stale };
}

// src/cli/since.ts
import { spawnSync } from "node:child_process";
import path2 from "node:path";
var GitRefError = class extends Error {
};
function git(args, cwd) {
  let r = spawnSync("git", args, { cwd, encoding: "utf8", maxBuffer: 268435456 });
  return { ok: r.status === 0, stdout: r.stdout ?? "", stderr: (r.stderr ?? "") + (r.error ? String(r.error.message) : "") };
}
function gitTopLevel(dir) {
  let r = git(["rev-parse", "--show-toplevel"], dir);
  return r.ok ? r.stdout.trim() : null;
}
function parseUnifiedDiff(diff) {
  let out = { all: !1, lines: /* @__PURE__ */ new Set(), deletions: /* @__PURE__ */ new Set() };
  for (let m of diff.matchAll(/^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/gm)) {
    let oldCount = m[1] === void 0 ? 1 : Number(m[1]), start = Number(m[2]), count = m[3] === void 0 ? 1 : Number(m[3]);
    if (count === 0) {
      oldCount > 0 && out.deletions.add(start);
      continue;
    }
    for (let l = start; l < start + count; l++) out.lines.add(l);
  }
  return out;
}
function touches(problem, changed) {
  if (changed.all) return !0;
  let first = Math.max(1, problem.line), last = Math.max(first, problem.endLine);
  for (let l = first; l <= last; l++) if (changed.lines.has(l)) return !0;
  for (let l = first; l < last; l++) if (changed.deletions.has(l)) return !0;
  return !1;
}
function changedLinesSince(file, ref, verified = /* @__PURE__ */ new Map()) {
  let dir = path2.dirname(file), top = gitTopLevel(dir);
  if (top === null) return null;
  if (!verified.has(top)) {
    let ok = git(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`], top).ok;
    verified.set(top, ok);
  }
  if (!verified.get(top)) throw new GitRefError(`--since: '${ref}' is not a commit in the git repository ${top}`);
  let name = path2.basename(file);
  if (!git(["ls-files", "--error-unmatch", "--", name], dir).ok) return { all: !0, lines: /* @__PURE__ */ new Set(), deletions: /* @__PURE__ */ new Set() };
  let diff = git(["-c", "core.quotePath=false", "diff", "-U0", "--no-color", "--no-ext-diff", "--no-renames", "--text", ref, "--", name], dir);
  if (!diff.ok) throw new GitRefError(`--since: git diff against '${ref}' failed in ${top}: ${diff.stderr.trim()}`);
  return parseUnifiedDiff(diff.stdout);
}
function filterSince(results, ref, cwd, fromStdin = /* @__PURE__ */ new Set()) {
  let warnings = [], verified = /* @__PURE__ */ new Map();
  for (let r of results) {
    if (fromStdin.has(r) || r.path === "-" || r.path.startsWith("<")) {
      warnings.push(`--since: ${r.path} was read from stdin; its problems are not filtered`);
      continue;
    }
    let abs = path2.resolve(cwd, r.path), changed = changedLinesSince(abs, ref, verified);
    if (changed === null) {
      warnings.push(`--since: ${r.path} is not in a git repository; its problems are not filtered`);
      continue;
    }
    r.problems = r.problems.filter((p) => touches(p, changed));
  }
  return warnings;
}

// src/cli/adoption.ts
var STALE_LISTED = 20;
function applyAdoption(results, opts, cwd) {
  let notes = [];
  if (opts.writeBaseline) {
    let file = path3.resolve(cwd, opts.writeBaseline), baseline = createBaseline(results, cwd, path3.dirname(file));
    writeBaseline(file, baseline);
    let n = baseline.entries.length;
    notes.push(`dflint: wrote ${n} ${n === 1 ? "problem" : "problems"} to baseline ${opts.writeBaseline}`);
    for (let r of results) r.problems = [];
  }
  if (opts.baseline) {
    let file = path3.resolve(cwd, opts.baseline), { stale } = applyBaseline(results, readBaseline(file), cwd, path3.dirname(file));
    if (stale.length > 0) {
      let what = stale.length === 1 ? "1 baseline entry no longer occurs" : `${stale.length} baseline entries no longer occur`;
      notes.push(`dflint: ${what} (fixed, or the instruction changed); refresh ${opts.baseline} with --write-baseline:`);
      for (let e of stale.slice(0, STALE_LISTED)) notes.push(`  ${e.path}: ${e.ruleId}: ${oneLine(e.message)}`);
      stale.length > STALE_LISTED && notes.push(`  ... and ${stale.length - STALE_LISTED} more`);
    }
  }
  if (opts.since)
    try {
      for (let w of filterSince(results, opts.since, cwd, opts.fromStdin)) notes.push(`dflint: warning: ${w}`);
    } catch (err) {
      throw err instanceof GitRefError ? new UsageError(err.message) : err;
    }
  return notes;
}
function oneLine(s) {
  let t = s.replace(/\s+/g, " ").trim();
  return t.length > 160 ? t.slice(0, 157) + "..." : t;
}

// src/cli/explain.ts
function explainRule(id, rules2) {
  let rule = rules2.find((r) => r.id === id) ?? rules2.find((r) => r.related.some((c) => c.split(":")[1]?.toLowerCase() === id.toLowerCase()));
  if (!rule) return null;
  let lines = [];
  lines.push(`${rule.id}: ${rule.description}`, ""), lines.push(`Default severity: ${rule.severity}${rule.strict && rule.strict !== rule.severity ? ` (strict preset: ${rule.strict})` : ""}`), rule.related.length && lines.push(`Related: ${rule.related.join(", ")}`), rule.fixable && lines.push("Fixable: yes"), rule.differs && lines.push(`Differs from hadolint/BuildKit: ${rule.differs}`);
  let opts = Object.entries(rule.options);
  if (opts.length) {
    lines.push("", "Options:");
    for (let [k, o] of opts) lines.push(`  ${k}: ${o.description} (default: ${JSON.stringify(o.default)})`);
  }
  lines.push("", "Problems it reports:");
  for (let m of Object.values(rule.messages)) lines.push(`  - ${m}`);
  let block = (title, items) => {
    if (items.length) {
      lines.push("", title);
      for (let ex of items) {
        lines.push("  ---");
        for (let l of ex.split(`
`)) lines.push(`  ${l}`);
      }
    }
  };
  return block("Reported:", rule.examples.invalid), block("Fine:", rule.examples.valid), lines.join(`
`) + `
`;
}

// src/cli/meta.ts
var VERSION = "0.1.0", REPO_URL = "https://github.com/dflint/dflint";
function docsUrl(ruleId) {
  return `${REPO_URL}/blob/main/README.md#${ruleId.replace(/[^a-z0-9-]/g, "")}`;
}

// src/cli/main.ts
var FAIL_LEVELS = ["error", "warning", "info", "none"];
async function run(io) {
  try {
    return await runUnsafe(io);
  } catch (err) {
    return err instanceof UsageError ? (io.stderr(`dflint: ${err.message}
Run 'dflint --help' for usage.
`), 2) : err instanceof ConfigError ? (io.stderr(`dflint: ${err.message}
`), 2) : (io.stderr(`dflint: unexpected error: ${err?.message ?? String(err)}
`), 2);
  }
}
async function runUnsafe(io) {
  let [first, ...rest] = io.argv;
  if (first === "explain") return explainCommand(rest, io);
  let { values, positionals: positionals2 } = parseCli(io.argv);
  if (values.help)
    return io.stdout(HELP), 0;
  if (values.version)
    return io.stdout(`${VERSION}
`), 0;
  let preset = readPreset(values), buildArgs = parseBuildArgs(values["build-arg"], io.env), loaded = { module: null }, needsLoader = async (file) => ((values.config || hasConfigFile(path4.dirname(file))) && (loaded.module ??= await import("./chunks/load-F7ANLCKI.mjs")), loaded.module), configFor = async (file) => {
    let loader = await needsLoader(file);
    if (!loader) {
      let c = defaultConfig(rules, preset);
      return c.settings.contextDir = path4.dirname(file), c;
    }
    return loader.resolveConfig(file, { configPath: values.config ? path4.resolve(io.cwd, values.config) : void 0, preset, rules });
  };
  if (values["print-config"])
    return io.stdout(printConfig(await configFor(path4.resolve(io.cwd, values["print-config"]))) + `
`), 0;
  let formatName = values.format ?? "stylish", formatter = getFormatter(formatName);
  if (!formatter) throw new UsageError(`unknown format '${formatName}'`);
  let failLevelFlag = values["fail-level"];
  if (failLevelFlag !== void 0 && !FAIL_LEVELS.includes(failLevelFlag))
    throw new UsageError(`--fail-level must be one of ${FAIL_LEVELS.join(", ")}`);
  let maxWarnings = null;
  if (values["max-warnings"] !== void 0 && (maxWarnings = Number(values["max-warnings"]), !Number.isInteger(maxWarnings) || maxWarnings < 0))
    throw new UsageError("--max-warnings needs a whole number");
  let { targets, missing } = await findTargets(positionals2, io.cwd), ioError = missing.length > 0;
  for (let m of missing) io.stderr(`dflint: ${m}: no such file or directory
`);
  if (positionals2.length === 0 && targets.length === 0) {
    let sample = samplePath();
    io.stderr(`dflint: no Dockerfile found under ${io.cwd}; linting the sample ${path4.relative(io.cwd, sample) || sample}
`), targets.push({ path: sample, explicit: !0 });
  }
  let results = [], fromStdin = /* @__PURE__ */ new Set(), failLevels = [];
  for (let t of targets) {
    let display = t.path === "-" ? values["stdin-filename"] ?? "<stdin>" : path4.relative(io.cwd, t.path) || t.path, configPathFile = t.path === "-" ? path4.resolve(io.cwd, values["stdin-filename"] ?? "Dockerfile") : t.path, config;
    try {
      config = await configFor(configPathFile);
    } catch (err) {
      if (err instanceof ConfigError)
        return io.stderr(`dflint: ${err.message}
`), 2;
      throw err;
    }
    if (!t.explicit && loaded.module?.isIgnoredFile(configPathFile, config)) continue;
    let text;
    try {
      text = t.path === "-" ? io.readStdin() : fs2.readFileSync(t.path, "utf8");
    } catch (err) {
      ioError = !0;
      let code2 = err.code;
      results.push({ path: display, problems: [], fatal: `cannot read file (${code2 ?? err.message})` });
      continue;
    }
    values.shellcheck && (config.settings.shellcheck = !0), values.context ? config.settings.contextDir = path4.resolve(io.cwd, values.context) : t.path === "-" && !values["stdin-filename"] && (config.settings.contextDir = null);
    let result = lintText(text, { path: display, config, rules, buildArgs, target: values.target });
    result.fatal && (ioError = !0), values.quiet && (result.problems = result.problems.filter((p) => p.severity === "error")), results.push(result), t.path === "-" && fromStdin.add(result), failLevels.push(config.failLevel ?? "warning");
  }
  let adoption = { baseline: values.baseline, writeBaseline: values["write-baseline"], since: values.since, fromStdin };
  for (let note of applyAdoption(results, adoption, io.cwd)) io.stderr(note + `
`);
  let output = formatter(results, {
    rules: new Map(rules.map((r) => [r.id, r])),
    color: useColor(values, io),
    cwd: io.cwd,
    version: VERSION,
    docsUrl
  });
  values["output-file"] ? fs2.writeFileSync(path4.resolve(io.cwd, values["output-file"]), output) : output && io.stdout(output.endsWith(`
`) ? output : output + `
`);
  let failed = !1, warnings = 0;
  return results.forEach((r, i) => {
    let level = failLevelFlag ?? failLevels[i] ?? "warning";
    for (let p of r.problems)
      p.severity === "warning" && warnings++, level !== "none" && SEVERITY_RANK[p.severity] >= SEVERITY_RANK[level] && (failed = !0);
  }), maxWarnings !== null && warnings > maxWarnings && (failed = !0), ioError ? 2 : failed ? 1 : 0;
}
async function findTargets(operands, cwd) {
  let direct = [];
  for (let op of operands) {
    if (op === "-") {
      direct.push({ path: "-", explicit: !0 });
      continue;
    }
    let abs = path4.resolve(cwd, op), isFile = !1;
    try {
      isFile = fs2.statSync(abs).isFile();
    } catch {
      isFile = !1;
    }
    if (!isFile) return (await import("./chunks/discover-CTOD76SP.mjs")).resolveTargets(operands, cwd);
    direct.push({ path: abs, explicit: !0 });
  }
  if (operands.length === 0) return (await import("./chunks/discover-CTOD76SP.mjs")).resolveTargets(operands, cwd);
  let seen = /* @__PURE__ */ new Set();
  return { targets: direct.filter((t) => t.path === "-" || !seen.has(t.path) && seen.add(t.path)), missing: [] };
}
function readPreset(values) {
  let p = values.preset;
  if (p !== void 0) {
    if (p !== "recommended" && p !== "strict") throw new UsageError(`unknown preset '${p}' (use recommended or strict)`);
    return p;
  }
}
function useColor(values, io) {
  return values["no-color"] ? !1 : values.color ? !0 : io.env.NO_COLOR !== void 0 && io.env.NO_COLOR !== "" ? !1 : io.env.FORCE_COLOR !== void 0 ? io.env.FORCE_COLOR !== "0" && io.env.FORCE_COLOR !== "false" : io.isTTY;
}
function explainCommand(args, io) {
  let id = args[0];
  if (!id) throw new UsageError("explain needs a rule id, e.g. 'dflint explain from-image-pinned'");
  let text = explainRule(id, rules);
  return text === null ? (io.stderr(`dflint: unknown rule '${id}'
`), 2) : (io.stdout(text), 0);
}
function samplePath() {
  let here = path4.dirname(new URL(import.meta.url).pathname);
  return path4.resolve(here, "..", "fixtures", "sample", "Dockerfile");
}

// src/cli/bin.ts
var code = await run({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readStdin: () => fs3.readFileSync(0, "utf8"),
  isTTY: !!process.stdout.isTTY
});
process.exitCode = code;
