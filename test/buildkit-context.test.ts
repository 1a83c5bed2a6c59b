// The build-context guard against a real image: for each fixture context, the
// files dflint says each COPY/ADD of the shipped stages writes (after
// .dockerignore, negated patterns included, with their image paths) must be
// exactly the files in that step's layer of the built image (`docker save`),
// both as context-secret-baked reads them and as `dflint layers` shows them.
// Needs root, docker.io and busybox-static; skips, saying why, without them.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { daemonUnavailable, startDaemon, type Daemon } from "./helpers/buildkit";
import { buildModel } from "../src/model/build";
import { openBuildContext } from "../src/layers/context";
import { bakedFiles } from "../src/layers/baked";
import { analyzeLayers } from "../src/layers/report";
import { copiesFromContext } from "../src/model/copy";
import { shippedChain } from "../src/model/shipped";

const APPS = path.resolve(__dirname, "..", "fixtures", "apps");
const made: string[] = [];
let daemon: Daemon | null = null;
let skipReason = daemonUnavailable();

const KEY = "-----BEGIN OPENSSH PRIVATE KEY-----\nnot-a-real-key\n-----END OPENSSH PRIVATE KEY-----\n";

/** A context full of .dockerignore edge cases: negations, directory re-includes, globs. */
const GUARD: Record<string, string> = {
  Dockerfile: "FROM bb:local\nWORKDIR /srv\nCOPY config/ ./config/\nCOPY *.pem /certs/\nCOPY app.sh /usr/local/bin/app\nCOPY . /app\n",
  ".dockerignore": ".env*\n!.env.example\n*.pem\n!public.pem\nsecrets/\n!secrets/README\n**/*.tmp\nlogs\n!logs/keep.log\nnot-there-at-all\n",
  ".env": "A=1\n", ".env.local": "A=2\n", ".env.example": "A=\n", "server.pem": KEY, "public.pem": "-----BEGIN CERTIFICATE-----\nMII\n-----END CERTIFICATE-----\n",
  "secrets/key.txt": "k\n", "secrets/README": "how to get secrets\n", "config/app.yaml": "a: 1\n", "config/x.tmp": "t\n", "config/nested/deep.tmp": "t\n",
  "config/nested/ok.json": "{}\n", "logs/a.log": "x\n", "logs/keep.log": "y\n", "app.sh": "#!/bin/sh\n", "id_rsa": KEY, "terraform.tfstate": "{}\n",
};

function context(app: string | Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dflint-bkctx-"));
  made.push(dir);
  if (typeof app === "string") fs.cpSync(path.join(APPS, app), dir, { recursive: true });
  else for (const [name, text] of Object.entries(app)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  fs.chmodSync(dir, 0o755);
  return dir;
}

beforeAll(async () => {
  if (skipReason) return;
  const d = await startDaemon();
  if (typeof d === "string") skipReason = d;
  else daemon = d;
}, 120_000);

afterAll(async () => {
  await daemon?.stop();
  made.forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
  if (skipReason) console.warn(`buildkit-context skipped: ${skipReason}`);
}, 120_000);

describe("the guard's file lists equal the real image's layers", () => {
  const cases: [string, string | Record<string, string>][] = [["flask", "flask"], ["node", "node"], ["go", "go"], ["monorepo", "monorepo"], ["negated .dockerignore patterns", GUARD]];
  cases.forEach(([name, app], i) => {
    it(name, { timeout: 120_000 }, async (ctx) => {
      if (!daemon) return ctx.skip();
      const dir = context(app);
      const tag = `dflint-guard-${i}:latest`;
      const r = await daemon.build(dir, { tag });
      expect(r.ok, r.log).toBe(true);
      const model = buildModel(fs.readFileSync(path.join(dir, "Dockerfile"), "utf8"), { path: path.join(dir, "Dockerfile") });
      // The union over steps: a layer leaves out a file identical to one a lower layer already wrote.
      const baked = bakedFiles(model, openBuildContext(dir, path.join(dir, "Dockerfile")));
      const predicted = [...new Set(baked.steps.flatMap((s) => s.files.map((f) => f.dest)))].sort();
      // What `dflint layers` shows (its guard section / JSON 'guard') is the same list.
      const guard = analyzeLayers(path.join(dir, "Dockerfile"), { cwd: dir }).file.guard;
      expect([...new Set(guard.steps.flatMap((s) => s.files.map((f) => f.dest)))].sort()).toEqual(predicted);
      // COPY/ADD layers of the image in build order, lined up with the shipped COPY/ADD
      // instructions; those that read the build context are compared.
      const copies = shippedChain(model).reverse().flatMap((s) => s.instructions).filter((i) => i.keyword === "COPY" || i.keyword === "ADD");
      const layers = daemon.layerFiles(tag).filter((l) => /^(COPY|ADD) /.test(l.createdBy));
      expect(layers.length).toBe(copies.length);
      const real = [...new Set(layers.filter((_, k) => copiesFromContext(copies[k]!)).flatMap((l) => l.files))].sort();
      expect(real).toEqual(predicted);
      if (typeof app !== "string") {
        // The secrets that reach the image are named; ignored ones are not.
        expect(baked.steps.flatMap((s) => s.secrets.map((x) => x.path)).sort()).toEqual(["id_rsa", "terraform.tfstate"]);
        expect(guard.steps.flatMap((s) => s.secrets.map((x) => x.path)).sort()).toEqual(["id_rsa", "terraform.tfstate"]);
        expect(guard.unusedPatterns.map((p) => p.pattern)).toEqual(["not-there-at-all"]);
      }
    });
  });
});
