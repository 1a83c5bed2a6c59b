// Recognises dependency installs in RUN commands and the manifests they read,
// for layer-ordering advice (copy manifests, install, then copy the source).
import { wordTexts } from "./commands";
import { baseName, trimEndOf } from "./paths";
import { PIP_VALUE_OPTIONS, pipInstall } from "./pip";
import { shellGlobToRegExp } from "./shell-glob";
import type { Scope, ShellWord, SimpleCommand } from "./types";

export interface DependencyInstall {
  ecosystem: string;
  /** Manifest files whose early copy would let this step be cached. */
  manifests: string[];
  /** Short human form of the command, e.g. `pip install -r requirements.txt`. */
  display: string;
  /** True for build commands that fetch dependencies as a side effect (go build, cargo build, mvn package). */
  build: boolean;
  command: SimpleCommand;
}

/** Positional arguments (not flags) after index `from`; `valueFlags` take a separate value. */
export function positionals(argv: string[], from: number, valueFlags: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  for (let i = from; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") {
      for (let j = i + 1; j < argv.length; j++) out.push(argv[j]!);
      break;
    }
    if (a.startsWith("-") && a.length > 1) {
      if (!a.includes("=") && valueFlags.has(a)) i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/** Arguments after `install` of a pip install (pip, pip3.12, `python -m pip`, via pip.ts), or of `uv pip install`. */
function pipInstallArgs(cmd: SimpleCommand, argv: string[]): string[] | null {
  if (cmd.name === "uv") return argv[1] === "pip" && argv[2] === "install" ? argv.slice(3) : null;
  const pip = pipInstall(cmd);
  return pip && pip.tool === "pip" ? pip.args.map((a) => a.text) : null;
}

function pipRequirementFiles(args: string[]): string[] {
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "-r" || a === "--requirement") {
      if (args[i + 1]) files.push(args[++i]!);
    } else if (a.startsWith("--requirement=")) files.push(a.slice(14));
    else if (a.startsWith("-r") && a.length > 2) files.push(a.slice(2));
  }
  return files;
}

/** Value of an environment switch for this command: its own `NAME=value` prefix, else ARG/ENV in scope. */
export function envValue(cmd: SimpleCommand, scope: Scope | undefined, name: string): string | undefined {
  for (const a of cmd.assignments) {
    const v = a.expanded ?? a.value;
    if (v.startsWith(name + "=")) return v.slice(name.length + 1);
  }
  return scope?.get(name)?.value;
}

/** The dependency install (or dependency-fetching build) a command runs, if any; `scope` gives ARG/ENV switches such as GO111MODULE. */
export function detectInstall(cmd: SimpleCommand, scope?: Scope): DependencyInstall | null {
  const argv = wordTexts(cmd);
  const name = cmd.name;
  const mk = (ecosystem: string, manifests: string[], build = false): DependencyInstall => ({
    ecosystem,
    manifests,
    display: argv.slice(0, Math.min(argv.length, 4)).join(" "),
    build,
    command: cmd,
  });
  const pipArgs = pipInstallArgs(cmd, argv);
  if (pipArgs) {
    const files = pipRequirementFiles(pipArgs);
    if (files.length) return mk("pip", files.map((f) => (f.startsWith("/") ? baseName(f) : f.replace(/^\.\//, ""))));
    const pos = positionals(pipArgs, 0, PIP_VALUE_OPTIONS);
    const editable = pipArgs.some((a, i) => (a === "-e" || a === "--editable") && (pipArgs[i + 1] === "." || pipArgs[i + 1] === "./"));
    if (pos.includes(".") || pos.includes("./") || editable) return mk("pip", ["pyproject.toml", "setup.py", "setup.cfg"]);
    return null;
  }
  switch (name) {
    case "poetry":
      return argv[1] === "install" ? mk("poetry", ["pyproject.toml", "poetry.lock"]) : null;
    case "pipenv":
      return argv[1] === "install" || argv[1] === "sync" ? mk("pipenv", ["Pipfile", "Pipfile.lock"]) : null;
    case "uv":
      return argv[1] === "sync" ? mk("uv", ["pyproject.toml", "uv.lock"]) : null;
    case "npm": {
      const sub = argv[1];
      if (sub === "ci" || sub === "clean-install") return mk("npm", ["package.json", "package-lock.json"]);
      if (sub === "install" || sub === "i" || sub === "add") {
        if (argv.includes("-g") || argv.includes("--global")) return null;
        return positionals(argv, 2).length === 0 ? mk("npm", ["package.json", "package-lock.json"]) : null;
      }
      return null;
    }
    case "yarn": {
      const sub = argv.slice(1).find((a) => !a.startsWith("-"));
      if (sub === undefined || sub === "install") return mk("yarn", ["package.json", "yarn.lock"]);
      return null;
    }
    case "pnpm": {
      const sub = argv[1];
      if (sub === "install" || sub === "i") return positionals(argv, 2).length === 0 ? mk("pnpm", ["package.json", "pnpm-lock.yaml"]) : null;
      return null;
    }
    case "bundle":
    case "bundler":
      return argv[1] === "install" || argv.length === 1 ? mk("bundler", ["Gemfile", "Gemfile.lock"]) : null;
    case "composer":
      return argv[1] === "install" ? mk("composer", ["composer.json", "composer.lock"]) : null;
    case "go":
      // GOPATH mode (GO111MODULE=off) reads no go.mod and downloads nothing.
      if (envValue(cmd, scope, "GO111MODULE") === "off") return null;
      if (argv[1] === "mod" && argv[2] === "download") return mk("go", ["go.mod", "go.sum"]);
      if (argv[1] === "get") {
        // `go get -d ./...`: the module's own dependencies; `go get pkg` fetches one named package.
        const pos = positionals(argv, 2);
        return pos.length === 0 || pos.every((p) => p === "." || p.startsWith("./")) ? mk("go", ["go.mod", "go.sum"]) : null;
      }
      if (argv[1] === "build" || argv[1] === "install" || argv[1] === "test") {
        // `go install pkg@version` fetches a tool, not the module's dependencies.
        if (argv.slice(2).some((a) => a.includes("@"))) return null;
        return mk("go", ["go.mod", "go.sum"], true);
      }
      return null;
    case "cargo":
      if (argv[1] === "fetch") return mk("cargo", ["Cargo.toml", "Cargo.lock"]);
      if (argv[1] === "build" || argv[1] === "install" && argv.includes("--path")) return mk("cargo", ["Cargo.toml", "Cargo.lock"], true);
      return null;
    case "mvn":
    case "mvnw": {
      const goals = positionals(argv, 1, new Set(["-f", "--file", "-s", "--settings", "-P", "-pl", "-D"]));
      if (goals.some((g) => g.startsWith("dependency:"))) return mk("maven", ["pom.xml"]);
      if (goals.some((g) => ["package", "install", "verify", "compile", "test"].includes(g))) return mk("maven", ["pom.xml"], true);
      return null;
    }
    case "gradle":
    case "gradlew": {
      const tasks = positionals(argv, 1);
      if (tasks.some((t) => /^(build|assemble|bootJar|jar|installDist|shadowJar|dependencies)$/.test(t)))
        return mk("gradle", ["build.gradle", "settings.gradle", "gradle.properties"], !tasks.includes("dependencies"));
      return null;
    }
    case "nuget":
    case "nuget.exe":
      return argv[1]?.toLowerCase() === "restore" ? mk("dotnet", ["packages.config", "*.csproj", "*.sln"]) : null;
    case "mix":
      return argv[1] === "deps.get" ? mk("mix", ["mix.exs", "mix.lock"]) : null;
    case "dotnet":
      if (argv[1] === "restore") return mk("dotnet", ["*.csproj", "*.sln"]);
      if (argv[1] === "publish" || argv[1] === "build") return mk("dotnet", ["*.csproj", "*.sln"], true);
      return null;
  }
  return null;
}

/** True for words that name a file or glob matching one of the manifests. */
export function isManifestSource(source: string, manifests: readonly string[]): boolean {
  const b = baseName(trimEndOf(source, "/"));
  return manifests.some((m) => {
    if (m.startsWith("*")) return b.endsWith(m.slice(1)) || b.includes("*");
    return b === m || globMatch(b, m);
  });
}

function globMatch(pattern: string, name: string): boolean {
  return /[*?[]/.test(pattern) && shellGlobToRegExp(pattern).test(name);
}

export type { ShellWord };
