// src/fs/listing.ts answers "does this file exist" from one cached listing per folder.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { beginListingBatch, endListingBatch, entryExists, entryExistsForOneLint, forgetListings, folderOf, holdsNoIgnoreFile, holdsNoIgnoreFileForOneLint, plainLastSlash } from "../src/fs/listing";

describe("entryExists", () => {
  it("answers from the folder listing, and sees files added or removed since", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dflint-listing-"));
    fs.writeFileSync(path.join(dir, "Dockerfile"), "FROM alpine\n");
    fs.mkdirSync(path.join(dir, "sub"));
    expect(entryExists(path.join(dir, "Dockerfile"))).toBe(true);
    expect(entryExists(path.join(dir, "sub"))).toBe(true);
    expect(entryExists(path.join(dir, ".dockerignore"))).toBe(false);
    fs.writeFileSync(path.join(dir, ".dockerignore"), "x\n");
    expect(entryExists(path.join(dir, ".dockerignore"))).toBe(true); // the folder changed: listed again
    fs.rmSync(path.join(dir, ".dockerignore"));
    expect(entryExists(path.join(dir, ".dockerignore"))).toBe(false);
    forgetListings();
    expect(entryExists(path.join(dir, "Dockerfile"))).toBe(true);
  });

  it("asks the file system when the folder cannot be listed or a name differs only in case", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dflint-listing-"));
    fs.writeFileSync(path.join(dir, "Dockerfile"), "FROM alpine\n");
    expect(entryExists(path.join(dir, "missing-folder", "Dockerfile"))).toBe(false);
    // True on a case-insensitive file system, false on a case-sensitive one: as existsSync says.
    expect(entryExists(path.join(dir, "dockerfile"))).toBe(fs.existsSync(path.join(dir, "dockerfile")));
  });

  it("splits a path with doubled or trailing slashes as path.dirname and path.basename do", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dflint-listing-"));
    fs.writeFileSync(path.join(dir, "Dockerfile"), "FROM alpine\n");
    fs.mkdirSync(path.join(dir, "sub"));
    expect(entryExists(`${dir}//Dockerfile`)).toBe(true);
    expect(entryExists(`${dir}/sub/`)).toBe(true);
    expect(entryExists(`${dir}//missing`)).toBe(false);
    expect(entryExists(`${dir}/missing/`)).toBe(false);
  });

  it("checks each folder once per lint: a file added during one lint is seen by the next", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dflint-listing-"));
    fs.writeFileSync(path.join(dir, "Dockerfile"), "FROM alpine\n");
    const first = entryExistsForOneLint();
    expect(first(path.join(dir, "Dockerfile"))).toBe(true);
    expect(first(path.join(dir, ".dockerignore"))).toBe(false);
    fs.writeFileSync(path.join(dir, ".dockerignore"), "x\n");
    // Same lint: the folder is not asked again (its listing was taken when the lint started to ask).
    expect(first(path.join(dir, ".dockerignore"))).toBe(false);
    const next = entryExistsForOneLint();
    expect(next(path.join(dir, ".dockerignore"))).toBe(true);
    expect(next(path.join(dir, "missing-folder", "x"))).toBe(false);
  });

  it("lists each folder once in a batch (one CLI run), and afresh after it", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dflint-listing-"));
    fs.writeFileSync(path.join(dir, "Dockerfile"), "FROM alpine\n");
    expect(entryExists(path.join(dir, ".dockerignore"))).toBe(false);
    fs.writeFileSync(path.join(dir, ".dockerignore"), "x\n");
    beginListingBatch();
    try {
      // Listings made before the batch are not used in it.
      expect(entryExists(path.join(dir, ".dockerignore"))).toBe(true);
      fs.rmSync(path.join(dir, ".dockerignore"));
      // Within the batch the folder is taken as unchanged.
      expect(entryExistsForOneLint()(path.join(dir, ".dockerignore"))).toBe(true);
      expect(entryExists(path.join(dir, "missing-folder", "Dockerfile"))).toBe(false);
      expect(entryExists(path.join(dir, "Dockerfile", "x"))).toBe(false); // a file, not a folder
    } finally {
      endListingBatch();
    }
    expect(entryExists(path.join(dir, ".dockerignore"))).toBe(false);
  });

  it("says whether a folder holds no *.dockerignore name, in any case, and sees one added since", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dflint-listing-"));
    fs.writeFileSync(path.join(dir, "Dockerfile"), "FROM alpine\n");
    fs.writeFileSync(path.join(dir, "dockerignore.md"), "not one\n");
    expect(holdsNoIgnoreFile(dir)).toBe(true);
    expect(holdsNoIgnoreFile(path.join(dir, "missing-folder"))).toBe(false); // unknown: callers look for each file
    expect(holdsNoIgnoreFile(path.join(dir, "Dockerfile"))).toBe(false); // a file, not a folder
    fs.writeFileSync(path.join(dir, "api.Dockerfile.DockerIgnore"), "x\n");
    expect(holdsNoIgnoreFile(dir)).toBe(false); // the folder changed: listed again
    expect(holdsNoIgnoreFileForOneLint()(dir)).toBe(false);
    fs.rmSync(path.join(dir, "api.Dockerfile.DockerIgnore"));
    beginListingBatch();
    try {
      expect(holdsNoIgnoreFile(dir)).toBe(true);
      fs.writeFileSync(path.join(dir, ".dockerignore"), "x\n");
      expect(holdsNoIgnoreFile(dir)).toBe(true); // within a batch the folder is taken as unchanged
    } finally {
      endListingBatch();
    }
    expect(holdsNoIgnoreFile(dir)).toBe(false);
  });
});

describe("folderOf and plainLastSlash", () => {
  const paths = ["/a/b/Dockerfile", "/Dockerfile", "/", "/a//b", "/a/b/", "/a/b//", "a/b", "b", "", "//x", "/a/./b", "/a/../b"];
  it("gives what path.dirname gives, for plain and odd paths", () => {
    for (const p of paths) expect(folderOf(p), p).toBe(path.dirname(p));
  });
  it("cuts only where the folder and the name are dirname's and basename's", () => {
    for (const p of paths) {
      const at = plainLastSlash(p);
      if (at < 0) continue;
      expect(p.slice(0, at), p).toBe(path.dirname(p));
      expect(p.slice(at + 1), p).toBe(path.basename(p));
    }
    expect(plainLastSlash("/a/b/Dockerfile")).toBe(4);
    expect(plainLastSlash("/a/b/")).toBe(-1);
    expect(plainLastSlash("/a//b")).toBe(-1);
    expect(plainLastSlash("/Dockerfile")).toBe(-1);
  });
});
