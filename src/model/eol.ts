// End-of-life data for official Docker Hub images (library/*), used by rules/from-image-eol.ts.
// Only dates that are certain are listed: an `exact` date is the upstream end of life (last
// security support); an `olderThan` bound says every version lower than it had ended by a date.
// Versions past end of life after EOL_AS_OF are not listed: update both together.

export const EOL_AS_OF = "2026-11-22";

export interface EolFamily {
  /** Name shown in messages ("python", "debian"). */
  label: string;
  /** "major": node 16.20 is judged as 16; "minor": python 3.6.15 is judged as 3.6. */
  unit: "major" | "minor";
  /** Version key ("3.6", "16", "14.04"; a bare major under unit "minor" means the whole major) -> end-of-life date. */
  versions: Record<string, string>;
  /** Every version lower than `version` reached end of life by `by`. */
  olderThan?: { version: string; by: string };
  /** A supported replacement, for the message. */
  suggest: string;
}

export const EOL_FAMILIES: Record<string, EolFamily> = {
  python: {
    label: "python",
    unit: "minor",
    versions: {
      "2": "2020-01-01", "2.7": "2020-01-01", "2.6": "2013-10-29",
      "3.1": "2012-04-09", "3.2": "2016-02-20", "3.3": "2017-09-29", "3.4": "2019-03-18",
      "3.5": "2020-09-30", "3.6": "2021-12-23", "3.7": "2023-06-27", "3.8": "2024-10-07", "3.9": "2025-10-31",
    },
    // 3.0 is covered here too: it ended in 2009.
    olderThan: { version: "3.1", by: "2012-04-09" },
    suggest: "python:3.13",
  },
  node: {
    label: "node",
    unit: "major",
    versions: {
      "4": "2018-04-30", "5": "2016-06-30", "6": "2019-04-30", "7": "2017-06-30", "8": "2019-12-31", "9": "2018-06-30",
      "10": "2021-04-30", "11": "2019-06-01", "12": "2022-04-30", "13": "2020-06-01", "14": "2023-04-30", "15": "2021-06-01",
      "16": "2023-09-11", "17": "2022-06-01", "18": "2025-04-30", "19": "2023-06-01", "21": "2024-06-01", "23": "2025-06-01",
    },
    olderThan: { version: "4", by: "2016-12-31" },
    suggest: "node:24",
  },
  ruby: {
    label: "ruby",
    unit: "minor",
    versions: {
      "2": "2023-03-31", "2.0": "2016-02-24", "2.1": "2017-03-31", "2.2": "2018-03-31", "2.3": "2019-03-31", "2.4": "2020-03-31",
      "2.5": "2021-04-05", "2.6": "2022-04-12", "2.7": "2023-03-31", "3.0": "2024-04-23", "3.1": "2025-03-26",
    },
    olderThan: { version: "2.0", by: "2015-02-23" },
    suggest: "ruby:3.4",
  },
  golang: {
    label: "golang",
    unit: "minor",
    versions: { "1.19": "2023-08-08", "1.20": "2024-02-06", "1.21": "2024-08-13", "1.22": "2025-02-11", "1.23": "2025-08-12" },
    olderThan: { version: "1.19", by: "2023-08-08" },
    suggest: "golang:1",
  },
  php: {
    label: "php",
    unit: "minor",
    versions: {
      "5": "2018-12-31", "5.6": "2018-12-31", "7": "2022-11-28", "7.0": "2019-01-10", "7.1": "2019-12-01", "7.2": "2020-11-30",
      "7.3": "2021-12-06", "7.4": "2022-11-28", "8.0": "2023-11-26",
    },
    olderThan: { version: "5.6", by: "2016-07-21" },
    suggest: "php:8.4",
  },
  debian: {
    label: "debian",
    unit: "major",
    // Debian LTS end dates (the debian images are updated until then).
    versions: { "7": "2018-05-31", "8": "2020-06-30", "9": "2022-06-30", "10": "2024-06-30" },
    olderThan: { version: "7", by: "2016-02-29" },
    suggest: "debian:trixie",
  },
  ubuntu: {
    label: "ubuntu",
    unit: "minor",
    // End of standard support (the ubuntu images stop being updated then).
    versions: { "12.04": "2017-04-28", "14.04": "2019-04-30", "16.04": "2021-04-30", "18.04": "2023-05-31" },
    olderThan: { version: "18.04", by: "2023-05-31" },
    suggest: "ubuntu:24.04",
  },
  alpine: {
    label: "alpine",
    unit: "minor",
    versions: {
      "3.12": "2022-05-01", "3.13": "2022-11-01", "3.14": "2023-05-01", "3.15": "2023-11-01", "3.16": "2024-05-23",
      "3.17": "2024-11-22", "3.18": "2025-05-09",
    },
    olderThan: { version: "3.12", by: "2022-05-01" },
    suggest: "alpine:3.22",
  },
  centos: {
    label: "centos",
    unit: "major",
    versions: { "6": "2020-11-30", "7": "2024-06-30", "8": "2021-12-31" },
    olderThan: { version: "6", by: "2020-11-30" },
    suggest: "almalinux:9 or rockylinux/rockylinux:9",
  },
};

/** Codenames in tags (`buster-slim`, `python:3.11-buster`, `ubuntu:bionic`). */
export const DISTRO_CODENAMES: Record<string, { family: "debian" | "ubuntu"; version: string }> = {
  squeeze: { family: "debian", version: "6" },
  wheezy: { family: "debian", version: "7" },
  jessie: { family: "debian", version: "8" },
  stretch: { family: "debian", version: "9" },
  buster: { family: "debian", version: "10" },
  precise: { family: "ubuntu", version: "12.04" },
  trusty: { family: "ubuntu", version: "14.04" },
  xenial: { family: "ubuntu", version: "16.04" },
  bionic: { family: "ubuntu", version: "18.04" },
};

/** Supported releases to name in distro messages. */
export const DISTRO_SUGGEST: Record<string, string> = {
  debian: "bookworm or trixie",
  ubuntu: "jammy or noble",
  alpine: "alpine3.22 or a plain '-alpine' tag",
};

export interface EolHit {
  /** "python 3.6" */
  subject: string;
  date: string;
  /** True when `date` is the exact end of life, false when it is an upper bound. */
  exact: boolean;
}

function cmp(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

/**
 * Looks up a version ("3.6", "16", "14.04") of a family. `majorOnly` is true for a tag
 * that names only a major (`python:3`): it is judged only when the whole major ended.
 */
export function lookupEol(familyName: string, major: string, minor: string | null): EolHit | null {
  const fam = EOL_FAMILIES[familyName];
  if (!fam) return null;
  const key = fam.unit === "major" || minor === null ? major : `${major}.${minor}`;
  const found = (k: string, date: string, exact: boolean): EolHit | null =>
    date <= EOL_AS_OF ? { subject: `${fam.label} ${k}`, date, exact } : null;
  if (fam.versions[key]) return found(key, fam.versions[key]!, true);
  if (fam.unit === "minor" && minor !== null && fam.versions[major]) return found(key, fam.versions[major]!, false);
  if (fam.olderThan && cmp(key, fam.olderThan.version) < 0) {
    // A bare major below the bound is only judged when the bound's major is higher (python:2 vs 3.1).
    if (fam.unit === "minor" && minor === null && Number(major) >= Number(fam.olderThan.version.split(".")[0])) return null;
    return found(key, fam.olderThan.by, false);
  }
  return null;
}
