import { defineRule } from "../src/engine/types";
import { currentDate, DISTRO_CODENAMES, DISTRO_SUGGEST, EOL_PRODUCTS, lookupEol, productFor, REVIEWED, tagVersion, type EolHit } from "../src/model/eol";

const DOCKER_HUB = ["docker.io", "index.docker.io", "registry-1.docker.io"];

/** Name of an official Docker Hub image (`python`, `library/python`, `docker.io/library/python`), else null. */
function officialName(registry: string | null, path: string): string | null {
  if (registry !== null && !DOCKER_HUB.includes(registry.toLowerCase())) return null;
  const p = path.toLowerCase();
  const name = p.startsWith("library/") ? p.slice("library/".length) : p;
  return name.includes("/") || !name ? null : name;
}

const when = (hit: EolHit) => (hit.exact ? "on " : "by ") + hit.date;

export default defineRule({
  id: "from-image-eol",
  description: "Do not build on an official base image whose version is past its upstream end of life",
  severity: "warning",
  related: [],
  messages: {
    eol: "{{subject}} reached end of life {{when}} and gets no security fixes; move to a supported release such as {{suggest}}",
    distroEol: "'{{image}}' is based on {{subject}}, which reached end of life {{when}} and gets no security fixes; use a variant on a supported release ({{suggest}})",
    deprecated: "The 'openjdk' image is deprecated on Docker Hub and no longer updated; use a maintained OpenJDK build such as eclipse-temurin:21",
  },
  options: {
    ignoreImages: {
      description: "Image names not to judge (official names such as \"python\", or \"mcr.microsoft.com/dotnet/sdk\")",
      default: [] as string[],
      schema: { type: "array", items: { type: "string" } },
    },
  },
  examples: {
    valid: ["FROM python:3.13-slim", "FROM node:24-alpine", "FROM debian:bookworm", "FROM python:3", { code: "FROM node:20", settings: { today: "2026-04-29" } }],
    invalid: ["FROM python:3.6-alpine", "FROM node:16", "FROM python:3.11-buster", "FROM centos:7", "FROM mcr.microsoft.com/dotnet/aspnet:6.0"],
  },
  differs: `new in dflint (neither hadolint nor BuildKit checks end of life); judges official images after ARG expansion, including the distro part of tags (-buster, -alpine3.16), with a dated table of upstream end-of-life dates and their sources (src/model/eol-table.ts, reviewed ${REVIEWED}), judged against today's date or settings.today`,
  check({ model, options, settings, report }) {
    const today = settings.today ?? currentDate();
    const verdicts = verdictsFor(options.ignoreImages, today);
    const stages = model.stages;
    for (let i = 0; i < stages.length; i++) {
      const img = stages[i]!.image;
      if (!img.expanded || img.unresolved || img.isScratch || img.stage) continue;
      // Files share base images: each distinct reference is judged once per run. Registry, path,
      // tag and digest are parsed from the expanded reference, so it is the key as it is.
      let v = verdicts.get(img.expanded);
      if (v === undefined) {
        if (verdicts.size >= MAX_VERDICTS) verdicts.clear();
        verdicts.set(img.expanded, (v = judge(img, today, ignoredOf(options.ignoreImages))));
      }
      if (!v) continue;
      const span = v.at === "tag" && img.tag !== null ? img.tagSpan : img.span;
      if (v.messageId === "deprecated") report({ messageId: "deprecated", span });
      else report({ messageId: v.messageId, data: v.data!, span });
    }
  },
});

/** What a stage's base image gets: a report (its message and whether it points at the tag or the whole reference), or null. */
interface Verdict {
  messageId: "deprecated" | "eol" | "distroEol";
  data?: Record<string, string>;
  at: "image" | "tag";
}

const MAX_VERDICTS = 10_000;
// Per ignoreImages list (configs are shared by many files) and date.
const verdictTables = new WeakMap<readonly string[], { today: string; verdicts: Map<string, Verdict | null> }>();
const ignoredSets = new WeakMap<readonly string[], Set<string>>();

function verdictsFor(ignoreImages: readonly string[], today: string): Map<string, Verdict | null> {
  let t = verdictTables.get(ignoreImages);
  if (!t || t.today !== today) verdictTables.set(ignoreImages, (t = { today, verdicts: new Map() }));
  return t.verdicts;
}

function ignoredOf(ignoreImages: readonly string[]): Set<string> {
  let set = ignoredSets.get(ignoreImages);
  if (!set) ignoredSets.set(ignoreImages, (set = new Set(ignoreImages.map((s) => s.toLowerCase().replace(/^(docker\.io\/)?library\//, "")))));
  return set;
}

function judge(img: { registry: string | null; path: string; tag: string | null; digest: string | null }, today: string, ignored: Set<string>): Verdict | null {
  const centos = EOL_PRODUCTS["centos"]!;
  const name = officialName(img.registry, img.path);
  const product = productFor(name, img.registry, img.path);
  if (!name && !product) return null;
  if (ignored.has(name ?? `${img.registry ?? ""}/${img.path}`.toLowerCase())) return null;
  const tag = img.tag;

  if (name === "openjdk") {
    // Early-access tags (26-ea-jdk) are still published; everything else is frozen.
    if (tag !== null && /(^|[-.])ea([-.]|$)/i.test(tag)) return null;
    return { messageId: "deprecated", at: "image" };
  }
  if (tag === null) {
    if (name === "centos" && !img.digest) {
      return { messageId: "eol", data: { subject: "CentOS Linux", when: "by 2024-06-30", suggest: centos.suggest }, at: "image" };
    }
    return null;
  }

  // 1. The image's own version, from the tag's leading numbers (centos also has `centos7`).
  if (product) {
    const v = tagVersion(product, tag);
    const hit = v ? lookupEol(product, v.major, v.minor, today) : null;
    if (hit) return { messageId: "eol", data: { subject: hit.subject, when: when(hit), suggest: product.suggest }, at: "tag" };
    if (product === centos && !v) {
      // latest, or any other tag: every CentOS Linux release has ended.
      return { messageId: "eol", data: { subject: "CentOS Linux", when: "by 2024-06-30", suggest: centos.suggest }, at: "tag" };
    }
  }

  // 2. The distro part of the tag: a codename token, or an alpineX.Y suffix.
  for (const token of tag.toLowerCase().split("-")) {
    let hit: EolHit | null = null;
    let distro = "";
    const code = DISTRO_CODENAMES[token];
    const alp = /^alpine(\d+)\.(\d+)$/.exec(token);
    if (code) {
      const [major, minor] = code.version.split(".");
      hit = lookupEol(code.family, major!, minor ?? null, today);
      distro = code.family;
      if (hit) hit = { ...hit, subject: `${code.family} ${token} (${code.version})` };
    } else if (alp) {
      hit = lookupEol("alpine", alp[1]!, alp[2]!, today);
      distro = "alpine";
    }
    if (!hit) continue;
    if (name === distro) return { messageId: "eol", data: { subject: hit.subject, when: when(hit), suggest: EOL_PRODUCTS[distro]!.suggest }, at: "tag" };
    return { messageId: "distroEol", data: { image: `${name ?? `${img.registry}/${img.path}`}:${tag}`, subject: hit.subject, when: when(hit), suggest: DISTRO_SUGGEST[distro]! }, at: "tag" };
  }
  return null;
}
