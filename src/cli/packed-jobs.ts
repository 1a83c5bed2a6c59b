// The job list as a worker thread gets it. Posting a message clones it, and the worker rebuilds it
// before its first file: an array of 4,244 job objects (the corpus) took about 10-20 ms on each
// side (structured clone, measured in process). Plain jobs (a path and, when the command line's
// stat found it, a size) go as one string and two typed arrays instead, copied at once.
import type { LintJob } from "./lint-files";

/** Plain jobs packed, or the job objects themselves when one of them carries more (a display path, a build). */
export type PackedJobs = { paths: string; sizes: Float64Array; explicit: Uint8Array } | { jobs: LintJob[] };

/** Separates the paths: no path can hold a NUL character (the system calls refuse it). */
const SEPARATOR = "\0";

export function packJobs(jobs: LintJob[]): PackedJobs {
  // (No jobs would come back as one empty path.)
  if (jobs.length === 0) return { jobs };
  const sizes = new Float64Array(jobs.length);
  const explicit = new Uint8Array(jobs.length);
  for (let i = 0; i < jobs.length; i++) {
    const job = jobs[i]!;
    if (job.display !== undefined || job.build !== undefined || job.path.includes(SEPARATOR)) return { jobs };
    sizes[i] = job.size ?? -1;
    explicit[i] = job.explicit ? 1 : 0;
  }
  return { paths: jobs.map((j) => j.path).join(SEPARATOR), sizes, explicit };
}

export function unpackJobs(packed: PackedJobs): LintJob[] {
  if ("jobs" in packed) return packed.jobs;
  const { sizes, explicit } = packed;
  const paths = packed.paths.split(SEPARATOR);
  const jobs: LintJob[] = [];
  for (let i = 0; i < paths.length; i++) {
    const size = sizes[i]!;
    jobs.push(size < 0 ? { path: paths[i]!, explicit: explicit[i] === 1 } : { path: paths[i]!, explicit: explicit[i] === 1, size });
  }
  return jobs;
}
