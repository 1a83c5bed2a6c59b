import { isAbsolute, resolve } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { absolutePath, forgetResolvedPaths, resolvedFrom, resolvedPath } from "../src/fs/paths";

const RELATIVE = ["Dockerfile", "a/Dockerfile", "a//Dockerfile", "a/b/../Dockerfile", "./a/./Dockerfile", "../x/Dockerfile", "../../../../../../../../x", "a/.", "a/..", "a/", ".", "..", "", "a/.hidden", "a/name with spaces"];
const ABSOLUTE = ["/", "/a", "/a/b/Dockerfile", "/a//b", "/a/./b", "/a/../b", "/a/b/", "/a/.hidden/Dockerfile", "//a"];

describe("absolutePath", () => {
  it("resolves a relative path as path.resolve does (folders cached)", () => {
    for (const p of RELATIVE) expect(absolutePath(p), p).toBe(resolve(p));
    // Asked again: answered from the cached folders, the same.
    for (const p of RELATIVE) expect(absolutePath(p), p).toBe(resolve(p));
  });
  it("keeps an absolute path as it is", () => {
    for (const p of ABSOLUTE) expect(absolutePath(p)).toBe(isAbsolute(p) ? p : resolve(p));
  });
  it("follows a change of working directory", () => {
    expect(absolutePath("x/Dockerfile")).toBe(resolve("x/Dockerfile"));
    // path.resolve reads process.cwd() too: both see the other directory.
    const cwd = vi.spyOn(process, "cwd").mockReturnValue("/elsewhere");
    try {
      expect(absolutePath("x/Dockerfile")).toBe("/elsewhere/x/Dockerfile");
    } finally {
      cwd.mockRestore();
      forgetResolvedPaths();
    }
    expect(absolutePath("x/Dockerfile")).toBe(resolve("x/Dockerfile"));
  });
});

describe("resolvedPath", () => {
  it("is path.resolve, for plain and unusual paths alike", () => {
    for (const p of [...RELATIVE, ...ABSOLUTE]) expect(resolvedPath(p), p).toBe(resolve(p));
  });
});

describe("resolvedFrom", () => {
  it("is path.resolve(dir, path), for plain and unusual folders and paths alike", () => {
    const dirs = ["/", "/w", "/w/corpus", "/w/.hidden", "/w/", "/w//x", "/w/./x", "/w/../x", "//w", "w", "w/x", ".", ""];
    for (const d of dirs) for (const p of [...RELATIVE, ...ABSOLUTE]) expect(resolvedFrom(d, p), `${d} ${p}`).toBe(resolve(d, p));
    // The same folder again (its plainness is remembered), after an unusual one.
    for (const p of RELATIVE) expect(resolvedFrom("/w/corpus", p), p).toBe(resolve("/w/corpus", p));
  });
});
