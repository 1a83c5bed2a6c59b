// The job list as a worker thread gets it (src/cli/packed-jobs.ts): the same jobs come back.
import { describe, expect, it } from "vitest";
import type { LintJob } from "../src/cli/lint-files";
import { packJobs, unpackJobs } from "../src/cli/packed-jobs";

/** What a worker receives: the packed form through a structured clone, as postMessage sends it. */
function roundTrip(jobs: LintJob[]): LintJob[] {
  return unpackJobs(structuredClone(packJobs(jobs)));
}

describe("packJobs / unpackJobs", () => {
  it("gives back plain jobs with their sizes, flags and order", () => {
    const jobs: LintJob[] = [
      { path: "/w/a/Dockerfile", explicit: true, size: 120 },
      { path: "/w/b/Dockerfile", explicit: false },
      { path: "/w/empty/Dockerfile", explicit: true, size: 0 },
      { path: "/w/a name\nwith a newline/Dockerfile.dev", explicit: false, size: 16 * 1024 * 1024 },
    ];
    const packed = packJobs(jobs);
    expect("paths" in packed).toBe(true);
    expect(roundTrip(jobs)).toStrictEqual(jobs);
  });

  it("keeps jobs that carry more as they are", () => {
    const build = { invocation: { kind: "compose" as const, file: "compose.yaml", line: 3, name: "web" }, buildArgs: [["A", "1"]] as [string, string][], context: "/w" };
    for (const odd of [{ path: "/w/s/Dockerfile", explicit: true, display: "sample/Dockerfile" }, { path: "/w/c/Dockerfile", explicit: true, build }]) {
      const jobs: LintJob[] = [{ path: "/w/a/Dockerfile", explicit: true, size: 1 }, odd as LintJob];
      expect("jobs" in packJobs(jobs)).toBe(true);
      expect(roundTrip(jobs)).toStrictEqual(jobs);
    }
  });

  it("gives back no jobs for none", () => {
    expect(roundTrip([])).toStrictEqual([]);
  });
});
