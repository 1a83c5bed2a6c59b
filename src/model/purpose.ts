// What the shipped image is for, judged from the command it starts and its service metadata.
// Rules about the runtime (a health check, the user it runs as) ask this one question instead
// of guessing each on their own: a base image whose command is a shell is not a service to
// probe, and an init system has to start as root.
import { baseName } from "./paths";
import { shippedChain } from "./shipped";
import type { Instruction, Model, Stage } from "./types";

export type ImagePurpose =
  /** An init system (systemd, /sbin/init, s6-overlay's /init): it manages services and needs root. */
  | "init"
  /** Something marks a service: EXPOSE, or a HEALTHCHECK probe. */
  | "service"
  /** A base or runtime image: its command is a shell or an interpreter's REPL (php -a, irb, jshell,
   * python3), or an entrypoint wrapper with no command to run, or it sets none and its base is such an
   * image. Users build on it or pass their own command. */
  | "base"
  /** A build tool run in the user's mounted project (CMD ["mvn"], CMD ["gradle"]): nothing to probe, and
   * root by design of the official images, so that it can write to any mounted workspace. */
  | "build-tool"
  | "unknown";

export interface ShippedCommand {
  purpose: ImagePurpose;
  /** Words of the program the container starts (wrappers such as tini or docker-entrypoint.sh removed), or null when not known. */
  argv: string[] | null;
}

const SHELLS = new Set(["sh", "bash", "ash", "dash", "zsh", "ksh", "mksh", "fish", "tcsh", "csh", "pwsh", "powershell", "cmd"]);
/** Interpreters that start a REPL (or read a script from stdin) when given no script. */
const INTERPRETERS =
  /^(python|pypy|ipython)(\d+(\.\d+)*)?$|^(node|nodejs|irb|ruby|jshell|php|ghci|erl|iex|julia|r|perl(\d+(\.\d+)*)?|lua(jit)?(\d+(\.\d+)*)?|swift|groovysh|scala|clj|clojure|sbcl|racket|guile|ocaml|deno|bun)$/;
/** Options after which the next word is a script, module or expression, not a REPL option. */
const RUNS_SOMETHING = new Set(["-c", "-m", "-e", "-r", "-f", "-jar", "--eval", "--require", "-command", "-file", "/c", "/k", "run", "repl"]);
/** Programs that only prepare the container, then exec their arguments (or CMD). */
// __cacert_entrypoint.sh: eclipse-temurin's, which adds CA certificates; mvn-entrypoint.sh: maven's, which copies settings.
const WRAPPER = /^(tini(-static)?|dumb-init|docker-[a-z0-9-]*entrypoint(\.sh)?|__cacert_entrypoint\.sh|mvn-entrypoint\.sh)$/;
/** Build tools that, given no task, build the project in the working directory. */
const BUILD_TOOLS = new Set(["mvn", "gradle", "ant", "sbt", "bazel", "bazelisk"]);
const INIT = /^(init|systemd)$/;
/**
 * Base images whose own command is a shell or a REPL (operating systems and language runtimes),
 * by last path component; variants that start a server (php's fpm/apache tags) are not.
 */
const SHELL_BASES =
  /^(ubuntu|debian|alpine|busybox|centos|fedora|rockylinux|almalinux|oraclelinux|amazonlinux|archlinux|photon|clearlinux|mageia|leap|tumbleweed|ubi\d*|ubi\d*-minimal|ubi-minimal|ubi-micro|servercore|nanoserver|buildpack-deps|python|pypy|node|ruby|php|openjdk|eclipse-temurin|amazoncorretto|ibm-semeru-runtimes|sapmachine|golang|rust|gcc|perl|erlang|elixir|haskell|julia|r-base|swift|clojure|groovy)$/;
/** Namespaces of the official images and their mirrors (an image of another namespace may start anything). */
const OFFICIAL_NAMESPACES = /^((docker\/|mirror\/docker\/)?library|amd64|arm32v[5-7]|arm64v8|i386|ppc64le|riscv64|s390x|libpod|redhat|centos|amazonlinux|opensuse|fedora|windows|ubi\d+)$/;
/** The same by whole path, where the last component alone says too little. */
const SHELL_BASE_PATHS = /^(windows|windows\/server|cbl-mariner\/base\/core|azurelinux\/base\/core|dotnet\/(runtime-deps|runtime|aspnet|sdk))$/;

function programName(word: string): string {
  return baseName(word).toLowerCase().replace(/\.exe$/, "");
}

/** Words of a CMD/ENTRYPOINT: the JSON array, or the shell-form words after variable expansion (null when unknown). */
function commandWords(model: Model, ins: Instruction): string[] | null {
  if (ins.json) return ins.json.values;
  const words: string[] = [];
  for (const w of ins.args) {
    const r = model.expand(w.raw, ins.scope);
    if (r.unresolved || r.undefinedNames.length) return words.length ? words : null;
    words.push(...r.value.split(/\s+/).filter(Boolean));
  }
  return words;
}

/** Drops wrappers (`tini --`, `docker-entrypoint.sh`) and a leading `exec`; an empty result means "the wrapper runs CMD". */
function unwrap(argv: string[]): string[] {
  let rest = argv;
  for (;;) {
    if (rest[0] === "exec") rest = rest.slice(1);
    else if (rest.length && WRAPPER.test(programName(rest[0]!))) {
      rest = rest.slice(1);
      while (rest.length && rest[0]!.startsWith("-")) rest = rest.slice(1); // tini -s --, dumb-init --single-child
    } else return rest;
  }
}

/** Tools whose subcommand opens a REPL (the clojure image's CMD ["lein", "repl"]). */
const REPL_SUBCOMMANDS: Record<string, string> = { lein: "repl" };

/** A shell with no script or an interpreter with no script: the container opens a prompt. */
function isPrompt(argv: readonly string[]): boolean {
  if (!argv.length) return false;
  const name = programName(argv[0]!);
  if (REPL_SUBCOMMANDS[name] !== undefined) return argv[1] === REPL_SUBCOMMANDS[name] && argv.slice(2).every((a) => a.startsWith("-"));
  if (!SHELLS.has(name) && !INTERPRETERS.test(name)) return false;
  if (name === "cmd" && argv[0]!.includes("/")) return false; // Windows' cmd, not /some/path/cmd
  return argv.slice(1).every((a) => (a.startsWith("-") || (name === "cmd" && a.startsWith("/"))) && !RUNS_SOMETHING.has(a.toLowerCase()) && !/^-[a-z]*c$/i.test(a));
}

/** `sh -c "exec gunicorn app"` -> the words of the script (split on blanks), else null. */
function shellScript(argv: readonly string[]): string[] | null {
  if (argv.length < 3 || !SHELLS.has(programName(argv[0]!))) return null;
  const c = argv.findIndex((a, i) => i > 0 && /^-[a-z]*c$/i.test(a));
  if (c < 0 || c + 1 >= argv.length) return null;
  return argv[c + 1]!.split(/\s+/).filter(Boolean);
}

function lastOf(chain: Stage[], keyword: string): Instruction | null {
  for (const stage of chain)
    for (let i = stage.instructions.length - 1; i >= 0; i--) if (stage.instructions[i]!.keyword === keyword) return stage.instructions[i]!;
  return null;
}

function classify(argv: string[]): ImagePurpose | null {
  const script = shellScript(argv);
  const program = unwrap(script ?? argv);
  if (!program.length) return "base"; // only a wrapper (docker-entrypoint.sh) and no CMD: the user gives the command
  if (INIT.test(programName(program[0]!))) return "init";
  if (isPrompt(program)) return "base";
  if (BUILD_TOOLS.has(programName(program[0]!)) && program.slice(1).every((a) => a.startsWith("-"))) return "build-tool";
  return null;
}

/** What the shipped image (the build target and the stages it inherits from) is for. */
export function shippedCommand(model: Model): ShippedCommand {
  const chain = shippedChain(model);
  if (!chain.length) return { purpose: "unknown", argv: null };
  const entry = lastOf(chain, "ENTRYPOINT");
  let cmd = lastOf(chain, "CMD");
  // An ENTRYPOINT clears a CMD set before it in an earlier stage (BuildKit keeps one set in the same stage).
  if (entry && cmd && cmd.index < entry.index && cmd.stage !== entry.stage) cmd = null;
  const entryWords = entry ? commandWords(model, entry) : null;
  const cmdWords = cmd ? commandWords(model, cmd) : null;
  const service = chain.some((s) =>
    s.instructions.some((i) => i.keyword === "EXPOSE" || (i.keyword === "HEALTHCHECK" && i.args[0]?.value.toUpperCase() !== "NONE")),
  );
  // Shell-form ENTRYPOINT ignores CMD; an exec-form one whose words are only a wrapper runs CMD.
  const unwrappedEntry = entryWords ? unwrap(entryWords) : null;
  let argv: string[] | null;
  if (entry && (!entry.json || (unwrappedEntry && unwrappedEntry.length))) argv = entryWords;
  else argv = cmdWords ?? (entry ? [] : null);
  if (argv) {
    const kind = classify(argv);
    if (kind === "init") return { purpose: "init", argv };
    if (service) return { purpose: "service", argv };
    return { purpose: kind ?? "unknown", argv };
  }
  if (service) return { purpose: "service", argv: null };
  if (entry || cmd) return { purpose: "unknown", argv: null };
  // No command in the file: the base image's own command runs.
  const base = chain[chain.length - 1]!.image;
  if (base.stage || base.unresolved || base.isScratch || !base.expanded) return { purpose: "unknown", argv: null };
  const path = base.path.toLowerCase();
  const slash = path.lastIndexOf("/");
  const name = path.slice(slash + 1);
  const official = slash < 0 || OFFICIAL_NAMESPACES.test(path.slice(0, slash));
  const serverTag = /(^|[-.])(fpm|apache|nginx|server)([-.]|$)/i.test(base.tag ?? "");
  const shellBase = (official && SHELL_BASES.test(name)) || SHELL_BASE_PATHS.test(path);
  return { purpose: shellBase && !serverTag ? "base" : "unknown", argv: null };
}
