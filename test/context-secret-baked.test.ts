import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import rule from "../rules/context-secret-baked";
import { buildModel } from "../src/model/build";
import { lintModel } from "../src/engine/linter";
import { bakedFiles } from "../src/layers/baked";
import { openBuildContext } from "../src/layers/context";
import { configFor } from "./helpers/rule-tester";
import { tmpdir } from "./helpers/cli";

const made: string[] = [];
afterAll(() => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function dirWith(files: Record<string, string>): string {
  const dir = tmpdir(files, "dflint-sb-");
  made.push(dir);
  return dir;
}

function lint(files: Record<string, string>, options: Record<string, unknown> = {}) {
  const dir = dirWith(files);
  const model = buildModel(files.Dockerfile!, { path: path.join(dir, "Dockerfile") });
  return lintModel(model, [rule], configFor(rule, { code: "", options, settings: { contextDir: dir } }));
}

const KEY = "-----BEGIN OPENSSH PRIVATE KEY-----\nnot-a-real-key\n-----END OPENSSH PRIVATE KEY-----\n";

describe("context-secret-baked", () => {
  it("names secret-looking files that COPY . . writes into the image, never their values", () => {
    const p = lint({ Dockerfile: "FROM alpine:3.20\nWORKDIR /app\nCOPY . .\n", "app.py": "x", ".env": "SECRET_KEY=hunter2\n", "deploy/id_rsa": KEY, ".npmrc": "//registry.npmjs.org/:_authToken=npm_abc123\n", "terraform.tfstate": "{}" });
    expect(p).toHaveLength(1);
    expect(p[0]!.line).toBe(3);
    expect(p[0]!.message).toContain(".env (environment file)");
    expect(p[0]!.message).toContain("deploy/id_rsa (private key)");
    expect(p[0]!.message).toContain(".npmrc (package registry token)");
    expect(p[0]!.message).toContain("terraform.tfstate (Terraform state)");
    expect(p[0]!.message).not.toMatch(/hunter2|npm_abc123|not-a-real-key/);
  });

  it("is silent for ignored secrets (negated patterns honoured), templates, certificates and token-free .npmrc", () => {
    const files = {
      Dockerfile: "FROM alpine:3.20\nCOPY . /app\n",
      ".dockerignore": ".env*\n!.env.example\n*.pem\n!public.pem\n",
      ".env": "A=1", ".env.local": "A=2", ".env.example": "A=", "server.pem": KEY,
      "public.pem": "-----BEGIN CERTIFICATE-----\nMII\n-----END CERTIFICATE-----\n", ".npmrc": "registry=https://registry.npmjs.org/\n",
    };
    expect(lint(files)).toEqual([]);
  });

  it("only looks at the shipped stages: a builder stage's COPY . . does not ship", () => {
    const df = "FROM alpine:3.20 AS build\nCOPY . /src\nRUN make\nFROM alpine:3.20\nCOPY --from=build /src/out /out\n";
    expect(lint({ Dockerfile: df, ".env": "A=1" })).toEqual([]);
    expect(lint({ Dockerfile: df.replace("FROM alpine:3.20\nCOPY --from", "FROM build\nCOPY --from"), ".env": "A=1" })).toHaveLength(1);
  });

  it("reports big files from the option's size on", () => {
    const p = lint({ Dockerfile: "FROM alpine:3.20\nCOPY data/ /data/\n", "data/model.bin": "x".repeat(3000), "data/small.txt": "x" }, { bigFileSize: 2048 });
    expect(p).toHaveLength(1);
    expect(p[0]!.message).toContain("data/model.bin (2.9 kB)");
    expect(p[0]!.message).not.toContain("small.txt");
  });

  it("lists where each file lands in the image (directory contents, renamed file, wildcard, WORKDIR)", () => {
    const dir = dirWith({ "src/a.js": "1", "src/lib/b.js": "2", "cfg.yaml": "k: v", "x.txt": "1", "y.txt": "2" });
    const model = buildModel("FROM alpine:3.20\nWORKDIR /srv\nCOPY src/ ./src/\nCOPY cfg.yaml /etc/app.yaml\nCOPY *.txt notes/\n", { path: path.join(dir, "Dockerfile") });
    const r = bakedFiles(model, openBuildContext(dir, null));
    expect(r.steps.map((s) => s.files.map((f) => f.dest).sort())).toEqual([["/srv/src/a.js", "/srv/src/lib/b.js"], ["/etc/app.yaml"], ["/srv/notes/x.txt", "/srv/notes/y.txt"]]);
  });

  it("the quick test before the context walk: ADD reads the context, COPY --from and ONBUILD COPY do not", () => {
    const files = { "app.py": "x", ".env": "SECRET_KEY=hunter2\n" };
    expect(lint({ ...files, Dockerfile: "FROM alpine:3.20 AS b\nFROM alpine:3.20\nCOPY --from=b /x /x\nADD . /app\n" })).toHaveLength(1);
    expect(lint({ ...files, Dockerfile: "FROM alpine:3.20 AS b\nCOPY . /b\nFROM alpine:3.20\nCOPY --from=b /b /app\n" })).toEqual([]);
    expect(lint({ ...files, Dockerfile: "FROM alpine:3.20\nONBUILD COPY . /app\n" })).toEqual([]);
  });
});
