// The build-context guard: which context files each COPY/ADD of the shipped
// stages (the target and its FROM-stage ancestors) writes into the image,
// after .dockerignore, with the path each one gets in the image; which of them
// look like secrets; which are big; and which .dockerignore patterns match
// nothing. Secret values are never read beyond a short head of files whose
// name already suggests a secret, and never returned.
import { closeSync, openSync, readSync } from "node:fs";
import { join, posix } from "node:path";
import type { BuildContext, ContextFile } from "./context";
import { contextRelative } from "./dockerignore";
import { copiesFromContext, copyParts } from "../model/copy";
import { shippedChain } from "../model/shipped";
import { workdirBefore } from "../model/workdir";
import type { Instruction, Model } from "../model/types";

export interface BakedFile {
  /** Path in the build context. */
  path: string;
  /** Path it gets in the image. */
  dest: string;
  size: number;
}

export interface SecretFile {
  path: string;
  dest: string;
  /** What it looks like, in words ("private key", "environment file", ...): never the value. */
  kind: string;
}

export interface BakedStep {
  instruction: Instruction;
  line: number;
  files: BakedFile[];
  secrets: SecretFile[];
  big: BakedFile[];
  /** ADD of a local archive: unpacked, so the image gets its contents, not the listed file. */
  unpacked: string[];
}

export interface UnusedPattern {
  pattern: string;
  line: number;
  negate: boolean;
}

export interface BakedReport {
  steps: BakedStep[];
  /** .dockerignore patterns that match no path in the context. */
  unusedPatterns: UnusedPattern[];
  ignoreFile: string | null;
}

export const DEFAULT_BIG_FILE = 10 * 1024 * 1024;

const ARCHIVE = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst)$/i;

function hasWildcard(s: string): boolean {
  return /(^|[^\\])[*?[]/.test(s);
}

/** Image paths of the context files one COPY/ADD source writes. */
function destinations(files: ContextFile[], source: string, dest: string, destIsDir: boolean): BakedFile[] {
  const src = contextRelative(source);
  const out: BakedFile[] = [];
  if (src === ".") {
    for (const f of files) out.push({ path: f.path, dest: posix.join(dest, f.path), size: f.size });
    return out;
  }
  const parts = src.split("/");
  const wild = hasWildcard(src);
  for (const f of files) {
    const fp = f.path.split("/");
    if (!wild && f.path === src) {
      // A single file: into the directory, or renamed to dest.
      out.push({ path: f.path, dest: destIsDir ? posix.join(dest, fp[fp.length - 1]!) : dest, size: f.size });
      continue;
    }
    if (wild && fp.length === parts.length) {
      out.push({ path: f.path, dest: posix.join(dest, fp[fp.length - 1]!), size: f.size });
      continue;
    }
    // The contents of a directory (named, or matched by a wildcard) go below dest.
    out.push({ path: f.path, dest: posix.join(dest, fp.slice(parts.length).join("/")), size: f.size });
  }
  return out;
}

/** Context files written into the image by the COPY/ADD steps of the shipped stages. */
export function bakedFiles(model: Model, context: BuildContext, options: { bigFile?: number; readHead?: (path: string) => string | null } = {}): BakedReport {
  const big = options.bigFile ?? DEFAULT_BIG_FILE;
  const readHead = options.readHead ?? ((p: string) => headOf(join(context.dir, p)));
  // With the context's own files, verdicts are shared by every Dockerfile that copies them.
  const kinds = options.readHead ? null : kindsOf(context);
  const steps: BakedStep[] = [];
  const shipped = shippedChain(model).reverse();
  for (const stage of shipped) {
    for (const ins of stage.instructions) {
      if (!copiesFromContext(ins)) continue;
      const { sources, dest } = copyParts(ins);
      const local = sources.filter((s) => !s.heredoc).map((s) => model.expand(s.value, ins.scope).value).filter((s) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(s) && !/^git@/.test(s));
      if (!local.length || !dest) continue;
      const exclude = ins.flags.filter((f) => f.name === "exclude" && f.value).map((f) => f.value!);
      const parents = ins.flags.some((f) => f.name === "parents" && f.value !== "false");
      const d = model.expand(dest.value, ins.scope).value;
      const destAbs = posix.resolve(workdirBefore(model, stage, ins), d);
      const destIsDir = /\/$|^\.$|\/\.$/.test(d) || local.length > 1 || local.some(hasWildcard);
      const step: BakedStep = { instruction: ins, line: ins.line, files: [], secrets: [], big: [], unpacked: [] };
      const seen = new Set<string>();
      for (const src of local) {
        const sel = context.select([src], { exclude, parents });
        for (const f of parents ? sel.files.map((x) => ({ path: x.path, dest: posix.join(destAbs, x.path), size: x.size })) : destinations(sel.files, src, destAbs, destIsDir)) {
          if (ins.keyword === "ADD" && ARCHIVE.test(f.path) && ins.flags.every((x) => !(x.name === "unpack" && x.value === "false"))) {
            step.unpacked.push(f.path);
            continue;
          }
          if (seen.has(f.dest)) continue;
          seen.add(f.dest);
          step.files.push(f);
        }
      }
      for (const f of step.files) {
        const kind = kinds ? kindOf(kinds, f.path, readHead) : secretKind(f.path, () => readHead(f.path));
        if (kind) step.secrets.push({ path: f.path, dest: f.dest, kind });
        if (f.size >= big) step.big.push(f);
      }
      steps.push(step);
    }
  }
  return { steps, unusedPatterns: unusedPatterns(context), ignoreFile: context.ignoreFile };
}

// A context is opened once per folder and shared by its Dockerfiles (in the corpus, up to 595 of
// them copy the same folder), so each context file's secret verdict is found once.
const kindsByContext = new WeakMap<BuildContext, Map<string, string | null>>();

function kindsOf(context: BuildContext): Map<string, string | null> {
  let kinds = kindsByContext.get(context);
  if (!kinds) kindsByContext.set(context, (kinds = new Map()));
  return kinds;
}

function kindOf(kinds: Map<string, string | null>, path: string, readHead: (path: string) => string | null): string | null {
  let kind = kinds.get(path);
  if (kind === undefined) kinds.set(path, (kind = secretKind(path, () => readHead(path))));
  return kind;
}

/**
 * Whether any file the context sends looks like a secret or has `bigFile` bytes or more: when none
 * does, no COPY/ADD can write one into the image, and a rule reporting them need not map every
 * copied file to its image path. Found once per context and size (the corpus's folders are
 * contexts of up to 595 Dockerfiles, holding only Dockerfiles).
 */
export function contextHasSecretOrBig(context: BuildContext, bigFile: number): boolean {
  let bySize = candidatesByContext.get(context);
  if (!bySize) candidatesByContext.set(context, (bySize = new Map()));
  let found = bySize.get(bigFile);
  if (found === undefined) {
    const kinds = kindsOf(context);
    const readHead = (p: string) => headOf(join(context.dir, p));
    found = context.files().some((f) => f.size >= bigFile || kindOf(kinds, f.path, readHead) !== null);
    bySize.set(bigFile, found);
  }
  return found;
}

const candidatesByContext = new WeakMap<BuildContext, Map<number, boolean>>();

/** Patterns of the .dockerignore that match no file or directory of the context
 * (each file and each folder holding one is tested once, against its candidate patterns only). */
export function unusedPatterns(context: BuildContext): UnusedPattern[] {
  let found = unusedByContext.get(context);
  if (!found) unusedByContext.set(context, (found = findUnusedPatterns(context)));
  return found;
}

// A context is opened once per folder and shared by its Dockerfiles: the answer is too.
const unusedByContext = new WeakMap<BuildContext, UnusedPattern[]>();

function findUnusedPatterns(context: BuildContext): UnusedPattern[] {
  if (!context.ignore) return [];
  const matcher = context.ignore.matcher;
  const used = new Uint8Array(matcher.patterns.length);
  const seenDirs = new Set<string>();
  const test = (path: string): void => {
    for (const i of matcher.candidatesFor(path)) if (!used[i] && matcher.matchesAt(i, path)) used[i] = 1;
  };
  // Paths only: the sizes of files inside ignored folders are never needed.
  for (const f of context.allPaths()) {
    if (matcher.work > context.limits.patternTests) break;
    test(f);
    for (let i = f.lastIndexOf("/"); i > 0; i = f.lastIndexOf("/", i - 1)) {
      const dir = f.slice(0, i);
      if (seenDirs.has(dir)) break; // its parents were tested with it
      seenDirs.add(dir);
      test(dir);
    }
  }
  // Unknown when part of the context was not listed or the tests ran past the bound.
  if (context.truncated !== null || matcher.work > context.limits.patternTests) return [];
  // `ignore.patterns` and `matcher.patterns` are the same kept patterns in the same order.
  return context.ignore.patterns.filter((_, i) => !used[i]).map((p) => ({ pattern: p.pattern, line: p.line, negate: p.negate }));
}

const ENV_TEMPLATE = /^\.env\.(example|sample|template|dist|defaults?)$/i;
const KEY_NAMES = /^(id_(rsa|dsa|ecdsa|ed25519)(_sk)?|.*\.(key|p12|pfx|jks|keystore|ppk))$/i;
const PRIVATE_KEY = /-----BEGIN ((RSA|EC|DSA|OPENSSH|ENCRYPTED) )?PRIVATE KEY-----/;
const TOKEN_LINE = /(_authToken|_auth\s*=|_password\s*=|npmAuthToken|^\s*password\s*[=:]|^\s*username\s*[=:].*\n?.*password|"auth"\s*:|aws_secret_access_key|private_key)/im;

/**
 * What a context file looks like if it holds a secret (in words), or null.
 * Names decide first; a short head of the file is read only for names that
 * hold a secret only sometimes (`.pem`, `.npmrc`, `.pypirc`, JSON credentials).
 */
export function secretKind(path: string, head: () => string | null): string | null {
  // Read from the path's last two parts, found by position: asked of every file of each build
  // context, where a split of the path, two joins and a dozen regexes made per call were most of
  // the allocations of the context walk (heap profile).
  const slash = path.lastIndexOf("/");
  const base = path.slice(slash + 1);
  if (hasGitPart(path)) return "git metadata (history and remotes)";
  if (ENV_FILE.test(base) && !ENV_TEMPLATE.test(base)) return "environment file";
  if (TFSTATE.test(base) || base.endsWith(".tfstate")) return "Terraform state";
  // The last two parts joined by `/` (the whole path when it has one or two parts).
  const lastTwo = slash === -1 ? path : path.slice((slash > 0 ? path.lastIndexOf("/", slash - 1) : -1) + 1);
  if (lastTwo === ".aws/credentials") return "AWS credentials";
  if (lastTwo === ".kube/config") return "Kubernetes credentials";
  if (CREDENTIALS_FILE.test(base)) return "credentials file";
  if (KEY_NAMES.test(base)) return "private key";
  if (PEM.test(base)) return PRIVATE_KEY.test(head() ?? "-----BEGIN PRIVATE KEY-----") ? "private key" : null;
  if (REGISTRY_RC.test(base)) return TOKEN_LINE.test(head() ?? "") ? "package registry token" : null;
  if (JSON_FILE.test(base) && CLOUD_CREDENTIAL_NAME.test(base)) return CLOUD_SECRET_KEY.test(head() ?? "") ? "cloud credentials" : null;
  if (DOCKER_CONFIG.test(lastTwo.replace(LEADING_DOT, ""))) return REGISTRY_AUTHS.test(head() ?? "") ? "registry credentials" : null;
  return null;
}

/** Is one of the path's `/`-separated parts `.git`? */
function hasGitPart(path: string): boolean {
  return path === ".git" || path.startsWith(".git/") || path.endsWith("/.git") || path.includes("/.git/");
}

// secretKind's patterns, made once.
const ENV_FILE = /^\.env($|\.)/i;
const TFSTATE = /^terraform\.tfstate(\.backup)?$/;
const CREDENTIALS_FILE = /^\.(netrc|git-credentials|htpasswd)$/;
const PEM = /\.pem$/i;
const REGISTRY_RC = /^\.(npmrc|pypirc|yarnrc\.yml|pip\.conf)$|^pip\.conf$/;
const JSON_FILE = /\.json$/i;
const CLOUD_CREDENTIAL_NAME = /(credential|service[-_]?account|gcloud|firebase-adminsdk)/i;
const CLOUD_SECRET_KEY = /"private_key"|"client_secret"/;
const DOCKER_CONFIG = /^docker\/config\.json$/;
const LEADING_DOT = /^\./;
const REGISTRY_AUTHS = /"auths?"\s*:/;

/** The first 8 kB of a file, or null when it cannot be read. */
function headOf(file: string): string | null {
  let fd: number | null = null;
  try {
    fd = openSync(file, "r");
    const buf = Buffer.alloc(8192);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n).toString("utf8");
  } catch {
    return null;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

