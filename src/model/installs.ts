// Recognises dependency installs in RUN commands and the manifests they read,
// for layer-ordering advice (copy manifests, install, then copy the source).
import type { ShellWord, SimpleCommand } from "./types";

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

function words(cmd: SimpleCommand): string[] {
  return cmd.words.map((w) => w.expanded ?? w.value);
}

/** Positional arguments (not flags) after index `from`; `valueFlags` take a separate value. */
export function positionals(argv: string[], from: number, valueFlags: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  for (let i = from; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") {
      out.push(...argv.slice(i + 1));
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

const PIP_VALUE_FLAGS = new Set(["-r", "--requirement", "-c", "--constraint", "-i", "--index-url", "--extra-index-url", "-f", "--find-links", "-t", "--target", "--prefix", "--root", "--src", "--trusted-host", "--platform", "--python-version", "--implementation", "--abi", "--progress-bar", "--cache-dir", "--timeout", "--retries", "--log", "--proxy", "--only-binary", "--no-binary", "--upgrade-strategy", "-e", "--editable", "--report", "--config-settings", "-C", "--python"]);

function pipRequirementFiles(argv: string[], from: number): string[] {
  const files: string[] = [];
  for (let i = from; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "-r" || a === "--requirement") {
      if (argv[i + 1]) files.push(argv[++i]!);
    } else if (a.startsWith("--requirement=")) files.push(a.slice(14));
    else if (a.startsWith("-r") && a.length > 2) files.push(a.slice(2));
  }
  return files;
}

function baseName(p: string): string {
  const i = p.lastIndexOf("/");
  return i === -1 ? p : p.slice(i + 1);
}

/** Index of the pip subcommand when the command is pip (`pip`, `pip3.12`, `python -m pip`, `uv pip`), else -1. */
function pipAt(argv: string[], name: string): number {
  if (/^pip(\d+(\.\d+)?)?$/.test(name)) return 1;
  if (/^python(\d+(\.\d+)?)?$/.test(name)) {
    const m = argv.indexOf("-m");
    if (m !== -1 && argv[m + 1] === "pip") return m + 2;
  }
  if (name === "uv" && argv[1] === "pip") return 2;
  return -1;
}

export function detectInstall(cmd: SimpleCommand): DependencyInstall | null {
  const argv = words(cmd);
  const name = cmd.name;
  const mk = (ecosystem: string, manifests: string[], build = false): DependencyInstall => ({
    ecosystem,
    manifests,
    display: argv.slice(0, Math.min(argv.length, 4)).join(" "),
    build,
    command: cmd,
  });
  const pip = pipAt(argv, name);
  if (pip !== -1) {
    if (argv[pip] !== "install") return null;
    const files = pipRequirementFiles(argv, pip + 1);
    if (files.length) return mk("pip", files.map((f) => (f.startsWith("/") ? baseName(f) : f.replace(/^\.\//, ""))));
    const pos = positionals(argv, pip + 1, PIP_VALUE_FLAGS);
    const editable = argv.some((a, i) => (a === "-e" || a === "--editable") && (argv[i + 1] === "." || argv[i + 1] === "./"));
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
      if (argv[1] === "mod" && argv[2] === "download") return mk("go", ["go.mod", "go.sum"]);
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
    case "dotnet":
      if (argv[1] === "restore") return mk("dotnet", ["*.csproj", "*.sln"]);
      if (argv[1] === "publish" || argv[1] === "build") return mk("dotnet", ["*.csproj", "*.sln"], true);
      return null;
  }
  return null;
}

/** True for words that name a file or glob matching one of the manifests. */
export function isManifestSource(source: string, manifests: readonly string[]): boolean {
  const b = baseName(source.replace(/\/+$/, ""));
  return manifests.some((m) => {
    if (m.startsWith("*")) return b.endsWith(m.slice(1)) || b.includes("*");
    return b === m || globMatch(b, m);
  });
}

function globMatch(pattern: string, name: string): boolean {
  if (!/[*?[]/.test(pattern)) return false;
  const re = new RegExp("^" + pattern.replace(/[.+^${}()|\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".") + "$");
  return re.test(name);
}

export type { ShellWord };
