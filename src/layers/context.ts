// The build context as BuildKit sees it: one walk of the context directory,
// .dockerignore applied the way tonistiigi/fsutil applies it when the client
// sends the context, and COPY/ADD source selection following BuildKit's file
// op (tonistiigi/fsutil/copy: wildcard resolution, symlink following,
// --exclude and --parents include patterns).
//
// Symlinks are never followed while walking (they are context entries of their
// own). A COPY source that is, or goes through, a symlink is resolved inside
// the context the way BuildKit does (continuity `fs.RootPath`): absolute
// targets are taken relative to the context root and `..` cannot leave it.

import { lstatSync, readdirSync, readlinkSync, type Dirent } from "node:fs";
import { resolve, sep } from "node:path";
import {
  type DockerIgnore,
  type MatchState,
  PatternMatcher,
  cleanPath,
  compileGoGlob,
  contextRelative,
  findDockerIgnore,
  parseDockerIgnore,
} from "./dockerignore";
import { knownFileSize } from "../fs/known-sizes";

export interface ContextFile {
  /** Path relative to the context root, `/` separators. */
  path: string;
  /** Size in bytes (0 for symlinks and special files). Read with lstat (or taken from the
   * command line's stat, src/fs/known-sizes.ts) only when a file is first returned by files(),
   * allFiles() or select(), then cached. */
  size: number;
  /** Present (true) when the entry is a symbolic link. */
  symlink?: boolean;
}

export interface SelectOptions {
  /** `--exclude` patterns (patternmatcher syntax), matched against paths relative
   * to each copied source directory, as BuildKit does. */
  exclude?: string[];
  /** `--parents`: each source (optionally split at `/./`) becomes an include
   * pattern (patternmatcher syntax, so `**` works) below the context root or the
   * part before `/./`. */
  parents?: boolean;
}

export interface SelectResult {
  /** Files the sources copy from the context as sent (no duplicates), in walk order per source. */
  files: ContextFile[];
  /** Sum of `files[].size`. */
  bytes: number;
  /** Sources that select nothing from the context as sent, but would select
   * files if .dockerignore were not applied. */
  ignoredMatches: string[];
  /** Sources that match nothing at all, even with ignored files counted
   * (a literal path that does not exist, a wildcard without matches). */
  missing: string[];
}

export interface BuildContext {
  /** Absolute context directory. */
  dir: string;
  ignore: DockerIgnore | null;
  /** Absolute path of the ignore file in use. */
  ignoreFile: string | null;
  /** Files sent to the builder (not ignored), in walk order. */
  files(): ContextFile[];
  /** Every file in the context, ignored ones included. */
  allFiles(): ContextFile[];
  /** The paths of allFiles(), without reading sizes (no lstat per file). */
  allPaths(): string[];
  /** Files selected by COPY/ADD sources (relative to the context root; a leading `/` or `./` is the same). */
  select(sources: string[], opts?: SelectOptions): SelectResult;
  /** Whether a path is left out of the context. For a directory: true when it is
   * not sent at all (excluded and nothing under it re-included). A path that does
   * not exist is answered by the .dockerignore patterns alone. */
  isIgnored(rel: string): boolean;
  /** Directories that could not be read during the walk. */
  problems: string[];
  /** Why the context was read only in part, or null: past its limits (entries or pattern
   * tests) folders are no longer listed (they count as empty), so answers about the whole
   * context (unused patterns) are not given. */
  truncated: string | null;
  readonly limits: ContextLimits;
}

export interface ContextLimits {
  /** Most files and folders listed (walk and lazily listed ignored folders). */
  entries: number;
  /** Most .dockerignore pattern tests (a few seconds of work): bounds wildcard patterns that no
   * literal part indexes (`*`, `[a-z]*`) times files. */
  patternTests: number;
}

/** The caps of one build context (documented in the README). */
export const CONTEXT_LIMITS: ContextLimits = { entries: 200_000, patternTests: 20_000_000 };

const FILE = 0;
const DIR = 1;
const LINK = 2;
const OTHER = 3;
type Kind = typeof FILE | typeof DIR | typeof LINK | typeof OTHER;

interface Node {
  name: string;
  /** Relative path, '' for the root. */
  path: string;
  kind: Kind;
  /** Directory children sorted by name; null until listed. */
  children: Node[] | null;
  byName: Map<string, Node> | null;
  /** Matched by .dockerignore (for a directory: the directory entry itself). */
  excluded: boolean;
  /** Part of the context as sent. A directory is sent when not excluded or when
   * something below it is sent. */
  sent: boolean;
  /** Lazily read size (-1 unknown). */
  size: number;
  file: ContextFile | null;
}

const NO_THROW = { throwIfNoEntry: false } as const;

const ALL = 0;
const SENT = 1;
type View = typeof ALL | typeof SENT;

function newNode(name: string, path: string, kind: Kind): Node {
  return { name, path, kind, children: null, byName: null, excluded: false, sent: false, size: -1, file: null };
}

function kindOf(d: Dirent): Kind {
  if (d.isDirectory()) return DIR;
  if (d.isFile()) return FILE;
  if (d.isSymbolicLink()) return LINK;
  return OTHER;
}

function byNameCmp(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** fsutil copy `containsWildcards`: `*`, `?`, `[` not escaped by `\`. */
function containsWildcards(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name[i];
    if (c === "\\") i++;
    else if (c === "*" || c === "?" || c === "[") return true;
  }
  return false;
}

class BuildContextImpl implements BuildContext {
  readonly dir: string;
  readonly ignore: DockerIgnore | null;
  readonly ignoreFile: string | null;
  readonly problems: string[] = [];
  truncated: string | null = null;
  private listed = 0;
  private readonly root: Node;
  /** `dir` with a trailing separator. */
  private readonly prefix: string;
  private readonly matcher: PatternMatcher | null;
  private sentCache: ContextFile[] | null = null;
  private allCache: ContextFile[] | null = null;

  constructor(
    dir: string,
    dockerfilePath: string | null,
    readonly limits: ContextLimits,
  ) {
    this.dir = resolve(dir);
    this.prefix = this.dir.endsWith(sep) ? this.dir : this.dir + sep;
    const found = findDockerIgnore(this.dir, dockerfilePath);
    this.ignore = found ? parseDockerIgnore(found.text) : null;
    this.ignoreFile = found ? found.path : null;
    const m = this.ignore?.matcher ?? null;
    this.matcher = m && m.patterns.length > 0 ? m : null;
    this.root = newNode("", "", DIR);
    this.root.sent = true;
    this.walk(this.root, null);
  }

  private readDir(node: Node): Dirent[] {
    if (this.truncated || (this.matcher && this.overBudget(this.matcher, node.path))) return [];
    try {
      const ents = readdirSync(this.prefix + node.path, { withFileTypes: true });
      this.listed += ents.length;
      if (this.listed > this.limits.entries) {
        this.truncated = `the build context has more than ${this.limits.entries} files and folders; stopped listing at ${node.path || "."}`;
      }
      return ents.sort(byNameCmp);
    } catch (e) {
      this.problems.push(`${node.path || "."}: ${(e as Error).message}`);
      return [];
    }
  }

  /** Whether the pattern tests ran past the limit (then the walk stops at `path`). */
  private overBudget(matcher: PatternMatcher, path: string): boolean {
    if (matcher.work <= this.limits.patternTests) return false;
    this.truncated ??= `matching the .dockerignore took more than ${this.limits.patternTests} pattern tests; stopped at ${path || "."}`;
    return true;
  }

  /** Lists `node` applying .dockerignore; returns whether anything below is sent. */
  private walk(node: Node, state: MatchState | null): boolean {
    const ents = this.readDir(node);
    const children: Node[] = new Array(ents.length);
    const prefix = node.path === "" ? "" : node.path + "/";
    const matcher = this.matcher;
    let anySent = false;
    for (let i = 0; i < ents.length; i++) {
      const d = ents[i]!;
      const child = newNode(d.name, prefix + d.name, kindOf(d));
      children[i] = child;
      let childState: MatchState | null = null;
      if (matcher && !this.overBudget(matcher, child.path)) {
        const r = matcher.match(child.path, state);
        child.excluded = r.matched;
        childState = r.state;
      }
      if (child.kind === DIR) {
        if (child.excluded && matcher!.walkerSkipsDir(child.path)) {
          child.sent = false; // contents listed lazily, all ignored
        } else {
          const below = this.walk(child, childState);
          child.sent = !child.excluded || below;
        }
      } else {
        child.sent = !child.excluded;
      }
      if (child.sent) anySent = true;
    }
    node.children = children;
    return anySent;
  }

  /** Lists a directory the walker skipped: everything in it is ignored. */
  private explore(node: Node): void {
    const ents = this.readDir(node);
    const prefix = node.path === "" ? "" : node.path + "/";
    node.children = ents.map((d) => {
      const c = newNode(d.name, prefix + d.name, kindOf(d));
      c.excluded = true;
      return c;
    });
  }

  private kids(node: Node, view: View): Node[] {
    if (node.children === null) {
      if (view === SENT) return [];
      this.explore(node);
    }
    return node.children!;
  }

  private child(node: Node, name: string, view: View): Node | null {
    if (node.kind !== DIR) return null;
    if (node.children === null) {
      if (view === SENT) return null;
      this.explore(node);
    }
    if (node.byName === null) {
      node.byName = new Map();
      for (const c of node.children!) node.byName.set(c.name, c);
    }
    const c = node.byName.get(name) ?? null;
    return c && (view === ALL || c.sent) ? c : null;
  }

  private sizeOf(node: Node): number {
    if (node.size < 0) {
      if (node.kind !== FILE) node.size = 0;
      else {
        const path = this.prefix + node.path;
        const known = knownFileSize(path);
        if (known !== undefined) node.size = known;
        else {
          const st = lstatSync(path, NO_THROW);
          node.size = st ? st.size : 0;
        }
      }
    }
    return node.size;
  }

  private fileOf(node: Node): ContextFile {
    if (!node.file) {
      node.file = node.kind === LINK ? { path: node.path, size: 0, symlink: true } : { path: node.path, size: this.sizeOf(node) };
    }
    return node.file;
  }

  private collect(node: Node, view: View, out: ContextFile[]): void {
    for (const c of this.kids(node, view)) {
      if (view === SENT && !c.sent) continue;
      if (c.kind === DIR) this.collect(c, view, out);
      else out.push(this.fileOf(c));
    }
  }

  files(): ContextFile[] {
    if (!this.sentCache) {
      this.sentCache = [];
      this.collect(this.root, SENT, this.sentCache);
    }
    return this.sentCache.slice();
  }

  allFiles(): ContextFile[] {
    if (!this.allCache) {
      this.allCache = [];
      this.collect(this.root, ALL, this.allCache);
    }
    return this.allCache.slice();
  }

  allPaths(): string[] {
    if (this.allCache) return this.allCache.map((f) => f.path);
    const out: string[] = [];
    const walk = (node: Node): void => {
      for (const c of this.kids(node, ALL)) {
        if (c.kind === DIR) walk(c);
        else out.push(c.path);
      }
    };
    walk(this.root);
    return out;
  }

  isIgnored(rel: string): boolean {
    const p = contextRelative(rel);
    if (p === "." || p.startsWith("../") || p === "..") return false;
    let node: Node | null = this.root;
    for (const name of p.split("/")) {
      if (node.kind === DIR && node.children === null) return true; // inside a skipped directory
      const next: Node | null = this.child(node, name, ALL);
      if (!next) return this.ignore ? this.ignore.ignores(p) : false;
      node = next;
    }
    return !node.sent;
  }

  /** continuity `fs.RootPath` on the tree: resolves `rel` inside the context,
   * following symlinks in every component (and the last one if `followLast`). */
  private resolvePath(rel: string, view: View, followLast: boolean): Node | null {
    const stack: Node[] = [this.root];
    const queue = rel.split("/").filter((s) => s !== "" && s !== ".");
    let hops = 0;
    while (queue.length > 0) {
      const name = queue.shift()!;
      if (name === "..") {
        if (stack.length > 1) stack.pop();
        continue;
      }
      const c = this.child(stack[stack.length - 1]!, name, view);
      if (!c) return null;
      if (c.kind === LINK && (queue.length > 0 || followLast)) {
        if (++hops > 255) return null;
        let target: string;
        try {
          target = readlinkSync(this.prefix + c.path);
        } catch {
          return null;
        }
        if (target.startsWith("/")) stack.length = 1;
        queue.unshift(...target.split("/").filter((s) => s !== "" && s !== "."));
        continue;
      }
      stack.push(c);
    }
    return stack[stack.length - 1]!;
  }

  /** Follows a symlink node to what it points at (inside the context). */
  private follow(node: Node, view: View): Node | null {
    return node.kind === LINK ? this.resolvePath(node.path, view, true) : node;
  }

  /** fsutil copy `ResolveWildcards` + `rootPath(..., followLinks=true)`: the roots one source copies. */
  private sourceRoots(src: string, view: View): { roots: Node[]; found: boolean } {
    const parts = contextRelative(src) === "." ? [] : contextRelative(src).split("/");
    let k = parts.findIndex(containsWildcards);
    if (k < 0) k = parts.length;
    const base = this.resolvePath(parts.slice(0, k).join("/"), view, true);
    if (!base) return { roots: [], found: false };
    if (k === parts.length) return { roots: [base], found: true };
    const glob = parts.slice(k).join("/");
    const re = compileGoGlob(glob);
    if (!re || base.kind !== DIR) return { roots: [], found: false };
    // Without character classes every match has exactly this many components.
    const maxDepth = glob.includes("[") ? Infinity : parts.length - k;
    const matches: Node[] = [];
    const visit = (dir: Node, relPrefix: string, depth: number): void => {
      for (const c of this.kids(dir, view)) {
        if (view === SENT && !c.sent) continue;
        const rel = relPrefix + c.name;
        if (re.test(rel)) {
          matches.push(c);
          continue; // a matched directory is copied whole
        }
        if (c.kind === DIR && depth < maxDepth) visit(c, rel + "/", depth + 1);
      }
    };
    visit(base, "", 1);
    const roots: Node[] = [];
    for (const m of matches) {
      const r = this.follow(m, view);
      if (r) roots.push(r);
    }
    return { roots, found: matches.length > 0 };
  }

  /** fsutil copier: the files copied from one root, with include/exclude patterns
   * matched against paths relative to the root. */
  private copyRoot(
    root: Node,
    view: View,
    include: PatternMatcher | null,
    exclude: PatternMatcher | null,
    out: Node[],
  ): void {
    if (root.kind !== DIR) {
      out.push(root); // the source itself is never matched against the patterns
      return;
    }
    const excl = exclude && exclude.patterns.length > 0 ? exclude : null;
    const excludeExceptions = excl ? excl.exclusions : false;
    const visit = (dir: Node, relPrefix: string, incState: MatchState | null, excState: MatchState | null): void => {
      for (const c of this.kids(dir, view)) {
        if (view === SENT && !c.sent) continue;
        const rel = relPrefix + c.name;
        let inc = true;
        let cInc: MatchState | null = null;
        let cExc: MatchState | null = null;
        if (include) {
          const r = include.match(rel, incState);
          inc = r.matched;
          cInc = r.state;
        }
        let excluded = false;
        if (excl) {
          const r = excl.match(rel, excState);
          excluded = r.matched;
          cExc = r.state;
          if (excluded) inc = false;
        }
        if (!inc && !include && !excludeExceptions) continue;
        if (c.kind === DIR) {
          if (excluded && !excludeExceptions) continue;
          visit(c, rel + "/", cInc, cExc);
        } else if (inc) {
          out.push(c);
        }
      }
    };
    visit(root, "", null, null);
  }

  private selectOne(
    src: string,
    view: View,
    parents: boolean,
    exclude: PatternMatcher | null,
  ): { nodes: Node[]; found: boolean } {
    let base = src;
    let include: PatternMatcher | null = null;
    if (parents) {
      const cut = src.indexOf("/./");
      let pattern: string;
      if (cut >= 0) {
        base = src.slice(0, cut);
        pattern = src.slice(cut + 3);
      } else {
        base = "/";
        pattern = src;
      }
      pattern = cleanPath("/" + pattern).slice(1);
      // An empty pattern (`.`) selects everything below the base.
      if (pattern !== "") include = PatternMatcher.compile([pattern]).matcher;
    }
    const { roots, found } = this.sourceRoots(base, view);
    const nodes: Node[] = [];
    for (const r of roots) this.copyRoot(r, view, include, exclude, nodes);
    return { nodes, found: found || roots.length > 0 };
  }

  select(sources: string[], opts: SelectOptions = {}): SelectResult {
    const exclude = opts.exclude && opts.exclude.length > 0 ? PatternMatcher.compile(opts.exclude).matcher : null;
    const parents = opts.parents === true;
    const seen = new Set<Node>();
    const files: ContextFile[] = [];
    const ignoredMatches: string[] = [];
    const missing: string[] = [];
    let bytes = 0;
    for (const src of sources) {
      const sel = this.selectOne(src, SENT, parents, exclude);
      if (sel.nodes.length === 0) {
        const full = this.ignore ? this.selectOne(src, ALL, parents, exclude) : sel;
        if (full.nodes.length > 0) ignoredMatches.push(src);
        else if (!full.found) missing.push(src);
      }
      for (const n of sel.nodes) {
        if (seen.has(n)) continue;
        seen.add(n);
        files.push(this.fileOf(n));
        bytes += this.sizeOf(n);
      }
    }
    return { files, bytes, ignoredMatches, missing };
  }
}

/**
 * Reads the build context in `dir` (one walk, sizes read lazily) with the
 * .dockerignore BuildKit would use for `dockerfilePath` (see `findDockerIgnore`).
 */
export function openBuildContext(dir: string, dockerfilePath?: string | null, limits: ContextLimits = CONTEXT_LIMITS): BuildContext {
  return new BuildContextImpl(dir, dockerfilePath ?? null, limits);
}
