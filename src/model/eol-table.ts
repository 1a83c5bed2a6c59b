// End-of-life data, kept as data: one entry per product, with the images and tags it covers, the
// upstream end-of-life date of each release (past and announced), and where the dates come from.
// rules/from-image-eol.ts judges a tag against "today" (settings.today, else the current date), so
// announced dates take effect on their own; test/eol-table.test.ts fails once REVIEW_BY has passed,
// which is the reminder to re-read the sources, add new releases and move REVIEWED / REVIEW_BY on.
//
// `eol`: the exact date upstream support ends (last day of security fixes, or the announced date).
// `eolBy`: an upper bound where only the month is certain (the message then says "by").
// `olderThan`: every version lower than `version` had ended by `by`.

/** The day this table was last checked against its sources. */
export const REVIEWED = "2026-12-05";
/** The table must be reviewed again by this day (test/eol-table.test.ts fails after it). */
export const REVIEW_BY = "2027-03-05";

export interface EolProduct {
  /** Name shown in messages ("python", ".NET"). */
  label: string;
  /** Docker Hub official image names (`python`), or `registry/path` prefixes (`mcr.microsoft.com/dotnet/`). */
  images: string[];
  /**
   * How a version is read from the leading part of a tag: "major" (node:16.20 is judged as 16) or
   * "minor" (python:3.6.15 is judged as 3.6; a bare major such as python:3 is judged only when the
   * whole major has ended).
   */
  unit: "major" | "minor";
  /** With unit "major": majors below this one are versioned major.minor (postgres 9.6, then 10). */
  minorBelow?: number;
  /** A tag prefix before the version (`centos7`). */
  tagPrefix?: string;
  eol: Record<string, string>;
  eolBy?: Record<string, string>;
  olderThan?: { version: string; by: string };
  /** A supported replacement, for the message. */
  suggest: string;
  /** Where the dates come from. */
  sources: string[];
}

export const EOL_PRODUCTS: Record<string, EolProduct> = {
  python: {
    label: "python",
    images: ["python"],
    unit: "minor",
    eol: {
      "2": "2020-01-01", "2.7": "2020-01-01", "2.6": "2013-10-29",
      "3.1": "2012-04-09", "3.2": "2016-02-20", "3.3": "2017-09-29", "3.4": "2019-03-18", "3.5": "2020-09-30",
      "3.6": "2021-12-23", "3.7": "2023-06-27", "3.8": "2024-10-07", "3.9": "2025-10-31", "3.10": "2026-10-31",
      "3.11": "2027-10-31", "3.12": "2028-10-31", "3.13": "2029-10-31", "3.14": "2030-10-31",
    },
    olderThan: { version: "3.1", by: "2012-04-09" },
    suggest: "python:3.14",
    sources: ["https://endoflife.date/python", "https://devguide.python.org/versions/"],
  },
  node: {
    label: "node",
    images: ["node"],
    unit: "major",
    eol: {
      "4": "2018-04-30", "5": "2016-06-30", "6": "2019-04-30", "7": "2017-06-30", "8": "2019-12-31", "9": "2018-06-30",
      "10": "2021-04-30", "11": "2019-06-01", "12": "2022-04-30", "13": "2020-06-01", "14": "2023-04-30", "15": "2021-06-01",
      "16": "2023-09-11", "17": "2022-06-01", "18": "2025-04-30", "19": "2023-06-01", "20": "2026-04-30", "21": "2024-06-01",
      "22": "2027-04-30", "23": "2025-06-01", "24": "2028-04-30", "25": "2026-06-01",
    },
    olderThan: { version: "4", by: "2016-12-31" },
    suggest: "node:24",
    sources: ["https://endoflife.date/nodejs", "https://github.com/nodejs/Release#release-schedule"],
  },
  ruby: {
    label: "ruby",
    images: ["ruby"],
    unit: "minor",
    eol: {
      "2": "2023-03-31", "2.0": "2016-02-24", "2.1": "2017-03-31", "2.2": "2018-03-31", "2.3": "2019-03-31", "2.4": "2020-03-31",
      "2.5": "2021-04-05", "2.6": "2022-04-12", "2.7": "2023-03-31", "3.0": "2024-04-23", "3.1": "2025-03-26", "3.2": "2026-03-31",
    },
    olderThan: { version: "2.0", by: "2015-02-23" },
    suggest: "ruby:3.4",
    sources: ["https://endoflife.date/ruby", "https://www.ruby-lang.org/en/downloads/branches/"],
  },
  golang: {
    label: "golang",
    images: ["golang"],
    unit: "minor",
    // Go supports the two newest releases: each ends when the second release after it ships.
    eol: { "1.19": "2023-08-08", "1.20": "2024-02-06", "1.21": "2024-08-13", "1.22": "2025-02-11", "1.23": "2025-08-12" },
    eolBy: { "1.24": "2026-02-28", "1.25": "2026-08-31" },
    olderThan: { version: "1.19", by: "2023-08-08" },
    suggest: "golang:1.26",
    sources: ["https://endoflife.date/go", "https://go.dev/doc/devel/release#policy"],
  },
  php: {
    label: "php",
    images: ["php"],
    unit: "minor",
    eol: {
      "5": "2018-12-31", "5.6": "2018-12-31", "7": "2022-11-28", "7.0": "2019-01-10", "7.1": "2019-12-01", "7.2": "2020-11-30",
      "7.3": "2021-12-06", "7.4": "2022-11-28", "8.0": "2023-11-26", "8.1": "2025-12-31", "8.2": "2026-12-31", "8.3": "2027-12-31",
      "8.4": "2028-12-31",
    },
    olderThan: { version: "5.6", by: "2016-07-21" },
    suggest: "php:8.4",
    sources: ["https://endoflife.date/php", "https://www.php.net/supported-versions.php"],
  },
  postgres: {
    label: "postgres",
    images: ["postgres"],
    unit: "major",
    minorBelow: 10,
    eol: {
      "9.3": "2018-11-08", "9.4": "2020-02-13", "9.5": "2021-02-11", "9.6": "2021-11-11", "10": "2022-11-10", "11": "2023-11-09",
      "12": "2024-11-21", "13": "2025-11-13", "14": "2026-11-12", "15": "2027-11-11", "16": "2028-11-09", "17": "2029-11-08",
    },
    olderThan: { version: "9.3", by: "2017-11-09" },
    suggest: "postgres:17",
    sources: ["https://endoflife.date/postgresql", "https://www.postgresql.org/support/versioning/"],
  },
  mysql: {
    label: "mysql",
    images: ["mysql"],
    unit: "minor",
    eol: { "5.5": "2018-12-03", "5.6": "2021-02-01" },
    // 5.7 and 8.0 ended in the month given; innovation releases are supported until the next one ships.
    eolBy: { "5.7": "2023-10-31", "8.0": "2026-04-30", "8.1": "2023-10-31", "8.2": "2024-01-31", "8.3": "2024-04-30" },
    olderThan: { version: "5.5", by: "2018-12-03" },
    suggest: "mysql:8.4",
    sources: ["https://endoflife.date/mysql", "https://www.mysql.com/support/supportedplatforms/database.html"],
  },
  debian: {
    label: "debian",
    images: ["debian"],
    unit: "major",
    // Debian LTS end dates (the debian images are updated until then).
    eol: { "7": "2018-05-31", "8": "2020-06-30", "9": "2022-06-30", "10": "2024-06-30", "11": "2026-08-31", "12": "2028-06-30", "13": "2030-06-30" },
    olderThan: { version: "7", by: "2016-02-29" },
    suggest: "debian:trixie",
    sources: ["https://endoflife.date/debian", "https://wiki.debian.org/LTS"],
  },
  ubuntu: {
    label: "ubuntu",
    images: ["ubuntu"],
    unit: "minor",
    // End of standard support (the ubuntu images stop being updated then); interim releases get nine months.
    eol: { "12.04": "2017-04-28", "14.04": "2019-04-30", "16.04": "2021-04-30", "18.04": "2023-05-31" },
    eolBy: {
      "20.04": "2025-05-31",
      "18.10": "2019-07-31", "19.04": "2020-01-31", "19.10": "2020-07-31", "20.10": "2021-07-31", "21.04": "2022-01-31",
      "21.10": "2022-07-31", "22.10": "2023-07-31", "23.04": "2024-01-31", "23.10": "2024-07-31", "24.10": "2025-07-31",
      "25.04": "2026-01-31", "25.10": "2026-07-31", "22.04": "2027-06-30", "24.04": "2029-06-30",
    },
    olderThan: { version: "18.04", by: "2023-05-31" },
    suggest: "ubuntu:24.04",
    sources: ["https://endoflife.date/ubuntu", "https://ubuntu.com/about/release-cycle"],
  },
  alpine: {
    label: "alpine",
    images: ["alpine"],
    unit: "minor",
    eol: {
      "3.12": "2022-05-01", "3.13": "2022-11-01", "3.14": "2023-05-01", "3.15": "2023-11-01", "3.16": "2024-05-23",
      "3.17": "2024-11-22", "3.18": "2025-05-09", "3.19": "2025-11-01", "3.20": "2026-04-01", "3.21": "2026-11-01",
    },
    olderThan: { version: "3.12", by: "2022-05-01" },
    suggest: "alpine:3.23",
    sources: ["https://endoflife.date/alpine-linux", "https://alpinelinux.org/releases/"],
  },
  fedora: {
    label: "fedora",
    images: ["fedora"],
    unit: "major",
    // A release ends four weeks after the second release after it.
    eolBy: { "36": "2023-05-31", "37": "2023-12-31", "38": "2024-05-31", "39": "2024-11-30", "40": "2025-05-31", "41": "2025-12-31", "42": "2026-06-30" },
    eol: {},
    olderThan: { version: "36", by: "2022-12-31" },
    suggest: "fedora:43",
    sources: ["https://endoflife.date/fedora", "https://docs.fedoraproject.org/en-US/releases/eol/"],
  },
  amazonlinux: {
    label: "amazonlinux",
    images: ["amazonlinux"],
    unit: "major",
    // Amazon Linux 1 is tagged by its release (2018.03), Amazon Linux 2 as 2, AL2023 as 2023.
    eol: { "1": "2023-12-31", "2016": "2023-12-31", "2017": "2023-12-31", "2018": "2023-12-31", "2": "2026-06-30", "2023": "2029-06-30" },
    suggest: "amazonlinux:2023",
    sources: ["https://endoflife.date/amazon-linux", "https://aws.amazon.com/amazon-linux-2/faqs/"],
  },
  centos: {
    label: "centos",
    images: ["centos"],
    unit: "major",
    tagPrefix: "centos",
    eol: { "6": "2020-11-30", "7": "2024-06-30", "8": "2021-12-31" },
    olderThan: { version: "6", by: "2020-11-30" },
    suggest: "almalinux:9 or rockylinux/rockylinux:9",
    sources: ["https://endoflife.date/centos"],
  },
  dotnet: {
    label: ".NET",
    // Microsoft's registry: dotnet/sdk, dotnet/aspnet, dotnet/runtime, dotnet/runtime-deps, and the older dotnet/core/*.
    images: ["mcr.microsoft.com/dotnet/"],
    unit: "minor",
    eol: {
      "1.0": "2019-06-27", "1.1": "2019-06-27", "2.0": "2018-10-01", "2.1": "2021-08-21", "2.2": "2019-12-23", "3.0": "2020-03-03",
      "3.1": "2022-12-13", "5.0": "2022-05-10", "6.0": "2024-11-12", "7.0": "2024-05-14", "8.0": "2026-11-10", "9.0": "2026-11-10",
      "10.0": "2028-11-14",
    },
    suggest: "the 10.0 images",
    sources: ["https://endoflife.date/dotnet", "https://dotnet.microsoft.com/platform/support/policy/dotnet-core"],
  },
};

/** Distro codenames in tags (`buster-slim`, `python:3.11-bullseye`, `ubuntu:focal`, `buildpack-deps:bionic`). */
export const DISTRO_CODENAMES: Record<string, { family: "debian" | "ubuntu"; version: string }> = {
  squeeze: { family: "debian", version: "6" },
  wheezy: { family: "debian", version: "7" },
  jessie: { family: "debian", version: "8" },
  stretch: { family: "debian", version: "9" },
  buster: { family: "debian", version: "10" },
  bullseye: { family: "debian", version: "11" },
  bookworm: { family: "debian", version: "12" },
  trixie: { family: "debian", version: "13" },
  precise: { family: "ubuntu", version: "12.04" },
  trusty: { family: "ubuntu", version: "14.04" },
  xenial: { family: "ubuntu", version: "16.04" },
  bionic: { family: "ubuntu", version: "18.04" },
  cosmic: { family: "ubuntu", version: "18.10" },
  disco: { family: "ubuntu", version: "19.04" },
  eoan: { family: "ubuntu", version: "19.10" },
  focal: { family: "ubuntu", version: "20.04" },
  groovy: { family: "ubuntu", version: "20.10" },
  hirsute: { family: "ubuntu", version: "21.04" },
  impish: { family: "ubuntu", version: "21.10" },
  jammy: { family: "ubuntu", version: "22.04" },
  kinetic: { family: "ubuntu", version: "22.10" },
  lunar: { family: "ubuntu", version: "23.04" },
  mantic: { family: "ubuntu", version: "23.10" },
  noble: { family: "ubuntu", version: "24.04" },
  oracular: { family: "ubuntu", version: "24.10" },
  plucky: { family: "ubuntu", version: "25.04" },
  questing: { family: "ubuntu", version: "25.10" },
};

/** Supported releases to name in messages about the distro part of a tag. */
export const DISTRO_SUGGEST: Record<string, string> = {
  debian: "bookworm or trixie",
  ubuntu: "jammy or noble",
  alpine: "alpine3.23 or a plain '-alpine' tag",
};
