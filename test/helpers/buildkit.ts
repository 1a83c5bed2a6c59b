// A private Docker Engine with its embedded BuildKit, for tests that compare
// dflint's predictions with real builds. Started as root only: its own
// --data-root, --exec-root and socket under a temp dir, vfs storage, no
// iptables and no bridge (builds run with --network=none), so nothing collides
// with another daemon. The base image `bb:local` is made offline from
// busybox-static. Builds go through the Debian docker CLI (Engine 20.10) with
// DOCKER_BUILDKIT=1 and --progress=plain, whose log says per step whether it
// was CACHED; that is the real client path (.dockerignore applied by the
// session file sync), so the context is exactly what a user's build sends.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export interface Vertex {
  /** Progress number in the log (`#7`). */
  id: number;
  /** Stage label as BuildKit prints it (name, `stage-N`, or "" in a one-stage file). */
  stage: string;
  /** Platform prefix when BuildKit prints one. */
  platform: string;
  index: number;
  total: number;
  /** Instruction text as BuildKit prints it. */
  text: string;
  cached: boolean;
  error: boolean;
}

export interface BuildOptions {
  dockerfile?: string;
  buildArgs?: Record<string, string>;
  target?: string;
  platform?: string;
  tag?: string;
}

export interface BuildResult {
  ok: boolean;
  vertices: Vertex[];
  log: string;
}

export interface Daemon {
  /** Versions of the Engine and its BuildKit as the daemon reports them. */
  version: string;
  build(contextDir: string, options?: BuildOptions): Promise<BuildResult>;
  /** Paths of regular files and symlinks in each layer of an image, oldest first (from `docker save`). */
  layerFiles(image: string): { createdBy: string; files: string[] }[];
  stop(): Promise<void>;
}

const DOCKERD_CANDIDATES = ["/usr/sbin/dockerd", "/usr/bin/dockerd"];
// The Debian docker.io CLI still has the built-in BuildKit client (newer CLIs need buildx).
const CLI_CANDIDATES = ["/usr/bin/docker", "/usr/local/bin/docker"];
const BUSYBOX_CANDIDATES = ["/bin/busybox", "/usr/bin/busybox"];

function firstExisting(paths: string[]): string | null {
  return paths.find((p) => fs.existsSync(p)) ?? null;
}

function cliWithBuildkit(): string | null {
  for (const c of CLI_CANDIDATES) {
    if (!fs.existsSync(c)) continue;
    const v = spawnSync(c, ["--version"], { encoding: "utf8" }).stdout ?? "";
    const major = Number(/version (\d+)\./.exec(v)?.[1] ?? "0");
    if (major > 0 && major < 23) return c;
    if (spawnSync(c, ["buildx", "version"], { encoding: "utf8" }).status === 0) return c;
  }
  return null;
}

/** Why a daemon cannot be started here, or null when it can be tried. */
export function daemonUnavailable(): string | null {
  if (process.env.DFLINT_SKIP_BUILDKIT === "1") return "DFLINT_SKIP_BUILDKIT=1 is set";
  if (process.platform !== "linux") return "needs Linux";
  if (typeof process.getuid === "function" && process.getuid() !== 0) return "needs root to start a private dockerd";
  if (!firstExisting(DOCKERD_CANDIDATES)) return "dockerd not installed (apt-get install docker.io)";
  if (!cliWithBuildkit()) return "no docker CLI with a built-in BuildKit client (apt-get install docker.io)";
  if (!firstExisting(BUSYBOX_CANDIDATES)) return "busybox not installed (apt-get install busybox-static)";
  return null;
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Starts a private daemon and imports `bb:local`; resolves to a reason string when it cannot. */
export async function startDaemon(): Promise<Daemon | string> {
  const why = daemonUnavailable();
  if (why) return why;
  const dockerd = firstExisting(DOCKERD_CANDIDATES)!;
  const cli = cliWithBuildkit()!;
  const busybox = firstExisting(BUSYBOX_CANDIDATES)!;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dflint-bk-"));
  const sock = path.join(dir, "docker.sock");
  const logFile = path.join(dir, "dockerd.log");
  const out = fs.openSync(logFile, "w");
  const child = spawn(
    dockerd,
    [
      "--data-root", path.join(dir, "data"), "--exec-root", path.join(dir, "exec"), "--pidfile", path.join(dir, "dockerd.pid"),
      "-H", `unix://${sock}`, "--storage-driver=vfs", "--iptables=false", "--ip6tables=false", "--bridge=none",
    ],
    { stdio: ["ignore", out, out], detached: false },
  );
  fs.closeSync(out);
  let exited = false;
  child.on("exit", () => (exited = true));
  const env = { ...process.env, DOCKER_HOST: `unix://${sock}`, DOCKER_BUILDKIT: "1", DOCKER_CONFIG: path.join(dir, "cli") } as Record<string, string>;
  delete env.DOCKER_CONTEXT;
  const docker = (args: string[], input?: Buffer) => spawnSync(cli, args, { env, input, encoding: "buffer", maxBuffer: 256 * 1024 * 1024 });
  // Builds run asynchronously so the test worker stays responsive.
  const dockerAsync = (args: string[]) =>
    new Promise<{ status: number | null; output: string }>((resolve) => {
      const c = spawn(cli, args, { env, stdio: ["ignore", "pipe", "pipe"] });
      const chunks: Buffer[] = [];
      c.stdout.on("data", (d: Buffer) => chunks.push(d));
      c.stderr.on("data", (d: Buffer) => chunks.push(d));
      c.on("close", (status) => resolve({ status, output: Buffer.concat(chunks).toString("utf8") }));
    });
  const cleanup = async () => {
    if (!exited) {
      child.kill("SIGTERM");
      for (let i = 0; i < 100 && !exited; i++) await sleep(100);
      if (!exited) child.kill("SIGKILL");
    }
    // A daemon that failed to start can leave its data folder mounted: the reason it gives is
    // what the test reports (as a skip), not the clean-up error.
    try {
      fs.rmSync(dir, { recursive: true, force: true });
    } catch {}
  };
  let up = false;
  for (let i = 0; i < 300 && !exited; i++) {
    if (fs.existsSync(sock) && docker(["version"]).status === 0) {
      up = true;
      break;
    }
    await sleep(100);
  }
  if (!up) {
    const tail = fs.existsSync(logFile) ? fs.readFileSync(logFile, "utf8").split("\n").slice(-5).join(" | ") : "";
    await cleanup();
    return `dockerd did not start: ${tail.slice(0, 400)}`;
  }
  const engine = docker(["version", "--format", "{{.Server.Version}}"]).stdout.toString().trim();
  // Engine 20.10 vendors BuildKit v0.8.3 and its built-in Dockerfile frontend (moby v20.10 vendor.conf).
  const bk = /^20\.10\./.test(engine) ? "v0.8.3 (vendored by Engine 20.10)" : "";
  const version = `Engine ${engine}`;
  // Base image from busybox-static: a shell, the applets the fixtures use, passwd/group for USER.
  const rootfs = path.join(dir, "rootfs");
  fs.mkdirSync(path.join(rootfs, "bin"), { recursive: true });
  fs.mkdirSync(path.join(rootfs, "etc"));
  fs.mkdirSync(path.join(rootfs, "tmp"));
  fs.chmodSync(path.join(rootfs, "tmp"), 0o1777);
  fs.copyFileSync(busybox, path.join(rootfs, "bin", "busybox"));
  fs.chmodSync(path.join(rootfs, "bin", "busybox"), 0o755);
  for (const a of ["sh", "cat", "echo", "ls", "mkdir", "cp", "touch", "true", "wc", "env", "chmod", "find", "sort"]) fs.symlinkSync("busybox", path.join(rootfs, "bin", a));
  fs.writeFileSync(path.join(rootfs, "etc", "passwd"), "root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/sh\napp:x:1000:1000:app:/home/app:/bin/sh\n");
  fs.writeFileSync(path.join(rootfs, "etc", "group"), "root:x:0:\nnobody:x:65534:\napp:x:1000:\n");
  const tar = spawnSync("tar", ["-C", rootfs, "-cf", "-", "."], { encoding: "buffer", maxBuffer: 64 * 1024 * 1024 });
  const imp = docker(["import", "-c", "ENV PATH=/bin", "-", "bb:local"], tar.stdout);
  if (imp.status !== 0) {
    await cleanup();
    return `docker import failed: ${imp.stderr.toString().slice(0, 300)}`;
  }

  return {
    version: `${version}${bk ? `, BuildKit ${bk}` : ""}`,
    async build(contextDir, options = {}) {
      const args = ["build", "--network=none", "--progress=plain"];
      if (options.dockerfile) args.push("-f", options.dockerfile);
      for (const [k, v] of Object.entries(options.buildArgs ?? {})) args.push("--build-arg", `${k}=${v}`);
      if (options.target) args.push("--target", options.target);
      if (options.platform) args.push("--platform", options.platform);
      if (options.tag) args.push("-t", options.tag);
      args.push(contextDir);
      const r = await dockerAsync(args);
      return { ok: r.status === 0, vertices: parseProgress(r.output), log: r.output };
    },
    layerFiles(image) {
      const saved = docker(["save", image]);
      if (saved.status !== 0) throw new Error(`docker save ${image}: ${saved.stderr.toString()}`);
      const tmp = fs.mkdtempSync(path.join(dir, "save-"));
      fs.writeFileSync(path.join(tmp, "image.tar"), saved.stdout);
      spawnSync("tar", ["-C", tmp, "-xf", path.join(tmp, "image.tar")]);
      const manifest = JSON.parse(fs.readFileSync(path.join(tmp, "manifest.json"), "utf8"))[0];
      const config = JSON.parse(fs.readFileSync(path.join(tmp, manifest.Config), "utf8"));
      const history = (config.history as { created_by?: string; empty_layer?: boolean }[]).filter((h) => !h.empty_layer);
      const layers: string[] = manifest.Layers;
      const result = layers.map((l, i) => {
        const list = spawnSync("tar", ["-tvf", path.join(tmp, l)], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }).stdout;
        const files = list
          .split("\n")
          .filter((line) => /^[-lh]/.test(line))
          .map((line) => line.replace(/^(\S+\s+){5}/, "").replace(/ -> .*$/, "").replace(/ link to .*$/, ""))
          .map((p) => "/" + p.replace(/^\.?\//, ""));
        return { createdBy: history[i]?.created_by ?? "", files };
      });
      fs.rmSync(tmp, { recursive: true, force: true });
      return result;
    },
    stop: cleanup,
  };
}

const NAME = /^#(\d+) \[([^\]]*?)\s*(\d+)\/(\d+)\] (.*)$/;

/** Steps of a `--progress=plain` log: `#7 [build 3/5] RUN ...`, later `#7 CACHED` / `#7 DONE` / `#7 ERROR`. */
export function parseProgress(log: string): Vertex[] {
  const byId = new Map<number, Vertex>();
  for (const line of log.split("\n")) {
    const m = NAME.exec(line);
    if (m) {
      const id = Number(m[1]);
      if (byId.has(id)) continue;
      const head = m[2]!.trim().split(/\s+/).filter(Boolean);
      const platform = head.length && head[0]!.includes("/") ? head.shift()! : "";
      byId.set(id, { id, stage: head.join(" "), platform, index: Number(m[3]), total: Number(m[4]), text: m[5]!, cached: false, error: false });
      continue;
    }
    const s = /^#(\d+) (CACHED|ERROR)/.exec(line);
    if (s) {
      const v = byId.get(Number(s[1]));
      if (v && s[2] === "CACHED") v.cached = true;
      if (v && s[2] === "ERROR") v.error = true;
    }
  }
  return [...byId.values()].sort((a, b) => a.id - b.id);
}
