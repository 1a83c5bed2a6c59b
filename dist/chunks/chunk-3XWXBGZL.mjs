import { createRequire as __dflintCreateRequire } from 'node:module'; const require = __dflintCreateRequire(import.meta.url);
import {
  buildkitSuggest,
  likelyTypo,
  suggest
} from "./chunk-3S4MVKBT.mjs";
import {
  DEFAULT_BIG_FILE,
  KNOWN_INSTRUCTIONS,
  PIP_VALUE_OPTIONS,
  PLATFORM_ARGS,
  PREDEFINED_ARGS,
  RPM_CACHES,
  RPM_INSTALLS,
  RPM_PROMPTS,
  aptAssumesYes,
  aptConfigured,
  aptNoRecommends,
  aptSimulates,
  aptUpdates,
  bakedFiles,
  cacheMountCovers,
  cacheMountTargets,
  commandArgs,
  commandHead,
  contextRelative,
  copiesFromContext,
  copyParts,
  estimateLayers,
  expandWord,
  expandedArgs,
  expandedWord,
  findDockerIgnore,
  formatBytes,
  gitRef,
  globToRegExp,
  hasOption,
  hasOption2,
  indexInLogical,
  insertAfter,
  installsAfterWholeCopy,
  instructionLines,
  isAbsolutePath,
  isCommitSha,
  isDevContainer,
  isExpensive,
  isGitUrl,
  isIndexUpdate,
  isPackageInstall,
  isPerBuildArgName,
  isRemoteUrl,
  isWholeContext,
  manifestsFirstFix,
  openBuildContext,
  packageFamily,
  parseDockerIgnore,
  parseKeyValues,
  pipInstall,
  referencedNames,
  removesDir,
  rpmAction,
  rpmActionEnd,
  rpmAssumesYes,
  rpmPinned,
  runPackages,
  runSites,
  secretEntries,
  shellAssignedBefore,
  shippedChain,
  shippedStages,
  splitImage,
  uncleanedInstall,
  unusedPatterns,
  withBinding,
  zypperNonInteractive
} from "./chunk-IYWESXPH.mjs";
import {
  baseName,
  trimEndOf
} from "./chunk-JVUEFOX2.mjs";

// rules/add-remote-unpinned.ts
var BRANCH_HEAD_MARKER = /^https:\/\/api\.github\.com\/repos\/[^/]+\/[^/]+\/(git\/refs\/heads|commits|branches)\/[^/?#]+$/, add_remote_unpinned_default = {
  id: "add-remote-unpinned",
  keywords: ["ADD"],
  description: "Pin remote ADD sources: --checksum for URLs, a commit for git refs",
  severity: "warning",
  related: [],
  messages: {
    noChecksum: "ADD fetches '{{url}}' on every build and takes whatever the server returns; add '--checksum=sha256:<digest>' so the download is verified and the cache key is static",
    gitRef: "ADD of git ref '{{ref}}' is resolved against the remote on every build and moves; pin a full commit SHA ('{{base}}#<commit>')"
  },
  options: {},
  differs: "new in dflint; an ADD of GitHub's API answer for a branch head (api.github.com/repos/<owner>/<repo>/git/refs/heads/<branch>, /commits/<branch>, /branches/<branch>) is the cache-bust idiom and is accepted",
  examples: {
    valid: [
      `FROM alpine:3.20
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool.tgz /tmp/`,
      `FROM alpine:3.20
ADD https://github.com/moby/buildkit.git#0123456789abcdef0123456789abcdef01234567 /src`
    ],
    invalid: [
      `FROM alpine:3.20
ADD https://example.com/tool.tgz /tmp/`,
      `FROM alpine:3.20
ADD https://github.com/moby/buildkit.git#v0.12.0 /src`
    ]
  },
  check({ model, report }) {
    for (let ins of model.instructions) {
      if (ins.keyword !== "ADD" || !ins.stage) continue;
      let checksum = ins.flags.some((f) => f.name === "checksum" && f.value);
      for (let src of copyParts(ins).sources) {
        if (src.heredoc) continue;
        let ex = model.expand(src.value, ins.scope), url = ex.unresolved ? src.value : ex.value, span = { start: src.start, end: src.end };
        if (isGitUrl(url)) {
          let ref = gitRef(url);
          isCommitSha(ref) || report({ messageId: "gitRef", data: { ref: ref ?? "(default branch)", base: url.split("#")[0] }, span });
        } else isRemoteUrl(url) && !checksum && !BRANCH_HEAD_MARKER.test(url) && report({ messageId: "noChecksum", data: { url }, span });
      }
    }
  }
};

// src/model/archives.ts
var ARCHIVE_EXTENSIONS = [".tar", ".Z", ".bz2", ".gz", ".lz", ".lzma", ".tZ", ".tb2", ".tbz", ".tbz2", ".tgz", ".tlz", ".tpz", ".txz", ".xz"], TAR_LIKE = /\.(tar|tar\.(gz|bz2|xz|Z|lz|lzma)|tgz|tbz2?|tb2|txz|tlz|tpz|tZ)$/;
function isArchiveName(name) {
  let base = trimEndOf(name, "/");
  return ARCHIVE_EXTENSIONS.some((e) => base.endsWith(e));
}
function isTarName(name) {
  return TAR_LIKE.test(name);
}
function isRemoteSource(s) {
  return /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(s) || /^git@/.test(s) || /\.git(#.*)?$/.test(s);
}

// rules/add-use-copy.ts
var ADD_ONLY_FLAGS = /* @__PURE__ */ new Set(["checksum", "keep-git-dir", "unpack"]), add_use_copy_default = {
  id: "add-use-copy",
  keywords: ["ADD"],
  description: "Use COPY instead of ADD for local files",
  severity: "warning",
  related: ["hadolint:DL3020"],
  fixable: !0,
  messages: {
    useCopy: "ADD of local files does the same as COPY but may also unpack archives and fetch URLs by surprise; use COPY"
  },
  options: {},
  examples: {
    valid: [
      `FROM alpine:3.20
COPY app.py /app/`,
      `FROM alpine:3.20
ADD rootfs.tar.gz /`,
      `FROM alpine:3.20
ADD https://example.com/tool.zip /tmp/`,
      `FROM alpine:3.20
ADD --keep-git-dir=true https://github.com/moby/buildkit.git#v0.14.0 /src`
    ],
    invalid: [`FROM alpine:3.20
ADD app.py /app/`, `FROM alpine:3.20
ADD --chown=app . /app`]
  },
  differs: "warning, not error (ADD of a local file builds fine); sources are judged after ARG/ENV expansion and unknown values are skipped; fixed by renaming ADD to COPY",
  check({ model, report }) {
    for (let stage of model.stages)
      for (let ins of stage.instructions) {
        if (ins.keyword !== "ADD" || ins.flags.some((f) => ADD_ONLY_FLAGS.has(f.name))) continue;
        let { sources } = copyParts(ins);
        if (!sources.length) continue;
        let local = !0;
        for (let src of sources) {
          if (src.heredoc) continue;
          let value = ins.json ? src.value : expandedWord(model, ins, src.raw);
          if (value === null || isRemoteSource(value) || isArchiveName(value)) {
            local = !1;
            break;
          }
        }
        if (!local) continue;
        let text = ins.keywordRaw === ins.keywordRaw.toLowerCase() ? "copy" : "COPY";
        report({ messageId: "useCopy", span: ins.keywordSpan, fix: [{ span: ins.keywordSpan, text }] });
      }
  }
};

// rules/apk-no-cache.ts
var CACHE = "/var/cache/apk", apk_no_cache_default = {
  id: "apk-no-cache",
  keywords: ["RUN"],
  description: "Use apk add --no-cache so the package index does not stay in the image",
  severity: "info",
  related: ["hadolint:DL3019"],
  messages: {
    noCache: "'apk add' keeps the downloaded package index in /var/cache/apk in this layer; use 'apk add --no-cache', or '--mount=type=cache,target=/var/cache/apk'"
  },
  options: {
    includeBuilderStages: {
      description: "Also check stages that do not end up in the built image (used only through COPY --from)",
      default: !1,
      schema: { type: "boolean" }
    }
  },
  examples: {
    valid: [
      `FROM alpine:3.20
RUN apk add --no-cache curl`,
      `FROM alpine:3.20
RUN --mount=type=cache,target=/var/cache/apk apk add curl`,
      `FROM alpine:3.20 AS build
RUN apk add gcc
FROM alpine:3.20
COPY --from=build /usr/bin/gcc /usr/bin/`
    ],
    invalid: [`FROM alpine:3.20
RUN apk add curl`]
  },
  fixable: !0,
  differs: "checks the stages that ship (the target and the stages it is built FROM); also accepts 'rm -rf /var/cache/apk/*' later in the same RUN",
  check(ctx) {
    let { model, options } = ctx, shipping = shippedStages(model);
    for (let r of runPackages(ctx))
      !options.includeBuilderStages && r.stage && !shipping.has(r.stage) || r.packages.forEach(({ pc, index }) => {
        pc.tool !== "apk" || pc.sub !== "add" || pc.hasUnknown || hasOption2(pc, "--no-cache") || cacheMountCovers(model, r.ins, r.run.mounts, [CACHE]) || r.commands.slice(index + 1).some((c) => removesDir(c, [CACHE])) || ctx.report({ messageId: "noCache", span: commandHead(pc), fix: insertAfter(r.run, pc.subcommand.word, " --no-cache") });
      });
  }
};

// rules/apk-packages-pinned.ts
function pinned(pkg) {
  return /[=~<>]/.test(pkg) || pkg.endsWith(".apk");
}
var apk_packages_pinned_default = {
  id: "apk-packages-pinned",
  keywords: ["RUN"],
  description: "Pin the versions of packages installed with apk add",
  severity: "off",
  strict: "warning",
  related: ["hadolint:DL3018"],
  messages: {
    unpinned: "Package '{{pkg}}' is added without a version, so rebuilds get whatever the index has that day; pin it as '{{pkg}}=<version>' or a range such as '{{pkg}}~<major.minor>'"
  },
  options: {
    ignorePackages: {
      description: "Package names that may stay unpinned",
      default: [],
      schema: { type: "array", items: { type: "string" } }
    }
  },
  examples: {
    valid: [`FROM alpine:3.20
RUN apk add --no-cache curl~8`],
    invalid: [`FROM alpine:3.20
RUN apk add --no-cache curl`]
  },
  differs: "off by default (strict preset: warning) because exact apk pins break when Alpine drops old builds; judges packages after ARG/ENV expansion",
  check(ctx) {
    for (let r of runPackages(ctx))
      for (let { pc } of r.packages)
        if (!(pc.tool !== "apk" || pc.sub !== "add"))
          for (let t of pc.operands)
            t.text === null || pinned(t.text) || t.text.startsWith("/") || t.text.startsWith(".") || ctx.options.ignorePackages.includes(t.text) || ctx.report({ messageId: "unpinned", data: { pkg: t.text }, span: t.word });
  }
};

// rules/apt-get-assume-yes.ts
var PROMPTING = /* @__PURE__ */ new Set(["install", "reinstall", "remove", "purge", "autoremove", "autopurge", "upgrade", "dist-upgrade", "full-upgrade", "build-dep", "satisfy"]), apt_get_assume_yes_default = {
  id: "apt-get-assume-yes",
  keywords: ["RUN"],
  description: "Pass -y to apt-get commands that ask for confirmation",
  severity: "warning",
  related: ["hadolint:DL3014"],
  messages: {
    missingYes: "'apt-get {{sub}}' without '-y' stops at 'Do you want to continue? [Y/n]' whenever it must change more than the packages named (new dependencies, removals), and with no terminal to answer it the step fails; add '-y' (DEBIAN_FRONTEND=noninteractive does not answer this prompt)"
  },
  options: {},
  examples: {
    valid: [`FROM debian:12
RUN apt-get update && apt-get install -y --no-install-recommends curl`, `FROM debian:12
RUN apt-get -qq update && apt-get -qq install --no-install-recommends curl`],
    invalid: [`FROM debian:12
RUN apt-get update && apt-get install --no-install-recommends curl`]
  },
  fixable: !0,
  differs: "also checks remove/purge/upgrade/dist-upgrade (they prompt too), accepts -qq, -o APT::Get::Assume-Yes=true, 'yes |' and an earlier apt.conf setting; stays silent when an unknown variable may hold the flag",
  check(ctx) {
    for (let r of runPackages(ctx)) {
      let configured;
      for (let { pc, index } of r.packages) {
        if (pc.tool !== "apt-get" || !pc.sub || !PROMPTING.has(pc.sub) || pc.hasUnknown || aptAssumesYes(pc) || aptSimulates(pc)) continue;
        let prev = index > 0 ? r.commands[index - 1] : void 0;
        prev && prev.next === "|" && prev.name === "yes" || (configured ??= aptConfigured(r.ins, /Assume-Yes\s*"?\s*(1|true|yes)/i), !configured && ctx.report({ messageId: "missingYes", data: { sub: pc.sub }, span: commandHead(pc), fix: insertAfter(r.run, pc.subcommand.word, " -y") }));
      }
    }
  }
};

// rules/apt-get-no-recommends.ts
var apt_get_no_recommends_default = {
  id: "apt-get-no-recommends",
  keywords: ["RUN"],
  description: "Install apt packages with --no-install-recommends",
  severity: "info",
  related: ["hadolint:DL3015"],
  messages: {
    recommends: "'apt-get install' also installs every recommended package, which bloats the image; add '--no-install-recommends' and list what you need"
  },
  options: {},
  examples: {
    valid: [`FROM debian:12
RUN apt-get update && apt-get install -y --no-install-recommends curl`],
    invalid: [`FROM debian:12
RUN apt-get update && apt-get install -y curl`]
  },
  fixable: !0,
  differs: "accepts -o APT::Install-Recommends=false and an earlier apt.conf setting (or COPY of apt configuration); stays silent when an unknown variable may hold the flag",
  check(ctx) {
    for (let r of runPackages(ctx)) {
      let configured;
      for (let { pc } of r.packages) {
        if (pc.tool !== "apt-get" || pc.sub !== "install" || pc.hasUnknown || aptNoRecommends(pc) || aptSimulates(pc) || (configured ??= aptConfigured(r.ins, /Install-Recommends\s*"?\s*(0|false|no)/i), configured)) continue;
        let explicit = pc.command.words.some((w) => /Install-Recommends/i.test(w.value));
        ctx.report({ messageId: "recommends", span: commandHead(pc), fix: explicit ? void 0 : insertAfter(r.run, pc.subcommand.word, " --no-install-recommends") });
      }
    }
  }
};

// rules/apt-get-packages-pinned.ts
function pinned2(pkg) {
  return pkg.includes("=") || pkg.includes("/") || pkg.endsWith(".deb");
}
var apt_get_packages_pinned_default = {
  id: "apt-get-packages-pinned",
  keywords: ["RUN"],
  description: "Pin the versions of packages installed with apt-get",
  severity: "off",
  strict: "warning",
  related: ["hadolint:DL3008"],
  messages: {
    unpinned: "Package '{{pkg}}' is installed without a version, so rebuilds get whatever the mirror has that day; pin it as '{{pkg}}=<version>' (see 'apt-cache policy {{pkg}}')"
  },
  options: {
    ignorePackages: {
      description: "Package names that may stay unpinned",
      default: [],
      schema: { type: "array", items: { type: "string" } }
    }
  },
  examples: {
    valid: [`FROM debian:12
RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8`],
    invalid: [`FROM debian:12
RUN apt-get update && apt-get install -y --no-install-recommends curl`]
  },
  differs: "off by default (strict preset: warning) because exact apt pins rot when the archive drops old versions; judges packages after ARG/ENV expansion, accepts 'pkg/release' and local .deb files",
  check(ctx) {
    let { options, report } = ctx;
    for (let r of runPackages(ctx))
      for (let { pc } of r.packages)
        if (!(pc.tool !== "apt-get" || pc.sub !== "install" || aptSimulates(pc)))
          for (let t of pc.operands)
            t.text === null || pinned2(t.text) || t.text.startsWith(".") || options.ignorePackages.includes(t.text) || report({ messageId: "unpinned", data: { pkg: t.text }, span: t.word });
  }
};

// rules/apt-lists-removed.ts
var LISTS = "/var/lib/apt/lists", apt_lists_removed_default = {
  id: "apt-lists-removed",
  keywords: ["RUN"],
  description: "Remove /var/lib/apt/lists in the RUN that ran apt-get update",
  severity: "info",
  related: ["hadolint:DL3009"],
  messages: {
    listsLeft: "'{{command}}' downloads package lists that stay in this layer (tens of MB); end this RUN with 'rm -rf /var/lib/apt/lists/*', or use '--mount=type=cache,target=/var/lib/apt/lists'"
  },
  options: {
    includeBuilderStages: {
      description: "Also check stages that do not end up in the built image (used only through COPY --from)",
      default: !1,
      schema: { type: "boolean" }
    }
  },
  examples: {
    valid: [
      `FROM debian:12
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*`,
      `FROM debian:12
RUN --mount=type=cache,target=/var/lib/apt,sharing=locked --mount=type=cache,target=/var/cache/apt,sharing=locked \\
    apt-get update && apt-get install -y --no-install-recommends curl`,
      `FROM debian:12 AS build
RUN apt-get update && apt-get install -y --no-install-recommends gcc
FROM debian:12
COPY --from=build /usr/bin/gcc /usr/bin/`
    ],
    invalid: [`FROM debian:12
RUN apt-get update && apt-get install -y --no-install-recommends curl`]
  },
  differs: "checks the stages that ship (the target and the stages it is built FROM, also with --target), needs the rm to remove /var/lib/apt/lists after the last update (any 'rm -rf' does not count), accepts 'apt-get distclean' and a cache or tmpfs mount on /var/lib/apt[/lists]",
  check(ctx) {
    let { model, options } = ctx, shipping = shippedStages(model);
    for (let r of runPackages(ctx)) {
      if (!options.includeBuilderStages && r.stage && !shipping.has(r.stage)) continue;
      let last;
      for (let p of r.packages)
        aptUpdates(p.pc) && (last = p);
      if (!last || cacheMountCovers(model, r.ins, r.run.mounts, [LISTS]) || r.commands.slice(last.index + 1).some((cmd) => {
        if (removesDir(cmd, [LISTS])) return !0;
        let p = r.packages.find((x) => x.pc.command === cmd);
        return !!p && (p.pc.tool === "apt-get" || p.pc.tool === "apt") && (p.pc.sub === "distclean" || p.pc.sub === "dist-clean");
      })) continue;
      let pc = last.pc;
      ctx.report({ messageId: "listsLeft", data: { command: pc.sub === "update" ? `${pc.tool} update` : `${pc.tool} ${pc.sub} --update` }, span: commandHead(pc) });
    }
  }
};

// rules/arg-env-no-secret.ts
var SECRET_WORDS = /* @__PURE__ */ new Set(["apikey", "auth", "credential", "credentials", "key", "password", "pword", "passwd", "pwd", "passphrase", "secret", "token", "privatekey"]), ALLOW_WORDS = /* @__PURE__ */ new Set([
  "public",
  "file",
  "files",
  "path",
  "dir",
  "version",
  "url",
  "uri",
  "host",
  "id",
  "ids",
  "name",
  "sock",
  "socket",
  "type",
  "method",
  "mode",
  "enabled",
  "enable",
  "disabled",
  "required",
  "length",
  "len",
  "size",
  "algorithm",
  "alg",
  "format",
  "server",
  "servers",
  "keyserver",
  "keyring",
  "config",
  "cfg",
  "conf",
  "fingerprint",
  "fingerprints",
  "gpg",
  "pgp",
  "gnupg",
  "expiry",
  "expires",
  "ttl",
  "timeout",
  "header",
  "endpoint",
  "provider",
  "plugin",
  "backend"
]), SECRET_SUBSTRINGS = ["password", "secret", "private_key", "privatekey", "apikey", "api_key", "client_key", "access_token", "auth_token"];
function words(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase().split(/[_.-]+/).filter(Boolean);
}
var KNOWN_SECRET_NAMES = /* @__PURE__ */ new Set(["AWS_ACCESS_KEY_ID"]);
function looksSecret(name, extraAllowed = /* @__PURE__ */ new Set()) {
  let upper = name.toUpperCase();
  if (extraAllowed.has(upper)) return !1;
  if (KNOWN_SECRET_NAMES.has(upper)) return !0;
  let ws = words(name);
  if (ws.some((w) => ALLOW_WORDS.has(w))) return !1;
  let weak = name.includes("__") ? /* @__PURE__ */ new Set(["key", "auth"]) : /* @__PURE__ */ new Set();
  if (ws.some((w) => SECRET_WORDS.has(w) && !weak.has(w))) return !0;
  let lower = name.toLowerCase();
  return SECRET_SUBSTRINGS.some((s) => lower.includes(s));
}
function isFingerprintList(value) {
  return value !== null && /^[0-9A-Fa-f]{8,}(\s+[0-9A-Fa-f]{8,})*$/.test(value.trim());
}
function isPathLike(value) {
  if (value === null) return !1;
  let v = value.trim();
  return /^(\/|\.\.?\/|~\/)\S*$/.test(v) || /^[\w.-]+\.(sh|txt|json|ya?ml|pass|pem|key|crt|cert|conf|cfg|properties|xml|env|ini|p12|jks)$/i.test(v);
}
function isSetting(value) {
  return value !== null && /^(true|false|yes|no|on|off|enabled?|disabled?|none|\d{1,5})$/i.test(value.trim());
}
function namesPublicValue(value) {
  if (!/^(?:\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?\s*)+$/.exec(value.trim())) return !1;
  let names = [...value.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map((x) => x[1]);
  return names.length > 0 && names.every((n) => words(n).some((w) => ALLOW_WORDS.has(w)));
}
var arg_env_no_secret_default = {
  id: "arg-env-no-secret",
  keywords: ["ARG", "ENV"],
  description: "Do not pass secrets through ARG or ENV",
  severity: "warning",
  related: ["hadolint:DL3064", "buildkit:SecretsUsedInArgOrEnv"],
  messages: {
    secret: "{{keyword}} '{{name}}' looks like a secret; ARG and ENV values are stored in the image history and metadata. Pass it with 'RUN --mount=type=secret,id={{id}}' instead"
  },
  options: {
    allowedNames: {
      description: "Variable names that look secret but are not (matched case-insensitively)",
      default: [],
      schema: { type: "array", items: { type: "string" } }
    }
  },
  examples: {
    valid: [`FROM python:3.12
ENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D`, `FROM node:22
ARG NPM_TOKEN_FILE=/run/secrets/npm`],
    invalid: [`FROM node:22
ARG NPM_TOKEN
RUN npm ci`, `FROM postgres:16
ENV POSTGRES_PASSWORD=changeme`]
  },
  differs: "union of BuildKit's word match and hadolint's list, matched on whole words of the name (so TOKENIZERS_PARALLELISM or KEYRING are not secrets), with public-key fingerprints (docker-library's GPG_KEY, also when the value is a variable named as one), ENV set to an empty value (also after expansion) or copying only variables the file does not declare, and names ending in _FILE/_PATH/_URL/_VERSION allowed; hadolint's bare 'username' and 'private' substrings are not taken as secrets (ARG USERNAME=vscode names a user); global ARGs before the first FROM are not checked, as in BuildKit (hadolint checks them): they reach no image unless a stage declares them again, and that ARG is reported",
  check({ model, options, report }) {
    let allowed = new Set(options.allowedNames.map((n) => n.toUpperCase())), visit = (ins) => {
      if (!(ins.keyword !== "ARG" && ins.keyword !== "ENV"))
        for (let kv of parseKeyValues(ins, ins.keyword === "ARG")) {
          if (!kv.key || !looksSecret(kv.key, allowed) || ins.keyword === "ENV" && kv.value !== null && kv.plain === "" || kv.value !== null && namesPublicValue(kv.value)) continue;
          let r = kv.value === null ? null : model.expand(kv.value, ins.scope), value = r && !r.unresolved ? r.value : kv.plain;
          ins.keyword === "ENV" && r && (r.unresolved ? r.names.length > 0 && r.names.every((n) => r.undefinedNames.includes(n)) : r.value === "") || [kv.plain, value].some((v) => isFingerprintList(v) || isSetting(v) || isPathLike(v)) || report({ messageId: "secret", data: { keyword: ins.keyword, name: kv.key, id: kv.key.toLowerCase().replace(/_/g, "-") }, span: kv.keySpan });
        }
    };
    for (let ins of model.instructions)
      ins.stage && visit(ins), ins.onbuild && visit(ins.onbuild);
  }
};

// src/layers/facts.ts
import { statSync as statSync2 } from "node:fs";
import { isAbsolute, resolve } from "node:path";

// src/fs/listing.ts
import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, dirname } from "node:path";
var listings = /* @__PURE__ */ new Map();
function listingOf(dir) {
  let st = statSync(dir, { throwIfNoEntry: !1 });
  if (!st?.isDirectory()) return null;
  let l = listings.get(dir);
  if (!l || l.mtime !== st.mtimeMs) {
    try {
      let names = readdirSync(dir);
      l = { names: new Set(names), lower: new Set(names.map((n) => n.toLowerCase())), mtime: st.mtimeMs };
    } catch {
      l = null;
    }
    listings.set(dir, l);
  }
  return l;
}
function entryExists(file) {
  let l = listingOf(dirname(file));
  if (!l) return existsSync(file);
  let name = basename(file);
  return l.names.has(name) ? !0 : l.lower.has(name.toLowerCase()) ? existsSync(file) : !1;
}
function forgetListings() {
  listings.clear();
}

// src/layers/facts.ts
function layerFacts(ctx) {
  return ctx.facts.get("layers", () => estimateLayers(ctx.model, { context: null }));
}
var opened = /* @__PURE__ */ new Map();
function forgetBuildContexts() {
  opened.clear(), forgetListings();
}
function buildContextOf(ctx) {
  let dir = ctx.settings.contextDir;
  return dir ? ctx.facts.get("layers:context", () => {
    let dockerfile = isAbsolute(ctx.model.path) ? ctx.model.path : resolve(ctx.model.path), df = entryExists(dockerfile) ? dockerfile : null, key = `${resolve(dir)}\0${df && entryExists(df + ".dockerignore") ? df : ""}`;
    if (opened.has(key)) return opened.get(key);
    let c = null;
    try {
      statSync2(dir).isDirectory() && (c = openBuildContext(dir, df));
    } catch {
      c = null;
    }
    return opened.set(key, c), c;
  }) : null;
}

// rules/arg-volatile-early.ts
function referencedText(ins) {
  return ins.argsText.text + ins.heredocs.map((h) => `
` + h.body).join("");
}
function envCopies(ins, carriers, refs) {
  return parseKeyValues(ins, !1).filter((kv) => kv.key && kv.value !== null && refs(kv.value).some((n) => carriers.has(n))).map((kv) => kv.key);
}
var arg_volatile_early_default = {
  id: "arg-volatile-early",
  description: "Declare per-build ARGs (commit, build date, version) after the expensive RUNs",
  severity: "warning",
  related: [],
  messages: {
    volatileEarly: "ARG {{name}} usually changes on every build, and every later RUN gets it in its environment, so '{{run}}' (line {{line}}) reruns on every build; declare the ARG just before its first use, or use it only in a LABEL at the end",
    volatileViaEnv: "ARG {{name}} usually changes on every build, and ENV {{env}} (line {{envLine}}) puts its value into every later step's environment, so '{{run}}' (line {{line}}) reruns on every build; move the ARG and the ENV below the expensive steps, or use the value only in a LABEL at the end"
  },
  options: {},
  examples: {
    valid: [
      `FROM node:22-alpine
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
ARG GIT_SHA
LABEL org.opencontainers.image.revision=$GIT_SHA`,
      `FROM alpine:3.20
ARG NODE_VERSION=22
RUN apk add --no-cache nodejs`
    ],
    invalid: [
      `FROM node:22-alpine
ARG GIT_SHA
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
LABEL org.opencontainers.image.revision=$GIT_SHA`
    ]
  },
  differs: "BuildKit puts every ARG in scope into the RUN environment, used or not; neither hadolint nor BuildKit's checks flag it",
  check(ctx) {
    let { model, report } = ctx;
    if (!model.stages.some(
      (st) => st.instructions.some(
        (ins) => ins.keyword === "ARG" && parseKeyValues(ins.args, !0).some((kv) => kv.key && (isPerBuildArgName(kv.key, !1, null) || isPerBuildArgName(kv.key, !0, kv.plain)))
      )
    )) return;
    let facts = layerFacts(ctx), names = (ins) => (t) => model.expand(t, ins.scope).names;
    for (let sf of facts.stages) {
      let steps = sf.steps;
      steps.forEach((st, i) => {
        let ins = st.instruction;
        if (ins.keyword === "ARG")
          for (let kv of parseKeyValues(ins, !0)) {
            if (!kv.key) continue;
            let inherited = kv.value === null ? model.globalScope.get(kv.key)?.value : void 0, hasDefault = kv.value !== null || inherited !== void 0;
            if (!isPerBuildArgName(kv.key, hasDefault, kv.value !== null ? kv.plain : inherited ?? null)) continue;
            let victim = null, carriers = /* @__PURE__ */ new Set([kv.key]), via = null;
            for (let s of steps.slice(i + 1)) {
              let si = s.instruction;
              if (si.scope.get(kv.key)?.declaredBy !== ins) break;
              let used = new Set(names(si)(referencedText(si)));
              if ([...carriers].some((n) => used.has(n))) {
                let copies = si.keyword === "ENV" ? envCopies(si, carriers, (t) => model.expand(t, si.scope).names) : [];
                if (!copies.length) break;
                for (let c of copies) carriers.add(c);
                via ??= { env: copies.join(", "), line: si.line };
                continue;
              }
              let r = si.run;
              if (r && r.commands.some(isExpensive)) {
                victim = s;
                break;
              }
            }
            if (!victim) continue;
            let run = victim.display.length > 60 ? victim.display.slice(0, 57) + "..." : victim.display;
            report({
              messageId: via ? "volatileViaEnv" : "volatileEarly",
              data: { name: kv.key, run, line: victim.line, ...via ? { env: via.env, envLine: via.line } : {} },
              span: kv.keySpan
            });
          }
      });
    }
  }
};

// src/model/declared-args.ts
function declaredArgs(model) {
  let out = [], add = (ins, global) => {
    for (let kv of parseKeyValues(ins.args, !0)) kv.key && out.push({ name: kv.key, instruction: ins, hasDefault: kv.value !== null, global });
  };
  for (let ins of model.globalArgs) add(ins, !0);
  for (let stage of model.stages) for (let ins of stage.instructions) ins.keyword === "ARG" && add(ins, !1);
  return out;
}

// src/model/varrefs.ts
function validModifier(modifier) {
  return modifier === "" || /^(:?[-+?=]|##?|%%?|\/\/?)/.test(modifier);
}
function unsetEffect(ref) {
  return /^:?[-=]/.test(ref.modifier) ? `takes the default written in '\${${ref.name}${ref.modifier}}'` : /^:?\?/.test(ref.modifier) ? "stops the build with an error" : "expands to an empty string";
}
var NAME_START = /[A-Za-z_]/, NAME_CHAR = /[A-Za-z0-9_]/;
function findVarRefs(text, escape, quotes = !0) {
  let out = [];
  return scan(text, 0, text.length, escape, quotes, out, text.includes("${") ? matchingBraces(text, escape) : null), out;
}
function matchingBraces(text, esc) {
  let close = new Int32Array(text.length).fill(-1), open = [];
  for (let k = 0; k < text.length; k++) {
    let ch = text[k];
    ch === esc ? k++ : ch === "{" ? open.push(k) : ch === "}" && open.length && (close[open.pop()] = k);
  }
  return close;
}
function scan(text, from, to, esc, quotes, out, close) {
  let stack = [{ i: from, to, inDouble: !1 }];
  for (; stack.length; ) {
    let frame = stack.pop(), { i, inDouble } = frame, end = frame.to;
    for (; i < end; ) {
      let c = text[i];
      if (c === esc && i + 1 < end) {
        i += 2;
        continue;
      }
      if (quotes && c === "'" && !inDouble) {
        let close2 = text.indexOf("'", i + 1);
        i = close2 === -1 || close2 >= end ? end : close2 + 1;
        continue;
      }
      if (quotes && c === '"') {
        inDouble = !inDouble, i++;
        continue;
      }
      if (c === "$" && i + 1 < end) {
        let next = text[i + 1];
        if (next === "{") {
          let j = i + 2, nameStart = j;
          for (; j < end && NAME_CHAR.test(text[j]); ) j++;
          let name = text.slice(nameStart, j);
          if (!name) {
            i++;
            continue;
          }
          let m = close ? close[i + 1] : -1, k = m === -1 || m > end ? end : m, refEnd = Math.min(k + 1, end), modifier = text.slice(j, Math.min(k, end)), guarded2 = /^:?[-+?=]/.test(modifier);
          out.push({ name, start: i, end: refEnd, guarded: guarded2, modifier });
          let op = /^(:?[-+?=]|##?|%%?|\/\/?)/.exec(modifier);
          if (op) {
            stack.push({ i: refEnd, to: end, inDouble }), stack.push({ i: j + op[0].length, to: Math.min(k, end), inDouble: !1 });
            break;
          }
          i = refEnd;
          continue;
        }
        if (NAME_START.test(next)) {
          let j = i + 1;
          for (; j < end && NAME_CHAR.test(text[j]); ) j++;
          out.push({ name: text.slice(i + 1, j), start: i, end: j, guarded: !1, modifier: "" }), i = j;
          continue;
        }
      }
      i++;
    }
  }
}
function logicalPiece(t, span) {
  let i0 = indexInLogical(t, span.start), i1 = Math.max(i0, indexInLogical(t, span.end));
  return { text: t.text.slice(i0, i1), offsets: t.map.slice(i0, i1 + 1) };
}
function varRefsInSpan(t, span, escape) {
  let piece = logicalPiece(t, span);
  return findVarRefs(piece.text, escape).map((r) => ({
    ...r,
    start: piece.offsets.at(r.start) ?? span.start,
    end: r.end > 0 ? (piece.offsets.at(r.end - 1) ?? span.end - 1) + 1 : span.start
  }));
}
function varRefsInSource(source, span, escape, quotes = !0) {
  return findVarRefs(source.slice(span.start, span.end), escape, quotes).map((r) => ({
    ...r,
    start: span.start + r.start,
    end: span.start + r.end
  }));
}

// rules/build-arg-required-unset.ts
var build_arg_required_unset_default = {
  id: "build-arg-required-unset",
  description: "Set every ARG a built FROM line needs and that has no default (Compose build.args, Bake args)",
  severity: "warning",
  related: [],
  messages: {
    unset: "ARG {{name}} has no default and {{kind}} '{{build}}' ({{file}}:{{buildLine}}) does not set it, so 'FROM {{from}}' gets an empty value; pass {{name}} there or give it a default"
  },
  options: {},
  examples: {
    valid: [{ code: "ARG BASE\nFROM ${BASE}", settings: { build: { kind: "compose", file: "compose.yaml", name: "api", line: 3, args: [{ name: "BASE", line: 6, set: !0 }], target: null } } }],
    invalid: [{ code: "ARG BASE\nFROM ${BASE}", settings: { build: { kind: "compose", file: "compose.yaml", name: "api", line: 3, args: [], target: null } } }]
  },
  differs: "only with --compose or --bake, which know every build arg the invocation sets; looks at global ARGs without a default used in the FROM of a stage the target needs (an ARG inside a stage may be optional)",
  check({ model, settings, report }) {
    let build = settings.build;
    if (!build) return;
    let set = /* @__PURE__ */ new Set([...build.args.filter((a) => a.set).map((a) => a.name), ...model.buildArgs.keys()]), globals = declaredArgs(model).filter((d) => d.global), last = new Map(globals.map((d) => [d.name, d])), escape = model.directives.escape, reported = /* @__PURE__ */ new Set();
    for (let stage of model.stages) {
      if (!stage.reachable) continue;
      let word = stage.from.args[0];
      if (!(!word || !word.raw.includes("$")))
        for (let ref of findVarRefs(word.raw, escape)) {
          let decl = last.get(ref.name);
          !decl || decl.hasDefault || ref.guarded || set.has(ref.name) || reported.has(ref.name) || (reported.add(ref.name), report({
            messageId: "unset",
            data: { name: ref.name, kind: build.kind === "compose" ? "service" : "target", build: build.name, file: build.file, buildLine: build.line, from: word.raw },
            span: decl.instruction.keywordSpan
          }));
        }
    }
  }
};

// rules/build-arg-undeclared.ts
var BUILTIN = /* @__PURE__ */ new Set([...PREDEFINED_ARGS, ...PLATFORM_ARGS]), build_arg_undeclared_default = {
  id: "build-arg-undeclared",
  description: "Pass only build args the Dockerfile declares (Compose build.args, Bake args)",
  severity: "warning",
  related: [],
  messages: {
    undeclared: "{{file}}:{{line}} passes build arg '{{name}}' to {{kind}} '{{build}}', but this Dockerfile declares no ARG {{name}}, so the value is unused{{hint}}; declare it or remove it there"
  },
  options: {},
  examples: {
    valid: [{ code: "ARG NODE_VERSION=22\nFROM node:${NODE_VERSION}-alpine", settings: { build: { kind: "compose", file: "compose.yaml", name: "web", line: 2, args: [{ name: "NODE_VERSION", line: 5, set: !0 }], target: null } } }],
    invalid: [{ code: "ARG NODE_VERSION=22\nFROM node:${NODE_VERSION}-alpine", settings: { build: { kind: "compose", file: "compose.yaml", name: "web", line: 2, args: [{ name: "NODE_VERSON", line: 5, set: !0 }], target: null } } }]
  },
  differs: "only with --compose or --bake, which know the build args; BuildKit warns about unused build args at build time, hadolint cannot see them",
  check({ model, settings, report }) {
    let build = settings.build;
    if (!build || !model.stages.length) return;
    let declared = new Set(declaredArgs(model).map((d) => d.name)), span = model.stages[0].from.keywordSpan;
    for (let arg of build.args) {
      if (declared.has(arg.name) || BUILTIN.has(arg.name) || arg.name.startsWith("BUILDKIT_")) continue;
      let close = suggest(arg.name, declared);
      report({
        messageId: "undeclared",
        data: { file: arg.file ?? build.file, line: arg.line, name: arg.name, kind: build.kind === "compose" ? "service" : "target", build: build.name, hint: close ? ` (did you mean '${close}'?)` : "" },
        span
      });
    }
  }
};

// rules/build-target-missing.ts
var build_target_missing_default = {
  id: "build-target-missing",
  description: "Build a target stage that exists (Compose build.target, Bake target)",
  severity: "error",
  related: [],
  messages: {
    missing: "{{file}}:{{line}} builds stage '{{target}}' for {{kind}} '{{build}}', but this Dockerfile has no stage named so ({{stages}}); the build fails"
  },
  options: {},
  examples: {
    valid: [{ code: `FROM golang:1.23 AS build
FROM alpine:3.20 AS runtime`, settings: { build: { kind: "bake", file: "docker-bake.hcl", name: "app", line: 1, args: [], target: { name: "runtime", line: 4 } } } }],
    invalid: [{ code: `FROM golang:1.23 AS build
FROM alpine:3.20 AS runtime`, settings: { build: { kind: "bake", file: "docker-bake.hcl", name: "app", line: 1, args: [], target: { name: "release", line: 4 } } } }]
  },
  differs: "only with --compose or --bake; the build itself fails with 'target stage could not be found'",
  check({ model, settings, report }) {
    let target = settings.build?.target;
    if (!target || !model.stages.length) return;
    let wanted = target.name.toLowerCase();
    if (model.stages.some((s) => s.name === wanted)) return;
    let names = model.stages.map((s) => s.nameRaw).filter((n) => n !== null), last = model.stages[model.stages.length - 1];
    report({
      messageId: "missing",
      data: {
        file: target.file ?? settings.build.file,
        line: target.line,
        target: target.name,
        kind: settings.build.kind === "compose" ? "service" : "target",
        build: settings.build.name,
        stages: names.length ? `stages: ${names.join(", ")}` : "no stage has a name"
      },
      span: last.from.keywordSpan
    });
  }
};

// rules/cmd-exec-form.ts
var SHELL_SYNTAX = /[|&;<>()$`\\"'*?[\]{}~#]/;
function hasShellInstruction(stage, before) {
  for (let s = stage; s; s = s.parent)
    for (let ins of s.instructions) {
      if (s === stage && ins.index >= before.index) break;
      if (ins.keyword === "SHELL") return !0;
    }
  return !1;
}
var cmd_exec_form_default = {
  id: "cmd-exec-form",
  keywords: ["CMD", "ENTRYPOINT"],
  description: "Write CMD and ENTRYPOINT in exec (JSON) form",
  severity: "warning",
  related: ["hadolint:DL3025", "buildkit:JSONArgsRecommended"],
  fixable: !0,
  messages: {
    shellForm: "{{keyword}} in shell form runs under {{shell}}, which does not pass signals such as SIGTERM to your process; use exec form: {{keyword}} {{suggestion}}",
    shellSyntax: "{{keyword}} in shell form runs under {{shell}}, which does not pass signals such as SIGTERM to your process; start the command with 'exec' so that it replaces the shell, or move the shell logic into a script and name the script in exec form"
  },
  options: {},
  examples: {
    valid: [`FROM python:3.12
CMD ["python", "app.py"]`, `FROM debian:12
SHELL ["/bin/bash", "-c"]
CMD echo $HOME`],
    invalid: [`FROM python:3.12
CMD python app.py`, `FROM alpine:3.20
ENTRYPOINT ./run.sh --port 80`]
  },
  differs: "a command started with 'exec' (`CMD exec gunicorn ...`) is not reported, as the process replaces the shell; like BuildKit, a SHELL set earlier in the stage or a parent stage silences it, and HEALTHCHECK CMD is not checked (hadolint checks it): a health check is a short-lived command that needs no signal handling, and Docker's documentation writes it in shell form",
  check({ model, report }) {
    for (let stage of model.stages)
      for (let ins of stage.instructions) {
        if (ins.keyword !== "CMD" && ins.keyword !== "ENTRYPOINT" || ins.json || ins.args.length === 0 || hasShellInstruction(stage, ins)) continue;
        let first = ins.args[0];
        if (first.value === "exec" && ins.args.length > 1) continue;
        let text = ins.argsText.text.trim(), simple2 = !SHELL_SYNTAX.test(text), shell = stage.windows ? "cmd /S /C" : "/bin/sh -c", last = ins.args[ins.args.length - 1], span = { start: ins.keywordSpan.start, end: last.end }, singleQuoted = /^\[\s*'[^"]*\]$/.test(text);
        if (!simple2 && !singleQuoted) {
          report({ messageId: "shellSyntax", data: { keyword: ins.keyword, shell }, span });
          continue;
        }
        let suggestion = singleQuoted ? text.replace(/'/g, '"') : JSON.stringify(ins.args.map((a) => a.value)).replace(/","/g, '", "');
        report({
          messageId: "shellForm",
          data: { keyword: ins.keyword, suggestion, shell },
          span,
          // A lone shell builtin (`CMD exec`) is no program that exec form could start.
          fix: singleQuoted || first.value === "exec" ? void 0 : [{ span: { start: first.start, end: last.end }, text: suggestion }]
        });
      }
  }
};

// rules/continuation-not-empty.ts
var continuation_not_empty_default = {
  id: "continuation-not-empty",
  description: "Do not leave empty lines inside a line continuation",
  severity: "warning",
  related: ["buildkit:NoEmptyContinuation"],
  messages: {
    empty: "Line {{blank}} is empty inside a line continuation; BuildKit skips it (it will become an error), so remove it",
    joinsInstruction: "Line {{blank}} is empty, but it does not end the instruction: the '\\' continuation goes on, so '{{keyword}}' on line {{next}} becomes part of this {{this}}; remove the trailing '\\' before the empty line"
  },
  options: {},
  examples: {
    valid: [`FROM alpine:3.20
RUN apk add --no-cache \\
    curl \\
    git`],
    invalid: [`FROM alpine:3.20
RUN apk add --no-cache \\
    curl \\

    git`]
  },
  differs: "reports at the first empty line (BuildKit: at the instruction's last line), and also tells when the empty line makes BuildKit swallow the next instruction into this one",
  fixable: !0,
  check({ model, report }) {
    let { lines } = model, visit = (ins) => {
      let ec = ins.emptyContinuation;
      if (!ec) return;
      let headerEnd = ins.argsText.map.at(ins.argsText.text.length) ?? ins.keywordSpan.end, lastLine = Math.max(lines.position(Math.max(ins.keywordSpan.end, headerEnd - 1)).line, lines.position(ec.start).line), esc = model.directives.escape === "`" ? "`" : "\\\\", continues = new RegExp(`([^${esc}])${esc}[ \\t]*$|^${esc}[ \\t]*$`), blanks = [];
      for (let l = ins.line; l <= lastLine; l++) {
        let t = lines.lineText(l).replace(/\r$/, "");
        if (l > ins.line && /^[ \t]*$/.test(t)) {
          blanks.push(l);
          continue;
        }
        if (!(l > ins.line && /^[ \t]*#/.test(t)) && !continues.test(t))
          break;
      }
      if (!blanks.length) return;
      let firstBlank = blanks[0] ?? lines.position(ec.start).line, joined = null;
      for (let b of blanks) {
        for (let l = b + 1; l <= lastLine; l++) {
          let t = lines.lineText(l);
          if (/^[ \t\r]*(#.*)?$/.test(t)) continue;
          let w = /^[ \t]*([A-Za-z]+)(?=[ \t\r]|$)/.exec(t)?.[1];
          w && KNOWN_INSTRUCTIONS.has(w.toUpperCase()) && (w === w.toUpperCase() || w === ins.keywordRaw) && (joined = { line: l, keyword: w });
          break;
        }
        if (joined) break;
      }
      let blankStart = lines.lineStart(firstBlank), span = { start: blankStart, end: blankStart + trimEndOf(lines.lineText(firstBlank), "\r").length };
      if (joined) {
        report({
          messageId: "joinsInstruction",
          data: { blank: firstBlank, keyword: joined.keyword, next: joined.line, this: ins.keywordRaw },
          span
        });
        return;
      }
      let fix = [];
      if (blanks.length && blanks[blanks.length - 1] < lastLine)
        for (let b of blanks) fix.push({ span: { start: lines.lineStart(b), end: lines.lineStart(b + 1) }, text: "" });
      report({ messageId: "empty", data: { blank: firstBlank }, span, ...fix.length ? { fix } : {} });
    };
    for (let ins of model.instructions) visit(ins);
  }
};

// rules/context-secret-baked.ts
import { relative } from "node:path";
function few(items, n = 4) {
  return items.length <= n ? items.join(", ") : `${items.slice(0, n).join(", ")} and ${items.length - n} more`;
}
var context_secret_baked_default = {
  id: "context-secret-baked",
  description: "Keep secret-looking and very large build-context files out of the shipped image",
  severity: "warning",
  related: [],
  messages: {
    secret: "'{{copy}}' writes {{what}} from the build context into the image, where anyone who pulls it can read them; add {{entries}} to {{ignoreFile}} (or copy only what the app needs)",
    big: "'{{copy}}' writes {{what}} into the image; if the app does not need them, add them to {{ignoreFile}}"
  },
  options: {
    bigFileSize: {
      description: "Size in bytes from which a context file written into the image is reported as big (0 turns it off)",
      default: DEFAULT_BIG_FILE,
      schema: { type: "integer", minimum: 0 }
    }
  },
  examples: {
    valid: [
      {
        code: `FROM python:3.12-slim
WORKDIR /app
COPY . .`,
        context: { "app.py": `print(1)
`, ".env": `SECRET_KEY=x
`, ".dockerignore": `.env
` }
      }
    ],
    invalid: [
      {
        code: `FROM python:3.12-slim
WORKDIR /app
COPY . .`,
        context: { "app.py": `print(1)
`, ".env": `SECRET_KEY=x
` }
      }
    ]
  },
  differs: "reads the real build context (after .dockerignore) and only the shipped stages (the target and its FROM-stage ancestors); names decide, and .pem/.npmrc/.pypirc/credential JSON files are reported only when their first 8 kB hold a key or token; values are never printed",
  check(ctx) {
    let { model, report, options } = ctx;
    if (!shippedChain(model).some((s) => s.instructions.some(copiesFromContext))) return;
    let context = buildContextOf(ctx);
    if (!context) return;
    let baked = bakedFiles(model, context, { bigFile: options.bigFileSize > 0 ? options.bigFileSize : Number.POSITIVE_INFINITY }), ignoreFile = context.ignoreFile && relative(context.dir, context.ignoreFile) || ".dockerignore";
    for (let step of baked.steps) {
      let ins = step.instruction, copy = `${ins.keywordRaw} ${ins.argsText.text.trim()}`.replace(/\s+/g, " "), span = { start: ins.start, end: ins.end };
      if (step.secrets.length) {
        let listed = secretEntries(step.secrets), entries = [...new Set(listed.map((s) => s.path))];
        report({ messageId: "secret", data: { copy, what: few(listed.map((s) => `${s.path} (${s.kind})`)), entries: few(entries.map((e) => `'${e}'`)), ignoreFile }, span });
      }
      if (step.big.length) {
        let what = few(step.big.map((f) => `${f.path} (${formatBytes(f.size)})`));
        report({ messageId: "big", data: { copy, what, ignoreFile }, span });
      }
    }
  }
};

// rules/copy-archive-use-add.ts
var TAR_BLOCKERS = /^--(strip-components|exclude|wildcards|to-stdout|transform|xform|no-same-owner|same-owner|owner|group|keep-old-files|skip-old-files|occurrence|newer|after-date|anchored|files-from)\b|^-[A-Za-z]*[OT]/;
function wordText(w) {
  return w.expanded ?? (w.hasExpansion ? null : w.value);
}
function tarExtracts(cmd) {
  let args = cmd.words.slice(1).map(wordText);
  if (args.some((a) => a === null)) return null;
  let words3 = args, extract = !1, file = null, operands = [];
  for (let i = 0; i < words3.length; i++) {
    let w = words3[i];
    if (TAR_BLOCKERS.test(w)) return null;
    if (w === "--extract" || w === "--get") extract = !0;
    else if (w.startsWith("--file=")) file = w.slice(7);
    else if (w === "--file" || w === "-C" || w === "--directory")
      w === "--file" && (file = words3[i + 1] ?? null), i++;
    else {
      if (/^--directory=/.test(w)) continue;
      if (/^-[A-Za-z]+$/.test(w) || i === 0 && /^[A-Za-z]+$/.test(w) && w.includes("x")) {
        w.includes("x") && (extract = !0);
        let f = w.indexOf("f");
        if (f !== -1 && f === w.length - 1)
          file = words3[i + 1] ?? null, i++;
        else if (f !== -1) return null;
      } else {
        if (w.startsWith("-")) continue;
        operands.push(w);
      }
    }
  }
  return !extract || !file || operands.length ? null : file;
}
var copy_archive_use_add_default = {
  id: "copy-archive-use-add",
  keywords: ["COPY"],
  description: "Use ADD to unpack a local tar archive instead of COPY and tar",
  severity: "info",
  related: ["hadolint:DL3010"],
  messages: {
    useAdd: "'{{file}}' is copied and then unpacked with tar on line {{line}}, which keeps the archive in a layer; 'ADD {{file}} <dir>/' unpacks local tar archives in one step"
  },
  options: {},
  examples: {
    valid: [
      `FROM debian:12
ADD app.tar.gz /opt/app/`,
      `FROM debian:12
COPY node.tar.xz /tmp/
RUN tar -xJf /tmp/node.tar.xz -C /usr/local --strip-components=1`
    ],
    invalid: [`FROM debian:12
COPY app.tar.gz /tmp/
RUN tar -xzf /tmp/app.tar.gz -C /opt && rm /tmp/app.tar.gz`]
  },
  differs: "only tar extraction of a whole archive counts (ADD cannot unzip, gunzip a non-tar file, strip path components or pick members, so those are not reported), and extraction through ARG/ENV variables is resolved",
  check({ model, report }) {
    for (let stage of model.stages) {
      let copied = /* @__PURE__ */ new Map();
      for (let ins of stage.instructions) {
        if (ins.keyword === "COPY" && copiesFromContext(ins)) {
          let { sources, dest } = copyParts(ins);
          for (let src of sources) {
            if (src.heredoc) continue;
            let v = ins.json ? src.value : expandedWord(model, ins, src.raw);
            if (!(v === null || !isTarName(v) || /[*?[]/.test(v)) && (copied.set(baseName(v), { ins, src }), dest && sources.length === 1)) {
              let d = ins.json ? dest.value : expandedWord(model, ins, dest.raw);
              d && !d.endsWith("/") && isTarName(d) && copied.set(baseName(d), { ins, src });
            }
          }
          continue;
        }
        if (!(!ins.run || ins.run.windowsShell || !copied.size))
          for (let cmd of ins.run.commands) {
            if (cmd.name !== "tar") continue;
            let file = tarExtracts(cmd);
            if (!file) continue;
            let hit = copied.get(baseName(file));
            hit && (copied.delete(baseName(file)), report({ messageId: "useAdd", data: { file: hit.src.value, line: model.lines.position(cmd.start).line }, span: { start: hit.src.start, end: hit.src.end } }));
          }
      }
    }
  }
};

// rules/copy-context-unignored.ts
import { isAbsolute as isAbsolute2, relative as relative2, resolve as resolve2 } from "node:path";
var BUILD_OUTPUT = /* @__PURE__ */ new Set(["__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache", ".tox", ".nox", ".next", ".nuxt", ".parcel-cache", ".turbo", ".gradle"]);
function classify(path, top, venvDirs) {
  let parts = path.split("/");
  if (parts[0] === ".git") return { label: ".git", entry: ".git" };
  let nm = parts.indexOf("node_modules");
  if (nm >= 0 && nm < parts.length - 1) return { label: "node_modules", entry: "**/node_modules" };
  for (let i = 0; i < parts.length - 1; i++) {
    let dir = parts.slice(0, i + 1).join("/");
    if (venvDirs.has(dir)) return { label: `virtualenv ${dir}`, entry: dir };
    if (BUILD_OUTPUT.has(parts[i])) return { label: parts[i], entry: `**/${parts[i]}` };
  }
  if (parts.length > 1) {
    let first = parts[0];
    if (first === "dist" && top.has("package.json")) return { label: "dist (build output)", entry: "dist" };
    if (first === "target" && (top.has("Cargo.toml") || top.has("pom.xml"))) return { label: "target (build output)", entry: "target" };
    if ((first === "bin" || first === "obj") && [...top].some((f) => /\.(csproj|fsproj|sln)$/.test(f))) return { label: `${first} (build output)`, entry: first };
  }
  return null;
}
var copy_context_unignored_default = {
  id: "copy-context-unignored",
  keywords: ["COPY", "ADD"],
  description: "Keep .git, node_modules, virtualenvs and build output out of COPY . through .dockerignore",
  severity: "warning",
  related: [],
  messages: {
    unignored: "'{{copy}}' sends {{what}} ({{count}} files, {{bytes}}) into the image and its cache key, so any change there rebuilds this step and everything after it; add {{entries}} to {{ignoreFile}}"
  },
  options: {
    reportDockerfile: {
      description: "Also report when the only unwanted file is the Dockerfile itself (an edit to it then rebuilds the COPY)",
      default: !1,
      schema: { type: "boolean" }
    }
  },
  examples: {
    valid: [`FROM node:22-alpine
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .`],
    invalid: [
      {
        code: `FROM python:3.12-slim
WORKDIR /app
COPY . .`,
        context: { ".git/HEAD": `ref: refs/heads/main
`, "node_modules/left-pad/index.js": `module.exports = 1;
`, "app.py": `print(1)
` }
      }
    ]
  },
  differs: "reads the real build context: only reported when such files exist and .dockerignore does not exclude them",
  check(ctx) {
    let { model, settings, report, options } = ctx;
    if (!settings.contextDir) return;
    let whole = model.stages.filter((s) => s.reachable).flatMap((s) => s.instructions).filter((ins) => copiesFromContext(ins) && copyParts(ins).sources.some((s) => !s.heredoc && isWholeContext(model.expand(s.value, ins.scope).value)));
    if (!whole.length) return;
    let context = buildContextOf(ctx);
    if (!context) return;
    let dockerfile = isAbsolute2(model.path) ? model.path : resolve2(model.path), dfRel = relative2(context.dir, dockerfile).split("\\").join("/");
    for (let ins of whole) {
      let src = copyParts(ins).sources.find((s) => !s.heredoc && isWholeContext(model.expand(s.value, ins.scope).value)), exclude = ins.flags.filter((f) => f.name === "exclude" && f.value).map((f) => f.value), files = context.select(["."], { exclude }).files, top = new Set(files.filter((f) => !f.path.includes("/")).map((f) => f.path)), venvDirs = new Set(files.filter((f) => f.path.endsWith("/pyvenv.cfg")).map((f) => f.path.slice(0, -11)));
      for (let n of [".venv", "venv"]) files.some((f) => f.path.startsWith(n + "/bin/")) && venvDirs.add(n);
      let groups = /* @__PURE__ */ new Map(), dockerfileSent = null;
      for (let f of files) {
        f.path === dfRel && (dockerfileSent = f);
        let g = classify(f.path, top, venvDirs);
        if (!g) continue;
        let e = groups.get(g.label) ?? { ...g, count: 0, bytes: 0 };
        e.count++, e.bytes += f.size, groups.set(g.label, e);
      }
      if (dockerfileSent && (groups.size > 0 || options.reportDockerfile)) {
        let name = dfRel.split("/").pop();
        groups.set("the Dockerfile", { label: `the Dockerfile (${name})`, entry: dfRel, count: 1, bytes: dockerfileSent.size });
      }
      if (!groups.size) continue;
      let list2 = [...groups.values()].sort((a, b) => b.bytes - a.bytes), total = list2.reduce((n, g) => n + g.count, 0), bytes = list2.reduce((n, g) => n + g.bytes, 0), what = list2.map((g) => `${g.label} (${g.count} file${g.count === 1 ? "" : "s"}, ${formatBytes(g.bytes)})`).join(", ");
      report({
        messageId: "unignored",
        data: {
          copy: `${ins.keywordRaw} ${ins.argsText.text.trim()}`,
          what,
          count: total,
          bytes: formatBytes(bytes),
          entries: list2.map((g) => `'${g.entry}'`).join(", "),
          ignoreFile: context.ignoreFile && relative2(context.dir, context.ignoreFile) || ".dockerignore"
        },
        span: { start: src.start, end: src.end }
      });
    }
  }
};

// rules/copy-from-root.ts
var ROOT = /^\/+\.?$|^\/+\*$/, copy_from_root_default = {
  id: "copy-from-root",
  keywords: ["COPY"],
  description: "Do not copy a whole filesystem with COPY --from",
  severity: "warning",
  related: ["hadolint:DL3067"],
  messages: {
    wholeFs: "COPY --from={{ref}} {{src}} {{dest}} copies the entire filesystem of '{{ref}}' over this one, including /etc, /proc mount points and package databases; copy only the directories you need"
  },
  options: {
    bundleImages: {
      description: "Images made to be copied whole with 'COPY --from=<image> / /' (a few files on an empty base), matched by repository path, `*` as wildcard",
      default: ["tonistiigi/xx", "docker.io/tonistiigi/xx", "gloursdocker/docker"],
      schema: { type: "array", items: { type: "string" } }
    }
  },
  examples: {
    valid: [`FROM golang:1.23 AS build
FROM alpine:3.20
COPY --from=build /out/ /usr/local/bin/`, `FROM alpine:3.20 AS rootfs
FROM scratch
COPY --from=rootfs / /`],
    invalid: [`FROM debian:12 AS base
FROM alpine:3.20
COPY --from=base / /`]
  },
  differs: "a copy into 'FROM scratch' (building a root filesystem on purpose), or from a scratch-based stage or a bundle image such as tonistiigi/xx (made to be copied whole), is not reported",
  check({ model, options, report }) {
    let bundles = options.bundleImages.map(globToRegExp), isBundle = (ref) => {
      let { registry, path } = splitImage(ref);
      return [path, registry ? `${registry}/${path}` : path].some((f) => bundles.some((b) => b.test(f)));
    }, copiesBundle = (ref) => {
      let st = model.stageByRef(ref);
      if (!st) return isBundle(ref);
      for (; st.parent; ) st = st.parent;
      return st.image.isScratch || !st.image.unresolved && isBundle(st.image.expanded);
    };
    for (let stage of model.stages) {
      let root = stage;
      for (; root.parent; ) root = root.parent;
      if (!root.image.isScratch)
        for (let ins of stage.instructions) {
          if (ins.keyword !== "COPY") continue;
          let flag = ins.flags.find((f) => f.name === "from");
          if (!flag?.value) continue;
          let { sources, dest } = copyParts(ins);
          if (!dest || !ROOT.test(dest.value)) continue;
          let src = sources.find((s) => ROOT.test(s.value));
          !src || copiesBundle(flag.value) || report({ messageId: "wholeFs", data: { ref: flag.value, src: src.value, dest: dest.value }, span: { start: src.start, end: dest.end } });
        }
    }
  }
};

// rules/copy-from-self.ts
var copy_from_self_default = {
  id: "copy-from-self",
  keywords: ["COPY", "RUN"],
  description: "Do not COPY --from the stage being built",
  severity: "error",
  related: ["hadolint:DL3023"],
  messages: {
    self: "COPY --from={{ref}} refers to the stage it is in, which is a circular dependency; copy from an earlier stage or copy within the stage with RUN cp"
  },
  options: {},
  examples: {
    valid: [`FROM golang:1.23 AS build
FROM alpine:3.20 AS run
COPY --from=build /app /app`],
    invalid: [`FROM alpine:3.20 AS run
COPY --from=run /etc/passwd /tmp/`, `FROM alpine:3.20
COPY --from=0 /a /b`]
  },
  differs: "also catches a numeric self-reference (--from=0 in the first stage) and a mixed-case name, and checks RUN --mount from=",
  check({ model, report }) {
    let check = (ins, stage, ref, span) => {
      let r = ref.replace(/^(["'])(.*)\1$/, "$2");
      r.includes("$") || model.stageByRef(r) === stage && (stage.name === r.toLowerCase() || /^\d+$/.test(r)) && report({ messageId: "self", data: { ref: r }, span });
    };
    for (let stage of model.stages)
      for (let ins of stage.instructions) {
        if (ins.keyword === "COPY") {
          let flag = ins.flags.find((f) => f.name === "from");
          flag?.value && check(ins, stage, flag.value, flag.valueSpan);
        }
        if (ins.run)
          for (let m of ins.run.mounts) {
            let from = m.options.from;
            if (!from) continue;
            let text = model.text.slice(m.span.start, m.span.end), idx = text.search(/(^|,)from=/), off = idx === -1 ? m.span.start : m.span.start + idx + text.slice(idx).indexOf("from=") + 5;
            check(ins, stage, from, idx === -1 ? m.span : { start: off, end: off + from.length });
          }
      }
  }
};

// rules/copy-from-stage.ts
function distance(a, b) {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      let cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1)), prev = cur;
    }
  }
  return row[b.length];
}
var copy_from_stage_default = {
  id: "copy-from-stage",
  keywords: ["COPY"],
  description: "Make COPY --from name a stage of this Dockerfile or a tagged image",
  severity: "warning",
  related: ["hadolint:DL3022"],
  messages: {
    untaggedImage: "Image '{{ref}}' in COPY --from has no tag, so it means '{{ref}}:latest' and changes under you; pin a version tag or a digest",
    unknown: "'{{ref}}' is not a stage of this Dockerfile, so COPY --from pulls the image '{{ref}}:latest'{{hint}}",
    badIndex: "There is no stage {{index}}: this Dockerfile has {{count}} stage(s), numbered from 0; name the stage with 'FROM ... AS <name>' and use the name",
    variable: "COPY --from={{ref}} uses a variable, which BuildKit rejects ('variable expansion is not supported for --from'); declare a stage 'FROM ${{name}} AS <name>' and copy from that name"
  },
  options: {},
  examples: {
    valid: [
      `FROM golang:1.23 AS build
RUN go build -o /app
FROM alpine:3.20
COPY --from=build /app /app`,
      `FROM alpine:3.20
COPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/nginx/`,
      `FROM golang:1.23
FROM alpine:3.20
COPY --from=0 /go/bin /bin`
    ],
    invalid: [`FROM golang:1.23 AS build
FROM alpine:3.20
COPY --from=biuld /app /app`, `FROM alpine:3.20
COPY --from=3 /a /a`]
  },
  differs: "stage names match case-insensitively and may come later in the file (BuildKit resolves them); an untagged image is reported with a 'did you mean' stage; a variable in --from is reported because BuildKit refuses it",
  check({ model, report }) {
    let check = (ins, stage) => {
      let flag = ins.flags.find((f) => f.name === "from");
      if (!flag || flag.value === null) return;
      let raw = flag.value.replace(/^(["'])(.*)\1$/, "$2"), span = flag.valueSpan;
      if (/\$/.test(raw)) {
        if (/containerfile/i.test(model.path)) return;
        let name = /\$\{?([A-Za-z_][A-Za-z0-9_]*)/.exec(raw)?.[1] ?? "VAR";
        report({ messageId: "variable", data: { ref: raw, name }, span });
        return;
      }
      if (/^\d+$/.test(raw)) {
        Number(raw) >= model.stages.length && report({ messageId: "badIndex", data: { index: raw, count: model.stages.length }, span });
        return;
      }
      if (model.stageByRef(raw) || raw.includes(":") || raw.includes("@") || raw.toLowerCase() === "scratch" || raw.toLowerCase() === "context" || model.stages.some((s) => s.nameRaw?.includes("$"))) return;
      if (/[/.]/.test(raw)) {
        report({ messageId: "untaggedImage", data: { ref: raw }, span });
        return;
      }
      let close = model.stages.map((s) => s.nameRaw).filter((n) => !!n && model.stageByRef(n) !== stage).map((n) => ({ n, d: distance(n.toLowerCase(), raw.toLowerCase()) })).filter((x) => x.d <= Math.max(2, Math.floor(raw.length / 3))).sort((a, b) => a.d - b.d)[0], hint = close ? `; did you mean the stage '${close.n}'?` : "; if you meant an image, give it a tag (or digest), if you meant a stage, check its name";
      report({ messageId: "unknown", data: { ref: raw, hint }, span });
    };
    for (let stage of model.stages)
      for (let ins of stage.instructions)
        ins.keyword === "COPY" ? check(ins, stage) : ins.onbuild?.keyword === "COPY" && check(ins.onbuild, stage);
  }
};

// rules/copy-manifests-first.ts
function list(items) {
  return items.length <= 1 ? items.join("") : items.slice(0, -1).join(", ") + " and " + items[items.length - 1];
}
var copy_manifests_first_default = {
  id: "copy-manifests-first",
  keywords: ["COPY", "ADD"],
  description: "Copy dependency manifests and install before copying the whole build context",
  severity: "warning",
  related: [],
  messages: {
    installAfterCopy: "'{{copy}}' comes before '{{install}}' (line {{line}}), so any source edit reinstalls every dependency; copy {{manifests}} first, run the install, then '{{copy}}'"
  },
  differs: "new in dflint (hadolint and BuildKit have no such check); an install under a RUN cache mount is accepted, and Go in GOPATH mode (GO111MODULE=off; golang images of Go 1.10 and older; Go 1.11/1.12 inside $GOPATH/src) downloads nothing",
  options: {},
  fixable: "suggestion",
  examples: {
    valid: [
      `FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .`,
      `FROM node:22-alpine
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build`
    ],
    invalid: [
      `FROM python:3.12-slim
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt`,
      `FROM node:22-alpine
WORKDIR /app
COPY . .
RUN ["npm", "ci"]`
    ]
  },
  check({ model, report }) {
    for (let { stage, copy, run, install } of installsAfterWholeCopy(model)) {
      let copyText = `${copy.keywordRaw} ${copy.argsText.text.trim()}`;
      report({
        messageId: "installAfterCopy",
        data: { copy: copyText, install: install.display, line: run.line, manifests: list(install.manifests) },
        span: { start: copy.start, end: copy.end },
        fix: manifestsFirstFix(model, stage, copy, run, install) ?? void 0
      });
    }
  }
};

// rules/copy-multi-source-dest.ts
var copy_multi_source_dest_default = {
  id: "copy-multi-source-dest",
  keywords: ["COPY", "ADD"],
  description: "End the destination with / when copying several sources",
  severity: "error",
  related: ["hadolint:DL3021"],
  fixable: !0,
  messages: {
    notDir: "{{keyword}} with {{count}} sources needs a directory destination ending in '/', but '{{dest}}' does not end in '/'; write '{{dest}}/'"
  },
  options: {},
  examples: {
    valid: [`FROM node:22
COPY package.json package-lock.json /app/`, `FROM golang:1.23
WORKDIR /src
COPY go.mod go.sum .`],
    invalid: [`FROM node:22
COPY package.json package-lock.json /app`]
  },
  differs: "checks ADD too, accepts '.' (BuildKit treats it as the working directory) and judges the destination after ARG/ENV expansion",
  check({ model, report }) {
    for (let stage of model.stages)
      for (let ins of stage.instructions) {
        if (ins.keyword !== "COPY" && ins.keyword !== "ADD") continue;
        let { sources, dest } = copyParts(ins);
        if (sources.length < 2 || !dest) continue;
        let value = ins.json ? dest.value : expandedWord(model, ins, dest.raw);
        if (value === null || value === "" || /[/\\]$/.test(value) || /(^|[/\\])\.\.?$/.test(value)) continue;
        let plain = !ins.json && dest.raw === dest.value;
        report({
          messageId: "notDir",
          data: { keyword: ins.keyword, count: sources.length, dest: value },
          span: { start: dest.start, end: dest.end },
          fix: plain ? [{ span: { start: dest.end, end: dest.end }, text: stage.windows && value.includes("\\") ? "\\" : "/" }] : void 0
        });
      }
  }
};

// src/model/image-env.ts
var COMMON_ENV = /* @__PURE__ */ new Set([
  "PATH",
  "HOME",
  "HOSTNAME",
  "USER",
  "LOGNAME",
  "SHELL",
  "PWD",
  "TERM",
  "LANG",
  "LANGUAGE",
  "LC_ALL",
  "LC_CTYPE",
  "TZ",
  "DEBIAN_FRONTEND",
  "LD_LIBRARY_PATH",
  "LD_PRELOAD",
  "PKG_CONFIG_PATH",
  "MANPATH",
  "CLASSPATH",
  "TMPDIR",
  "XDG_CONFIG_HOME",
  "XDG_DATA_HOME",
  "XDG_CACHE_HOME",
  "container"
]), BY_IMAGE = {
  golang: ["GOPATH", "GOROOT", "GOTOOLCHAIN", "GOLANG_VERSION", "GOFLAGS", "CGO_ENABLED"],
  python: ["PYTHON_VERSION", "PYTHON_SHA256", "GPG_KEY", "PYTHON_PIP_VERSION", "PYTHON_SETUPTOOLS_VERSION", "PYTHON_GET_PIP_URL", "PYTHON_GET_PIP_SHA256", "PYTHONIOENCODING"],
  pypy: ["PYPY_VERSION", "PYTHONIOENCODING"],
  node: ["NODE_VERSION", "YARN_VERSION", "NODE_ENV", "NODE_PATH"],
  ruby: ["RUBY_VERSION", "RUBY_MAJOR", "RUBY_DOWNLOAD_SHA256", "RUBY_DOWNLOAD_URL", "GEM_HOME", "BUNDLE_APP_CONFIG", "BUNDLE_SILENCE_ROOT_WARNING", "BUNDLE_PATH", "BUNDLE_BIN"],
  rust: ["RUSTUP_HOME", "CARGO_HOME", "RUST_VERSION"],
  php: ["PHP_VERSION", "PHP_INI_DIR", "PHPIZE_DEPS", "PHP_CFLAGS", "PHP_CPPFLAGS", "PHP_LDFLAGS", "PHP_URL", "PHP_ASC_URL", "PHP_SHA256", "GPG_KEYS", "APACHE_CONFDIR", "APACHE_ENVVARS", "COMPOSER_HOME", "COMPOSER_ALLOW_SUPERUSER"],
  tomcat: ["CATALINA_HOME", "CATALINA_BASE", "TOMCAT_VERSION", "TOMCAT_MAJOR", "TOMCAT_SHA512", "TOMCAT_NATIVE_LIBDIR", "JAVA_HOME", "JAVA_VERSION"],
  maven: ["MAVEN_HOME", "MAVEN_CONFIG", "MAVEN_VERSION", "JAVA_HOME", "JAVA_VERSION"],
  gradle: ["GRADLE_HOME", "GRADLE_VERSION", "GRADLE_USER_HOME", "JAVA_HOME", "JAVA_VERSION"],
  postgres: ["PGDATA", "PG_MAJOR", "PG_VERSION", "PG_SHA256", "GOSU_VERSION"],
  postgis: ["PGDATA", "PG_MAJOR", "PG_VERSION", "POSTGIS_VERSION", "POSTGIS_MAJOR"],
  mysql: ["MYSQL_VERSION", "MYSQL_MAJOR", "MYSQL_SHELL_VERSION", "GOSU_VERSION"],
  mariadb: ["MARIADB_VERSION", "MARIADB_MAJOR", "GOSU_VERSION"],
  nginx: ["NGINX_VERSION", "NJS_VERSION", "NJS_RELEASE", "PKG_RELEASE", "DYNPKG_RELEASE"],
  httpd: ["HTTPD_PREFIX", "HTTPD_VERSION", "HTTPD_SHA256", "HTTPD_PATCHES"],
  jupyter: ["NB_USER", "NB_UID", "NB_GID", "CONDA_DIR", "JUPYTER_PORT", "SHELL", "XDG_CACHE_HOME"],
  jenkins: ["JENKINS_HOME", "JENKINS_VERSION", "JENKINS_UC", "JENKINS_SLAVE_AGENT_PORT", "JENKINS_AGENT_PORT", "REF", "COPY_REFERENCE_FILE_LOG", "JAVA_HOME", "JAVA_OPTS"],
  dotnet: ["DOTNET_VERSION", "ASPNET_VERSION", "DOTNET_SDK_VERSION", "APP_UID", "ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "DOTNET_RUNNING_IN_CONTAINER", "DOTNET_USE_POLLING_FILE_WATCHER", "NUGET_XMLDOC_MODE", "POWERSHELL_DISTRIBUTION_CHANNEL", "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"],
  cuda: ["CUDA_VERSION", "NVIDIA_VISIBLE_DEVICES", "NVIDIA_DRIVER_CAPABILITIES", "NVIDIA_REQUIRE_CUDA", "NV_CUDA_CUDART_VERSION", "CUDA_HOME"],
  miniconda3: ["CONDA_DIR", "CONDA_PREFIX"],
  micromamba: ["MAMBA_ROOT_PREFIX", "MAMBA_USER", "MAMBA_USER_ID", "MAMBA_USER_GID", "MAMBA_EXE", "ENV_NAME"],
  erlang: ["OTP_VERSION", "REBAR_VERSION", "REBAR3_VERSION"],
  elixir: ["ELIXIR_VERSION", "OTP_VERSION", "MIX_HOME"],
  swift: ["SWIFT_VERSION", "SWIFT_PLATFORM", "SWIFT_BRANCH", "SWIFT_SIGNING_KEY"],
  julia: ["JULIA_VERSION", "JULIA_PATH", "JULIA_GPG"],
  docker: ["DOCKER_VERSION", "DOCKER_TLS_CERTDIR", "DOCKER_BUILDX_VERSION", "DOCKER_COMPOSE_VERSION", "DIND_COMMIT"],
  redis: ["REDIS_VERSION", "REDIS_DOWNLOAD_URL", "REDIS_DOWNLOAD_SHA", "GOSU_VERSION"],
  mongo: ["MONGO_VERSION", "MONGO_MAJOR", "MONGO_PACKAGE", "MONGO_REPO", "GOSU_VERSION", "JSYAML_VERSION"],
  rabbitmq: ["RABBITMQ_VERSION", "RABBITMQ_HOME", "RABBITMQ_DATA_DIR", "RABBITMQ_LOGS", "OPENSSL_VERSION", "OTP_VERSION"],
  wordpress: ["PHP_VERSION", "PHP_INI_DIR", "WORDPRESS_VERSION", "WORDPRESS_CLI_VERSION", "APACHE_CONFDIR", "APACHE_ENVVARS"],
  drupal: ["PHP_VERSION", "PHP_INI_DIR", "DRUPAL_VERSION", "COMPOSER_ALLOW_SUPERUSER"],
  haproxy: ["HAPROXY_VERSION", "HAPROXY_URL", "HAPROXY_SHA256"]
}, JAVA_IMAGES = /^(openjdk|eclipse-temurin|amazoncorretto|ibm-semeru-runtimes|ibmjava|sapmachine|zulu-openjdk|azul\/zulu.*|jdk|jre|java|.*-jdk|.*-jre|.*java.*|kotlin|clojure|groovy|scala|sbt.*|bazel)$/;
function rootImageOf(stage) {
  let s = stage, seen = /* @__PURE__ */ new Set();
  for (; s.parent && !seen.has(s); )
    seen.add(s), s = s.parent;
  return s;
}
function imageMayDefine(stage, name) {
  if (COMMON_ENV.has(name)) return !0;
  let root = rootImageOf(stage);
  if (root.image.isScratch) return !1;
  if (root.image.unresolved) return !0;
  let path = root.image.path.toLowerCase(), last = path.split("/").pop() ?? "", prefix = last.replace(/[^a-z0-9]+/g, "_").toUpperCase() + "_";
  if (name.startsWith(prefix)) return !0;
  for (let [img, names] of Object.entries(BY_IMAGE))
    if ((last === img || last.startsWith(img + "-") || path.includes("/" + img + "/") || path.startsWith(img + "/")) && names.includes(name)) return !0;
  return !!(JAVA_IMAGES.test(last) && /^JAVA_/.test(name));
}
var DOCKER_HUB = /* @__PURE__ */ new Set(["docker.io", "index.docker.io", "registry-1.docker.io", "mirror.gcr.io"]);
function baseEnvKnown(stage) {
  let root = rootImageOf(stage);
  if (root.image.isScratch) return !0;
  if (root.image.unresolved || root.image.stage || root.image.registry !== null && !DOCKER_HUB.has(root.image.registry.toLowerCase())) return !1;
  let path = root.image.path.toLowerCase();
  return path.startsWith("library/") && (path = path.slice(8)), path.includes("/") ? !1 : DISTROS.has(path) || path in BY_IMAGE || OFFICIAL_JDKS.has(path);
}
var OFFICIAL_JDKS = /* @__PURE__ */ new Set(["openjdk", "eclipse-temurin", "amazoncorretto", "ibmjava", "sapmachine", "ibm-semeru-runtimes"]), DISTROS = /* @__PURE__ */ new Set([
  "alpine",
  "debian",
  "ubuntu",
  "busybox",
  "centos",
  "fedora",
  "amazonlinux",
  "oraclelinux",
  "rockylinux",
  "almalinux",
  "archlinux",
  "photon",
  "clearlinux",
  "mageia",
  "buildpack-deps",
  "gcc",
  "bash"
]);
function onScratch(stage) {
  return rootImageOf(stage).image.isScratch;
}

// rules/copy-relative-dest.ts
var copy_relative_dest_default = {
  id: "copy-relative-dest",
  description: "Set WORKDIR before copying to a relative destination",
  severity: "warning",
  related: ["hadolint:DL3045"],
  messages: {
    relative: "{{keyword}} to relative destination '{{dest}}' with no WORKDIR set in this stage, so it lands wherever the base image's working directory is; add 'WORKDIR /path' first or use an absolute destination"
  },
  options: {},
  examples: {
    valid: [`FROM scratch
COPY app .`, `FROM alpine:3.20
WORKDIR /app
COPY . .`, `FROM alpine:3.20
COPY app.py /app/`, `FROM alpine:3.20 AS base
WORKDIR /app
FROM base
COPY . .`],
    invalid: [`FROM alpine:3.20
COPY . .`, `FROM alpine:3.20
ADD app.tar.gz app/`]
  },
  differs: "a stage built on scratch works in '/' and is not reported; WORKDIR inherited from a parent stage (FROM <stage>) counts, and destinations from unresolved variables are not judged",
  check({ model, report }) {
    let hasWorkdir = /* @__PURE__ */ new Map();
    for (let stage of model.stages) {
      let set = stage.parent ? hasWorkdir.get(stage.parent) ?? !1 : onScratch(stage);
      for (let ins of stage.instructions) {
        if (ins.keyword === "WORKDIR" && (set = !0), set || ins.keyword !== "COPY" && ins.keyword !== "ADD") continue;
        let { dest } = copyParts(ins);
        if (!dest) continue;
        let r = model.expand(ins.json ? dest.value : dest.raw, ins.scope);
        r.unresolved || dest.raw.startsWith("$") || isAbsolutePath(r.value, stage.windows) || report({ messageId: "relative", data: { keyword: ins.keyword, dest: r.value }, span: { start: dest.start, end: dest.end } });
      }
      hasWorkdir.set(stage, set);
    }
  }
};

// rules/copy-source-not-ignored.ts
import { basename as basename2, isAbsolute as isAbsolute3, resolve as resolve3 } from "node:path";
var EXAMPLE_CONTEXT = { ".dockerignore": `dist
*.log
secrets/
`, "app.log": `x
`, "src/index.js": `
`, "dist/app.js": `
` }, WILDCARD = /(^|[^\\])[*?[]/, copy_source_not_ignored_default = {
  id: "copy-source-not-ignored",
  keywords: ["COPY", "ADD"],
  description: "Do not COPY or ADD files that .dockerignore leaves out of the build context",
  severity: "warning",
  related: ["buildkit:CopyIgnoredFile"],
  messages: {
    ignored: "{{keyword}} source '{{source}}' is excluded by {{file}} ('{{pattern}}' on line {{line}}), so it is not in the build context and the {{keyword}} fails or copies nothing; remove it from the {{keyword}} or stop ignoring it",
    allIgnored: "Every file that {{keyword}} source '{{source}}' matches is excluded by {{file}}, so the {{keyword}} fails or copies nothing; remove it from the {{keyword}} or stop ignoring those files"
  },
  options: {},
  examples: {
    // Linted with a build context whose .dockerignore lists dist, *.log and secrets/.
    valid: [{ code: `FROM node:22-alpine
COPY src/ /app/src/
COPY . /app`, context: EXAMPLE_CONTEXT }],
    invalid: [
      { code: `FROM node:22-alpine
COPY dist/ /app/dist/`, context: EXAMPLE_CONTEXT },
      { code: `FROM node:22-alpine
COPY *.log /var/log/app/`, context: EXAMPLE_CONTEXT }
    ]
  },
  differs: "BuildKit gives up when .dockerignore has '!' exceptions and matches wildcard sources as literal text; dflint resolves exceptions and wildcards against the files in the context",
  check(ctx) {
    let { model, settings, facts, report } = ctx;
    if (!settings.contextDir) return;
    let contextDir = settings.contextDir;
    if (!model.stages.some((s) => s.instructions.some(copiesFromContext))) return;
    let info = facts.get("copy-source-not-ignored:ignore", () => {
      if (!entryExists(resolve3(contextDir))) return null;
      let dockerfile = isAbsolute3(model.path) ? model.path : resolve3(model.path), found = findDockerIgnore(contextDir, entryExists(dockerfile) ? dockerfile : null, entryExists);
      if (!found) return null;
      let opened2;
      return {
        ignore: parseDockerIgnore(found.text),
        file: basename2(found.path),
        context: () => opened2 === void 0 ? opened2 = buildContextOf(ctx) : opened2
      };
    });
    if (!info || info.ignore.patterns.length === 0) return;
    let { ignore } = info, visit = (ins) => {
      if (!copiesFromContext(ins)) return;
      let { sources } = copyParts(ins);
      for (let src of sources) {
        if (src.heredoc || ins.keyword === "ADD" && /^(https?:\/\/|git@|git:\/\/|ssh:\/\/)/i.test(src.value)) continue;
        let r = model.expand(ins.json ? JSON.stringify(src.value).slice(1, -1) : src.raw, ins.scope);
        if (r.unresolved || r.value === "") continue;
        let rel = contextRelative(r.value), data = { keyword: ins.keywordRaw.toUpperCase(), source: rel, file: info.file }, span = { start: src.start, end: src.end };
        if (rel === ".") {
          if (!ignore.hasExceptions && ignore.patterns.some((p2) => !p2.negate && ["*", "**", "**/*"].includes(p2.pattern))) {
            let p2 = lastMatching(ignore, (one) => ["*", "**", "**/*"].includes(one.pattern));
            report({ messageId: "ignored", data: { ...data, pattern: p2?.pattern ?? "*", line: p2?.line ?? 1 }, span });
          }
          continue;
        }
        if (WILDCARD.test(rel)) {
          let ctx2 = info.context();
          if (ctx2) {
            let exclude = ins.flags.filter((f) => f.name === "exclude" && f.value).map((f) => f.value), parents = ins.flags.some((f) => f.name === "parents" && f.value !== "false");
            ctx2.select([rel], { exclude, parents }).ignoredMatches.length && report({ messageId: "allIgnored", data, span });
            continue;
          }
          if (ignore.hasExceptions) continue;
        }
        if (!(ignore.hasExceptions ? info.context()?.isIgnored(rel) ?? !1 : ignore.matchesOrParentMatches(rel))) continue;
        let p = lastMatching(ignore, (one) => parseDockerIgnore(one.pattern).matchesOrParentMatches(rel));
        if (!p) {
          report({ messageId: "allIgnored", data, span });
          continue;
        }
        report({ messageId: "ignored", data: { ...data, pattern: p.pattern, line: p.line }, span });
      }
    };
    for (let stage of model.stages) for (let ins of stage.instructions) visit(ins);
  }
};
function lastMatching(ignore, test) {
  for (let i = ignore.patterns.length - 1; i >= 0; i--) {
    let p = ignore.patterns[i];
    if (!p.negate && test(p)) return p;
  }
  return null;
}

// rules/definition-description-format.ts
var PRAGMA = /^(dflint-ignore|hadolint\s|check\s*=|syntax\s*=|escape\s*=)/i, definition_description_format_default = {
  id: "definition-description-format",
  description: "Start the comment above a named stage or an ARG with its name",
  severity: "off",
  related: ["buildkit:InvalidDefinitionDescription"],
  messages: {
    format: "The comment describing this {{keyword}} should start with its name: '# {{key}} <description>'"
  },
  options: {},
  examples: {
    valid: [`# build compiles the app
FROM golang:1.23 AS build`, `# VERSION of the app to build
ARG VERSION=1.0
FROM alpine:3.20`],
    invalid: [`# compiles the app
FROM golang:1.23 AS build`, `# version of the app
ARG VERSION=1.0
FROM alpine:3.20`]
  },
  differs: "experimental in BuildKit and off by default here too (switched on for the file by `# check=experimental=InvalidDefinitionDescription` or `all`, or for one instruction by such a comment above it, as in BuildKit); the last comment line collected since the previous instruction is judged (blank lines do not separate, an empty '#' does, as in BuildKit), and dflint, hadolint and check pragmas are not taken for descriptions",
  check({ model, report }) {
    let prevEnd = 0;
    for (let ins of model.instructions) {
      let comments = descriptionComments(model, prevEnd, ins);
      if (prevEnd = ins.endLine, !comments.length) continue;
      let keys = [];
      if (ins.keyword === "FROM") {
        let stage = ins.stage;
        stage?.from === ins && stage.name && (keys = [stage.name]);
      } else ins.keyword === "ARG" && (keys = parseKeyValues(ins.args, !0).map((kv) => kv.key).filter(Boolean));
      if (!keys.length) continue;
      let first = comments[comments.length - 1].text.split(" ")[0];
      keys.includes(first) || report({
        messageId: "format",
        data: { keyword: ins.keyword, key: keys.length > 1 ? "<arg_key>" : keys[0] },
        span: { start: ins.start, end: ins.args.length ? ins.args[ins.args.length - 1].end : ins.keywordSpan.end }
        // BuildKit reports the instruction
      });
    }
  }
};
function descriptionComments(model, afterLine, ins) {
  let directiveStarts = new Set(Object.values(model.directives.spans).map((s) => s.start)), out = [];
  for (let c of model.comments)
    if (!(c.line <= afterLine)) {
      if (c.line >= ins.line) break;
      if (!directiveStarts.has(c.span.start)) {
        if (c.text === "") {
          out = [];
          continue;
        }
        PRAGMA.test(c.text) || out.push(c);
      }
    }
  return out;
}

// rules/dnf-assume-yes.ts
var dnf_assume_yes_default = {
  id: "dnf-assume-yes",
  keywords: ["RUN"],
  description: "Pass -y to dnf commands that ask for confirmation",
  severity: "warning",
  related: ["hadolint:DL3038"],
  messages: {
    missingYes: "'dnf {{action}}' asks 'Is this ok [y/N]' and aborts the build when no terminal answers; add '-y'"
  },
  options: {},
  examples: {
    valid: [`FROM fedora:40
RUN dnf install -y httpd && dnf clean all`],
    invalid: [`FROM fedora:40
RUN dnf install httpd && dnf clean all`]
  },
  fixable: !0,
  differs: "also checks remove/update/upgrade and group/module actions (they prompt too), accepts --setopt=assumeyes=1, and leaves microdnf alone (it never prompts); stays silent when an unknown variable may hold the flag",
  check(ctx) {
    for (let r of runPackages(ctx))
      for (let { pc, index } of r.packages) {
        if (pc.tool !== "dnf") continue;
        let action = rpmAction(pc);
        if (!action || !RPM_PROMPTS.has(action) || pc.hasUnknown || rpmAssumesYes(pc)) continue;
        let prev = index > 0 ? r.commands[index - 1] : void 0;
        prev && prev.next === "|" && prev.name === "yes" || ctx.report({ messageId: "missingYes", data: { action }, span: commandHead(pc), fix: insertAfter(r.run, rpmActionEnd(pc), " -y") });
      }
  }
};

// rules/dockerignore-pattern-unused.ts
import { relative as relative3 } from "node:path";
var dockerignore_pattern_unused_default = {
  id: "dockerignore-pattern-unused",
  description: "Report .dockerignore patterns that match nothing in the build context",
  severity: "info",
  related: [],
  messages: {
    unused: "{{ignoreFile}} line {{line}}: '{{pattern}}' matches nothing in the build context; check its spelling and anchoring (patterns are relative to the context root: 'node_modules' does not match 'app/node_modules', '**/node_modules' does)"
  },
  options: {},
  examples: {
    valid: [{ code: `FROM alpine:3.20
COPY . /app`, context: { ".dockerignore": `node_modules
`, "node_modules/a/index.js": `x
` } }],
    invalid: [{ code: `FROM alpine:3.20
COPY . /app`, context: { ".dockerignore": `node_module
`, "node_modules/a/index.js": `x
` } }]
  },
  differs: "reads the real build context; reported on the first instruction that sends the context, since the pattern lives in another file",
  check(ctx) {
    let { model, report } = ctx, user = model.stages.filter((s) => s.reachable).flatMap((s) => s.instructions).find((i) => i.keyword === "COPY" || i.keyword === "ADD" || i.run?.mounts.some((m) => m.type === "bind" && !m.options.from));
    if (!user) return;
    let context = buildContextOf(ctx);
    if (!context?.ignore || !context.ignoreFile) return;
    let ignoreFile = relative3(context.dir, context.ignoreFile) || ".dockerignore";
    for (let p of unusedPatterns(context))
      report({ messageId: "unused", data: { ignoreFile, line: p.line, pattern: (p.negate ? "!" : "") + p.pattern }, span: { start: user.keywordSpan.start, end: user.keywordSpan.end } });
  }
};

// rules/dnf-clean-all.ts
var dnf_clean_all_default = {
  id: "dnf-clean-all",
  keywords: ["RUN"],
  description: "Run 'dnf clean all' in the RUN that installs packages with dnf",
  severity: "warning",
  related: ["hadolint:DL3040"],
  messages: {
    notCleaned: "'{{tool}} {{action}}' leaves repository metadata and packages in the dnf cache in this layer; end this RUN with '&& {{tool}} clean all', or use '--mount=type=cache,target={{cache}}'"
  },
  options: {
    includeBuilderStages: {
      description: "Also check stages that do not end up in the built image (used only through COPY --from)",
      default: !1,
      schema: { type: "boolean" }
    }
  },
  examples: {
    valid: [
      `FROM fedora:40
RUN dnf install -y httpd && dnf clean all`,
      `FROM fedora:40 AS build
RUN dnf install -y gcc
FROM fedora:40
COPY --from=build /usr/bin/gcc /usr/bin/`
    ],
    invalid: [`FROM fedora:40
RUN dnf install -y httpd`]
  },
  differs: "checks the stages that ship (the target and the stages it is built FROM); covers dnf and microdnf; accepts any yum/dnf 'clean', an rm of the cache folder after the install, or a cache or tmpfs mount on it",
  check(ctx) {
    let { model, options } = ctx, shipping = shippedStages(model);
    for (let r of runPackages(ctx)) {
      if (!options.includeBuilderStages && r.stage && !shipping.has(r.stage)) continue;
      let pc = uncleanedInstall(
        model,
        r,
        (pc2) => (pc2.tool === "dnf" || pc2.tool === "microdnf") && RPM_INSTALLS.has(rpmAction(pc2) ?? ""),
        (pc2) => (pc2.tool === "yum" || pc2.tool === "dnf" || pc2.tool === "microdnf") && pc2.sub === "clean",
        RPM_CACHES
      );
      if (!pc) continue;
      let cache = pc.tool === "yum" || pc.tool === "microdnf" ? "/var/cache/yum" : "/var/cache/dnf";
      ctx.report({ messageId: "notCleaned", data: { tool: pc.tool, action: rpmAction(pc), cache }, span: commandHead(pc) });
    }
  }
};

// rules/dnf-packages-pinned.ts
var dnf_packages_pinned_default = {
  id: "dnf-packages-pinned",
  keywords: ["RUN"],
  description: "Pin the versions of packages installed with dnf",
  severity: "off",
  strict: "warning",
  related: ["hadolint:DL3041"],
  messages: {
    unpinned: "Package '{{pkg}}' is installed without a version, so rebuilds get whatever the repository has that day; pin it as '{{pkg}}-<version>'",
    moduleStream: "Module '{{pkg}}' is installed without a stream; pin it as '{{pkg}}:<stream>'"
  },
  options: {
    ignorePackages: {
      description: "Package names that may stay unpinned",
      default: [],
      schema: { type: "array", items: { type: "string" } }
    }
  },
  examples: {
    valid: [`FROM fedora:40
RUN dnf install -y httpd-2.4.6 && dnf clean all`],
    invalid: [`FROM fedora:40
RUN dnf install -y httpd && dnf clean all`]
  },
  differs: "off by default (strict preset: warning) because exact pins rot when repositories drop old builds; judges packages after ARG/ENV expansion and covers microdnf",
  check(ctx) {
    for (let r of runPackages(ctx))
      for (let { pc } of r.packages) {
        if (!(pc.tool === "dnf" || pc.tool === "microdnf")) continue;
        let action = rpmAction(pc), module = action === "module install";
        if (!(action !== "install" && action !== "in" && !module))
          for (let t of pc.operands.slice(module ? 1 : 0))
            t.text === null || ctx.options.ignorePackages.includes(t.text) || (module ? t.text.includes(":") || t.text.startsWith("/") : rpmPinned(t.text)) || ctx.report({ messageId: module ? "moduleStream" : "unpinned", data: { pkg: t.text }, span: t.word });
      }
  }
};

// rules/download-tool-consistent.ts
var download_tool_consistent_default = {
  id: "download-tool-consistent",
  keywords: ["RUN"],
  description: "Use either wget or curl in a stage, not both",
  severity: "warning",
  related: ["hadolint:DL4001"],
  messages: {
    both: "This stage downloads with both '{{other}}' (line {{line}}) and '{{tool}}'; use '{{other}}' here too so the image needs only one download tool"
  },
  options: {},
  examples: {
    valid: [`FROM debian:12
RUN curl -fsSLo /a.tgz https://example.com/a.tgz
RUN curl -fsSL https://example.com/b.sh | sh`],
    invalid: [`FROM debian:12
RUN curl -fsSLo /a.tgz https://example.com/a.tgz
RUN wget -q https://example.com/b.tgz`]
  },
  differs: "reports only the calls of the tool used less often in the stage, or on a tie the one brought in last (hadolint reports every RUN calling either once both were seen)",
  check({ model, report }) {
    let byStage = /* @__PURE__ */ new Map();
    for (let { ins } of runSites(model, { onbuild: !1 })) {
      if (!ins.stage) continue;
      let entry = byStage.get(ins.stage);
      entry || byStage.set(ins.stage, entry = { curl: [], wget: [] });
      for (let cmd of ins.run.commands)
        (cmd.name === "curl" || cmd.name === "wget") && entry[cmd.name].push(cmd);
    }
    for (let { curl, wget } of byStage.values()) {
      if (!curl.length || !wget.length) continue;
      let wgetMinor = wget.length < curl.length || wget.length === curl.length && wget[0].start > curl[0].start, [minor, major, tool, other] = wgetMinor ? [wget, curl, "wget", "curl"] : [curl, wget, "curl", "wget"], line = model.lines.position(major[0].start).line;
      for (let cmd of minor) {
        let w = cmd.words[0];
        report({ messageId: "both", data: { tool, other, line }, span: { start: w.start, end: w.end } });
      }
    }
  }
};

// rules/env-same-instruction-ref.ts
var env_same_instruction_ref_default = {
  id: "env-same-instruction-ref",
  keywords: ["ENV"],
  description: "Do not use a variable in the same ENV instruction that defines it",
  severity: "error",
  related: ["hadolint:DL3044"],
  messages: {
    sameEnv: "'{{name}}' is defined in this same ENV, but ENV values are expanded before any of its keys are set, so '{{name}}' here is {{old}}; split it into two ENV instructions"
  },
  options: {},
  examples: {
    valid: [`FROM alpine:3.20
ENV APP=/app
ENV PATH=$APP/bin:$PATH`, `FROM alpine:3.20
ENV PATH=/opt/bin:$PATH LANG=C.UTF-8`],
    invalid: [`FROM alpine:3.20
ENV APP=/app PATH=$APP/bin:$PATH`]
  },
  differs: "also reported when the variable had a different earlier value, since the new one is not used; legacy 'ENV key value' has one pair and never triggers",
  check({ model, report }) {
    for (let stage of model.stages)
      for (let ins of stage.instructions) {
        if (ins.keyword !== "ENV") continue;
        let pairs = parseKeyValues(ins, !1);
        if (pairs.length < 2) continue;
        let defined = /* @__PURE__ */ new Map(), after = ins.scope, extendsItself = /* @__PURE__ */ new Set();
        for (let kv of pairs) {
          if (kv.value !== null && !kv.legacy) {
            let r = model.expand(kv.value, ins.scope), r2 = model.expand(kv.value, after);
            if (!r.unresolved && !r2.unresolved && r.value === r2.value) {
              defined.set(kv.key, r.value), after = withBinding(after, kv.key, { name: kv.key, value: r.value, kind: "env" });
              continue;
            }
            for (let name of new Set(r.names)) {
              if (!defined.has(name)) continue;
              let before = ins.scope.get(name), newValue = defined.get(name);
              if (before && !extendsItself.has(name) && (before.value === void 0 || before.value === newValue)) continue;
              let old = before ? before.value === void 0 ? "its value from before this ENV" : `still '${before.value}'` : "empty", ref = kv.valueSpan ? varRefsInSpan(ins.argsText, kv.valueSpan, model.directives.escape).find((x) => x.name === name) : void 0;
              report({ messageId: "sameEnv", data: { name, old }, span: ref ?? kv.valueSpan ?? kv.keySpan });
            }
          }
          let v = kv.value === null ? null : model.expand(kv.value, ins.scope);
          v?.names.includes(kv.key) && extendsItself.add(kv.key), defined.set(kv.key, v && !v.unresolved ? v.value : null), after = withBinding(after, kv.key, { name: kv.key, value: v && !v.unresolved ? v.value : void 0, kind: "env" });
        }
      }
  }
};

// src/model/expose.ts
function splitPortSpec(raw) {
  let parts = raw.split(":"), ip = "", hostPort = "", container;
  if (parts.length === 1) container = parts[0];
  else if (parts.length === 2) [hostPort, container] = [parts[0], parts[1]];
  else if (parts.length === 3) [ip, hostPort, container] = [parts[0], parts[1], parts[2]];
  else {
    let n = parts.length;
    ip = parts.slice(0, n - 2).join(":"), hostPort = parts[n - 2], container = parts[n - 1];
  }
  let slash = container.indexOf("/"), port = slash === -1 ? container : container.slice(0, slash), proto = slash === -1 ? "" : container.slice(slash + 1);
  return port === "" || !["", "tcp", "udp", "sctp"].includes(proto.toLowerCase()) ? null : { ip, hostPort, containerPort: port, proto };
}
function exposeSpecs(ins, model) {
  let out = [];
  for (let w of ins.args) {
    let literal = !/[$]/.test(w.raw) && w.raw === w.value, r = model.expand(w.raw, ins.scope);
    if (!r.unresolved)
      for (let raw of r.value.split(/[ \t\r\n]+/).filter(Boolean)) {
        let s = splitPortSpec(raw);
        s && out.push({ raw, ...s, word: { start: w.start, end: w.end, raw: w.raw }, literal });
      }
  }
  return out;
}

// rules/expose-format-valid.ts
var expose_format_valid_default = {
  id: "expose-format-valid",
  keywords: ["EXPOSE"],
  description: "Expose only container ports, without a host port or IP address",
  severity: "warning",
  related: ["buildkit:ExposeInvalidFormat"],
  messages: {
    hostPart: "EXPOSE '{{spec}}' names a host {{what}}, which EXPOSE ignores (ports are published with 'docker run -p'); write '{{port}}'"
  },
  options: {},
  examples: {
    valid: [`FROM nginx:1.27
EXPOSE 80 443/tcp 3000-3005`],
    invalid: [`FROM nginx:1.27
EXPOSE 8080:80`, `FROM nginx:1.27
EXPOSE 127.0.0.1:8080:80/tcp`]
  },
  fixable: !0,
  check({ model, report }) {
    for (let stage of model.stages)
      for (let ins of stage.instructions)
        if (ins.keyword === "EXPOSE")
          for (let s of exposeSpecs(ins, model)) {
            if (s.ip === "" && s.hostPort === "") continue;
            let port = s.containerPort + (s.proto ? "/" + s.proto : ""), span = { start: s.word.start, end: s.word.end }, fix = s.literal ? [{ span, text: port }] : void 0;
            report({
              messageId: "hostPart",
              data: { spec: s.raw, what: s.ip !== "" ? "IP address" : "port", port },
              span,
              ...fix ? { fix } : {}
            });
          }
  }
};

// rules/expose-port-range.ts
var expose_port_range_default = {
  id: "expose-port-range",
  keywords: ["EXPOSE"],
  description: "Expose only ports between 0 and 65535",
  severity: "error",
  related: ["hadolint:DL3011"],
  messages: {
    outOfRange: "Port {{port}} in EXPOSE '{{spec}}' is out of range; ports go from 0 to 65535",
    reversed: "Port range '{{spec}}' ends before it starts; write it as '{{fixed}}'"
  },
  options: {},
  examples: {
    valid: [`FROM nginx:1.27
EXPOSE 80 443/tcp 8000-8010/udp`, `FROM nginx:1.27
ARG PORT
EXPOSE $PORT`],
    invalid: [`FROM nginx:1.27
EXPOSE 80000`, `FROM nginx:1.27
EXPOSE 8000-70000/tcp`]
  },
  differs: "ports written with ARG/ENV variables are judged after expansion; a reversed range is reported too",
  check({ model, report }) {
    for (let stage of model.stages)
      for (let ins of stage.instructions)
        if (ins.keyword === "EXPOSE")
          for (let w of ins.args) {
            let value = expandedWord(model, ins, w.raw);
            if (value !== null)
              for (let spec of value.split(/\s+/).filter(Boolean)) {
                let m = /^(?:.*:)?(\d+)(?:-(\d+))?(?:\/[A-Za-z]+)?$/.exec(spec);
                if (!m) continue;
                let span = { start: w.start, end: w.end }, a = Number(m[1]), b = m[2] === void 0 ? a : Number(m[2]), bad = [a, b].find((p) => p > 65535);
                bad !== void 0 ? report({ messageId: "outOfRange", data: { port: bad, spec }, span }) : b < a && report({ messageId: "reversed", data: { spec, fixed: spec.replace(`${m[1]}-${m[2]}`, `${m[2]}-${m[1]}`) }, span });
              }
          }
  }
};

// rules/expose-proto-lowercase.ts
var expose_proto_lowercase_default = {
  id: "expose-proto-lowercase",
  keywords: ["EXPOSE"],
  description: "Write the EXPOSE protocol in lowercase",
  severity: "info",
  strict: "warning",
  related: ["buildkit:ExposeProtoCasing"],
  messages: {
    notLowercase: "Protocol in '{{spec}}' is not lowercase; write '/{{lower}}'"
  },
  options: {},
  examples: {
    valid: [`FROM nginx:1.27
EXPOSE 80/tcp 53/udp`],
    invalid: [`FROM nginx:1.27
EXPOSE 80/TCP`]
  },
  differs: "BuildKit warns; dflint rates this pure casing style as info (warning in the strict preset)",
  fixable: !0,
  check({ model, report }) {
    for (let stage of model.stages)
      for (let ins of stage.instructions)
        if (ins.keyword === "EXPOSE")
          for (let s of exposeSpecs(ins, model)) {
            if (s.proto === s.proto.toLowerCase()) continue;
            let lower = s.proto.toLowerCase(), span = { start: s.word.start, end: s.word.end }, fix;
            if (s.literal) {
              let at = s.word.raw.lastIndexOf("/" + s.proto);
              at !== -1 && (span = { start: s.word.start + at + 1, end: s.word.start + at + 1 + s.proto.length }, fix = [{ span, text: lower }]);
            }
            report({ messageId: "notLowercase", data: { spec: s.raw, lower }, span, ...fix ? { fix } : {} });
          }
  }
};

// src/model/reference.ts
var ALNUM = "[a-z0-9]+", SEPARATOR = "(?:[._]|__|[-]+)", PATH_COMPONENT = `${ALNUM}(?:${SEPARATOR}${ALNUM})*`, DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])", IPV6 = "\\[(?:[a-fA-F0-9:]+)\\]", DOMAIN_NAME = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*`, HOST = `(?:${DOMAIN_NAME}|${IPV6})`, DOMAIN = `${HOST}(?::[0-9]+)?`, TAG = "[\\w][\\w.-]{0,127}", DIGEST = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}", NAME = `(?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`, REFERENCE = new RegExp(`^(${NAME})(?::(${TAG}))?(?:@(${DIGEST}))?$`), IDENTIFIER = /^[a-f0-9]{64}$/;
function imageReferenceProblem(ref) {
  if (ref === "") return "empty";
  if (IDENTIFIER.test(ref)) return "a 64-character hex image ID is not a reference";
  let slash = ref.indexOf("/"), remainder = ref;
  if (slash !== -1) {
    let first = ref.slice(0, slash);
    (/[.:]/.test(first) || first === "localhost" || first.toLowerCase() !== first) && (remainder = ref.slice(slash + 1));
  }
  let nameOnly = remainder.split("@")[0].replace(/:[^/]*$/, "");
  if (nameOnly.toLowerCase() !== nameOnly) return "repository name must be lowercase";
  let m = REFERENCE.exec(ref);
  return m ? m[1].length > 255 ? "repository name must not be more than 255 characters" : null : "invalid reference format";
}

// rules/from-arg-default-valid.ts
var from_arg_default_valid_default = {
  id: "from-arg-default-valid",
  description: "Give ARGs used in FROM defaults that make a valid image reference",
  severity: "warning",
  related: ["buildkit:InvalidDefaultArgInFrom"],
  messages: {
    empty: "With the ARG defaults, '{{raw}}' expands to an empty image name, so the build fails unless --build-arg sets {{names}}; give {{names}} a default value",
    invalid: "With the ARG defaults, '{{raw}}' expands to '{{value}}', which is not a valid image reference ({{reason}}); give {{names}} a default value that makes it valid"
  },
  options: {
    reportRequiredArgs: {
      description: "Also report FROM lines that use an ARG with no default or an empty one (`ARG BASE` + `FROM $BASE`), i.e. that require --build-arg, as BuildKit does",
      default: !1,
      schema: { type: "boolean" }
    }
  },
  examples: {
    valid: ["ARG TAG=3.20\nFROM alpine:${TAG}", "ARG VARIANT\nFROM alpine${VARIANT}"],
    invalid: ["ARG IMAGE=alpine:\nFROM ${IMAGE}", "ARG BASE=Alpine:3.20\nFROM ${BASE}"]
  },
  differs: "unlike BuildKit, an ARG declared without a default or with an empty one is taken as a required --build-arg and not reported (option reportRequiredArgs); judges only FROM lines that use variables, with defaults only (as BuildKit), and stays silent when a value depends on the platform",
  check({ model, options, report }) {
    let escape = model.directives.escape, scope = /* @__PURE__ */ new Map();
    for (let name of PLATFORM_ARGS) scope.set(name, { name, value: void 0, kind: "builtin" });
    let noDefault = /* @__PURE__ */ new Set();
    for (let ins of model.globalArgs)
      for (let kv of parseKeyValues(ins.args, !0)) {
        if (!kv.key) continue;
        let value = "";
        if (kv.value === null) noDefault.add(kv.key);
        else {
          noDefault.delete(kv.key);
          let r = expandWord(kv.value, scope, escape);
          value = r.unresolved ? void 0 : r.value;
        }
        scope.set(kv.key, { name: kv.key, value, kind: "arg" });
      }
    for (let stage of model.stages) {
      if (stage.from.keyword !== "FROM") continue;
      let word = stage.from.args[0];
      if (!word || !word.raw.includes("$")) continue;
      let refs = findVarRefs(word.raw, escape);
      if (!refs.length) continue;
      let r = expandWord(word.raw, scope, escape);
      if (r.unresolved || model.stageByRef(r.value)) continue;
      let problem = imageReferenceProblem(r.value);
      if (!problem) continue;
      let referenced = [...new Set(refs.map((x) => x.name))];
      if (!options.reportRequiredArgs && referenced.some((n) => noDefault.has(n) || scope.get(n)?.value === "")) continue;
      let blank = referenced.filter((n) => noDefault.has(n) || scope.get(n)?.value === ""), names = (blank.length ? blank : referenced).map((n) => `ARG ${n}`).join(", "), span = { start: word.start, end: word.end };
      r.value === "" ? report({ messageId: "empty", data: { raw: word.raw, names }, span }) : report({ messageId: "invalid", data: { raw: word.raw, value: r.value, reason: problem, names }, span });
    }
  }
};

// rules/from-arg-defined.ts
var from_arg_defined_default = {
  id: "from-arg-defined",
  description: "Declare every ARG used in FROM before the first FROM",
  severity: "warning",
  related: ["buildkit:UndefinedArgInFrom"],
  messages: {
    undeclared: "ARG '{{name}}' used in FROM is not declared before the first FROM, so it {{effect}} and no --build-arg can set it{{hint}}"
  },
  options: {},
  examples: {
    valid: ["ARG ALPINE_VERSION=3.20\nFROM alpine:${ALPINE_VERSION}", "FROM --platform=$BUILDPLATFORM golang:1.23 AS build"],
    invalid: ["FROM alpine:${ALPINE_VERSION}", "ARG ALPINE_VERSION=3.20\nFROM alpine:${ALPINE_VERSON}"]
  },
  differs: "a '${name:word}' placeholder of a template generator, which is no valid substitution, is not reported",
  check({ model, report }) {
    let escape = model.directives.escape, declared = [...model.globalScope.keys()], inStage = /* @__PURE__ */ new Map();
    for (let stage of model.stages)
      for (let ins of stage.instructions)
        if (ins.keyword === "ARG")
          for (let w of ins.args) {
            let name = w.value.split("=")[0];
            inStage.has(name) || inStage.set(name, stage.nameRaw ?? String(stage.index));
          }
    for (let stage of model.stages) {
      let ins = stage.from;
      if (ins.keyword !== "FROM") continue;
      let spans = [];
      ins.args[0] && spans.push({ start: ins.args[0].start, end: ins.args[0].end }), stage.platform?.value && spans.push(stage.platform.valueSpan);
      for (let span of spans)
        for (let ref of varRefsInSpan(ins.argsText, span, escape)) {
          if (model.globalScope.has(ref.name) || PREDEFINED_ARGS.includes(ref.name) || !validModifier(ref.modifier)) continue;
          let suggestion = buildkitSuggest(ref.name, declared, !0), hint;
          suggestion ? hint = `; did you mean '${suggestion}'?` : inStage.has(ref.name) ? hint = `; it is declared inside stage '${inStage.get(ref.name)}', but FROM only sees ARGs declared before the first FROM: move 'ARG ${ref.name}' to the top of the file` : hint = `; add 'ARG ${ref.name}=<default>' before the first FROM`, report({ messageId: "undeclared", data: { name: ref.name, effect: unsetEffect(ref), hint }, span: { start: ref.start, end: ref.end } });
        }
    }
  }
};

// rules/from-as-casing.ts
var from_as_casing_default = {
  id: "from-as-casing",
  description: "Write the AS keyword of FROM in the same case as FROM",
  severity: "info",
  strict: "warning",
  related: ["buildkit:FromAsCasing"],
  messages: {
    mismatch: "'{{as}}' does not match the case of '{{from}}'; write '{{expected}}'"
  },
  options: {},
  examples: {
    valid: ["FROM golang:1.23 AS build", "from golang:1.23 as build"],
    invalid: ["FROM golang:1.23 as build", "from golang:1.23 AS build"]
  },
  differs: "info, not a warning as in BuildKit (warning in the strict preset); like BuildKit, a mixed-case keyword (`From`) is left to instruction-casing-consistent",
  fixable: !0,
  check({ model, report }) {
    for (let stage of model.stages) {
      let ins = stage.from;
      if (ins.keyword !== "FROM" || ins.args.length < 3) continue;
      let kw = ins.keywordRaw, lower = kw === kw.toLowerCase(), upper = kw === kw.toUpperCase();
      if (!lower && !upper) continue;
      let as = ins.args[1], expected = lower ? as.raw.toLowerCase() : as.raw.toUpperCase();
      as.raw !== expected && report({
        messageId: "mismatch",
        data: { as: as.raw, from: kw, expected },
        span: { start: as.start, end: as.end },
        fix: [{ span: { start: as.start, end: as.end }, text: expected }]
      });
    }
  }
};

// src/model/eol-table.ts
var REVIEWED = "2026-12-05";
var EOL_PRODUCTS = {
  python: {
    label: "python",
    images: ["python"],
    unit: "minor",
    eol: {
      2: "2020-01-01",
      "2.7": "2020-01-01",
      "2.6": "2013-10-29",
      "3.1": "2012-04-09",
      "3.2": "2016-02-20",
      "3.3": "2017-09-29",
      "3.4": "2019-03-18",
      "3.5": "2020-09-30",
      "3.6": "2021-12-23",
      "3.7": "2023-06-27",
      "3.8": "2024-10-07",
      "3.9": "2025-10-31",
      "3.10": "2026-10-31",
      "3.11": "2027-10-31",
      "3.12": "2028-10-31",
      "3.13": "2029-10-31",
      "3.14": "2030-10-31"
    },
    olderThan: { version: "3.1", by: "2012-04-09" },
    suggest: "python:3.14",
    sources: ["https://endoflife.date/python", "https://devguide.python.org/versions/"]
  },
  node: {
    label: "node",
    images: ["node"],
    unit: "major",
    eol: {
      4: "2018-04-30",
      5: "2016-06-30",
      6: "2019-04-30",
      7: "2017-06-30",
      8: "2019-12-31",
      9: "2018-06-30",
      10: "2021-04-30",
      11: "2019-06-01",
      12: "2022-04-30",
      13: "2020-06-01",
      14: "2023-04-30",
      15: "2021-06-01",
      16: "2023-09-11",
      17: "2022-06-01",
      18: "2025-04-30",
      19: "2023-06-01",
      20: "2026-04-30",
      21: "2024-06-01",
      22: "2027-04-30",
      23: "2025-06-01",
      24: "2028-04-30",
      25: "2026-06-01"
    },
    olderThan: { version: "4", by: "2016-12-31" },
    suggest: "node:24",
    sources: ["https://endoflife.date/nodejs", "https://github.com/nodejs/Release#release-schedule"]
  },
  ruby: {
    label: "ruby",
    images: ["ruby"],
    unit: "minor",
    eol: {
      2: "2023-03-31",
      "2.0": "2016-02-24",
      "2.1": "2017-03-31",
      "2.2": "2018-03-31",
      "2.3": "2019-03-31",
      "2.4": "2020-03-31",
      "2.5": "2021-04-05",
      "2.6": "2022-04-12",
      "2.7": "2023-03-31",
      "3.0": "2024-04-23",
      "3.1": "2025-03-26",
      "3.2": "2026-03-31"
    },
    olderThan: { version: "2.0", by: "2015-02-23" },
    suggest: "ruby:3.4",
    sources: ["https://endoflife.date/ruby", "https://www.ruby-lang.org/en/downloads/branches/"]
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
    sources: ["https://endoflife.date/go", "https://go.dev/doc/devel/release#policy"]
  },
  php: {
    label: "php",
    images: ["php"],
    unit: "minor",
    eol: {
      5: "2018-12-31",
      "5.6": "2018-12-31",
      7: "2022-11-28",
      "7.0": "2019-01-10",
      "7.1": "2019-12-01",
      "7.2": "2020-11-30",
      "7.3": "2021-12-06",
      "7.4": "2022-11-28",
      "8.0": "2023-11-26",
      "8.1": "2025-12-31",
      "8.2": "2026-12-31",
      "8.3": "2027-12-31",
      "8.4": "2028-12-31"
    },
    olderThan: { version: "5.6", by: "2016-07-21" },
    suggest: "php:8.4",
    sources: ["https://endoflife.date/php", "https://www.php.net/supported-versions.php"]
  },
  postgres: {
    label: "postgres",
    images: ["postgres"],
    unit: "major",
    minorBelow: 10,
    eol: {
      "9.3": "2018-11-08",
      "9.4": "2020-02-13",
      "9.5": "2021-02-11",
      "9.6": "2021-11-11",
      10: "2022-11-10",
      11: "2023-11-09",
      12: "2024-11-21",
      13: "2025-11-13",
      14: "2026-11-12",
      15: "2027-11-11",
      16: "2028-11-09",
      17: "2029-11-08"
    },
    olderThan: { version: "9.3", by: "2017-11-09" },
    suggest: "postgres:17",
    sources: ["https://endoflife.date/postgresql", "https://www.postgresql.org/support/versioning/"]
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
    sources: ["https://endoflife.date/mysql", "https://www.mysql.com/support/supportedplatforms/database.html"]
  },
  debian: {
    label: "debian",
    images: ["debian"],
    unit: "major",
    // Debian LTS end dates (the debian images are updated until then).
    eol: { 7: "2018-05-31", 8: "2020-06-30", 9: "2022-06-30", 10: "2024-06-30", 11: "2026-08-31", 12: "2028-06-30", 13: "2030-06-30" },
    olderThan: { version: "7", by: "2016-02-29" },
    suggest: "debian:trixie",
    sources: ["https://endoflife.date/debian", "https://wiki.debian.org/LTS"]
  },
  ubuntu: {
    label: "ubuntu",
    images: ["ubuntu"],
    unit: "minor",
    // End of standard support (the ubuntu images stop being updated then); interim releases get nine months.
    eol: { "12.04": "2017-04-28", "14.04": "2019-04-30", "16.04": "2021-04-30", "18.04": "2023-05-31" },
    eolBy: {
      "20.04": "2025-05-31",
      "18.10": "2019-07-31",
      "19.04": "2020-01-31",
      "19.10": "2020-07-31",
      "20.10": "2021-07-31",
      "21.04": "2022-01-31",
      "21.10": "2022-07-31",
      "22.10": "2023-07-31",
      "23.04": "2024-01-31",
      "23.10": "2024-07-31",
      "24.10": "2025-07-31",
      "25.04": "2026-01-31",
      "25.10": "2026-07-31",
      "22.04": "2027-06-30",
      "24.04": "2029-06-30"
    },
    olderThan: { version: "18.04", by: "2023-05-31" },
    suggest: "ubuntu:24.04",
    sources: ["https://endoflife.date/ubuntu", "https://ubuntu.com/about/release-cycle"]
  },
  alpine: {
    label: "alpine",
    images: ["alpine"],
    unit: "minor",
    eol: {
      "3.12": "2022-05-01",
      "3.13": "2022-11-01",
      "3.14": "2023-05-01",
      "3.15": "2023-11-01",
      "3.16": "2024-05-23",
      "3.17": "2024-11-22",
      "3.18": "2025-05-09",
      "3.19": "2025-11-01",
      "3.20": "2026-04-01",
      "3.21": "2026-11-01"
    },
    olderThan: { version: "3.12", by: "2022-05-01" },
    suggest: "alpine:3.23",
    sources: ["https://endoflife.date/alpine-linux", "https://alpinelinux.org/releases/"]
  },
  fedora: {
    label: "fedora",
    images: ["fedora"],
    unit: "major",
    // A release ends four weeks after the second release after it.
    eolBy: { 36: "2023-05-31", 37: "2023-12-31", 38: "2024-05-31", 39: "2024-11-30", 40: "2025-05-31", 41: "2025-12-31", 42: "2026-06-30" },
    eol: {},
    olderThan: { version: "36", by: "2022-12-31" },
    suggest: "fedora:43",
    sources: ["https://endoflife.date/fedora", "https://docs.fedoraproject.org/en-US/releases/eol/"]
  },
  amazonlinux: {
    label: "amazonlinux",
    images: ["amazonlinux"],
    unit: "major",
    // Amazon Linux 1 is tagged by its release (2018.03), Amazon Linux 2 as 2, AL2023 as 2023.
    eol: { 1: "2023-12-31", 2016: "2023-12-31", 2017: "2023-12-31", 2018: "2023-12-31", 2: "2026-06-30", 2023: "2029-06-30" },
    suggest: "amazonlinux:2023",
    sources: ["https://endoflife.date/amazon-linux", "https://aws.amazon.com/amazon-linux-2/faqs/"]
  },
  centos: {
    label: "centos",
    images: ["centos"],
    unit: "major",
    tagPrefix: "centos",
    eol: { 6: "2020-11-30", 7: "2024-06-30", 8: "2021-12-31" },
    olderThan: { version: "6", by: "2020-11-30" },
    suggest: "almalinux:9 or rockylinux/rockylinux:9",
    sources: ["https://endoflife.date/centos"]
  },
  dotnet: {
    label: ".NET",
    // Microsoft's registry: dotnet/sdk, dotnet/aspnet, dotnet/runtime, dotnet/runtime-deps, and the older dotnet/core/*.
    images: ["mcr.microsoft.com/dotnet/"],
    unit: "minor",
    eol: {
      "1.0": "2019-06-27",
      "1.1": "2019-06-27",
      "2.0": "2018-10-01",
      "2.1": "2021-08-21",
      "2.2": "2019-12-23",
      "3.0": "2020-03-03",
      "3.1": "2022-12-13",
      "5.0": "2022-05-10",
      "6.0": "2024-11-12",
      "7.0": "2024-05-14",
      "8.0": "2026-11-10",
      "9.0": "2026-11-10",
      "10.0": "2028-11-14"
    },
    suggest: "the 10.0 images",
    sources: ["https://endoflife.date/dotnet", "https://dotnet.microsoft.com/platform/support/policy/dotnet-core"]
  }
}, DISTRO_CODENAMES = {
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
  questing: { family: "ubuntu", version: "25.10" }
}, DISTRO_SUGGEST = {
  debian: "bookworm or trixie",
  ubuntu: "jammy or noble",
  alpine: "alpine3.23 or a plain '-alpine' tag"
};

// src/model/eol.ts
function currentDate() {
  let now = Date.now();
  return now - todayAt > 6e4 && (today = utcDate(now), todayAt = now), today;
}
var today = "", todayAt = -1 / 0;
function utcDate(ms) {
  let z = Math.floor(ms / 864e5) + 719468, era = Math.floor(z / 146097), doe = z - era * 146097, yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365), doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100)), mp = Math.floor((5 * doy + 2) / 153), day = doy - Math.floor((153 * mp + 2) / 5) + 1, month = mp < 10 ? mp + 3 : mp - 9, year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
function cmp(a, b) {
  let pa = a.split(".").map(Number), pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    let d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}
function productFor(officialName2, registry, path) {
  let full = `${(registry ?? "").toLowerCase()}/${path.toLowerCase()}`;
  for (let p of Object.values(EOL_PRODUCTS))
    for (let img of p.images)
      if (img.includes("/") ? full.startsWith(img) && !full.startsWith(img + "framework/") : img === officialName2) return p;
  return null;
}
function tagVersion(product, tag) {
  let prefix = product.tagPrefix ? `(?:${product.tagPrefix})?` : "", m = new RegExp(`^${prefix}(\\d+)(?:\\.(\\d+))?`, "i").exec(tag);
  return m ? { major: m[1], minor: m[2] ?? null } : null;
}
function lookupEol(product, major, minor, today2) {
  let p = typeof product == "string" ? EOL_PRODUCTS[product] : product;
  if (!p) return null;
  let byMinor = p.unit === "minor" || p.minorBelow !== void 0 && Number(major) < p.minorBelow, key = !byMinor || minor === null ? major : `${major}.${minor}`, found = (k, date, exact) => date <= today2 ? { subject: `${p.label} ${k}`, date, exact } : null;
  return p.eol[key] ? found(key, p.eol[key], !0) : p.eolBy?.[key] ? found(key, p.eolBy[key], !1) : byMinor && minor !== null && p.eol[major] ? found(key, p.eol[major], !1) : p.olderThan && cmp(key, p.olderThan.version) < 0 ? byMinor && minor === null && Number(major) >= Number(p.olderThan.version.split(".")[0]) ? null : found(key, p.olderThan.by, !1) : null;
}

// rules/from-image-eol.ts
var DOCKER_HUB2 = ["docker.io", "index.docker.io", "registry-1.docker.io"];
function officialName(registry, path) {
  if (registry !== null && !DOCKER_HUB2.includes(registry.toLowerCase())) return null;
  let p = path.toLowerCase(), name = p.startsWith("library/") ? p.slice(8) : p;
  return name.includes("/") || !name ? null : name;
}
var when = (hit) => (hit.exact ? "on " : "by ") + hit.date, from_image_eol_default = {
  id: "from-image-eol",
  description: "Do not build on an official base image whose version is past its upstream end of life",
  severity: "warning",
  related: [],
  messages: {
    eol: "{{subject}} reached end of life {{when}} and gets no security fixes; move to a supported release such as {{suggest}}",
    distroEol: "'{{image}}' is based on {{subject}}, which reached end of life {{when}} and gets no security fixes; use a variant on a supported release ({{suggest}})",
    deprecated: "The 'openjdk' image is deprecated on Docker Hub and no longer updated; use a maintained OpenJDK build such as eclipse-temurin:21"
  },
  options: {
    ignoreImages: {
      description: 'Image names not to judge (official names such as "python", or "mcr.microsoft.com/dotnet/sdk")',
      default: [],
      schema: { type: "array", items: { type: "string" } }
    }
  },
  examples: {
    valid: ["FROM python:3.13-slim", "FROM node:24-alpine", "FROM debian:bookworm", "FROM python:3", { code: "FROM node:20", settings: { today: "2026-04-29" } }],
    invalid: ["FROM python:3.6-alpine", "FROM node:16", "FROM python:3.11-buster", "FROM centos:7", "FROM mcr.microsoft.com/dotnet/aspnet:6.0"]
  },
  differs: `new in dflint (neither hadolint nor BuildKit checks end of life); judges official images after ARG expansion, including the distro part of tags (-buster, -alpine3.16), with a dated table of upstream end-of-life dates and their sources (src/model/eol-table.ts, reviewed ${REVIEWED}), judged against today's date or settings.today`,
  check({ model, options, settings, report }) {
    let today2 = settings.today ?? currentDate(), ignored = new Set(options.ignoreImages.map((s) => s.toLowerCase().replace(/^(docker\.io\/)?library\//, ""))), centos = EOL_PRODUCTS.centos;
    for (let stage of model.stages) {
      let img = stage.image;
      if (!img.expanded || img.unresolved || img.isScratch || img.stage) continue;
      let name = officialName(img.registry, img.path), product = productFor(name, img.registry, img.path);
      if (!name && !product || ignored.has(name ?? `${img.registry ?? ""}/${img.path}`.toLowerCase())) continue;
      let tag = img.tag, tagSpan = tag !== null ? img.tagSpan : img.span;
      if (name === "openjdk") {
        if (tag !== null && /(^|[-.])ea([-.]|$)/i.test(tag)) continue;
        report({ messageId: "deprecated", span: img.span });
        continue;
      }
      if (tag === null) {
        name === "centos" && !img.digest && report({ messageId: "eol", data: { subject: "CentOS Linux", when: "by 2024-06-30", suggest: centos.suggest }, span: img.span });
        continue;
      }
      if (product) {
        let v = tagVersion(product, tag), hit = v ? lookupEol(product, v.major, v.minor, today2) : null;
        if (hit) {
          report({ messageId: "eol", data: { subject: hit.subject, when: when(hit), suggest: product.suggest }, span: tagSpan });
          continue;
        }
        if (product === centos && !v) {
          report({ messageId: "eol", data: { subject: "CentOS Linux", when: "by 2024-06-30", suggest: centos.suggest }, span: tagSpan });
          continue;
        }
      }
      for (let token of tag.toLowerCase().split("-")) {
        let hit = null, distro = "", code = DISTRO_CODENAMES[token], alp = /^alpine(\d+)\.(\d+)$/.exec(token);
        if (code) {
          let [major, minor] = code.version.split(".");
          hit = lookupEol(code.family, major, minor ?? null, today2), distro = code.family, hit && (hit = { ...hit, subject: `${code.family} ${token} (${code.version})` });
        } else alp && (hit = lookupEol("alpine", alp[1], alp[2], today2), distro = "alpine");
        if (hit) {
          report(name === distro ? { messageId: "eol", data: { subject: hit.subject, when: when(hit), suggest: EOL_PRODUCTS[distro].suggest }, span: tagSpan } : { messageId: "distroEol", data: { image: `${name ?? `${img.registry}/${img.path}`}:${tag}`, subject: hit.subject, when: when(hit), suggest: DISTRO_SUGGEST[distro] }, span: tagSpan });
          break;
        }
      }
    }
  }
};

// rules/from-image-pinned.ts
var from_image_pinned_default = {
  id: "from-image-pinned",
  description: "Pin every base image to a version tag or a digest",
  severity: "warning",
  related: ["hadolint:DL3006", "hadolint:DL3007"],
  messages: {
    untagged: "Base image '{{image}}' has no tag, so it means ':latest' and changes under you; pin a version such as '{{image}}:<version>'",
    floating: "Tag '{{tag}}' of '{{image}}' moves with every release; pin a version tag or a digest",
    noDigest: "Base image '{{image}}' is not pinned by digest; add '@sha256:...'"
  },
  options: {
    floatingTags: {
      description: "Tags that do not pin a version",
      default: ["latest"],
      schema: { type: "array", items: { type: "string" } }
    },
    requireDigest: {
      description: "Require an `@sha256:` digest on every base image",
      default: !1,
      schema: { type: "boolean" }
    }
  },
  examples: {
    valid: ["FROM node:22-alpine", "ARG PY=3.12\nFROM python:${PY}", `FROM golang:1.23 AS build
FROM build`, "FROM scratch"],
    invalid: ["FROM node", "FROM node:latest", "ARG BASE=alpine\nFROM ${BASE}"]
  },
  differs: "judges the image after ARG expansion and stays silent when the value cannot be known",
  check({ model, options, report }) {
    for (let stage of model.stages) {
      let img = stage.image;
      if (!img.expanded || img.unresolved || img.isScratch || img.stage) continue;
      let name = (img.registry ? img.registry + "/" : "") + img.path;
      if (!img.digest) {
        if (img.tag === null) {
          report({ messageId: "untagged", data: { image: name }, span: img.span, related: ["hadolint:DL3006"] });
          continue;
        }
        if (options.floatingTags.includes(img.tag)) {
          report({ messageId: "floating", data: { tag: img.tag, image: name }, span: img.tagSpan, related: img.tag === "latest" ? ["hadolint:DL3007"] : [] });
          continue;
        }
        options.requireDigest && report({ messageId: "noDigest", data: { image: img.expanded }, span: img.span });
      }
    }
  }
};

// rules/from-platform-constant.ts
var ARCH_ALIASES = {
  x86_64: "amd64",
  "x86-64": "amd64",
  aarch64: "arm64",
  armhf: "arm",
  armel: "arm",
  i386: "386",
  i686: "386"
}, from_platform_constant_default = {
  id: "from-platform-constant",
  description: "Do not hard-code the platform of a base image with FROM --platform",
  severity: "warning",
  related: ["hadolint:DL3029", "buildkit:FromPlatformFlagConstDisallowed"],
  messages: {
    constant: "FROM --platform={{platform}} pins the stage to one platform, so multi-platform builds and builds on other machines get the wrong image; use $BUILDPLATFORM or $TARGETPLATFORM, or drop the flag"
  },
  options: {},
  examples: {
    valid: [
      "FROM --platform=$BUILDPLATFORM golang:1.23 AS build",
      "FROM --platform=${TARGETOS}/${TARGETARCH} alpine:3.20",
      "FROM --platform=linux/amd64 alpine:3.20 AS tools-amd64"
    ],
    invalid: ["FROM --platform=linux/amd64 node:22-slim"]
  },
  differs: "follows BuildKit: any variable in the value is accepted (hadolint flags '$TARGETOS/$TARGETARCH'), and a stage whose name contains the OS or architecture (e.g. 'build-arm64') or a file whose path names the architecture (e.g. 'arm32v7/Dockerfile') is taken as deliberately platform-specific",
  check({ model, report }) {
    for (let stage of model.stages) {
      let flag = stage.platform;
      if (!flag || flag.value === null) continue;
      let value = flag.value.replace(/^(["'])(.*)\1$/, "$2");
      if (value.includes("$") || !/^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+){0,2}$/.test(value)) continue;
      let parts = value.toLowerCase().split("/"), name = stage.name ?? "", os2 = parts.length > 1 ? parts[0] : "", arch = parts.length > 1 ? parts[1] : parts[0], archNorm = ARCH_ALIASES[arch] ?? arch;
      if (name && (os2 && name.includes(os2) || name.includes(arch) || name.includes(archNorm))) continue;
      let path = model.path.toLowerCase(), variant = parts[2] ?? "";
      [arch, archNorm, archNorm === "arm" && variant ? `arm32${variant}` : ""].some((a) => a && a.length > 2 && path.includes(a)) || report({ messageId: "constant", data: { platform: value }, span: flag.valueSpan });
    }
  }
};

// rules/from-platform-redundant.ts
var TARGET_PLATFORM = /^\$(?:TARGETPLATFORM|\{TARGETPLATFORM(?::?[-=?][^}]*)?\})$/, from_platform_redundant_default = {
  id: "from-platform-redundant",
  description: "Drop FROM --platform=$TARGETPLATFORM, which is the default",
  severity: "warning",
  related: ["hadolint:DL3065", "buildkit:RedundantTargetPlatform"],
  fixable: !0,
  messages: {
    redundant: "--platform={{value}} is redundant: a stage is built for the target platform by default; remove the flag"
  },
  options: {},
  examples: {
    valid: ["FROM --platform=$BUILDPLATFORM golang:1.23 AS build", "FROM alpine:3.20"],
    invalid: ["FROM --platform=$TARGETPLATFORM alpine:3.20", "FROM --platform=${TARGETPLATFORM} alpine:3.20"]
  },
  check({ model, report }) {
    for (let stage of model.stages) {
      let flag = stage.platform;
      if (!flag || flag.value === null) continue;
      let value = flag.value.replace(/^"(.*)"$/, "$1");
      if (!TARGET_PLATFORM.test(value)) continue;
      let ins = stage.from;
      if (ins.keyword !== "FROM") continue;
      let next = ins.flags.find((f) => f.start > flag.start)?.start ?? ins.args[0]?.start;
      report({
        messageId: "redundant",
        data: { value: flag.value },
        span: { start: flag.start, end: flag.end },
        fix: next !== void 0 && /^[ \t]+$/.test(model.text.slice(flag.end, next)) ? [{ span: { start: flag.start, end: next }, text: "" }] : void 0
      });
    }
  }
};

// rules/gem-packages-pinned.ts
var VALUE_OPTIONS = /* @__PURE__ */ new Set([
  "-v",
  "--version",
  "-i",
  "--install-dir",
  "-n",
  "--bindir",
  "-s",
  "--source",
  "-p",
  "--http-proxy",
  "--platform",
  "-P",
  "--trust-policy",
  "-g",
  "--file",
  "--build-root",
  "--target-rbconfig",
  "--config-file"
]), gem_packages_pinned_default = {
  id: "gem-packages-pinned",
  keywords: ["RUN"],
  description: "Pin the versions of gems installed with gem install",
  severity: "off",
  strict: "warning",
  related: ["hadolint:DL3028"],
  messages: {
    unpinned: "gem '{{name}}' is not pinned, so each build may install a different version; add '-v <version>' or write '{{name}}:<version>'"
  },
  options: {},
  examples: {
    valid: [`FROM ruby:3.3
RUN gem install bundler -v 2.5.22`, `FROM ruby:3.3
RUN gem install --no-document bundler:2.5.22`],
    invalid: [`FROM ruby:3.3
RUN gem install --no-document bundler`]
  },
  differs: "off by default (pins rot; strict preset: warning); knows which gem options take a value, so 'gem install --no-document rails' is checked (hadolint skips the word after any option)",
  check({ model, report }) {
    for (let { ins } of runSites(model))
      for (let cmd of ins.run.commands) {
        if (cmd.name !== "gem") continue;
        let args = commandArgs(cmd).slice(1);
        if (args[0]?.text !== "install" && args[0]?.text !== "i") continue;
        let rest = args.slice(1), before = rest.findIndex((a) => a.text === "--"), opts = before === -1 ? rest : rest.slice(0, before);
        if (opts.some((a) => a.text === "-v" || a.text === "--version" || a.text.startsWith("--version=") || /^-v\S/.test(a.text)) || opts.some((a) => !a.known && a.text.startsWith("$"))) continue;
        let gems = [];
        for (let j = 0; j < opts.length; j++) {
          let t = opts[j].text;
          if (t.startsWith("-")) {
            !t.includes("=") && VALUE_OPTIONS.has(t) && j++;
            continue;
          }
          gems.push(opts[j]);
        }
        for (let g of gems)
          !g.known || g.text.includes(":") || /\.gem$/.test(g.text) || g.text.includes("/") || report({ messageId: "unpinned", data: { name: g.text }, span: { start: g.word.start, end: g.word.end } });
      }
  }
};

// rules/go-install-pinned.ts
var VALUE_FLAGS = /* @__PURE__ */ new Set([
  "-ldflags",
  "-gcflags",
  "-asmflags",
  "-gccgoflags",
  "-tags",
  "-o",
  "-mod",
  "-modfile",
  "-p",
  "-pkgdir",
  "-buildmode",
  "-compiler",
  "-installsuffix",
  "-overlay",
  "-pgo",
  "-toolexec",
  "-C",
  "-exec",
  "-covermode",
  "-coverpkg"
]), EXACT = /^(v\d+\.\d+\.\d+([-+][0-9A-Za-z.+-]*)?|[0-9a-f]{12,40})$/;
function isLocal(spec) {
  return spec.startsWith(".") || spec.startsWith("/") || spec.endsWith(".go") || spec === "all" || spec === "std" || spec === "cmd";
}
var go_install_pinned_default = {
  id: "go-install-pinned",
  keywords: ["RUN"],
  description: "Pin the versions of Go tools installed with go install, go get and go run",
  severity: "off",
  strict: "warning",
  related: ["hadolint:DL3062"],
  messages: {
    floating: "'{{spec}}' resolves '@{{version}}' to whatever is newest when the image is built; pin an exact version ('@v1.2.3') or a commit",
    unpinned: "'go get {{spec}}' without a version fetches the newest release; write '{{spec}}@v<version>'"
  },
  options: {},
  examples: {
    valid: [`FROM golang:1.23
RUN go install golang.org/x/tools/cmd/goimports@v0.26.0`, `FROM golang:1.23
WORKDIR /src
RUN go install ./cmd/app`],
    invalid: [`FROM golang:1.23
RUN go install golang.org/x/tools/cmd/goimports@latest`]
  },
  differs: "off by default (pins rot; strict preset: warning); 'go install pkg' and 'go run main.go' without a version are accepted (the module's go.mod pins them), version prefixes and branches such as '@v1' or '@main' count as floating, and 'go get pkg@none' (a removal) is accepted",
  check({ model, report }) {
    for (let { ins } of runSites(model))
      for (let cmd of ins.run.commands) {
        if (cmd.name !== "go") continue;
        let args = commandArgs(cmd).slice(1), sub = args[0]?.text;
        if (sub !== "install" && sub !== "get" && sub !== "run") continue;
        let specs = [];
        for (let j = 1; j < args.length; j++) {
          let t = args[j].text;
          if (t === "--") break;
          if (t.startsWith("-")) {
            !t.includes("=") && VALUE_FLAGS.has(t.replace(/^--/, "-")) && j++;
            continue;
          }
          if (specs.push(args[j]), sub === "run") break;
        }
        for (let s of specs) {
          if (!s.known || isLocal(s.text) || s.text === "tool") continue;
          let at = s.text.lastIndexOf("@");
          if (at === -1) {
            sub === "get" && report({ messageId: "unpinned", data: { spec: s.text }, span: { start: s.word.start, end: s.word.end } });
            continue;
          }
          let version = s.text.slice(at + 1);
          version === "none" || EXACT.test(version) || report({ messageId: "floating", data: { spec: s.text, version }, span: { start: s.word.start, end: s.word.end } });
        }
      }
  }
};

// rules/healthcheck-required.ts
var healthcheck_required_default = {
  id: "healthcheck-required",
  description: "Define a HEALTHCHECK for the shipped image",
  severity: "off",
  strict: "info",
  related: ["hadolint:DL3057"],
  messages: {
    missing: "The final stage has no HEALTHCHECK, so Docker cannot tell a hung container from a healthy one; add 'HEALTHCHECK CMD <probe>' (or 'HEALTHCHECK NONE' to state that none is wanted)"
  },
  options: {},
  examples: {
    valid: [`FROM nginx:1.27
HEALTHCHECK CMD ["curl", "-f", "http://localhost/"]`, `FROM golang:1.23 AS build
FROM alpine:3.20
HEALTHCHECK NONE`],
    invalid: [`FROM nginx:1.27
COPY site /usr/share/nginx/html`]
  },
  differs: "dev container Dockerfiles (.devcontainer/) are skipped; only the build target (with the stages it inherits from) is judged; hadolint reports builder stages too",
  check({ model, report }) {
    if (isDevContainer(model.path)) return;
    let chain = shippedChain(model);
    chain.length && (chain.some((s) => s.instructions.some((i) => i.keyword === "HEALTHCHECK")) || chain[0].from.keyword === "FROM" && report({ messageId: "missing", span: chain[0].from.keywordSpan }));
  }
};

// rules/image-trusted-registry.ts
var DOCKER_HUB3 = ["docker.io", "index.docker.io", "registry-1.docker.io", "hub.docker.com"], image_trusted_registry_default = {
  id: "image-trusted-registry",
  description: "Pull images only from the registries listed in settings.trustedRegistries",
  severity: "error",
  related: ["hadolint:DL3026"],
  messages: {
    untrusted: "Image '{{image}}' comes from registry '{{registry}}', which is not in trustedRegistries ({{allowed}}); use an image from a trusted registry"
  },
  options: {},
  examples: {
    valid: [`FROM golang:1.23 AS build
FROM build`, { code: "FROM ghcr.io/acme/app:1.2", settings: { trustedRegistries: ["ghcr.io"] } }],
    invalid: [{ code: "FROM quay.io/acme/app:1.2", settings: { trustedRegistries: ["ghcr.io", "docker.io"] } }]
  },
  differs: "judges FROM, COPY --from and RUN --mount from= images after ARG expansion (hadolint skips 'FROM ${IMAGE}'); does nothing until trustedRegistries is set",
  check({ model, settings, report }) {
    let allowed = settings.trustedRegistries;
    if (!allowed.length) return;
    let patterns = allowed.map(globToRegExp), judge2 = (ref, span) => {
      if (!ref || ref.toLowerCase() === "scratch") return;
      let { registry } = splitImage(ref), reg = (registry ?? "docker.io").toLowerCase();
      (DOCKER_HUB3.includes(reg) ? DOCKER_HUB3 : [reg]).some((f) => patterns.some((p) => p.test(f))) || report({ messageId: "untrusted", data: { image: ref, registry: reg, allowed: allowed.join(", ") }, span });
    };
    for (let stage of model.stages) {
      let img = stage.image;
      img.expanded && !img.unresolved && !img.stage && judge2(img.expanded, img.span);
      for (let ins of stage.instructions) {
        let refs = [], from = ins.keyword === "COPY" ? ins.flags.find((f) => f.name === "from") : void 0;
        from?.value && refs.push({ ref: from.value, span: from.valueSpan });
        for (let m of ins.run?.mounts ?? []) m.options.from && refs.push({ ref: m.options.from, span: m.span });
        for (let { ref, span } of refs) {
          let r = model.expand(ref, ins.scope);
          r.unresolved || r.undefinedNames.length || /^\d+$/.test(r.value) || model.stageByRef(r.value) || judge2(r.value, span);
        }
      }
    }
  }
};

// rules/inline-ignore-disallowed.ts
var PRAGMAS = [
  { re: /^dflint-ignore:/, reason: /\s--\s*\S/ },
  { re: /^hadolint\s+ignore=/, reason: /ignore=[A-Za-z0-9,\s]+#\s*\S/ }
], inline_ignore_disallowed_default = {
  id: "inline-ignore-disallowed",
  description: "Do not silence rules with inline ignore comments",
  severity: "off",
  related: ["hadolint:DL1001"],
  messages: {
    inline: "Inline ignore comment '{{text}}'; fix the problem, or disable the rule in the configuration where it is reviewed",
    noReason: "Inline ignore comment '{{text}}' gives no reason; add one after ' -- ' (dflint) or ' # ' (hadolint)"
  },
  options: {
    allowWithReason: {
      description: "Accept an ignore comment that states a reason (`# dflint-ignore: id -- reason`, `# hadolint ignore=DL3008 # reason`)",
      default: !1,
      schema: { type: "boolean" }
    }
  },
  examples: {
    valid: [`# dflint-ignore-file: from-image-pinned
FROM node:22`],
    invalid: [`FROM node:22
# hadolint ignore=DL3008
RUN apt-get install -y curl`, `FROM node:22
# dflint-ignore: run-no-cd
RUN cd /app`]
  },
  differs: "covers dflint's own per-instruction pragma and BuildKit's per-instruction '# check=skip=' comment as well as hadolint's, and can require a reason instead of forbidding them",
  check({ model, options, report }) {
    let directive = model.directives.spans.check;
    for (let c of model.comments) {
      let matched = PRAGMAS.find((p) => p.re.test(c.text)), hasReason = matched ? matched.reason.test(c.text) : !1;
      !matched && /^check\s*=\s*\S*skip=/.test(c.text) && !(directive && directive.start <= c.span.start && c.span.start < directive.end) && (matched = PRAGMAS[0], hasReason = /\s\/\/\s*\S/.test(c.text)), matched && (options.allowWithReason && hasReason || report({ messageId: options.allowWithReason ? "noReason" : "inline", data: { text: `# ${c.text}` }, span: c.span }));
    }
  }
};

// rules/instruction-casing-consistent.ts
var instruction_casing_consistent_default = {
  id: "instruction-casing-consistent",
  description: "Write every instruction keyword in the case most of the file uses",
  severity: "info",
  strict: "warning",
  related: ["buildkit:ConsistentInstructionCasing"],
  messages: {
    inconsistent: "'{{keyword}}' does not match the {{casing}} used by most instructions in this file; write '{{expected}}'"
  },
  options: {},
  examples: {
    valid: [`FROM alpine:3.20
RUN echo hi`, `from alpine:3.20
run echo hi`],
    invalid: [`FROM alpine:3.20
run echo hi
CMD ["sh"]`, `FROM alpine:3.20
Run echo hi`]
  },
  differs: "info, not a warning as in BuildKit (warning in the strict preset); same counting as BuildKit: global ARGs before the first FROM and the keyword after ONBUILD are not counted; a tie goes to uppercase",
  fixable: !0,
  check({ model, report }) {
    let counted = [];
    for (let stage of model.stages) for (let ins of stage.instructions) KNOWN_INSTRUCTIONS.has(ins.keyword) && counted.push(ins);
    let lower = 0, upper = 0;
    for (let ins of counted) {
      let kw = ins.keywordRaw;
      kw === kw.toLowerCase() ? lower++ : kw === kw.toUpperCase() && upper++;
    }
    let majorityLower = lower > upper;
    for (let ins of counted) {
      let expected = majorityLower ? ins.keywordRaw.toLowerCase() : ins.keywordRaw.toUpperCase();
      ins.keywordRaw !== expected && report({
        messageId: "inconsistent",
        data: { keyword: ins.keywordRaw, casing: majorityLower ? "lowercase" : "uppercase", expected },
        span: ins.keywordSpan,
        fix: [{ span: ins.keywordSpan, text: expected }]
      });
    }
  }
};

// rules/instruction-once-per-stage.ts
var ONCE = /* @__PURE__ */ new Set(["CMD", "ENTRYPOINT", "HEALTHCHECK"]), instruction_once_per_stage_default = {
  id: "instruction-once-per-stage",
  keywords: ["CMD", "ENTRYPOINT", "HEALTHCHECK"],
  description: "Write CMD, ENTRYPOINT and HEALTHCHECK at most once per stage",
  severity: "warning",
  related: ["hadolint:DL3012", "hadolint:DL4003", "hadolint:DL4004", "buildkit:MultipleInstructionsDisallowed"],
  messages: {
    repeated: "{{keyword}} is set again in this stage, so the {{keyword}} on line {{line}} has no effect (only the last one is used); remove the one you do not need"
  },
  options: {},
  examples: {
    valid: [
      `FROM node:22-slim
ENTRYPOINT ["node"]
CMD ["server.js"]`,
      `FROM node:22-slim AS base
CMD ["node", "a.js"]
FROM base
CMD ["node", "b.js"]`
    ],
    invalid: [`FROM node:22-slim
CMD ["node", "a.js"]
CMD ["node", "b.js"]`, `FROM nginx:1.27
HEALTHCHECK NONE
HEALTHCHECK CMD curl -f http://localhost/`]
  },
  differs: "one rule for hadolint's DL3012/DL4003/DL4004 (severities error/warning/error) and BuildKit's MultipleInstructionsDisallowed; reported at the later instruction like hadolint (BuildKit points at the earlier one) so that both tools' ignore comments above the later one still apply, and the message names the line that has no effect",
  check({ model, report }) {
    for (let stage of model.stages) {
      let seen = /* @__PURE__ */ new Map();
      for (let ins of stage.instructions) {
        if (!ONCE.has(ins.keyword)) continue;
        let prev = seen.get(ins.keyword);
        if (prev) {
          let code = ins.keyword === "CMD" ? "hadolint:DL4003" : ins.keyword === "ENTRYPOINT" ? "hadolint:DL4004" : "hadolint:DL3012";
          report({ messageId: "repeated", data: { keyword: ins.keyword, line: prev.line }, span: ins.keywordSpan, related: [code, "buildkit:MultipleInstructionsDisallowed"] });
        }
        seen.set(ins.keyword, ins);
      }
    }
  }
};

// rules/key-value-equals.ts
var key_value_equals_default = {
  id: "key-value-equals",
  keywords: ["ENV", "LABEL"],
  description: "Write ENV and LABEL as key=value pairs, not the legacy 'key value' form",
  severity: "info",
  strict: "warning",
  related: ["buildkit:LegacyKeyValueFormat"],
  messages: {
    legacy: "'{{keyword}} {{key}} ...' uses the legacy space-separated form, which is deprecated and sets only one variable with everything after the name; write '{{keyword}} {{key}}=...'"
  },
  options: {},
  examples: {
    valid: [`FROM alpine:3.20
ENV APP_HOME=/app
LABEL org.opencontainers.image.title="demo"`],
    invalid: [`FROM alpine:3.20
ENV APP_HOME /app`, `FROM alpine:3.20
LABEL maintainer "Jane Doe"`]
  },
  differs: "info, not a warning as in BuildKit (warning in the strict preset): the legacy form still works and is everywhere in older Dockerfiles; BuildKit documents ARG too, but its code never checks ARG (`ARG a b` declares two args), and neither does dflint",
  fixable: !0,
  check({ model, report }) {
    let escape = model.directives.escape, visit = (ins) => {
      if (ins.keyword !== "ENV" && ins.keyword !== "LABEL") return;
      let kv = parseKeyValues(ins, !1)[0];
      if (!kv || !kv.legacy || ins.args.length < 2) return;
      let keyWord = ins.args[0], last = ins.args[ins.args.length - 1], span = kv.keySpan, t = ins.argsText, rest = t.text.slice(indexInLogical(t, ins.args[1].start), indexInLogical(t, last.end)).trimEnd(), fix;
      ins.args.length === 2 ? fix = [{ span: { start: keyWord.end, end: ins.args[1].start }, text: "=" }] : !/["'`\\]/.test(rest) && !rest.includes(escape) && (fix = [{ span: { start: keyWord.end, end: last.end }, text: `="${rest}"` }]), report({ messageId: "legacy", data: { keyword: ins.keywordRaw, key: keyWord.raw }, span, ...fix ? { fix } : {} });
    };
    for (let ins of model.instructions) ins.stage && visit(ins);
  }
};

// rules/label-key-format.ts
var RESERVED = ["com.docker.", "io.docker.", "org.dockerproject."];
function labelKeyProblem(key) {
  return RESERVED.some((r) => key.startsWith(r)) ? `the '${RESERVED.find((r) => key.startsWith(r))}' namespace is reserved for Docker` : /[A-Z]/.test(key) ? "it has upper-case letters" : /^[a-z]/.test(key) ? /[a-z0-9]$/.test(key) ? /[^a-z0-9._/-]/.test(key) ? "it may only contain a-z, 0-9, '.', '-', '_' and '/'" : /\.\.|--/.test(key) ? "it has a doubled '.' or '-'" : null : "it must end with a letter or digit" : "it must start with a lower-case letter";
}
var label_key_format_default = {
  id: "label-key-format",
  keywords: ["LABEL"],
  description: "Write label keys in lower-case reverse-DNS form",
  severity: "info",
  related: ["hadolint:DL3048"],
  messages: {
    badKey: "Label key '{{key}}' is not in Docker's recommended format because {{why}}; use lower-case reverse-DNS such as 'org.opencontainers.image.title' or 'com.example.team'"
  },
  options: {},
  examples: {
    valid: [`FROM alpine:3.20
LABEL org.opencontainers.image.title="app" maintainer="me"`],
    invalid: [`FROM alpine:3.20
LABEL Version="1.0"`, `FROM alpine:3.20
LABEL com.docker.thing="x"`]
  },
  differs: "label keys made of ARG/ENV variables are judged after expansion and skipped when unknown",
  check({ model, report }) {
    for (let ins of model.instructions)
      if (ins.keyword === "LABEL")
        for (let kv of parseKeyValues(ins, !1)) {
          let key = kv.key.includes("$") ? expandedWord(model, ins, kv.key) : kv.key;
          if (!key) continue;
          let why = labelKeyProblem(key);
          why && report({ messageId: "badKey", data: { key, why }, span: kv.keySpan });
        }
  }
};

// node_modules/spdx-license-ids/index.json
var spdx_license_ids_default = [
  "0BSD",
  "3D-Slicer-1.0",
  "AAL",
  "ADSL",
  "AFL-1.1",
  "AFL-1.2",
  "AFL-2.0",
  "AFL-2.1",
  "AFL-3.0",
  "AGPL-1.0-only",
  "AGPL-1.0-or-later",
  "AGPL-3.0-only",
  "AGPL-3.0-or-later",
  "ALGLIB-Documentation",
  "AMD-newlib",
  "AMDPLPA",
  "AML",
  "AML-glslang",
  "AMPAS",
  "ANTLR-PD",
  "ANTLR-PD-fallback",
  "APAFML",
  "APL-1.0",
  "APSL-1.0",
  "APSL-1.1",
  "APSL-1.2",
  "APSL-2.0",
  "ASWF-Digital-Assets-1.0",
  "ASWF-Digital-Assets-1.1",
  "Abstyles",
  "AdaCore-doc",
  "Adobe-2006",
  "Adobe-Display-PostScript",
  "Adobe-Glyph",
  "Adobe-Utopia",
  "Advanced-Cryptics-Dictionary",
  "Afmparse",
  "Aladdin",
  "Apache-1.0",
  "Apache-1.1",
  "Apache-2.0",
  "App-s2p",
  "Arphic-1999",
  "Artistic-1.0",
  "Artistic-1.0-Perl",
  "Artistic-1.0-cl8",
  "Artistic-2.0",
  "Artistic-dist",
  "Aspell-RU",
  "BOLA-1.1",
  "BSD-1-Clause",
  "BSD-2-Clause",
  "BSD-2-Clause-Darwin",
  "BSD-2-Clause-Patent",
  "BSD-2-Clause-Views",
  "BSD-2-Clause-first-lines",
  "BSD-2-Clause-pkgconf-disclaimer",
  "BSD-2-Clause-pos-unchanged",
  "BSD-3-Clause",
  "BSD-3-Clause-Attribution",
  "BSD-3-Clause-Clear",
  "BSD-3-Clause-HP",
  "BSD-3-Clause-LBNL",
  "BSD-3-Clause-Modification",
  "BSD-3-Clause-No-Military-License",
  "BSD-3-Clause-No-Nuclear-License",
  "BSD-3-Clause-No-Nuclear-License-2014",
  "BSD-3-Clause-No-Nuclear-Warranty",
  "BSD-3-Clause-Open-MPI",
  "BSD-3-Clause-OpenWebUI",
  "BSD-3-Clause-Sun",
  "BSD-3-Clause-Tso",
  "BSD-3-Clause-acpica",
  "BSD-3-Clause-flex",
  "BSD-4-Clause",
  "BSD-4-Clause-Shortened",
  "BSD-4-Clause-UC",
  "BSD-4.3RENO",
  "BSD-4.3TAHOE",
  "BSD-Advertising-Acknowledgement",
  "BSD-Attribution-HPND-disclaimer",
  "BSD-Inferno-Nettverk",
  "BSD-Mark-Modifications",
  "BSD-Protection",
  "BSD-Source-Code",
  "BSD-Source-Code-no-disclaimer",
  "BSD-Source-alt-GPL",
  "BSD-Source-beginning-file",
  "BSD-Systemics",
  "BSD-Systemics-W3Works",
  "BSD-ask-to-endorse",
  "BSL-1.0",
  "BUSL-1.1",
  "Baekmuk",
  "Bahyph",
  "Barr",
  "Beerware",
  "BitTorrent-1.0",
  "BitTorrent-1.1",
  "Bitstream-Charter",
  "Bitstream-Vera",
  "BlueOak-1.0.0",
  "Boehm-GC",
  "Boehm-GC-without-fee",
  "Borceux",
  "Brian-Gladman-2-Clause",
  "Brian-Gladman-3-Clause",
  "Brian-Gladman-3-Clause-no-conversion",
  "Buddy",
  "Bugroff",
  "C-UDA-1.0",
  "CAL-1.0",
  "CAL-1.0-Combined-Work-Exception",
  "CAPEC-tou",
  "CATOSL-1.1",
  "CC-BY-1.0",
  "CC-BY-2.0",
  "CC-BY-2.5",
  "CC-BY-2.5-AU",
  "CC-BY-3.0",
  "CC-BY-3.0-AT",
  "CC-BY-3.0-AU",
  "CC-BY-3.0-DE",
  "CC-BY-3.0-IGO",
  "CC-BY-3.0-NL",
  "CC-BY-3.0-US",
  "CC-BY-4.0",
  "CC-BY-NC-1.0",
  "CC-BY-NC-2.0",
  "CC-BY-NC-2.5",
  "CC-BY-NC-3.0",
  "CC-BY-NC-3.0-DE",
  "CC-BY-NC-3.0-IGO",
  "CC-BY-NC-4.0",
  "CC-BY-NC-ND-1.0",
  "CC-BY-NC-ND-2.0",
  "CC-BY-NC-ND-2.5",
  "CC-BY-NC-ND-3.0",
  "CC-BY-NC-ND-3.0-DE",
  "CC-BY-NC-ND-3.0-IGO",
  "CC-BY-NC-ND-4.0",
  "CC-BY-NC-SA-1.0",
  "CC-BY-NC-SA-2.0",
  "CC-BY-NC-SA-2.0-DE",
  "CC-BY-NC-SA-2.0-FR",
  "CC-BY-NC-SA-2.0-UK",
  "CC-BY-NC-SA-2.5",
  "CC-BY-NC-SA-3.0",
  "CC-BY-NC-SA-3.0-DE",
  "CC-BY-NC-SA-3.0-IGO",
  "CC-BY-NC-SA-4.0",
  "CC-BY-ND-1.0",
  "CC-BY-ND-2.0",
  "CC-BY-ND-2.5",
  "CC-BY-ND-3.0",
  "CC-BY-ND-3.0-DE",
  "CC-BY-ND-4.0",
  "CC-BY-SA-1.0",
  "CC-BY-SA-2.0",
  "CC-BY-SA-2.0-UK",
  "CC-BY-SA-2.1-JP",
  "CC-BY-SA-2.5",
  "CC-BY-SA-3.0",
  "CC-BY-SA-3.0-AT",
  "CC-BY-SA-3.0-DE",
  "CC-BY-SA-3.0-IGO",
  "CC-BY-SA-4.0",
  "CC-PDDC",
  "CC-PDM-1.0",
  "CC-SA-1.0",
  "CC0-1.0",
  "CDDL-1.0",
  "CDDL-1.1",
  "CDL-1.0",
  "CDLA-Permissive-1.0",
  "CDLA-Permissive-2.0",
  "CDLA-Sharing-1.0",
  "CECILL-1.0",
  "CECILL-1.1",
  "CECILL-2.0",
  "CECILL-2.1",
  "CECILL-B",
  "CECILL-C",
  "CERN-OHL-1.1",
  "CERN-OHL-1.2",
  "CERN-OHL-P-2.0",
  "CERN-OHL-S-2.0",
  "CERN-OHL-W-2.0",
  "CFITSIO",
  "CMU-Mach",
  "CMU-Mach-nodoc",
  "CNRI-Jython",
  "CNRI-Python",
  "CNRI-Python-GPL-Compatible",
  "COIL-1.0",
  "CPAL-1.0",
  "CPL-1.0",
  "CPOL-1.02",
  "CUA-OPL-1.0",
  "Caldera",
  "Caldera-no-preamble",
  "Catharon",
  "ClArtistic",
  "Clips",
  "Community-Spec-1.0",
  "Condor-1.1",
  "Cornell-Lossless-JPEG",
  "Cronyx",
  "Crossword",
  "CryptoSwift",
  "CrystalStacker",
  "Cube",
  "D-FSL-1.0",
  "DEC-3-Clause",
  "DL-DE-BY-2.0",
  "DL-DE-ZERO-2.0",
  "DOC",
  "DRL-1.0",
  "DRL-1.1",
  "DSDP",
  "DocBook-DTD",
  "DocBook-Schema",
  "DocBook-Stylesheet",
  "DocBook-XML",
  "Dotseqn",
  "ECL-1.0",
  "ECL-2.0",
  "EFL-1.0",
  "EFL-2.0",
  "EPICS",
  "EPL-1.0",
  "EPL-2.0",
  "ESA-PL-permissive-2.4",
  "ESA-PL-strong-copyleft-2.4",
  "ESA-PL-weak-copyleft-2.4",
  "EUDatagrid",
  "EUPL-1.0",
  "EUPL-1.1",
  "EUPL-1.2",
  "Elastic-2.0",
  "Entessa",
  "ErlPL-1.1",
  "Eurosym",
  "FBM",
  "FDK-AAC",
  "FDK-MPEG-H",
  "FSFAP",
  "FSFAP-no-warranty-disclaimer",
  "FSFUL",
  "FSFULLR",
  "FSFULLRSD",
  "FSFULLRWD",
  "FSL-1.1-ALv2",
  "FSL-1.1-MIT",
  "FTL",
  "Fair",
  "Ferguson-Twofish",
  "Frameworx-1.0",
  "FreeBSD-DOC",
  "FreeImage",
  "Furuseth",
  "GCR-docs",
  "GD",
  "GFDL-1.1-invariants-only",
  "GFDL-1.1-invariants-or-later",
  "GFDL-1.1-no-invariants-only",
  "GFDL-1.1-no-invariants-or-later",
  "GFDL-1.1-only",
  "GFDL-1.1-or-later",
  "GFDL-1.2-invariants-only",
  "GFDL-1.2-invariants-or-later",
  "GFDL-1.2-no-invariants-only",
  "GFDL-1.2-no-invariants-or-later",
  "GFDL-1.2-only",
  "GFDL-1.2-or-later",
  "GFDL-1.3-invariants-only",
  "GFDL-1.3-invariants-or-later",
  "GFDL-1.3-no-invariants-only",
  "GFDL-1.3-no-invariants-or-later",
  "GFDL-1.3-only",
  "GFDL-1.3-or-later",
  "GL2PS",
  "GLWTPL",
  "GPL-1.0-only",
  "GPL-1.0-or-later",
  "GPL-2.0-only",
  "GPL-2.0-or-later",
  "GPL-3.0-only",
  "GPL-3.0-or-later",
  "Game-Programming-Gems",
  "Giftware",
  "Glide",
  "Glulxe",
  "Graphics-Gems",
  "Gutmann",
  "HDF5",
  "HIDAPI",
  "HP-1986",
  "HP-1989",
  "HPND",
  "HPND-DEC",
  "HPND-Fenneberg-Livingston",
  "HPND-INRIA-IMAG",
  "HPND-Intel",
  "HPND-Kevlin-Henney",
  "HPND-MIT-disclaimer",
  "HPND-Markus-Kuhn",
  "HPND-Netrek",
  "HPND-Pbmplus",
  "HPND-SMC",
  "HPND-UC",
  "HPND-UC-export-US",
  "HPND-doc",
  "HPND-doc-sell",
  "HPND-export-US",
  "HPND-export-US-acknowledgement",
  "HPND-export-US-modify",
  "HPND-export2-US",
  "HPND-merchantability-variant",
  "HPND-sell-MIT-disclaimer-xserver",
  "HPND-sell-regexpr",
  "HPND-sell-variant",
  "HPND-sell-variant-MIT-disclaimer",
  "HPND-sell-variant-MIT-disclaimer-rev",
  "HPND-sell-variant-critical-systems",
  "HTMLTIDY",
  "HaskellReport",
  "Hippocratic-2.1",
  "Hippocratic-3.0-core",
  "IBM-pibs",
  "ICU",
  "IEC-Code-Components-EULA",
  "IJG",
  "IJG-short",
  "IPA",
  "IPL-1.0",
  "ISC",
  "ISC-Veillard",
  "ISO-permission",
  "ImageMagick",
  "Imlib2",
  "Info-ZIP",
  "Informatica",
  "Inner-Net-2.0",
  "InnoSetup",
  "Intel",
  "Intel-ACPI",
  "Interbase-1.0",
  "JPL-image",
  "JPNIC",
  "JSON",
  "Jam",
  "JasPer-2.0",
  "Kastrup",
  "Kazlib",
  "Knuth-CTAN",
  "LAL-1.2",
  "LAL-1.3",
  "LGPL-2.0-only",
  "LGPL-2.0-or-later",
  "LGPL-2.1-only",
  "LGPL-2.1-or-later",
  "LGPL-3.0-only",
  "LGPL-3.0-or-later",
  "LGPLLR",
  "LOOP",
  "LPD-document",
  "LPL-1.0",
  "LPL-1.02",
  "LPPL-1.0",
  "LPPL-1.1",
  "LPPL-1.2",
  "LPPL-1.3a",
  "LPPL-1.3c",
  "LZMA-SDK-9.11-to-9.20",
  "LZMA-SDK-9.22",
  "Latex2e",
  "Latex2e-translated-notice",
  "Leptonica",
  "LiLiQ-P-1.1",
  "LiLiQ-R-1.1",
  "LiLiQ-Rplus-1.1",
  "Libpng",
  "Linux-OpenIB",
  "Linux-man-pages-1-para",
  "Linux-man-pages-copyleft",
  "Linux-man-pages-copyleft-2-para",
  "Linux-man-pages-copyleft-var",
  "Lucida-Bitmap-Fonts",
  "MIPS",
  "MIT",
  "MIT-0",
  "MIT-CMU",
  "MIT-Click",
  "MIT-Festival",
  "MIT-Khronos-old",
  "MIT-Modern-Variant",
  "MIT-STK",
  "MIT-Wu",
  "MIT-advertising",
  "MIT-enna",
  "MIT-feh",
  "MIT-open-group",
  "MIT-testregex",
  "MITNFA",
  "MMIXware",
  "MMPL-1.0.1",
  "MPEG-SSG",
  "MPL-1.0",
  "MPL-1.1",
  "MPL-2.0",
  "MPL-2.0-no-copyleft-exception",
  "MS-LPL",
  "MS-PL",
  "MS-RL",
  "MTLL",
  "MVT-1.1",
  "Mackerras-3-Clause",
  "Mackerras-3-Clause-acknowledgment",
  "MakeIndex",
  "Martin-Birgmeier",
  "McPhee-slideshow",
  "Minpack",
  "MirOS",
  "Motosoto",
  "MulanPSL-1.0",
  "MulanPSL-2.0",
  "Multics",
  "Mup",
  "NAIST-2003",
  "NASA-1.3",
  "NBPL-1.0",
  "NCBI-PD",
  "NCGL-UK-2.0",
  "NCL",
  "NCSA",
  "NGPL",
  "NICTA-1.0",
  "NIST-PD",
  "NIST-PD-TNT",
  "NIST-PD-fallback",
  "NIST-Software",
  "NLOD-1.0",
  "NLOD-2.0",
  "NLPL",
  "NOSL",
  "NPL-1.0",
  "NPL-1.1",
  "NPOSL-3.0",
  "NRL",
  "NTIA-PD",
  "NTP",
  "NTP-0",
  "Naumen",
  "NetCDF",
  "Newsletr",
  "Nokia",
  "Noweb",
  "O-UDA-1.0",
  "OAR",
  "OCCT-PL",
  "OCLC-2.0",
  "ODC-By-1.0",
  "ODbL-1.0",
  "OFFIS",
  "OFL-1.0",
  "OFL-1.0-RFN",
  "OFL-1.0-no-RFN",
  "OFL-1.1",
  "OFL-1.1-RFN",
  "OFL-1.1-no-RFN",
  "OGC-1.0",
  "OGDL-Taiwan-1.0",
  "OGL-Canada-2.0",
  "OGL-UK-1.0",
  "OGL-UK-2.0",
  "OGL-UK-3.0",
  "OGTSL",
  "OLDAP-1.1",
  "OLDAP-1.2",
  "OLDAP-1.3",
  "OLDAP-1.4",
  "OLDAP-2.0",
  "OLDAP-2.0.1",
  "OLDAP-2.1",
  "OLDAP-2.2",
  "OLDAP-2.2.1",
  "OLDAP-2.2.2",
  "OLDAP-2.3",
  "OLDAP-2.4",
  "OLDAP-2.5",
  "OLDAP-2.6",
  "OLDAP-2.7",
  "OLDAP-2.8",
  "OLFL-1.3",
  "OML",
  "OPL-1.0",
  "OPL-UK-3.0",
  "OPUBL-1.0",
  "OSC-1.0",
  "OSET-PL-2.1",
  "OSL-1.0",
  "OSL-1.1",
  "OSL-2.0",
  "OSL-2.1",
  "OSL-3.0",
  "OSSP",
  "OpenMDW-1.0",
  "OpenPBS-2.3",
  "OpenSSL",
  "OpenSSL-standalone",
  "OpenVision",
  "PADL",
  "PDDL-1.0",
  "PHP-3.0",
  "PHP-3.01",
  "PPL",
  "PSF-2.0",
  "ParaType-Free-Font-1.3",
  "Parity-6.0.0",
  "Parity-7.0.0",
  "Pixar",
  "Plexus",
  "PolyForm-Noncommercial-1.0.0",
  "PolyForm-Small-Business-1.0.0",
  "PostgreSQL",
  "Python-2.0",
  "Python-2.0.1",
  "QPL-1.0",
  "QPL-1.0-INRIA-2004",
  "Qhull",
  "RHeCos-1.1",
  "RPL-1.1",
  "RPL-1.5",
  "RPSL-1.0",
  "RSA-MD",
  "RSCPL",
  "Rdisc",
  "Ruby",
  "Ruby-pty",
  "SAX-PD",
  "SAX-PD-2.0",
  "SCEA",
  "SGI-B-1.0",
  "SGI-B-1.1",
  "SGI-B-2.0",
  "SGI-OpenGL",
  "SGMLUG-PM",
  "SGP4",
  "SHL-0.5",
  "SHL-0.51",
  "SISSL",
  "SISSL-1.2",
  "SL",
  "SMAIL-GPL",
  "SMLNJ",
  "SMPPL",
  "SNIA",
  "SOFA",
  "SPL-1.0",
  "SSH-OpenSSH",
  "SSH-short",
  "SSLeay-standalone",
  "SSPL-1.0",
  "SUL-1.0",
  "SWL",
  "Saxpath",
  "SchemeReport",
  "Sendmail",
  "Sendmail-8.23",
  "Sendmail-Open-Source-1.1",
  "SimPL-2.0",
  "Sleepycat",
  "Soundex",
  "Spencer-86",
  "Spencer-94",
  "Spencer-99",
  "SugarCRM-1.1.3",
  "Sun-PPP",
  "Sun-PPP-2000",
  "SunPro",
  "Symlinks",
  "TAPR-OHL-1.0",
  "TCL",
  "TCP-wrappers",
  "TGPPL-1.0",
  "TMate",
  "TORQUE-1.1",
  "TOSL",
  "TPDL",
  "TPL-1.0",
  "TTWL",
  "TTYP0",
  "TU-Berlin-1.0",
  "TU-Berlin-2.0",
  "TekHVC",
  "TermReadKey",
  "ThirdEye",
  "TrustedQSL",
  "UCAR",
  "UCL-1.0",
  "UMich-Merit",
  "UPL-1.0",
  "URT-RLE",
  "Ubuntu-font-1.0",
  "UnRAR",
  "Unicode-3.0",
  "Unicode-DFS-2015",
  "Unicode-DFS-2016",
  "Unicode-TOU",
  "UnixCrypt",
  "Unlicense",
  "Unlicense-libtelnet",
  "Unlicense-libwhirlpool",
  "VOSTROM",
  "VSL-1.0",
  "Vim",
  "Vixie-Cron",
  "W3C",
  "W3C-19980720",
  "W3C-20150513",
  "WTFNMFPL",
  "WTFPL",
  "Watcom-1.0",
  "Widget-Workshop",
  "WordNet",
  "Wsuipa",
  "X11",
  "X11-distribute-modifications-variant",
  "X11-no-permit-persons",
  "X11-swapped",
  "XFree86-1.1",
  "XSkat",
  "Xdebug-1.03",
  "Xerox",
  "Xfig",
  "Xnet",
  "YPL-1.0",
  "YPL-1.1",
  "ZPL-1.1",
  "ZPL-2.0",
  "ZPL-2.1",
  "Zed",
  "Zeeff",
  "Zend-2.0",
  "Zimbra-1.3",
  "Zimbra-1.4",
  "Zlib",
  "any-OSI",
  "any-OSI-perl-modules",
  "atc-game",
  "bcrypt-Solar-Designer",
  "blessing",
  "bzip2-1.0.6",
  "check-cvs",
  "checkmk",
  "copyleft-next-0.3.0",
  "copyleft-next-0.3.1",
  "curl",
  "cve-tou",
  "diffmark",
  "dtoa",
  "dvipdfm",
  "eGenix",
  "etalab-2.0",
  "fwlw",
  "gSOAP-1.3b",
  "generic-xts",
  "gnuplot",
  "gtkbook",
  "hdparm",
  "hyphen-bulgarian",
  "iMatix",
  "jove",
  "libpng-1.6.35",
  "libpng-2.0",
  "libselinux-1.0",
  "libtiff",
  "libutil-David-Nugent",
  "lsof",
  "magaz",
  "mailprio",
  "man2html",
  "metamail",
  "mpi-permissive",
  "mpich2",
  "mplus",
  "ngrep",
  "pkgconf",
  "pnmstitch",
  "psfrag",
  "psutils",
  "python-ldap",
  "radvd",
  "snprintf",
  "softSurfer",
  "ssh-keyscan",
  "swrule",
  "threeparttable",
  "ulem",
  "w3m",
  "wwl",
  "xinetd",
  "xkeyboard-config-Zinoviev",
  "xlock",
  "xpp",
  "xzoom",
  "zlib-acknowledgement"
];

// node_modules/spdx-license-ids/deprecated.json
var deprecated_default = [
  "AGPL-1.0",
  "AGPL-3.0",
  "BSD-2-Clause-FreeBSD",
  "BSD-2-Clause-NetBSD",
  "GFDL-1.1",
  "GFDL-1.2",
  "GFDL-1.3",
  "GPL-1.0",
  "GPL-2.0",
  "GPL-2.0-with-GCC-exception",
  "GPL-2.0-with-autoconf-exception",
  "GPL-2.0-with-bison-exception",
  "GPL-2.0-with-classpath-exception",
  "GPL-2.0-with-font-exception",
  "GPL-3.0",
  "GPL-3.0-with-GCC-exception",
  "GPL-3.0-with-autoconf-exception",
  "LGPL-2.0",
  "LGPL-2.1",
  "LGPL-3.0",
  "Net-SNMP",
  "Nunit",
  "StandardML-NJ",
  "bzip2-1.0.5",
  "eCos-2.0",
  "wxWindows"
];

// rules/label-schema.ts
var SPDX_LICENSES = /* @__PURE__ */ new Set([...spdx_license_ids_default, ...deprecated_default]), SPDX_ID = /^(?:LicenseRef-|DocumentRef-[A-Za-z0-9.-]+:LicenseRef-)?[A-Za-z0-9][A-Za-z0-9.+-]*\+?$/;
function isSpdxId(v) {
  return SPDX_ID.test(v) && !/^(AND|OR|WITH)$/i.test(v);
}
function isSpdxExpression(v) {
  let tokens = v.replace(/[()]/g, " $& ").trim().split(/\s+/), depth = 0, expectOperand = !0;
  for (let i = 0; i < tokens.length; i++) {
    let t = tokens[i];
    if (t === "(") {
      if (!expectOperand) return !1;
      depth++;
    } else if (t === ")") {
      if (expectOperand || --depth < 0) return !1;
    } else if (t === "AND" || t === "OR" || t === "and" || t === "or") {
      if (expectOperand) return !1;
      expectOperand = !0;
    } else if (t === "WITH" || t === "with") {
      if (expectOperand || !tokens[i + 1] || !isSpdxId(tokens[i + 1])) return !1;
      i++;
    } else {
      if (!expectOperand || !isSpdxId(t)) return !1;
      expectOperand = !1;
    }
  }
  return depth === 0 && !expectOperand;
}
var VALIDATORS = {
  url: { test: (v) => /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/.test(v), what: "an absolute URL with a scheme, such as 'https://example.com/repo'" },
  rfc3339: {
    test: (v) => /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.test(v),
    what: "an RFC 3339 timestamp such as '2024-05-01T12:00:00Z'"
  },
  spdx: { test: (v) => SPDX_LICENSES.has(v), what: "a licence identifier from the SPDX list such as 'MIT' or 'Apache-2.0'" },
  spdxExpression: { test: isSpdxExpression, what: "an SPDX license expression such as 'MIT' or 'Apache-2.0 OR MIT'" },
  // hadolint's definition: a short (7) or full (40) lower-case SHA-1.
  hash: { test: (v) => /^(?:[0-9a-f]{7}|[0-9a-f]{40})$/.test(v), what: "a lower-case git commit hash (7 or 40 hex characters)" },
  semver: {
    test: (v) => /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/.test(v),
    what: "a semantic version such as '1.2.3' (no leading 'v')"
  },
  email: {
    test: (v) => /^(?:[^<>]*<[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+)$/.test(v.trim()),
    what: "an e-mail address such as 'team@example.com'"
  }
}, OCI_TYPES = {
  "org.opencontainers.image.created": "rfc3339",
  "org.opencontainers.image.url": "url",
  "org.opencontainers.image.source": "url",
  "org.opencontainers.image.documentation": "url",
  "org.opencontainers.image.licenses": "spdxExpression"
}, TYPE_CODES = {
  url: "hadolint:DL3052",
  rfc3339: "hadolint:DL3053",
  spdx: "hadolint:DL3054",
  hash: "hadolint:DL3055",
  semver: "hadolint:DL3056",
  email: "hadolint:DL3058"
};
function valueOrKeySpan(kv) {
  return kv.valueSpan && kv.valueSpan.end > kv.valueSpan.start ? kv.valueSpan : kv.keySpan;
}
var label_schema_default = {
  id: "label-schema",
  description: "Give labels the types set in settings.labelSchema and the OCI annotation spec",
  severity: "warning",
  related: ["hadolint:DL3049", "hadolint:DL3050", "hadolint:DL3051", "hadolint:DL3052", "hadolint:DL3053", "hadolint:DL3054", "hadolint:DL3055", "hadolint:DL3056", "hadolint:DL3058"],
  messages: {
    missing: "The shipped image has no label '{{key}}', which settings.labelSchema requires; add LABEL {{key}}=<{{type}}>",
    superfluous: "Label '{{key}}' is not in settings.labelSchema and strictLabels is on; remove it or add it to the schema",
    empty: "Label '{{key}}' is empty; give it a value or remove it",
    badValue: "Label '{{key}}' is '{{value}}', which is not {{what}}"
  },
  options: {
    ociLabels: {
      description: "Check the values of the OCI pre-defined annotation labels (created, url, source, documentation, licenses) even when they are not in the schema",
      default: !0,
      schema: { type: "boolean" }
    }
  },
  examples: {
    valid: [`FROM alpine:3.20
LABEL org.opencontainers.image.created="2024-05-01T12:00:00Z" org.opencontainers.image.licenses="MIT OR Apache-2.0"`, `FROM alpine:3.20
ARG CREATED
LABEL org.opencontainers.image.created=$CREATED`],
    invalid: [`FROM alpine:3.20
LABEL org.opencontainers.image.source="github.com/me/app"`]
  },
  differs: "one rule for hadolint's label-schema codes (missing and superfluous labels are warnings here, info in hadolint); required labels are looked for only in the shipped image (target and its FROM-<stage> ancestors); values are judged after ARG/ENV expansion; the OCI pre-defined labels are checked without a schema (licenses as an SPDX expression); a hash is 7 or 40 lower-case hex characters, as in hadolint; an spdx value must be an id of the SPDX licence list (current or deprecated), as in hadolint",
  check({ model, settings, options, report }) {
    let schema = settings.labelSchema ?? {}, keys = Object.keys(schema), labels = [];
    for (let ins of model.instructions)
      if (ins.keyword === "LABEL" && ins.stage) for (let kv of parseKeyValues(ins, !1)) labels.push({ ins, kv });
    for (let { ins, kv } of labels) {
      let key = kv.key, type = schema[key] ?? (options.ociLabels ? OCI_TYPES[key] : void 0);
      if (settings.strictLabels && !(key in schema)) {
        report({ messageId: "superfluous", data: { key }, related: ["hadolint:DL3050"], span: kv.keySpan });
        continue;
      }
      if (!type || kv.value === null) continue;
      let r = model.expand(kv.value, ins.scope);
      if (r.unresolved || r.undefinedNames.length) continue;
      let value = r.value;
      if (value.trim() === "") {
        key in schema && report({ messageId: "empty", data: { key }, span: valueOrKeySpan(kv), related: ["hadolint:DL3051"] });
        continue;
      }
      let v = VALIDATORS[type];
      if (!v || v.test(value)) continue;
      let code = key in schema ? TYPE_CODES[type] : void 0;
      report({ messageId: "badValue", data: { key, value, what: v.what }, span: valueOrKeySpan(kv), related: code ? [code] : [] });
    }
    if (!keys.length) return;
    let chain = shippedChain(model);
    if (!chain.length) return;
    let present = new Set(labels.filter(({ ins }) => ins.stage && chain.includes(ins.stage)).map(({ kv }) => kv.key));
    for (let key of keys)
      present.has(key) || report({ messageId: "missing", data: { key, type: schema[key] }, span: chain[0].from.keywordSpan, related: ["hadolint:DL3049"] });
  }
};

// rules/maintainer-deprecated.ts
var maintainer_deprecated_default = {
  id: "maintainer-deprecated",
  keywords: ["MAINTAINER"],
  description: "Replace the deprecated MAINTAINER instruction with a LABEL",
  severity: "warning",
  related: ["hadolint:DL4000", "buildkit:MaintainerDeprecated"],
  fixable: !0,
  messages: {
    deprecated: "MAINTAINER is deprecated; use LABEL org.opencontainers.image.authors={{value}}"
  },
  options: {},
  examples: {
    valid: [`FROM alpine:3.20
LABEL org.opencontainers.image.authors="Jane <jane@example.com>"`],
    invalid: [`FROM alpine:3.20
MAINTAINER Jane <jane@example.com>`]
  },
  differs: "warning like BuildKit (hadolint: error), since the image still builds; fixed by rewriting it as the OCI authors LABEL",
  check({ model, report }) {
    for (let ins of model.instructions) {
      if (ins.keyword !== "MAINTAINER") continue;
      let text = ins.args.map((a) => a.value).join(" "), backtick = model.directives.escape === "`", value = backtick ? `"${text}"` : JSON.stringify(text).replace(/\$/g, "\\$"), fixable = ins.args.length > 0 && !(backtick && /["`$]/.test(text)), end = ins.args.length ? ins.args[ins.args.length - 1].end : ins.keywordSpan.end, label = ins.keywordRaw === ins.keywordRaw.toLowerCase() ? "label" : "LABEL";
      report({
        messageId: "deprecated",
        data: { value },
        span: ins.keywordSpan,
        fix: fixable ? [{ span: { start: ins.keywordSpan.start, end }, text: `${label} org.opencontainers.image.authors=${value}` }] : void 0
      });
    }
  }
};

// rules/npm-packages-pinned.ts
var INSTALL = /* @__PURE__ */ new Set(["install", "i", "add", "in", "ins", "inst", "insta", "instal", "isnt", "isnta", "isntal", "isntall"]), VALUE_OPTIONS2 = /* @__PURE__ */ new Set([
  "--loglevel",
  "--registry",
  "--prefix",
  "--cache",
  "--userconfig",
  "--tag",
  "-w",
  "--workspace",
  "--omit",
  "--include",
  "--install-strategy",
  "--before",
  "--os",
  "--cpu",
  "--libc",
  "--script-shell",
  "-C"
]);
function judge(spec) {
  if (/^(git|git\+ssh|git\+https?|git\+file|github|gitlab|bitbucket|gist):/i.test(spec) || /^[\w.-]+\/[\w.-]+#/.test(spec))
    return spec.includes("#") ? "ok" : "unpinned";
  if (/\.(tar|tar\.gz|tgz)$/i.test(spec) || /^(\/|\.\/|\.\.\/|~\/|\.$|\.\.$|file:|https?:)/.test(spec)) return "ok";
  let at = spec.indexOf("@", spec.startsWith("@") ? 1 : 0);
  if (at === -1) return "unpinned";
  let version = spec.slice(at + 1);
  return version === "" || /^(latest|next|canary|beta|alpha|rc|nightly|lts|\*|x)$/i.test(version) ? "floating" : "ok";
}
var npm_packages_pinned_default = {
  id: "npm-packages-pinned",
  keywords: ["RUN"],
  description: "Pin the versions of packages installed with npm install <package>",
  severity: "off",
  strict: "warning",
  related: ["hadolint:DL3016"],
  messages: {
    unpinned: "npm package '{{name}}' is not pinned, so each build may install a different version; write '{{name}}@<version>'",
    floating: "npm package '{{spec}}' follows a moving dist-tag; pin a version ('{{name}}@<version>')"
  },
  options: {},
  examples: {
    valid: [`FROM node:22-alpine
RUN npm install -g pnpm@9.12.0`, `FROM node:22-alpine
COPY package*.json ./
RUN npm ci`],
    invalid: [`FROM node:22-alpine
RUN npm install -g pnpm`]
  },
  differs: "off by default (pins rot; strict preset: warning); judges ARG/ENV values, recognises npm's install aliases, and treats dist-tags such as '@latest' as unpinned",
  check({ model, report }) {
    for (let { ins } of runSites(model))
      for (let cmd of ins.run.commands) {
        if (cmd.name !== "npm") continue;
        let args = commandArgs(cmd).slice(1), i = 0;
        for (; i < args.length && args[i].text.startsWith("-"); ) i += VALUE_OPTIONS2.has(args[i].text) ? 2 : 1;
        if (!args[i] || !INSTALL.has(args[i].text)) continue;
        let pkgs = [];
        for (let j = i + 1; j < args.length; j++) {
          let t = args[j].text;
          if (t === "--") {
            for (let k = j + 1; k < args.length; k++) pkgs.push(args[k]);
            break;
          }
          if (t.startsWith("-")) {
            !t.includes("=") && VALUE_OPTIONS2.has(t) && j++;
            continue;
          }
          pkgs.push(args[j]);
        }
        for (let p of pkgs) {
          if (!p.known) continue;
          let verdict = judge(p.text);
          if (verdict === "ok") continue;
          let at = p.text.indexOf("@", p.text.startsWith("@") ? 1 : 0), name = at === -1 ? p.text : p.text.slice(0, at);
          report({ messageId: verdict, data: { name, spec: p.text }, span: { start: p.word.start, end: p.word.end } });
        }
      }
  }
};

// rules/onbuild-valid-instruction.ts
var FORBIDDEN = /* @__PURE__ */ new Set(["ONBUILD", "FROM", "MAINTAINER"]), onbuild_valid_instruction_default = {
  id: "onbuild-valid-instruction",
  keywords: ["ONBUILD"],
  description: "Do not wrap ONBUILD, FROM or MAINTAINER in ONBUILD",
  severity: "error",
  related: ["hadolint:DL3043"],
  messages: {
    forbidden: "ONBUILD {{keyword}} is not allowed: Docker rejects it when the image is used as a base; remove it or use a plain instruction"
  },
  options: {},
  examples: {
    valid: [`FROM node:22
ONBUILD COPY . /app
ONBUILD RUN npm ci`],
    invalid: [`FROM node:22
ONBUILD FROM alpine:3.20`, `FROM node:22
ONBUILD ONBUILD RUN true`]
  },
  check({ model, report }) {
    for (let ins of model.instructions) {
      let inner = ins.keyword === "ONBUILD" ? ins.onbuild : null;
      !inner || !FORBIDDEN.has(inner.keyword) || report({ messageId: "forbidden", data: { keyword: inner.keyword }, span: inner.keywordSpan });
    }
  }
};

// rules/pip-no-cache-dir.ts
var PIP_CACHE = /(^|\/)\.cache\/pip(\/|$)/;
function disablesCache(v) {
  return v !== void 0 && /^(1|0|true|false|yes|no|on|off|y|n|t|f)$/i.test(v.trim());
}
function normalise(p) {
  return trimEndOf(p.replace(/^~(?=\/|$)/, "/root").replace(/^\$HOME(?=\/|$)/, "/root"), "/");
}
function within(path, dir) {
  let p = normalise(path), d = normalise(dir);
  return d.length > 0 && (p === d || p.startsWith(d + "/"));
}
function purgedAfter(cmds, from, cacheDir) {
  for (let i = from + 1; i < cmds.length; i++) {
    let c = cmds[i], words3 = c.words.map((w) => w.expanded ?? w.value);
    if (/^pip\d*(\.\d+)?$/.test(c.name) && words3[1] === "cache" && (words3[2] === "purge" || words3[2] === "remove")) return !0;
    if (c.name === "rm")
      for (let w of words3.slice(1)) {
        let p = normalise(w.replace(/\/\*$/, ""));
        if (PIP_CACHE.test(p + "/") || p === "/root/.cache" || cacheDir !== null && within(cacheDir, p)) return !0;
      }
  }
  return !1;
}
function cacheWaived(ins, cacheDir) {
  for (let t of cacheMountTargets(ins)) {
    let target = normalise(t);
    if (PIP_CACHE.test(target) || PIP_CACHE.test(target + "/") || target === "/root/.cache" || cacheDir !== null && within(cacheDir, target)) return !0;
  }
  return !1;
}
var pip_no_cache_dir_default = {
  id: "pip-no-cache-dir",
  keywords: ["RUN"],
  description: "Install pip packages with --no-cache-dir so the download cache does not ship in the image",
  severity: "warning",
  related: ["hadolint:DL3042"],
  messages: {
    noCacheDir: "'{{command}}' keeps pip's download cache in the image layer; add '--no-cache-dir' (or set 'ENV PIP_NO_CACHE_DIR=1', or use 'RUN --mount=type=cache,target=/root/.cache/pip')"
  },
  options: {},
  examples: {
    valid: [
      `FROM python:3.12-slim
RUN pip install --no-cache-dir flask==3.0.3`,
      `FROM python:3.12-slim
ENV PIP_NO_CACHE_DIR=1
RUN pip install flask==3.0.3`,
      `FROM python:3.12-slim
RUN --mount=type=cache,target=/root/.cache/pip pip install flask==3.0.3`
    ],
    invalid: [`FROM python:3.12-slim
RUN pip install flask==3.0.3`]
  },
  differs: "checks only stages that ship (not builder stages read through COPY --from); also accepts PIP_CACHE_DIR/--cache-dir on a cache mount, and a later 'rm -rf ~/.cache/pip' or 'pip cache purge' in the same RUN; any PIP_NO_CACHE_DIR value pip accepts turns the cache off, 0 and false too (as pip does)",
  fixable: !0,
  check({ model, report }) {
    let shipping = shippedStages(model);
    for (let { ins, onbuild } of runSites(model)) {
      if (!onbuild && ins.stage && !shipping.has(ins.stage) || disablesCache(ins.scope.get("PIP_NO_CACHE_DIR")?.value)) continue;
      let envCacheDir = ins.scope.get("PIP_CACHE_DIR")?.value ?? null, cmds = ins.run.commands, exported = !1;
      cmds.forEach((cmd, i) => {
        for (let w of [...cmd.assignments, ...cmd.name === "export" ? cmd.words.slice(1) : []]) {
          let v = w.expanded ?? w.value;
          v.startsWith("PIP_NO_CACHE_DIR=") && disablesCache(v.slice(17)) && cmd.name === "export" && (exported = !0);
        }
        if (exported) return;
        let pip = pipInstall(cmd);
        if (!pip || pip.tool !== "pip") return;
        let texts = pip.args.map((a) => a.text);
        if (texts.some((t) => t === "--no-cache-dir" || t.startsWith("--no-cache-dir=")) || cmd.assignments.some((a) => {
          let v = a.expanded ?? a.value;
          return v.startsWith("PIP_NO_CACHE_DIR=") && disablesCache(v.slice(17));
        }) || pip.args.some((a) => !a.known && a.text.startsWith("$"))) return;
        let ci = texts.findIndex((t) => t === "--cache-dir" || t.startsWith("--cache-dir=")), cacheDir = ci === -1 ? envCacheDir : texts[ci].includes("=") ? texts[ci].slice(12) : texts[ci + 1] ?? null;
        if (cacheWaived(ins, cacheDir) || purgedAfter(cmds, i, cacheDir)) return;
        let at = pip.installWord;
        report({
          messageId: "noCacheDir",
          data: { command: cmd.words.slice(0, cmd.words.indexOf(at) + 1).map((w) => w.value).join(" ") },
          span: { start: cmd.words[0].start, end: at.end },
          fix: [{ span: { start: at.end, end: at.end }, text: " --no-cache-dir" }]
        });
      });
    }
  }
};

// rules/pip-packages-pinned.ts
var VERSION_OPS = /(===|==|>=|<=|~=|!=|>|<)/, VCS = /^(git|hg|svn|bzr)\+/i;
function isPinned(spec) {
  return VERSION_OPS.test(spec) ? !0 : VCS.test(spec) ? /@[^/]+$/.test(spec.replace(/#.*$/, "").replace(/^[^:]+:\/\/[^/]*@/, "x://")) : /\.(whl|tar\.gz|tgz|zip|tar\.bz2|tar\.xz)$/i.test(spec) ? !0 : spec === "." || spec.startsWith(".") || spec.startsWith("/") || spec.startsWith("~") || spec.includes("/");
}
var pip_packages_pinned_default = {
  id: "pip-packages-pinned",
  keywords: ["RUN"],
  description: "Pin the versions of packages installed with pip",
  severity: "off",
  strict: "warning",
  related: ["hadolint:DL3013"],
  messages: {
    unpinned: "pip package '{{name}}' is not pinned, so each build may install a different version; pin it ('{{name}}==<version>') or install from a requirements or constraints file"
  },
  options: {
    ignorePackages: {
      description: "Package names that may stay unpinned (e.g. pip, setuptools, wheel)",
      default: [],
      schema: { type: "array", items: { type: "string" } }
    }
  },
  examples: {
    valid: [
      `FROM python:3.12-slim
RUN pip install --no-cache-dir flask==3.0.3`,
      `FROM python:3.12-slim
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt`
    ],
    invalid: [`FROM python:3.12-slim
RUN pip install --no-cache-dir flask`]
  },
  differs: "off by default (pins rot; strict preset: warning); judges ARG/ENV values, accepts local paths, archives, VCS refs and 'name @ url', checks packages listed next to '-r' instead of skipping the command, and honours PIP_CONSTRAINT",
  check({ model, options, report }) {
    let ignored = new Set(options.ignorePackages.map((p) => p.toLowerCase()));
    for (let { ins } of runSites(model))
      if (!ins.scope.get("PIP_CONSTRAINT")?.value)
        for (let cmd of ins.run.commands) {
          let pip = pipInstall(cmd);
          if (!pip || cmd.assignments.some((a) => a.value.startsWith("PIP_CONSTRAINT="))) continue;
          let args = pip.args;
          if (args.some((a) => a.text === "-c" || a.text.startsWith("--constraint") || /^-c\S/.test(a.text))) continue;
          let pkgs = [];
          for (let i = 0; i < args.length; i++) {
            let t = args[i].text;
            if (t === "--") {
              for (let k = i + 1; k < args.length; k++) pkgs.push(args[k]);
              break;
            }
            if (t.startsWith("-") && t.length > 1) {
              !t.includes("=") && PIP_VALUE_OPTIONS.has(t) && i++;
              continue;
            }
            if (args[i + 1]?.text === "@" || t.endsWith("@") || /\s@\s/.test(t)) {
              i += t.endsWith("@") ? 1 : 2;
              continue;
            }
            pkgs.push(args[i]);
          }
          for (let p of pkgs) {
            if (!p.known || isPinned(p.text)) continue;
            let name = p.text.replace(/\[.*$/, "").replace(/;.*$/, "");
            !name || ignored.has(name.toLowerCase()) || report({ messageId: "unpinned", data: { name }, span: { start: p.word.start, end: p.word.end } });
          }
        }
  }
};

// src/model/shell-glob.ts
function shellGlobToRegExp(p) {
  let re = "^";
  for (let i = 0; i < p.length; i++) {
    let ch = p[i];
    if (ch === "*") re += "[^/]*";
    else if (ch === "?") re += "[^/]";
    else if (ch === "\\" && i + 1 < p.length) re += escapeRegExp(p[++i]);
    else if (ch === "[") {
      let j = i + 1, negated = p[j] === "!" || p[j] === "^";
      for (negated && j++, p[j] === "]" && j++; j < p.length && p[j] !== "]"; ) j++;
      if (j >= p.length) {
        re += "\\[";
        continue;
      }
      let members = p.slice(i + (negated ? 2 : 1), j).replace(/[\\\]^]/g, "\\$&");
      re += negated ? `[^/${members}]` : `[${members}]`, i = j;
    } else re += escapeRegExp(ch);
  }
  return new RegExp(re + "$");
}
function escapeRegExp(ch) {
  return /[.*+?^${}()|[\]\\/-]/.test(ch) ? "\\" + ch : ch;
}

// rules/run-cleanup-later-layer.ts
function join(cwd, p) {
  let abs = p.startsWith("/") ? p : (cwd.endsWith("/") ? cwd : cwd + "/") + p, out = [];
  for (let part of abs.split("/"))
    !part || part === "." || (part === ".." ? out.pop() : out.push(part));
  return "/" + out.join("/");
}
var ARCHIVE = /\.(tar|tgz|tar\.gz|tar\.xz|tar\.bz2|tar\.zst|txz|tbz2|zip|7z|xz|bz2|gz|deb|rpm|apk|whl|jar|war|run|bin|iso|msi|exe)$/i;
function argv(c) {
  return c.words.map((w) => w.expanded);
}
function removes(r, c) {
  let base = stripTrailingStars(r);
  return /[*?[]/.test(base) ? shellGlobToRegExp(r).test(c) : base === c || c.startsWith(base + "/") || base.startsWith(c + "/");
}
function stripTrailingStars(r) {
  let noStars = trimEndOf(r, "*");
  return noStars !== r && noStars.endsWith("/") ? noStars.slice(0, -1) : r;
}
function underMount(p, targets) {
  return targets.some((t) => p === t || p.startsWith(t.replace(/\/$/, "") + "/"));
}
function createdBy(c, cwd) {
  let a = argv(c), out = [];
  if ((c.name === "apt-get" || c.name === "apt") && (isIndexUpdate(c) || isPackageInstall(c)) && isIndexUpdate(c) && out.push({ path: "/var/lib/apt/lists", what: "the apt package lists" }), c.name === "apk" && (isIndexUpdate(c) || isPackageInstall(c)) && !a.includes("--no-cache") && out.push({ path: "/var/cache/apk", what: "the apk cache" }), (c.name === "yum" || c.name === "dnf") && isPackageInstall(c) && out.push({ path: c.name === "yum" ? "/var/cache/yum" : "/var/cache/dnf", what: `the ${c.name} cache` }), c.name === "curl" && a.forEach((w, i) => {
    (w === "-o" || w === "--output") && a[i + 1] ? out.push({ path: join(cwd, a[i + 1]), what: "a download" }) : w && /^--output=/.test(w) && out.push({ path: join(cwd, w.slice(9)), what: "a download" });
  }), c.name === "wget" && a.forEach((w, i) => {
    (w === "-O" || w === "--output-document") && a[i + 1] && a[i + 1] !== "-" && out.push({ path: join(cwd, a[i + 1]), what: "a download" });
  }), c.name === "git" && a[1] === "clone") {
    let pos = a.slice(2).filter((w) => w && !w.startsWith("-"));
    pos.length >= 2 && out.push({ path: join(cwd, pos[1]), what: "a git clone" });
  }
  return out.filter((o) => !o.path.includes("null"));
}
var run_cleanup_later_layer_default = {
  id: "run-cleanup-later-layer",
  keywords: ["RUN"],
  description: "Remove files in the same RUN that creates them, not in a later layer",
  severity: "warning",
  related: [],
  messages: {
    laterCleanup: "'{{rm}}' deletes {{what}} created by line {{line}} in an earlier layer, so the image does not get smaller (the files stay in that layer); remove them in the same RUN that creates them, or use a cache mount"
  },
  options: {},
  examples: {
    valid: [
      `FROM debian:12
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*`,
      `FROM alpine:3.20
RUN wget -O /tmp/t.tgz https://example.com/t.tgz && tar -xzf /tmp/t.tgz -C /opt && rm /tmp/t.tgz`
    ],
    invalid: [
      `FROM debian:12
RUN apt-get update && apt-get install -y --no-install-recommends curl
RUN rm -rf /var/lib/apt/lists/*`,
      `FROM alpine:3.20
COPY big.tar.gz /tmp/
RUN tar -xzf /tmp/big.tar.gz -C /opt && rm /tmp/big.tar.gz`
    ]
  },
  check({ model, report }) {
    for (let stage of model.stages) {
      let cwd = "/", created = [];
      for (let ins of stage.instructions) {
        if (ins.keyword === "WORKDIR") {
          let r = model.expand(ins.argsText.text.trim(), ins.scope);
          r.unresolved ? cwd = "\0" : cwd = join(cwd, r.value);
          continue;
        }
        if ((ins.keyword === "COPY" || ins.keyword === "ADD") && cwd !== "\0") {
          let { sources, dest } = copyParts(ins);
          if (!dest || sources.length !== 1 || sources[0].heredoc) continue;
          let d = model.expand(dest.value, ins.scope), s = model.expand(sources[0].value, ins.scope);
          if (d.unresolved || s.unresolved || /[*?[]/.test(s.value)) continue;
          let name = trimEndOf(s.value.replace(/[?#].*$/, ""), "/").split("/").pop();
          if (!ARCHIVE.test(name) || ins.keyword === "ADD" && !/^https?:\/\//i.test(s.value) && isArchiveName(name)) continue;
          let target = d.value.endsWith("/") ? join(join(cwd, d.value), name) : join(cwd, d.value);
          created.push({ path: target, ins, what: `'${name}' (${ins.keyword})` });
          continue;
        }
        let run = ins.run;
        if (!run || run.windowsShell || cwd === "\0") continue;
        let mountTargets = run.mounts.filter((m) => m.type !== "bind" || m.options.rw || m.options.readwrite).map((m) => m.options.target).filter((t) => !!t), mine = [], runCwd = cwd;
        for (let c of run.commands) {
          if (c.name === "cd" && c.subshellDepth === 0 && !c.compound) {
            let dir = c.words[1]?.expanded;
            runCwd = dir ? join(runCwd, dir) : "\0";
            continue;
          }
          if (c.name === "rm" && runCwd !== "\0") {
            for (let w of c.words.slice(1)) {
              let v = w.expanded;
              if (v === null || v.startsWith("-")) continue;
              let r = join(runCwd, v);
              if (r === "/") continue;
              let own = !1;
              for (let k = mine.length - 1; k >= 0; k--) removes(r, mine[k].path) && (mine.splice(k, 1), own = !0);
              let hit = created.find((x) => removes(r, x.path));
              if (hit && own)
                for (let k = created.length - 1; k >= 0; k--) removes(r, created[k].path) && created.splice(k, 1);
              else if (hit) {
                report({ messageId: "laterCleanup", data: { rm: `rm ${v}`, what: hit.what, line: hit.ins.line }, span: { start: w.start, end: w.end } });
                for (let k = created.length - 1; k >= 0; k--) removes(r, created[k].path) && created.splice(k, 1);
              }
            }
            continue;
          }
          if (runCwd !== "\0")
            for (let p of createdBy(c, runCwd)) underMount(p.path, mountTargets) || mine.push({ ...p, ins });
        }
        for (let m of mine) created.push(m);
      }
    }
  }
};

// rules/run-consolidate.ts
function simple(ins) {
  let run = ins.run;
  return !!run && run.form === "shell" && !run.windowsShell && ins.heredocs.length === 0 && run.scripts.length === 1 && run.commands.length === 1;
}
function flagKey(ins) {
  return ins.flags.map((f) => `${f.name}=${f.value ?? ""}`).sort().join(`
`);
}
var run_consolidate_default = {
  id: "run-consolidate",
  keywords: ["RUN"],
  description: "Merge consecutive single-command RUN instructions",
  severity: "info",
  related: ["hadolint:DL3059"],
  messages: {
    consolidate: "This RUN and the one before (line {{line}}) each run a single command with the same flags, so each adds a layer; join them into one RUN with '&&'"
  },
  options: {},
  examples: {
    valid: [`FROM debian:12
RUN apt-get update && apt-get install -y --no-install-recommends curl
WORKDIR /app
RUN make`],
    invalid: [`FROM debian:12
RUN mkdir -p /app
RUN chown 1000 /app`]
  },
  differs: "never asks to merge heredoc, exec-form or Windows-shell RUNs, RUNs whose flags (mounts, network) differ, or a RUN with its own comment above it (a deliberately separate, documented step)",
  check({ model, report }) {
    for (let stage of model.stages) {
      let list2 = stage.instructions;
      for (let i = 1; i < list2.length; i++) {
        let prev = list2[i - 1], ins = list2[i];
        prev.keyword !== "RUN" || ins.keyword !== "RUN" || !simple(prev) || !simple(ins) || flagKey(prev) !== flagKey(ins) || ins.commentsAbove.length > 0 || report({ messageId: "consolidate", data: { line: prev.line }, span: { start: ins.start, end: ins.end } });
      }
    }
  }
};

// rules/run-no-apt.ts
var APT_GET = /* @__PURE__ */ new Set(["install", "reinstall", "remove", "purge", "autoremove", "autopurge", "update", "upgrade", "dist-upgrade", "full-upgrade", "clean", "autoclean", "distclean", "build-dep", "source", "download", "satisfy", "changelog"]), APT_CACHE = /* @__PURE__ */ new Set(["search", "show", "showsrc", "policy", "depends", "rdepends"]), run_no_apt_default = {
  id: "run-no-apt",
  keywords: ["RUN"],
  description: "Use apt-get or apt-cache instead of apt in scripts",
  severity: "warning",
  related: ["hadolint:DL3027"],
  messages: {
    useAptGet: "'apt {{sub}}' is meant for people at a terminal: its output and options may change between releases and it warns that it has no stable CLI; use 'apt-get {{sub}}'",
    useAptCache: "'apt {{sub}}' is meant for people at a terminal and has no stable CLI; use 'apt-cache {{sub}}'",
    useOther: "'apt' is meant for people at a terminal and has no stable CLI; use apt-get, apt-cache or dpkg in a Dockerfile"
  },
  options: {},
  examples: {
    valid: [`FROM debian:12
RUN apt-get update && apt-get install -y --no-install-recommends curl`],
    invalid: [`FROM debian:12
RUN apt update && apt install -y curl`]
  },
  fixable: !0,
  differs: "points at the 'apt' word and offers 'apt-get'/'apt-cache' as an automatic fix when the subcommand has the same meaning there",
  check(ctx) {
    for (let r of runPackages(ctx))
      for (let { pc } of r.packages) {
        if (pc.tool !== "apt") continue;
        let w = pc.toolWord, sub = pc.sub ?? "", replace = (name) => r.run.form === "exec" || w.hasExpansion || w.raw !== w.value ? void 0 : [{ span: { start: w.start, end: w.end }, text: w.value.replace(/apt$/, name) }];
        APT_GET.has(sub) ? ctx.report({ messageId: "useAptGet", data: { sub }, span: w, fix: replace("apt-get") }) : APT_CACHE.has(sub) ? ctx.report({ messageId: "useAptCache", data: { sub }, span: w, fix: replace("apt-cache") }) : ctx.report({ messageId: "useOther", span: w });
      }
  }
};

// rules/run-no-cd.ts
function norm(p) {
  return p.replace(/\/+/g, "/").replace(/\/+$/, "") || "/";
}
var SETUP = /* @__PURE__ */ new Set(["", "set", "export", "umask", "shopt", "true", ":", "mkdir", "echo"]);
function removedLater(dir, later) {
  return later.some((c) => c.name === "rm" && commandArgs(c).slice(1).some((a) => a.known && !a.text.startsWith("-") && removes2(norm(a.text), dir)));
}
function removes2(target, dir) {
  if (target === "/") return !1;
  let pattern = new RegExp("^" + target.split("*").map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join("[^/]*") + "$");
  for (let d = dir; d !== "" && d !== "/"; d = d.slice(0, d.lastIndexOf("/"))) if (pattern.test(d)) return !0;
  return !1;
}
function shellOnlyTarget(word, ins, script, index) {
  if (!word.hasExpansion) return !1;
  if (/\$\(|`/.test(word.raw)) return !0;
  let assigned = shellAssignedBefore(script.commands, index);
  return referencedNames(word.raw).some((n) => assigned.has(n) || !ins.scope.has(n) && !(ins.stage && imageMayDefine(ins.stage, n)));
}
function cdTarget(cmd) {
  let w = targetWord(cmd);
  return w ? w.expanded ?? void 0 : void 0;
}
function targetWord(cmd) {
  return cmd.words.slice(1).find((w) => !/^-[LPe@]+$/.test(w.value));
}
function scoped(cmd, i, ins, script) {
  let commands = script.commands;
  if (cmd.subshellDepth > 0 || cmd.compound || cmd.substitution) return !0;
  let word = targetWord(cmd);
  if (!word) return !0;
  let later = commands.slice(i + 1).filter((c) => !c.substitution);
  if (later.length === 0 || later.some((c) => c.name === "cd" && c.subshellDepth === 0 && !c.compound) || shellOnlyTarget(word, ins, script, i)) return !0;
  let value = word.expanded ?? word.value;
  if (!value.startsWith("/")) return !0;
  let dir = norm(value);
  if (dir === "/" || /^\/(tmp|var\/tmp)(\/|$)/.test(dir) || commands.slice(0, i).some((c) => c.name === "cd" && !c.substitution && c.subshellDepth === 0 && !c.compound && cdTarget(c)?.startsWith("/") && dir.startsWith(norm(cdTarget(c)) + "/")) || dir === "/root" && commands.slice(0, i).some((c) => c.name === "cd" && !c.substitution && c.subshellDepth === 0 && !c.compound) || removedLater(dir, later)) return !0;
  let before = commands.slice(0, i).filter((c) => !c.substitution && c.subshellDepth === 0);
  return before.some((c) => !SETUP.has(c.name)) && madeFolders(before).some((m) => dir === m || dir.startsWith(m + "/")) ? !0 : detour(ins);
}
function madeFolders(before) {
  let out = [];
  for (let c of before) {
    let args = commandArgs(c);
    if (c.name === "mkdir") for (let a of args.slice(1)) a.known && a.text.startsWith("/") && out.push(norm(a.text));
    c.name === "tar" && args.forEach((a, k) => {
      let next = args[k + 1], inline = /^--directory=(.+)$/.exec(a.text)?.[1];
      inline && a.known ? out.push(norm(inline)) : next?.known && next.text.startsWith("/") && (a.text === "--directory" || /^-[A-Za-z]*C$/.test(a.text)) && out.push(norm(next.text));
    });
  }
  return out.filter((d) => d !== "/");
}
function detour(ins) {
  let stage = ins.stage;
  if (!stage) return !1;
  let hasWorkdir = !1;
  for (let s = stage; s && !hasWorkdir; s = s.parent) hasWorkdir = s.instructions.some((x) => x.keyword === "WORKDIR" && (s !== stage || x.index < ins.index));
  if (!hasWorkdir) return !1;
  for (let x of stage.instructions)
    if (!(x.index <= ins.index)) {
      if (x.keyword === "WORKDIR") return !1;
      if (["RUN", "COPY", "ADD", "CMD", "ENTRYPOINT"].includes(x.keyword)) return !0;
    }
  return !1;
}
var run_no_cd_default = {
  id: "run-no-cd",
  keywords: ["RUN"],
  description: "Use WORKDIR instead of cd to change directory in RUN",
  severity: "warning",
  related: ["hadolint:DL3003"],
  messages: {
    cd: "'cd {{dir}}' changes directory for the rest of this RUN only and hides where commands run; use 'WORKDIR {{dir}}' before the RUN, or wrap the part in a subshell '( cd {{dir}} && ... )'"
  },
  options: {},
  examples: {
    valid: [`FROM alpine:3.20
WORKDIR /src
RUN make`, `FROM alpine:3.20
RUN (cd /src && make)`, `FROM alpine:3.20
RUN <<EOF
cd /src
make
EOF`],
    invalid: [`FROM alpine:3.20
RUN cd /src && make`]
  },
  differs: "reports at most one cd per RUN, and accepts a cd that is scoped: inside a subshell, loop or conditional, in a heredoc script, as the last command, followed later by another cd (back to '/', '..' or elsewhere), into a relative folder, into /tmp, into a folder named by a shell variable of the script, into a folder the same RUN removes later (also by glob) or made itself after other work (the build-from-source pattern of official images), and a detour from a WORKDIR that later instructions of the stage still use",
  check({ model, report }) {
    for (let ins of model.instructions) {
      let run = ins.run;
      if (run)
        for (let script of run.scripts) {
          if (script.source === "heredoc") continue;
          let i = script.commands.findIndex((cmd2, i2) => cmd2.name === "cd" && !scoped(cmd2, i2, ins, script));
          if (i === -1) continue;
          let cmd = script.commands[i];
          report({ messageId: "cd", data: { dir: targetWord(cmd).value }, span: { start: cmd.start, end: cmd.end } });
          break;
        }
    }
  }
};

// rules/run-no-runtime-commands.ts
var COMMANDS = {
  ssh: "a build cannot answer an interactive session; fetch with git/curl using a '--mount=type=ssh' or '--mount=type=secret' instead",
  vim: "an editor waits for input that a build never gives; edit files with sed or COPY a prepared file",
  shutdown: "there is no system to shut down in a build container; remove it",
  service: "services started in a build stop when the step ends and do not run in the container; start them from CMD/ENTRYPOINT",
  ps: "processes listed in a build do not exist in the running container; remove it",
  free: "memory of the build host says nothing about the running container; remove it",
  top: "an interactive monitor waits forever in a build; remove it",
  kill: "processes of a build step end with the step; remove it",
  mount: "a build step cannot keep mounts; use 'RUN --mount=...' or a VOLUME"
}, run_no_runtime_commands_default = {
  id: "run-no-runtime-commands",
  keywords: ["RUN"],
  description: "Do not run interactive or system commands that make no sense in a build step",
  severity: "info",
  related: ["hadolint:DL3001"],
  messages: {
    runtime: "'{{name}}' in a RUN: {{why}}"
  },
  options: {},
  examples: {
    valid: [`FROM debian:12
RUN ssh-keyscan github.com >> /etc/ssh/ssh_known_hosts`, `FROM debian:12
RUN mount`],
    invalid: [`FROM debian:12
RUN service nginx start`]
  },
  differs: "accepts a service started, used and stopped inside the same RUN (e.g. 'service postgresql start && psql -f init.sql'), and a kill of a process the same RUN started; 'mount' with no operands only lists mounts and is accepted",
  check({ model, report }) {
    for (let { ins } of runSites(model)) {
      let cmds = ins.run.commands, started = cmds.some((c, i) => c.name === "service" && i < cmds.length - 1 || c.next === "&");
      for (let cmd of cmds) {
        let why = Object.hasOwn(COMMANDS, cmd.name) ? COMMANDS[cmd.name] : void 0;
        if (!why || started && (cmd.name === "service" || cmd.name === "kill") || cmd.name === "mount" && cmd.words.slice(1).every((w2) => /^-[lv]+$/.test(w2.value))) continue;
        let w = cmd.words[0];
        report({ messageId: "runtime", data: { name: cmd.name, why }, span: { start: w.start, end: w.end } });
      }
    }
  }
};

// rules/run-no-sh-symlink.ts
var SH = /* @__PURE__ */ new Set(["/bin/sh", "/usr/bin/sh"]), VALUE_FLAGS2 = /* @__PURE__ */ new Set(["-S", "--suffix"]), run_no_sh_symlink_default = {
  id: "run-no-sh-symlink",
  keywords: ["RUN"],
  description: "Change the shell of RUN with SHELL, not by replacing /bin/sh with a symlink",
  severity: "warning",
  related: ["hadolint:DL4005"],
  messages: {
    symlink: `'{{command}}' replaces /bin/sh for every later step and for the scripts of the image's packages; set the shell of RUN with 'SHELL ["{{shell}}", "-c"]' instead`
  },
  options: {},
  examples: {
    valid: [`FROM debian:12
SHELL ["/bin/bash", "-c"]
RUN echo $BASH_VERSION`, `FROM debian:12
RUN ln -s /bin/sh /usr/local/bin/sh`],
    invalid: [`FROM debian:12
RUN ln -sf /bin/bash /bin/sh`]
  },
  differs: "flags only a link that replaces /bin/sh (or /usr/bin/sh): 'ln -f' or after 'rm /bin/sh'; not an ln that merely mentions /bin/sh as its target, nor one that creates a missing /bin/sh in a shell-less image",
  check({ model, report }) {
    for (let { ins } of runSites(model)) {
      let cmds = ins.run.commands;
      for (let k = 0; k < cmds.length; k++) {
        let cmd = cmds[k];
        if (cmd.name !== "ln") continue;
        let args = commandArgs(cmd).slice(1), pos = [], targetDir = !1;
        for (let i = 0; i < args.length; i++) {
          let t = args[i].text;
          if (t === "--") {
            for (let k2 = i + 1; k2 < args.length; k2++) pos.push(args[k2]);
            break;
          }
          if (t.startsWith("-") && t.length > 1) {
            let cluster = /^-[A-Za-z]+$/.test(t) ? t.slice(1) : "";
            (cluster.includes("t") || t.startsWith("--target-directory")) && (targetDir = !0), (VALUE_FLAGS2.has(t) || cluster && /[tS]$/.test(cluster)) && i++;
            continue;
          }
          pos.push(args[i]);
        }
        if (targetDir || pos.length < 2) continue;
        let dest = pos[pos.length - 1];
        if (!dest.known || !SH.has(trimEndOf(dest.text, "/"))) continue;
        let force = args.some((a) => a.text === "--force" || a.text.startsWith("--backup") || /^-[A-Za-z]*[fb]/.test(a.text) && !a.text.startsWith("--")), removed = cmds.slice(0, k).some((c) => (c.name === "rm" || c.name === "mv" || c.name === "unlink") && c.words.slice(1).some((w) => SH.has(trimEndOf(w.expanded ?? w.value, "/"))));
        if (!force && !removed) continue;
        let source = pos[0].text, shell = /^\//.test(source) ? source : "/bin/bash";
        report({
          messageId: "symlink",
          data: { command: `ln ${args.map((a) => a.text).join(" ")}`, shell },
          span: { start: cmd.start, end: cmd.end }
        });
      }
    }
  }
};

// rules/run-no-sudo.ts
function dropsPrivileges(argv2) {
  for (let i = 1; i < argv2.length; i++) {
    let a = argv2[i], user;
    if (a === "-u" || a === "--user") user = argv2[i + 1];
    else if (a.startsWith("--user=")) user = a.slice(7);
    else if (/^-u./.test(a)) user = a.slice(2);
    else if (!a.startsWith("-")) return !1;
    if (user !== void 0) return user !== "root" && user !== "#0" && user !== "0";
  }
  return !1;
}
function checksUser(cmd) {
  return cmd.name === "id" || cmd.name === "whoami" ? !0 : (cmd.name === "[" || cmd.name === "[[" || cmd.name === "test") && cmd.words.some((w) => /\$\{?(EUID|UID)\b|id -u|whoami/.test(w.raw));
}
function guarded(commands, index) {
  return commands[index].compound && commands.slice(0, index).some(checksUser);
}
var run_no_sudo_default = {
  id: "run-no-sudo",
  keywords: ["RUN"],
  description: "Do not use sudo in RUN; switch users with USER",
  severity: "error",
  related: ["hadolint:DL3004"],
  messages: {
    sudo: "'sudo' in a RUN hides which user the step runs as and needs sudo installed and configured in the image; run the step under 'USER root' and switch back with 'USER <name>' afterwards"
  },
  options: {},
  examples: {
    valid: [`FROM debian:12
USER root
RUN apt-get update
USER app`],
    invalid: [`FROM debian:12
USER app
RUN sudo apt-get update`]
  },
  differs: "accepts sudo inside a conditional after a user check (`if [ \"$(id -u)\" -ne 0 ]; then sudo ...; fi`) and 'sudo -u <user>' that drops root privileges for one command (e.g. makepkg, which refuses to run as root); one report per RUN, at the first sudo",
  check({ model, report }) {
    for (let { ins } of runSites(model)) {
      let commands = ins.run.commands, cmd = commands.find((c, i) => c.name === "sudo" && !dropsPrivileges(c.words.map((w2) => w2.expanded ?? w2.value)) && !guarded(commands, i));
      if (!cmd) continue;
      let w = cmd.words[0];
      report({ messageId: "sudo", span: { start: w.start, end: w.end } });
    }
  }
};

// rules/run-pipefail.ts
var SAFE_SOURCES = /* @__PURE__ */ new Set([
  "echo",
  "printf",
  "yes",
  "true",
  ":",
  "cat",
  "tac",
  "find",
  "ls",
  "ldd",
  "readelf",
  "scanelf",
  "objdump",
  "nm",
  "file",
  "stat",
  "du",
  "df",
  "wc",
  "sort",
  "uniq",
  "tr",
  "cut",
  "awk",
  "gawk",
  "mawk",
  "sed",
  "head",
  "tail",
  "grep",
  "egrep",
  "fgrep",
  "tee",
  "dpkg-query",
  "locale",
  "readlink",
  "realpath",
  "basename",
  "dirname",
  "env",
  "printenv",
  "id",
  "uname",
  "date",
  "seq",
  "jq",
  "yq",
  "base64",
  "sha256sum",
  "sha512sum",
  "sha1sum",
  "md5sum",
  "od",
  "hexdump",
  "xxd",
  "column",
  "paste",
  "join",
  "comm",
  "fold",
  "nl",
  "rev",
  "strings",
  "iconv",
  "envsubst",
  "filterdiff",
  "lsdiff"
]);
function isSafeSource(cmd) {
  let argv2 = words2(cmd);
  if (SAFE_SOURCES.has(cmd.name)) return !0;
  switch (cmd.name) {
    case "apt-mark":
      return /^show/.test(argv2[1] ?? "");
    case "dpkg":
      return argv2.slice(1).some((a) => /^(-l|-L|-S|-s|--list|--listfiles|--search|--status|--print-architecture|--get-selections)$/.test(a));
    case "rpm":
      return argv2.slice(1).some((a) => /^-q/.test(a));
    case "xargs": {
      let i = 1;
      for (; i < argv2.length && argv2[i].startsWith("-"); ) i += /^-[IdEnLPs]$/.test(argv2[i]) ? 2 : 1;
      let inner = argv2[i];
      return inner === void 0 || SAFE_SOURCES.has(inner.replace(/^.*\//, ""));
    }
  }
  return !1;
}
function noticesMissingInput(cmd) {
  let args = words2(cmd).slice(1), has = (...names) => args.some((a) => names.includes(a));
  switch (cmd.name) {
    case "grep":
    case "egrep":
    case "fgrep":
      return !has("-c", "--count", "-L", "--files-without-match");
    case "tar": {
      let first = args[0] ?? "", mode = first.startsWith("-") ? args.filter((a) => /^-[A-Za-z]+$/.test(a)).join("") : first;
      return /[xt]/.test(mode) || has("--extract", "--get", "--list");
    }
    case "gunzip":
    case "zcat":
    case "unxz":
    case "xzcat":
    case "bunzip2":
    case "bzcat":
    case "unzstd":
    case "zstdcat":
      return !0;
    case "gzip":
    case "xz":
    case "bzip2":
    case "zstd":
    case "lz4":
      return has("-d", "--decompress", "-dc", "-cd");
    case "sha1sum":
    case "sha256sum":
    case "sha512sum":
    case "md5sum":
    case "shasum":
      return has("-c", "--check");
    case "gpg":
      return has("--dearmor", "--dearmour", "--import", "--verify");
    case "apt-key":
      return args[0] === "add";
    case "patch":
      return !0;
  }
  return !1;
}
function setsPipefail(argv2) {
  for (let i = 0; i + 1 < argv2.length; i++)
    if (/^-[A-Za-z]*o$/.test(argv2[i]) && argv2[i + 1] === "pipefail") return !0;
  return !1;
}
function words2(cmd) {
  return cmd.words.map((w) => w.expanded ?? w.value);
}
function inlineSetAt(script) {
  return script.commands.findIndex((c) => c.name === "set" && c.subshellDepth === 0 && !c.compound && setsPipefail(words2(c)));
}
var run_pipefail_default = {
  id: "run-pipefail",
  keywords: ["RUN"],
  description: "Make RUN fail when any command of a pipe fails",
  severity: "warning",
  related: ["hadolint:DL4006"],
  messages: {
    pipefail: `'{{pipeline}}' succeeds even when '{{first}}' fails, because a pipe returns the status of its last command; put 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]' before this RUN, or start the RUN with 'set -o pipefail &&' (bash, zsh, ksh, BusyBox sh; not Debian's dash)`,
    pipefailScript: "'{{pipeline}}' succeeds even when '{{first}}' fails, because a pipe returns the status of its last command; add 'set -o pipefail' at the top of the script"
  },
  options: {},
  examples: {
    valid: [
      `FROM debian:12
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN curl -fsSL https://example.com/key | gpg --dearmor -o /k.gpg`,
      `FROM alpine:3.20
RUN set -o pipefail && wget -qO- https://example.com/a.tgz | tar xz`,
      `FROM debian:12
RUN echo "deb http://example.com stable main" | tee /etc/apt/sources.list.d/x.list`
    ],
    invalid: [`FROM debian:12
RUN curl -fsSL https://example.com/install.sh | sh`]
  },
  differs: "accepts 'set -o pipefail' earlier in the same RUN or script (a shell without pipefail, such as dash before 0.5.13, then fails the build loudly instead of hiding an error), a SHELL inherited through FROM <stage>, shells such as 'sh -o pipefail', pipes fed only by commands that cannot fail on their own or only read local files and the package database (echo, cat, find, ldd, awk, sort, dpkg-query ...), and pipes whose last command fails by itself on missing input (grep, tar x, gunzip, sha256sum -c, gpg --dearmor/--import, apt-key add, patch); checks heredoc scripts by their shebang",
  check({ model, report }) {
    for (let { ins } of runSites(model, { onbuild: !1 })) {
      let run = ins.run, shellArgv = run.form === "exec" ? ins.json?.values ?? [] : run.shell, shellOn = setsPipefail(shellArgv), headerCmd = run.scripts.find((s) => s.source === "shell")?.commands[0], reported = !1;
      for (let script of run.scripts) {
        if (reported) break;
        let on = !1, messageId = "pipefail";
        if (script.source === "heredoc") {
          messageId = "pipefailScript";
          let shebang = /^#!.*$/m.exec(script.text.text.split(`
`, 1)[0] ?? "");
          shebang ? on = /\bpipefail\b/.test(shebang[0]) : headerCmd ? on = setsPipefail(words2(headerCmd)) : on = shellOn;
        } else on = shellOn;
        if (on) continue;
        let setAt = inlineSetAt(script), cmds = script.commands;
        for (let i = 0; i < cmds.length; i++) {
          let c = cmds[i];
          if (c.next !== "|" || c.substitution) continue;
          if (setAt !== -1 && setAt < i) break;
          let members = cmds.filter((x) => x.pipeline === c.pipeline), last = members[members.length - 1], risky = members.slice(0, -1).find((x) => !isSafeSource(x));
          if (i = cmds.indexOf(last), !risky || noticesMissingInput(last)) continue;
          let pipeline = model.text.slice(members[0].start, last.end).replace(/\\\r?\n/g, " ").replace(/\s+/g, " ");
          report({
            messageId,
            data: { pipeline: pipeline.length > 80 ? pipeline.slice(0, 77) + "..." : pipeline, first: risky.words[0]?.value ?? risky.name },
            span: { start: members[0].start, end: last.end }
          }), reported = !0;
          break;
        }
      }
    }
  }
};

// rules/run-redundant-mkdir.ts
function normalise2(p) {
  let s = trimEndOf(p, "/").replace(/\/+/g, "/");
  return s === "" ? "/" : s;
}
var run_redundant_mkdir_default = {
  id: "run-redundant-mkdir",
  keywords: ["WORKDIR"],
  description: "Drop `RUN mkdir` for a directory that a later WORKDIR creates anyway",
  severity: "info",
  related: [],
  messages: {
    redundant: "'{{command}}' is not needed: 'WORKDIR {{dir}}' on line {{line}} creates the directory; remove this RUN and save a layer"
  },
  options: {},
  fixable: !0,
  examples: {
    valid: [`FROM alpine:3.20
WORKDIR /app`, `FROM alpine:3.20
RUN mkdir -m 700 /app
WORKDIR /app`, `FROM alpine:3.20
RUN mkdir /data
WORKDIR /app`],
    invalid: [`FROM alpine:3.20
RUN mkdir /app
WORKDIR /app`, `FROM alpine:3.20
RUN mkdir -p /app/src
WORKDIR /app/src`]
  },
  check({ model, report }) {
    for (let stage of model.stages) {
      let list2 = stage.instructions;
      list2.forEach((ins, i) => {
        let run = ins.run;
        if (!run || run.form !== "shell" || run.commands.length === 0 || !run.commands.every((c) => c.name === "mkdir" && c.subshellDepth === 0 && !c.compound)) return;
        let dirs = [];
        for (let c of run.commands)
          for (let w of c.words.slice(1)) {
            let v = w.expanded;
            if (v === null) return;
            if (!(v === "-p" || v === "--parents" || v === "-v" || v === "--verbose")) {
              if (v.startsWith("-")) return;
              dirs.push(normalise2(v));
            }
          }
        if (!dirs.length) return;
        let match = null, later = list2.slice(i + 1).filter((x) => x.keyword === "WORKDIR" && x.args.length);
        for (let dir of dirs) {
          let w = later.find((x) => {
            let r = model.expand(x.args.map((a) => a.raw).join(" "), x.scope);
            if (r.unresolved) return !1;
            let target = normalise2(r.value);
            return target === dir || target.startsWith(dir + "/");
          });
          if (!w) return;
          match ??= { ins: w, dir: normalise2(model.expand(w.args.map((a) => a.raw).join(" "), w.scope).value) };
        }
        if (!match) return;
        let lines = instructionLines(model, ins), kind = list2.slice(i + 1, list2.indexOf(match.ins)).some((x) => x.keyword === "RUN" || x.keyword === "USER") ? "suggestion" : "safe";
        report({
          ...lines ? { fix: { kind, edits: [{ span: lines, text: "" }] } } : {},
          messageId: "redundant",
          data: { command: ins.argsText.text.trim(), dir: match.dir, line: match.ins.line },
          span: { start: ins.start, end: ins.end }
        });
      });
    }
  }
};

// rules/run-shellcheck.ts
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join as join2 } from "node:path";

// src/runtime/builtins.ts
import { createRequire } from "node:module";
var load = createRequire(import.meta.url), childProcess = () => load("node:child_process"), crypto = () => load("node:crypto"), os = () => load("node:os"), workerThreads = () => load("node:worker_threads");

// rules/run-shellcheck.ts
function dialect(exe) {
  let name = baseName(exe).toLowerCase();
  return name === "bash" ? "bash" : name === "dash" ? "dash" : name === "ksh" || name === "mksh" || name === "ksh93" ? "ksh" : name === "sh" || name === "ash" || name === "busybox" ? "sh" : null;
}
function shebangShell(line) {
  let m = /^#!\s*(\S+)(?:\s+(?:-\S+\s+)*(\S+))?/.exec(line);
  return m ? baseName(m[1]) === "env" ? m[2] ?? null : m[1] : null;
}
function scriptsOf(ins) {
  let run = ins.run;
  if (!run || run.windowsShell) return [];
  let out = [], header = run.scripts.find((s) => s.source === "shell");
  for (let script of run.scripts) {
    let shell;
    if (script.source === "exec") {
      if (script.text === ins.argsText) continue;
      shell = dialect(ins.json?.values[0] ?? "");
    } else if (script.source === "heredoc") {
      let first = script.text.text.split(`
`, 1)[0] ?? "", bang = shebangShell(first), head = header?.commands[0];
      shell = dialect(bang ?? (head ? head.words[0]?.value ?? "" : run.shell[0] ?? "/bin/sh"));
    } else shell = dialect(run.shell[0] ?? "/bin/sh");
    shell && out.push({ script, shell });
  }
  return out;
}
var PROXY_VARS = ["HTTP_PROXY", "HTTPS_PROXY", "FTP_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "ftp_proxy", "no_proxy"], LEVEL_RANK = { style: 0, info: 1, warning: 2, error: 3 }, SEVERITY = { style: "info", info: "info", warning: "warning", error: "error" }, warned = !1;
function warnOnce(message) {
  warned || (warned = !0, process.stderr.write(`dflint: ${message}
`));
}
function offsetOf(text, lineStarts, line, column) {
  let off = lineStarts[Math.min(Math.max(line, 1), lineStarts.length) - 1] ?? 0;
  for (let c = 1; c < column && off < text.length && text[off] !== `
`; c++) {
    let code = text.codePointAt(off);
    off += code > 65535 ? 2 : 1;
  }
  return off;
}
function lineStartsOf(text) {
  let out = [0];
  for (let i = 0; i < text.length; i++) text[i] === `
` && out.push(i + 1);
  return out;
}
function runShellcheck(jobs, exclude, minLevel) {
  let dir = mkdtempSync(join2(os().tmpdir(), "dflint-sc-"));
  try {
    for (let j of jobs) writeFileSync(join2(dir, j.file), j.text);
    let args = ["--norc", "-f", "json1", "-S", minLevel, ...exclude.length ? ["-e", exclude.join(",")] : [], ...jobs.map((j) => j.file)], res = childProcess().spawnSync("shellcheck", args, { cwd: dir, encoding: "utf8", timeout: 6e4, maxBuffer: 64 * 1024 * 1024 });
    if (res.error) {
      let code = res.error.code;
      return warnOnce(
        code === "ENOENT" ? "ShellCheck is enabled (settings.shellcheck) but 'shellcheck' is not on PATH; RUN scripts were not checked" : `ShellCheck failed (${res.error.message}); RUN scripts were not checked`
      ), null;
    }
    let parsed;
    try {
      parsed = JSON.parse(res.stdout || "{}");
    } catch {
      return warnOnce(`ShellCheck exited with status ${String(res.status)} without JSON output: ${(res.stderr || "").trim().slice(0, 200)}`), null;
    }
    let byFile = new Map(jobs.map((j) => [j.file, j])), out = /* @__PURE__ */ new Map();
    for (let c of parsed.comments ?? []) {
      let job = byFile.get(c.file);
      if (!job) continue;
      let list2 = out.get(job);
      list2 || out.set(job, list2 = []), list2.push(c);
    }
    return out;
  } finally {
    rmSync(dir, { recursive: !0, force: !0 });
  }
}
function namesInScope(ins) {
  let names = new Set(PROXY_VARS);
  for (let name of ins.scope.keys()) /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && names.add(name);
  return [...names];
}
function collectJobs(model) {
  let jobs = [], visit = (ins) => {
    for (let { script, shell } of scriptsOf(ins)) {
      let body = script.text.text, firstLineEnd = body.indexOf(`
`);
      body.startsWith("#!") && (body = firstLineEnd === -1 ? "" : body.slice(firstLineEnd));
      let prelude = `#!/bin/${shell}
export ${namesInScope(ins).map((n) => `${n}=1`).join(" ")}
`;
      jobs.push({ script, prelude: 2, text: prelude + body + (body.endsWith(`
`) ? "" : `
`), file: `run-${jobs.length + 1}.sh` });
    }
  };
  for (let ins of model.instructions)
    ins.run ? visit(ins) : ins.onbuild?.run && visit(ins.onbuild);
  return jobs;
}
function sourceSpan(job, c) {
  let text = job.script.text.text, starts = lineStartsOf(text), line = c.line - job.prelude, endLine = Math.max(c.endLine - job.prelude, line), a = offsetOf(text, starts, line, c.column), b = offsetOf(text, starts, endLine, c.endColumn);
  b < a && (b = a);
  let map = job.script.text.map, start = map.at(Math.min(a, text.length)) ?? 0, end = b > a ? map.at(Math.min(b - 1, text.length)) + 1 : start;
  return { start, end: Math.max(end, start) };
}
var run_shellcheck_default = {
  id: "run-shellcheck",
  keywords: ["RUN"],
  description: "Check RUN scripts with ShellCheck (when settings.shellcheck is on and shellcheck is installed)",
  severity: "error",
  related: [],
  messages: {
    finding: "{{code}}: {{message}}"
  },
  options: {
    exclude: {
      description: "ShellCheck codes not to report (e.g. SC2086)",
      default: ["SC1090", "SC1091", "SC2187"],
      schema: { type: "array", items: { type: "string", pattern: "^(SC)?\\d{4}$" } }
    },
    minLevel: {
      description: "Lowest ShellCheck level reported: style, info, warning or error",
      default: "style",
      schema: { type: "string", enum: ["style", "info", "warning", "error"] }
    }
  },
  examples: {
    valid: [{ code: `FROM debian:12
RUN echo "$HOME"`, settings: { shellcheck: !0 } }],
    invalid: [{ code: `FROM debian:12
RUN echo $1`, settings: { shellcheck: !0 } }]
  },
  differs: "runs only with --shellcheck or settings.shellcheck; one ShellCheck call per file; checks heredoc scripts, 'RUN bash <<EOF' and exec-form 'sh -c' scripts in their own dialect; reports each finding as 'shellcheck/SCxxxx' at its exact line and column with ShellCheck's level (style as info), capped at this rule's severity",
  check({ model, options, settings, report }) {
    if (!settings.shellcheck) return;
    let jobs = collectJobs(model);
    if (!jobs.length) return;
    let exclude = options.exclude.map((c) => c.replace(/^SC/i, "")), results = runShellcheck(jobs, exclude, options.minLevel);
    if (!results) return;
    let min = LEVEL_RANK[options.minLevel] ?? 0;
    for (let job of jobs)
      for (let c of results.get(job) ?? []) {
        if (c.line <= job.prelude || (LEVEL_RANK[c.level] ?? 0) < min) continue;
        let code = `SC${c.code}`, relayed = { ruleId: `shellcheck/${code}`, related: [`hadolint:${code}`], severity: SEVERITY[c.level] ?? "warning" };
        report({ messageId: "finding", data: { code, message: c.message }, span: sourceSpan(job, c), ...relayed });
      }
  }
};

// rules/run-stale-update.ts
function installCmd(family) {
  return family === "apt" ? "apt-get install" : family === "apk" ? "apk add" : family === "zypper" ? "zypper install" : "dnf install";
}
var run_stale_update_default = {
  id: "run-stale-update",
  keywords: ["RUN"],
  description: "Update the package index in the same RUN as the install that uses it",
  severity: "warning",
  related: [],
  messages: {
    staleUpdate: "'{{update}}' runs alone in its layer, which stays cached forever, so the later '{{install}}' (line {{line}}) can run against an old index and fail or install stale versions; run '{{update}} && {{install}} ...' in one RUN"
  },
  options: {},
  examples: {
    valid: [
      `FROM debian:12
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*`,
      `FROM alpine:3.20
RUN apk update && apk add curl`
    ],
    invalid: [`FROM debian:12
RUN apt-get update
RUN apt-get install -y --no-install-recommends curl`]
  },
  check({ model, report }) {
    let installsOf = (ins) => {
      let out = /* @__PURE__ */ new Set();
      if (ins.run) for (let c of ins.run.commands) isPackageInstall(c) && out.add(packageFamily(c));
      return out;
    }, children = /* @__PURE__ */ new Map();
    for (let s of model.stages) {
      if (!s.parent || s.parent === s) continue;
      let list2 = children.get(s.parent);
      list2 ? list2.push(s) : children.set(s.parent, [s]);
    }
    let firstInChain = /* @__PURE__ */ new Map();
    for (let i = model.stages.length - 1; i >= 0; i--) {
      let stage = model.stages[i], first = /* @__PURE__ */ new Map();
      for (let ins of stage.instructions) for (let f of installsOf(ins)) first.has(f) || first.set(f, ins);
      for (let child of children.get(stage) ?? []) for (let [f, ins] of firstInChain.get(child) ?? []) first.has(f) || first.set(f, ins);
      firstInChain.set(stage, first);
    }
    for (let stage of model.stages) {
      let next = /* @__PURE__ */ new Map();
      for (let child of children.get(stage) ?? []) for (let [f, ins] of firstInChain.get(child) ?? []) next.has(f) || next.set(f, ins);
      for (let k = stage.instructions.length - 1; k >= 0; k--) {
        let ins = stage.instructions[k], run = ins.run, installs = installsOf(ins);
        if (run && !run.windowsShell && installs.size === 0 && !run.commands.some(isPackageInstall))
          for (let upd of run.commands.filter(isIndexUpdate)) {
            let family = packageFamily(upd), later = family ? next.get(family) : void 0;
            if (!later) continue;
            let update = upd.words.map((w) => w.value).join(" ");
            report({
              messageId: "staleUpdate",
              data: { update, install: installCmd(family), line: later.line },
              span: { start: upd.start, end: upd.end }
            });
          }
        for (let f of installs) next.set(f, ins);
      }
    }
  }
};

// rules/stage-name-casing.ts
var stage_name_casing_default = {
  id: "stage-name-casing",
  description: "Write stage names in lowercase",
  severity: "info",
  strict: "warning",
  related: ["buildkit:StageNameCasing"],
  messages: {
    notLowercase: "Stage name '{{name}}' is not lowercase; BuildKit lowercases stage names, so write '{{lower}}'"
  },
  options: {},
  examples: {
    valid: [`FROM golang:1.23 AS build
FROM alpine:3.20
COPY --from=build /app /app`],
    invalid: [`FROM golang:1.23 AS Build
FROM alpine:3.20
COPY --from=Build /app /app`]
  },
  differs: "BuildKit warns; dflint rates this pure casing style as info (warning in the strict preset)",
  fixable: !0,
  check({ model, report }) {
    for (let stage of model.stages) {
      if (stage.from.args.length !== 3 || !stage.nameRaw || !stage.nameSpan || !/^[A-Za-z][A-Za-z0-9_.-]*$/.test(stage.nameRaw)) continue;
      let lower = stage.nameRaw.toLowerCase();
      lower !== stage.nameRaw && report({
        messageId: "notLowercase",
        data: { name: stage.nameRaw, lower },
        span: stage.nameSpan,
        fix: [{ span: stage.nameSpan, text: lower }]
      });
    }
  }
};

// rules/stage-name-reserved.ts
var RESERVED2 = /* @__PURE__ */ new Set(["scratch", "context"]), stage_name_reserved_default = {
  id: "stage-name-reserved",
  description: "Do not name a stage 'scratch' or 'context'",
  severity: "warning",
  related: ["hadolint:DL3063", "buildkit:ReservedStageName"],
  messages: {
    reserved: "Stage name '{{name}}' is reserved ({{why}}); choose another name"
  },
  options: {},
  examples: {
    valid: [`FROM scratch AS final
COPY app /app`, "FROM alpine:3.20 AS scratchpad"],
    invalid: ["FROM alpine:3.20 AS scratch", "FROM alpine:3.20 AS Context"]
  },
  differs: "matched case-insensitively like BuildKit (hadolint matches the exact lower-case words)",
  check({ model, report }) {
    for (let stage of model.stages) {
      if (!stage.name || !stage.nameSpan || !RESERVED2.has(stage.name)) continue;
      let why = stage.name === "scratch" ? "'scratch' means the empty base image" : "'context' names the build context in COPY --from and --build-context";
      report({ messageId: "reserved", data: { name: stage.nameRaw ?? stage.name, why }, span: stage.nameSpan });
    }
  }
};

// rules/stage-name-unique.ts
var stage_name_unique_default = {
  id: "stage-name-unique",
  description: "Give every build stage a unique name",
  severity: "error",
  related: ["hadolint:DL3024", "buildkit:DuplicateStageName"],
  messages: {
    duplicate: "Stage name '{{name}}' is already used on line {{line}}, so references to it are ambiguous; rename one of the stages"
  },
  options: {},
  examples: {
    valid: [`FROM golang:1.23 AS build
FROM alpine:3.20 AS run`],
    invalid: [`FROM golang:1.23 AS build
FROM node:22 AS Build`]
  },
  differs: "names are compared case-insensitively, as BuildKit resolves them (hadolint compares them case-sensitively)",
  check({ model, report }) {
    let first = /* @__PURE__ */ new Map();
    for (let stage of model.stages) {
      if (!stage.name || !stage.nameSpan) continue;
      let prev = first.get(stage.name);
      prev ? report({ messageId: "duplicate", data: { name: stage.nameRaw ?? stage.name, line: prev.from.line }, span: stage.nameSpan }) : first.set(stage.name, stage);
    }
  }
};

// rules/syntax-valid.ts
var syntax_valid_default = {
  id: "syntax-valid",
  description: "Report instructions, flags and heredocs that Docker cannot parse",
  severity: "error",
  related: ["hadolint:DL1000", "hadolint:DL3061"],
  messages: {
    unknownInstruction: "{{message}}",
    unknownFlag: "{{message}}",
    flagValue: "{{message}}",
    unterminatedHeredoc: "{{message}}",
    instructionBeforeFrom: "{{message}}",
    fromWithoutImage: "{{message}}",
    noInstructions: "{{message}}",
    noStage: "{{message}}"
  },
  options: {},
  examples: { valid: [`FROM alpine:3.20
RUN echo hi`], invalid: [`FROM alpine:3.20
RUNN echo hi`] },
  differs: "hadolint stops at the first parse error (DL1000); dflint reports it and lints the rest of the file. Instructions before the first FROM are reported (DL3061) and, in a file with a FROM, not linted further; a file with no FROM at all (a fragment) is linted as one stage on an unknown base image, as hadolint does",
  check({ model, report }) {
    for (let p of model.parseProblems)
      report({ messageId: p.messageId, data: { message: p.message }, span: p.span });
  }
};

// rules/user-last-not-root.ts
function isRootUser(value) {
  let user = value.trim().split(":")[0].trim();
  return user === "root" || /^0+$/.test(user);
}
var user_last_not_root_default = {
  id: "user-last-not-root",
  keywords: ["USER"],
  description: "Do not leave root as the last USER of the shipped image",
  // info by default: in the precision audit half of the sampled corpus findings were a deliberate root
  // (build-tool images such as gradle that end with USER root on purpose), which is a choice, not a mistake.
  severity: "info",
  strict: "warning",
  related: ["hadolint:DL3002"],
  messages: {
    root: "The image runs as root because the last USER is '{{user}}'; switch to an unprivileged user (for example 'USER app' or 'USER 10001') after the steps that need root"
  },
  options: {},
  examples: {
    valid: [
      `FROM alpine:3.20
USER root
RUN apk add --no-cache curl
USER nobody`,
      `FROM golang:1.23 AS build
USER root
RUN go build
FROM alpine:3.20
COPY --from=build /app /app
USER 10001`
    ],
    invalid: [`FROM alpine:3.20
USER root`, `FROM alpine:3.20
ARG U=root
USER \${U}`]
  },
  differs: "dev container Dockerfiles (.devcontainer/) are skipped; hadolint checks every stage; dflint checks only the build target and the stages it inherits from (FROM <stage>), where the last USER decides who the container runs as, and judges USER after ARG/ENV expansion",
  check({ model, report }) {
    if (isDevContainer(model.path)) return;
    let last = null;
    for (let stage of shippedChain(model)) {
      for (let i = stage.instructions.length - 1; i >= 0; i--) {
        let ins = stage.instructions[i];
        if (ins.keyword === "USER" && ins.args.length) {
          last = ins;
          break;
        }
      }
      if (last) break;
    }
    if (!last) return;
    let value = expandedArgs(model, last);
    value === null || !isRootUser(value) || report({
      messageId: "root",
      data: { user: value.trim() },
      span: { start: last.args[0].start, end: last.args[last.args.length - 1].end }
    });
  }
};

// rules/user-not-root.ts
var DEFAULT_ROOTLESS_IMAGES = [
  "gcr.io/distroless/*:*nonroot*",
  "cgr.dev/chainguard/*",
  "mcr.microsoft.com/dotnet/*:*chiseled*",
  "docker.io/bitnami/*",
  "docker.io/nginxinc/nginx-unprivileged*",
  "docker.io/jenkins/jenkins*",
  "docker.io/library/docker:*rootless*"
];
function referenceForms(expanded, registry, path, tag) {
  let tagged = tag === null ? ":latest" : `:${tag}`, forms = [expanded, `${expanded.split("@")[0].replace(/:[^/:]*$/, "")}${tagged}`];
  if (registry)
    forms.push(`${registry}/${path}${tagged}`, `${registry}/${path}`);
  else {
    let p = path.includes("/") ? path : `library/${path}`;
    forms.push(`docker.io/${p}${tagged}`, `docker.io/${p}`);
  }
  return forms;
}
var user_not_root_default = {
  id: "user-not-root",
  description: "Switch the shipped image to a non-root USER",
  severity: "off",
  strict: "warning",
  related: [],
  messages: {
    neverSet: "No USER is set in the final stage or the stages it builds on, so the container runs as root unless base image '{{image}}' sets an unprivileged user; add 'USER <name or uid>' near the end, or list the image in the rule's 'rootlessImages' option"
  },
  options: {
    rootlessImages: {
      description: "Base images that already run as an unprivileged user (`*` matches anything; matched against the reference as written and as `registry/path:tag`, Docker Hub images as `docker.io/library/name:tag`)",
      default: DEFAULT_ROOTLESS_IMAGES,
      schema: { type: "array", items: { type: "string" } }
    }
  },
  examples: {
    valid: [
      `FROM node:22-slim
USER node
CMD ["node", "server.js"]`,
      `FROM gcr.io/distroless/static-debian12:nonroot
COPY app /app
ENTRYPOINT ["/app"]`
    ],
    invalid: [`FROM python:3.12-slim
COPY . /app
CMD ["python", "/app/main.py"]`]
  },
  differs: "dev container Dockerfiles (.devcontainer/) are skipped; new: hadolint's DL3002 only sees an explicit 'USER root'; this rule reports a shipped image that never leaves root (opt-in, on in the strict preset), skipping base images known to run unprivileged and images that install gosu/su-exec/setpriv to drop root in their entrypoint",
  check({ model, options, report }) {
    if (isDevContainer(model.path)) return;
    let chain = shippedChain(model);
    if (!chain.length || chain.some((s) => s.instructions.some((i) => i.keyword === "USER")) || chain.some(
      (s) => s.instructions.some(
        (i) => (i.run?.commands ?? []).some((c) => c.words.some((w) => /(^|[\/\s])(gosu|su-exec|setpriv)(\s|$|[-_.])/.test(w.expanded ?? w.value))) || (i.keyword === "COPY" || i.keyword === "ADD") && /\b(gosu|su-exec)\b/.test(i.argsText.text)
      )
    )) return;
    let root = chain[chain.length - 1], img = root.image;
    if (!img.expanded || img.unresolved || img.stage || root.windows) return;
    if (!img.isScratch) {
      let forms = referenceForms(img.expanded, img.registry, img.path, img.tag), patterns = options.rootlessImages.map(globToRegExp);
      if (forms.some((f) => patterns.some((p) => p.test(f)))) return;
    }
    let target = chain[0];
    target.from.keyword === "FROM" && report({ messageId: "neverSet", data: { image: img.expanded }, span: { start: target.from.keywordSpan.start, end: target.from.keywordSpan.end } });
  }
};

// rules/user-numeric.ts
var user_numeric_default = {
  id: "user-numeric",
  keywords: ["USER"],
  description: "Set the final USER as a numeric UID",
  severity: "off",
  strict: "info",
  related: ["hadolint:DL3066"],
  messages: {
    named: "USER '{{user}}' is a name; Kubernetes 'runAsNonRoot' can only verify a numeric UID, so write the UID (for example 'USER 10001{{group}}')"
  },
  options: {},
  examples: {
    valid: [`FROM node:22-slim
USER 1000:1000`, `FROM node:22-slim
USER node
RUN npm ci
USER 1000`],
    invalid: [`FROM node:22-slim
USER node`]
  },
  differs: "dev container Dockerfiles (.devcontainer/) are skipped; off by default, info in the strict preset (hadolint: info, widely disabled); only the USER in effect for the shipped image is judged, after ARG/ENV expansion",
  check({ model, report }) {
    if (isDevContainer(model.path)) return;
    let last = null;
    for (let stage of shippedChain(model))
      if (last = [...stage.instructions].reverse().find((i) => i.keyword === "USER" && i.args.length) ?? null, last) break;
    if (!last || last.stage?.windows) return;
    let value = expandedArgs(model, last);
    if (value === null) return;
    let [user, group] = value.trim().split(":");
    !user || /^\d+$/.test(user) || report({
      messageId: "named",
      data: { user: value.trim(), group: group === void 0 ? "" : ":10001" },
      span: { start: last.args[0].start, end: last.args[last.args.length - 1].end }
    });
  }
};

// rules/useradd-no-log-init.ts
var VALUE_SHORT = "bcdefgGkKpRPsuU", useradd_no_log_init_default = {
  id: "useradd-no-log-init",
  keywords: ["RUN"],
  description: "Pass --no-log-init to useradd when the UID is large",
  severity: "warning",
  related: ["hadolint:DL3046"],
  messages: {
    logInit: "'useradd' with UID {{uid}} without '-l'/'--no-log-init' writes a sparse /var/log/lastlog and faillog sized by the UID, which the image layer stores at full size; add '--no-log-init'"
  },
  options: {
    minUid: {
      description: "Smallest UID that is reported (lastlog grows with the UID)",
      default: 1e5,
      schema: { type: "integer", minimum: 0 }
    }
  },
  examples: {
    valid: [`FROM debian:12
RUN useradd --no-log-init -u 1000001 app`, `FROM debian:12
RUN useradd -u 1000 app`],
    invalid: [`FROM debian:12
RUN useradd -u 1000001 app`]
  },
  differs: "also measures the UID in '--uid N', '--uid=N' and '-uN' forms and judges ARG/ENV values; numeric threshold (option minUid) instead of 'more than 5 characters'",
  fixable: !0,
  check({ model, options, report }) {
    for (let { ins } of runSites(model))
      for (let cmd of ins.run.commands) {
        if (cmd.name !== "useradd") continue;
        let args = commandArgs(cmd).slice(1), texts = args.map((a) => a.text);
        if (hasOption(texts, "l", ["--no-log-init"], VALUE_SHORT)) continue;
        let uid = null, uidText = "";
        for (let i = 0; i < args.length && !uid; i++) {
          let t = texts[i];
          if (t === "--") break;
          if (t === "--uid" || t === "-u")
            args[i + 1] && (uid = args[i + 1], uidText = uid.text);
          else if (t.startsWith("--uid="))
            uid = args[i], uidText = t.slice(6);
          else if (/^-[A-Za-z]+/.test(t) && !t.startsWith("--"))
            for (let j = 1; j < t.length; j++) {
              let c = t[j];
              if (c === "u") {
                uid = j + 1 < t.length ? args[i] : args[i + 1] ?? null, uidText = j + 1 < t.length ? t.slice(j + 1) : args[i + 1]?.text ?? "";
                break;
              }
              if (VALUE_SHORT.includes(c)) break;
            }
        }
        if (!uid || !uid.known || !/^\d+$/.test(uidText) || Number(uidText) < options.minUid) continue;
        let name = cmd.words[0];
        report({
          messageId: "logInit",
          data: { uid: uidText },
          span: { start: uid.word.start, end: uid.word.end },
          fix: [{ span: { start: name.end, end: name.end }, text: " --no-log-init" }]
        });
      }
  }
};

// rules/var-defined.ts
var EXEMPT = /* @__PURE__ */ new Set(["BUILDKIT_SBOM_SCAN_CONTEXT", "BUILDKIT_SBOM_SCAN_STAGE", ...PREDEFINED_ARGS]), var_defined_default = {
  id: "var-defined",
  description: "Declare variables with ARG or ENV before using them",
  severity: "warning",
  related: ["buildkit:UndefinedVar"],
  messages: {
    platformArg: "'${{name}}' is an automatic platform ARG, which is only visible inside a stage after 'ARG {{name}}'; add that line to the stage before using it",
    globalArg: "'${{name}}' is declared before the first FROM, and such ARGs are not visible inside a stage; add 'ARG {{name}}' to the stage before using it",
    usedBeforeDeclared: "'${{name}}' is used before it is declared on line {{line}}, so it {{effect}} here; move the declaration up",
    sameInstruction: "'${{name}}' is set by this same {{keyword}}, but its values are expanded with the variables from before it; set {{name}} in an earlier {{keyword}}",
    otherStage: "'${{name}}' is declared only in stage '{{stage}}', and variables do not cross stages; declare it in this stage too",
    typo: "'${{name}}' is not declared; did you mean '${{suggestion}}'?",
    undefined: "'${{name}}' is not declared and the stage is built on scratch, so it expands to an empty string; declare it with ARG or ENV"
  },
  options: {},
  examples: {
    valid: [
      `ARG VERSION=1.0
FROM alpine:3.20
ARG VERSION
LABEL version=$VERSION`,
      `FROM node:22
WORKDIR /app
ENV PATH=/app/node_modules/.bin:$PATH`
    ],
    invalid: [`ARG VERSION=1.0
FROM alpine:3.20
LABEL version=$VERSION`, "FROM alpine:3.20\nCOPY bin/app-${TARGETARCH} /app"]
  },
  differs: "BuildKit knows the base image's ENV; dflint does not, so it reports only variables that are certainly wrong: platform ARGs and global ARGs not re-declared in the stage (always), and, when the base is scratch or an official Docker Hub image, use before declaration, a name set by the same ENV, variables of other stages and likely typos, plus (on scratch) anything undeclared. Names base images commonly define (PATH, HOME, NODE_VERSION on node, ...) are never reported",
  check({ model, report }) {
    let escape = model.directives.escape, globalNames = /* @__PURE__ */ new Set();
    for (let ins of model.globalArgs) for (let kv of parseKeyValues(ins.args, !0)) kv.key && globalNames.add(kv.key);
    let decls = /* @__PURE__ */ new Map(), allNames = new Set(globalNames);
    for (let stage of model.stages)
      for (let ins of stage.instructions)
        if (!(ins.keyword !== "ARG" && ins.keyword !== "ENV"))
          for (let kv of parseKeyValues(ins.args, ins.keyword === "ARG")) {
            if (!kv.key) continue;
            allNames.add(kv.key);
            let list2 = decls.get(kv.key) ?? [];
            list2.push({ name: kv.key, ins, stage }), decls.set(kv.key, list2);
          }
    let isAncestor = (a, b) => {
      for (let s = b; s; s = s.parent) if (s === a) return !0;
      return !1;
    }, judge2 = (ins, stage, ref, scope, sameKeys) => {
      let name = ref.name;
      if (scope.has(name) || EXEMPT.has(name) || name.startsWith("BUILDKIT_")) return;
      let span = { start: ref.start, end: ref.end };
      if (PLATFORM_ARGS.includes(name)) {
        report({ messageId: "platformArg", data: { name }, span });
        return;
      }
      let scratch = onScratch(stage);
      if (!scratch && imageMayDefine(stage, name)) return;
      let own = sameKeys.get(name);
      if (own && ref.start >= own[0].start && ref.end <= own[0].end) {
        scratch && !ref.guarded && report({ messageId: "undefined", data: { name }, span });
        return;
      }
      if (globalNames.has(name) && !own) {
        report({ messageId: "globalArg", data: { name }, span });
        return;
      }
      if (!baseEnvKnown(stage)) return;
      if (own) {
        report({ messageId: "sameInstruction", data: { name, keyword: ins.keyword }, span });
        return;
      }
      let list2 = decls.get(name) ?? [], later = list2.find((d) => d.stage === stage && d.ins.index > ins.index);
      if (later) {
        report({ messageId: "usedBeforeDeclared", data: { name, line: later.ins.line, effect: unsetEffect(ref) }, span });
        return;
      }
      let other = list2.find((d) => d.stage && d.stage !== stage && !isAncestor(d.stage, stage));
      if (other) {
        report({ messageId: "otherStage", data: { name, stage: other.stage.nameRaw ?? String(other.stage.index) }, span });
        return;
      }
      if (!allNames.has(name)) {
        let suggestion = likelyTypo(name, new Set([...scope.keys()].filter((k) => scope.get(k).kind !== "builtin" || k === "PATH")));
        if (suggestion) {
          report({ messageId: "typo", data: { name, suggestion }, span });
          return;
        }
      }
      scratch && !ref.guarded && report({ messageId: "undefined", data: { name }, span });
    };
    for (let stage of model.stages)
      for (let ins of stage.instructions)
        ins.keyword !== "FROM" && checkInstruction(model, ins, escape, (ref, scope, sameKeys) => judge2(ins, stage, ref, scope, sameKeys));
  }
}, NO_KEYS = /* @__PURE__ */ new Map();
function checkInstruction(model, ins, escape, visit) {
  let t = ins.argsText, words3 = (scope) => {
    for (let w of ins.args) for (let r of varRefsInSpan(t, w, escape)) visit(r, scope, NO_KEYS);
  };
  switch (ins.keyword) {
    case "ADD":
    case "COPY": {
      for (let f of ins.flags)
        if (!(!["chown", "chmod", "checksum"].includes(f.name) || f.value === null))
          for (let r of varRefsInSpan(t, f.valueSpan, escape)) visit(r, ins.scope, NO_KEYS);
      if (ins.json)
        for (let span of ins.json.spans) for (let r of varRefsInSource(model.text, span, escape)) visit(r, ins.scope, NO_KEYS);
      else
        for (let w of ins.args)
          if (!/^<<-?["']?[A-Za-z0-9_.-]+["']?$/.test(w.raw))
            for (let r of varRefsInSpan(t, w, escape)) visit(r, ins.scope, NO_KEYS);
      for (let h of ins.heredocs)
        if (!h.quoted)
          for (let r of varRefsInSource(model.text, h.bodySpan, "\\", !1)) visit(r, ins.scope, NO_KEYS);
      break;
    }
    case "ENV":
    case "LABEL": {
      let keys = /* @__PURE__ */ new Map();
      if (ins.keyword === "ENV")
        for (let kv of parseKeyValues(ins, !1)) {
          if (!kv.key) continue;
          let list2 = keys.get(kv.key) ?? [];
          list2.push({ start: kv.keySpan.start, end: kv.valueSpan?.end ?? kv.keySpan.end }), keys.set(kv.key, list2);
        }
      for (let w of ins.args) for (let r of varRefsInSpan(t, w, escape)) visit(r, ins.scope, keys);
      break;
    }
    case "STOPSIGNAL":
    case "USER":
    case "WORKDIR":
    case "VOLUME":
      if (ins.keyword === "VOLUME" && ins.json)
        for (let span of ins.json.spans) for (let r of varRefsInSource(model.text, span, escape)) visit(r, ins.scope, NO_KEYS);
      else words3(ins.scope);
      break;
    case "ARG": {
      let scope = ins.scope;
      for (let kv of parseKeyValues(ins, !0)) {
        if (kv.valueSpan && !model.buildArgs.has(kv.key))
          for (let r of varRefsInSpan(t, kv.valueSpan, escape)) visit(r, scope, NO_KEYS);
        kv.key && !scope.has(kv.key) && (scope = withBinding(scope, kv.key, { name: kv.key, value: void 0, kind: "arg", declaredBy: ins }));
      }
      break;
    }
    case "RUN":
      for (let m of ins.run?.mounts ?? []) for (let r of varRefsInSpan(t, m.span, escape)) visit(r, ins.scope, NO_KEYS);
      break;
  }
}

// rules/wget-progress.ts
var VALUE_SHORT2 = "oaeiBOPTtwQUlADIXRY", wget_progress_default = {
  id: "wget-progress",
  keywords: ["RUN"],
  description: "Limit wget's progress output in RUN",
  severity: "info",
  related: ["hadolint:DL3047"],
  messages: {
    progress: "'wget' without a progress option prints a progress line for every few kilobytes into the build log; add '--progress=dot:giga' (GNU wget) or '-q' (BusyBox wget)"
  },
  options: {},
  examples: {
    valid: [`FROM debian:12
RUN wget --progress=dot:giga https://example.com/a.tgz`, `FROM alpine:3.20
RUN wget -qO- https://example.com/a.sh | sh`],
    invalid: [`FROM debian:12
RUN wget https://example.com/a.tgz`]
  },
  differs: "understands option clusters such as '-qO-' and '-nv', and skips wget calls that print only their version or help",
  check({ model, report }) {
    for (let { ins } of runSites(model))
      for (let cmd of ins.run.commands) {
        if (cmd.name !== "wget") continue;
        let args = commandArgs(cmd).slice(1);
        if (args.some((a) => !a.known && a.text.startsWith("$"))) continue;
        let texts = args.map((a) => a.text);
        if (texts.some((t) => t === "-nv" || t === "-V" || t === "-h" || t === "--version" || t === "--help") || hasOption(texts, "q", ["--quiet", "--progress", "--no-verbose", "--output-file", "--append-output"], VALUE_SHORT2) || hasOption(texts, "o", [], VALUE_SHORT2) || hasOption(texts, "a", [], VALUE_SHORT2) || texts.length === 0) continue;
        let w = cmd.words[0];
        report({ messageId: "progress", span: { start: w.start, end: w.end } });
      }
  }
};

// rules/workdir-absolute.ts
var ROOT_WORKDIR_IMAGES = /* @__PURE__ */ new Set(["alpine", "debian", "ubuntu", "busybox", "fedora", "centos", "python", "node"]);
function startsAtRoot(stage) {
  let s = stage;
  for (; s.parent; ) s = s.parent;
  let img = s.image;
  return img.isScratch ? !0 : img.unresolved || img.registry !== null && img.registry !== "docker.io" ? !1 : ROOT_WORKDIR_IMAGES.has(img.path.replace(/^library\//, ""));
}
var IMAGE_WORKDIRS = { golang: "/go", php: "/var/www/html", tomcat: "/usr/local/tomcat", wordpress: "/var/www/html", drupal: "/opt/drupal/web", ghost: "/var/lib/ghost" };
function baseWorkdir(stage) {
  if (startsAtRoot(stage)) return "/";
  let s = stage;
  for (; s.parent; ) s = s.parent;
  let img = s.image;
  return img.unresolved || img.registry !== null && img.registry !== "docker.io" ? null : IMAGE_WORKDIRS[img.path.replace(/^library\//, "")] ?? null;
}
var workdir_absolute_default = {
  id: "workdir-absolute",
  keywords: ["WORKDIR"],
  description: "Make the first WORKDIR of a stage an absolute path",
  severity: "warning",
  related: ["hadolint:DL3000", "buildkit:WorkdirRelativePath"],
  messages: {
    relative: "WORKDIR '{{path}}' is relative and no absolute WORKDIR comes before it, so it depends on the base image's working directory; use an absolute path such as '{{absolute}}'"
  },
  options: {},
  fixable: !0,
  examples: {
    valid: [`FROM alpine:3.20
WORKDIR /app`, `FROM alpine:3.20
WORKDIR /app
WORKDIR src`, `FROM alpine:3.20
ENV APP=/srv
WORKDIR $APP`],
    invalid: [`FROM alpine:3.20
WORKDIR app`]
  },
  differs: "hadolint flags every relative WORKDIR; dflint, like BuildKit, accepts a relative one after an absolute WORKDIR in the stage or its parent",
  check({ model, report }) {
    let hasAbsolute = /* @__PURE__ */ new Map();
    for (let stage of model.stages) {
      let set = stage.parent ? hasAbsolute.get(stage.parent) ?? !1 : !1;
      for (let ins of stage.instructions) {
        if (ins.keyword !== "WORKDIR" || !ins.args.length) continue;
        let raw = ins.args.map((a) => a.raw).join(" "), r = model.expand(raw, ins.scope);
        if (r.unresolved) {
          set = !0;
          continue;
        }
        if (isAbsolutePath(r.value, stage.windows)) set = !0;
        else if (!set) {
          let span = { start: ins.args[0].start, end: ins.args[ins.args.length - 1].end }, fix = ins.args.length === 1 && raw === r.value && !raw.startsWith("..") && /^[\w.\-/]+$/.test(raw) && startsAtRoot(stage) ? [{ span, text: "/" + raw.replace(/^(\.\/)+/, "") }] : void 0, base = baseWorkdir(stage), absolute = `${base === "/" ? "" : base ?? "/<base workdir>"}/${r.value.replace(/^(\.\/)+/, "")}`;
          report({ messageId: "relative", data: { path: r.value, absolute }, span, ...fix ? { fix } : {} }), set = !0;
        }
      }
      hasAbsolute.set(stage, set);
    }
  }
};

// rules/yarn-cache-clean.ts
var YARN_CACHE = /(^|\/)(\.cache\/yarn|\.yarn\/berry\/cache|\.yarn-cache|yarn-cache)(\/|$)/, BERRY_OPTIONS = /* @__PURE__ */ new Set(["--immutable", "--immutable-cache", "--check-cache", "--mode", "--refresh-lockfile"]);
function isYarnInstall(cmd) {
  if (cmd.name !== "yarn") return !1;
  let args = commandArgs(cmd).slice(1).map((a) => a.text), sub = args.find((a) => !a.startsWith("-"));
  return sub !== void 0 && sub !== "install" || args.some((a) => /^(-v|-V|-h|--version|--help)$/.test(a)) ? !1 : !args.some((a) => BERRY_OPTIONS.has(a.split("=")[0]));
}
function cleansAfter(cmds, from, cacheDir) {
  for (let i = from + 1; i < cmds.length; i++) {
    let c = cmds[i], words3 = c.words.map((w) => w.expanded ?? w.value);
    if (c.name === "yarn" && words3[1] === "cache" && words3[2] === "clean" || c.name === "rm" && words3.slice(1).some((w) => YARN_CACHE.test(w) || /yarn\s+cache\s+dir/.test(w) || cacheDir !== null && w.replace(/\/\*?$/, "") === cacheDir.replace(/\/$/, "")))
      return !0;
  }
  return !1;
}
var yarn_cache_clean_default = {
  id: "yarn-cache-clean",
  keywords: ["RUN"],
  description: "Clean the yarn cache in the RUN that runs yarn install",
  severity: "info",
  related: ["hadolint:DL3060"],
  messages: {
    clean: "'yarn install' leaves yarn's package cache in the image layer; end the same RUN with '&& yarn cache clean', or use 'RUN --mount=type=cache,target=/usr/local/share/.cache/yarn'"
  },
  options: {},
  examples: {
    valid: [`FROM node:22-alpine
RUN yarn install --frozen-lockfile && yarn cache clean`],
    invalid: [`FROM node:22-alpine
RUN yarn install --frozen-lockfile`]
  },
  differs: "checks only stages that ship (not builder stages read through COPY --from); accepts 'rm -rf' of the cache folder and a cache mount on YARN_CACHE_FOLDER; skips Yarn 2+ installs ('--immutable'), whose project cache Plug'n'Play may need",
  check({ model, report }) {
    let shipping = shippedStages(model);
    for (let { ins, onbuild } of runSites(model)) {
      if (!onbuild && ins.stage && !shipping.has(ins.stage)) continue;
      let cmds = ins.run.commands, targets = cacheMountTargets(ins);
      cmds.forEach((cmd, i) => {
        if (!isYarnInstall(cmd)) return;
        let args = commandArgs(cmd).map((a) => a.text), ci = args.findIndex((a) => a === "--cache-folder" || a.startsWith("--cache-folder=")), cacheDir = ci !== -1 ? args[ci].includes("=") ? args[ci].slice(15) : args[ci + 1] ?? null : ins.scope.get("YARN_CACHE_FOLDER")?.value ?? null;
        targets.some((t) => YARN_CACHE.test(t) || cacheDir !== null && cacheDir.replace(/\/$/, "").startsWith(t.replace(/\/$/, ""))) || cleansAfter(cmds, i, cacheDir) || report({ messageId: "clean", span: { start: cmd.start, end: cmd.end } });
      });
    }
  }
};

// rules/yum-assume-yes.ts
var yum_assume_yes_default = {
  id: "yum-assume-yes",
  keywords: ["RUN"],
  description: "Pass -y to yum commands that ask for confirmation",
  severity: "warning",
  related: ["hadolint:DL3030"],
  messages: {
    missingYes: "'yum {{action}}' asks 'Is this ok [y/N]' and aborts the build when no terminal answers; add '-y'"
  },
  options: {},
  examples: {
    valid: [`FROM centos:7
RUN yum install -y httpd && yum clean all`],
    invalid: [`FROM centos:7
RUN yum install httpd && yum clean all`]
  },
  fixable: !0,
  differs: "also checks remove/update/upgrade and group/module actions (they prompt too), accepts --setopt=assumeyes=1; stays silent when an unknown variable may hold the flag",
  check(ctx) {
    for (let r of runPackages(ctx))
      for (let { pc, index } of r.packages) {
        if (pc.tool !== "yum") continue;
        let action = rpmAction(pc);
        if (!action || !RPM_PROMPTS.has(action) || pc.hasUnknown || rpmAssumesYes(pc)) continue;
        let prev = index > 0 ? r.commands[index - 1] : void 0;
        prev && prev.next === "|" && prev.name === "yes" || ctx.report({ messageId: "missingYes", data: { action }, span: commandHead(pc), fix: insertAfter(r.run, rpmActionEnd(pc), " -y") });
      }
  }
};

// rules/yum-clean-all.ts
var yum_clean_all_default = {
  id: "yum-clean-all",
  keywords: ["RUN"],
  description: "Run 'yum clean all' in the RUN that installs packages with yum",
  severity: "warning",
  related: ["hadolint:DL3032"],
  messages: {
    notCleaned: "'{{tool}} {{action}}' leaves repository metadata and packages in the yum cache in this layer; end this RUN with '&& {{tool}} clean all', or use '--mount=type=cache,target={{cache}}'"
  },
  options: {
    includeBuilderStages: {
      description: "Also check stages that do not end up in the built image (used only through COPY --from)",
      default: !1,
      schema: { type: "boolean" }
    }
  },
  examples: {
    valid: [
      `FROM centos:7
RUN yum install -y httpd && yum clean all`,
      `FROM centos:7 AS build
RUN yum install -y gcc
FROM centos:7
COPY --from=build /usr/bin/gcc /usr/bin/`
    ],
    invalid: [`FROM centos:7
RUN yum install -y httpd`]
  },
  differs: "checks the stages that ship (the target and the stages it is built FROM); accepts any yum/dnf 'clean', an rm of the cache folder after the install, or a cache or tmpfs mount on it",
  check(ctx) {
    let { model, options } = ctx, shipping = shippedStages(model);
    for (let r of runPackages(ctx)) {
      if (!options.includeBuilderStages && r.stage && !shipping.has(r.stage)) continue;
      let pc = uncleanedInstall(
        model,
        r,
        (pc2) => pc2.tool === "yum" && RPM_INSTALLS.has(rpmAction(pc2) ?? ""),
        (pc2) => (pc2.tool === "yum" || pc2.tool === "dnf" || pc2.tool === "microdnf") && pc2.sub === "clean",
        RPM_CACHES
      );
      if (!pc) continue;
      let cache = pc.tool === "yum" || pc.tool === "microdnf" ? "/var/cache/yum" : "/var/cache/dnf";
      ctx.report({ messageId: "notCleaned", data: { tool: pc.tool, action: rpmAction(pc), cache }, span: commandHead(pc) });
    }
  }
};

// rules/yum-packages-pinned.ts
var yum_packages_pinned_default = {
  id: "yum-packages-pinned",
  keywords: ["RUN"],
  description: "Pin the versions of packages installed with yum",
  severity: "off",
  strict: "warning",
  related: ["hadolint:DL3033"],
  messages: {
    unpinned: "Package '{{pkg}}' is installed without a version, so rebuilds get whatever the repository has that day; pin it as '{{pkg}}-<version>'",
    moduleStream: "Module '{{pkg}}' is installed without a stream; pin it as '{{pkg}}:<stream>'"
  },
  options: {
    ignorePackages: {
      description: "Package names that may stay unpinned",
      default: [],
      schema: { type: "array", items: { type: "string" } }
    }
  },
  examples: {
    valid: [`FROM centos:7
RUN yum install -y httpd-2.4.6 && yum clean all`],
    invalid: [`FROM centos:7
RUN yum install -y httpd && yum clean all`]
  },
  differs: "off by default (strict preset: warning) because exact pins rot when repositories drop old builds; judges packages after ARG/ENV expansion",
  check(ctx) {
    for (let r of runPackages(ctx))
      for (let { pc } of r.packages) {
        if (pc.tool !== "yum") continue;
        let action = rpmAction(pc), module = action === "module install";
        if (!(action !== "install" && action !== "in" && !module))
          for (let t of pc.operands.slice(module ? 1 : 0))
            t.text === null || ctx.options.ignorePackages.includes(t.text) || (module ? t.text.includes(":") || t.text.startsWith("/") : rpmPinned(t.text)) || ctx.report({ messageId: module ? "moduleStream" : "unpinned", data: { pkg: t.text }, span: t.word });
      }
  }
};

// rules/zypper-clean.ts
var INSTALLS = /* @__PURE__ */ new Set(["install", "in", "update", "up", "patch", "dist-upgrade", "dup", "source-install", "si", "install-new-recommends", "inr"]), zypper_clean_default = {
  id: "zypper-clean",
  keywords: ["RUN"],
  description: "Run 'zypper clean' in the RUN that installs packages with zypper",
  severity: "warning",
  related: ["hadolint:DL3036"],
  messages: {
    notCleaned: "'zypper {{sub}}' leaves repository metadata and packages in /var/cache/zypp in this layer; end this RUN with '&& zypper clean --all', or use '--mount=type=cache,target=/var/cache/zypp'"
  },
  options: {
    includeBuilderStages: {
      description: "Also check stages that do not end up in the built image (used only through COPY --from)",
      default: !1,
      schema: { type: "boolean" }
    }
  },
  examples: {
    valid: [
      `FROM opensuse/leap:15.6
RUN zypper --non-interactive install curl && zypper clean --all`,
      `FROM opensuse/leap:15.6 AS build
RUN zypper -n install gcc
FROM opensuse/leap:15.6
COPY --from=build /usr/bin/gcc /usr/bin/`
    ],
    invalid: [`FROM opensuse/leap:15.6
RUN zypper --non-interactive install curl`]
  },
  differs: "checks the stages that ship (the target and the stages it is built FROM), also after update, dist-upgrade and patch (they fill the cache too), and accepts an rm of /var/cache/zypp after the install",
  check(ctx) {
    let { model, options } = ctx, shipping = shippedStages(model);
    for (let r of runPackages(ctx)) {
      if (!options.includeBuilderStages && r.stage && !shipping.has(r.stage)) continue;
      let pc = uncleanedInstall(
        model,
        r,
        (pc2) => pc2.tool === "zypper" && INSTALLS.has(pc2.sub ?? ""),
        (pc2) => pc2.tool === "zypper" && (pc2.sub === "clean" || pc2.sub === "cc"),
        ["/var/cache/zypp"]
      );
      pc && ctx.report({ messageId: "notCleaned", data: { sub: pc.sub }, span: commandHead(pc) });
    }
  }
};

// rules/zypper-no-dist-upgrade.ts
function baseImage(stage) {
  let seen = /* @__PURE__ */ new Set(), s = stage;
  for (; s && s.parent && !seen.has(s); )
    seen.add(s), s = s.parent;
  return s ? s.image.expanded.toLowerCase() : "";
}
var zypper_no_dist_upgrade_default = {
  id: "zypper-no-dist-upgrade",
  keywords: ["RUN"],
  description: "Do not run zypper dist-upgrade in an image build",
  severity: "warning",
  related: ["hadolint:DL3035"],
  messages: {
    distUpgrade: "'zypper {{sub}}' may move the image to a new distribution release and makes builds unrepeatable; use a newer base image, or 'zypper update' / 'zypper patch'"
  },
  options: {},
  examples: {
    valid: [`FROM opensuse/leap:15.6
RUN zypper --non-interactive patch && zypper clean --all`, `FROM opensuse/tumbleweed
RUN zypper --non-interactive dup && zypper clean --all`],
    invalid: [`FROM opensuse/leap:15.6
RUN zypper --non-interactive dist-upgrade && zypper clean --all`]
  },
  differs: "points at the subcommand and accepts it on openSUSE Tumbleweed, where 'zypper dup' is the documented way to update",
  check(ctx) {
    for (let r of runPackages(ctx))
      for (let { pc } of r.packages)
        pc.tool !== "zypper" || pc.sub !== "dist-upgrade" && pc.sub !== "dup" || baseImage(r.stage).includes("tumbleweed") || ctx.report({ messageId: "distUpgrade", data: { sub: pc.sub }, span: pc.subcommand.word });
  }
};

// rules/zypper-non-interactive.ts
var PROMPTING2 = /* @__PURE__ */ new Set(["install", "in", "remove", "rm", "source-install", "si", "patch", "update", "up", "dist-upgrade", "dup", "install-new-recommends", "inr", "verify", "ve"]), zypper_non_interactive_default = {
  id: "zypper-non-interactive",
  keywords: ["RUN"],
  description: "Run zypper non-interactively in RUN",
  severity: "warning",
  related: ["hadolint:DL3034"],
  messages: {
    interactive: "'zypper {{sub}}' asks for confirmation and aborts the build when no terminal answers; add '--non-interactive' after 'zypper' (or '-y' after '{{sub}}')"
  },
  options: {},
  examples: {
    valid: [`FROM opensuse/leap:15.6
RUN zypper --non-interactive install curl && zypper clean --all`],
    invalid: [`FROM opensuse/leap:15.6
RUN zypper install curl && zypper clean --all`]
  },
  fixable: !0,
  differs: "also checks update/up, dist-upgrade/dup, install-new-recommends and verify (they prompt too); stays silent when an unknown variable may hold the flag",
  check(ctx) {
    for (let r of runPackages(ctx))
      for (let { pc, index } of r.packages) {
        if (pc.tool !== "zypper" || !pc.sub || !PROMPTING2.has(pc.sub) || pc.hasUnknown || zypperNonInteractive(pc)) continue;
        let prev = index > 0 ? r.commands[index - 1] : void 0;
        prev && prev.next === "|" && prev.name === "yes" || ctx.report({ messageId: "interactive", data: { sub: pc.sub }, span: commandHead(pc), fix: insertAfter(r.run, pc.toolWord, " --non-interactive") });
      }
  }
};

// rules/zypper-packages-pinned.ts
function pinned3(pkg) {
  return /[=<>]/.test(pkg) || pkg.endsWith(".rpm") || pkg.startsWith("/") || pkg.startsWith(".") || pkg.includes("://");
}
var zypper_packages_pinned_default = {
  id: "zypper-packages-pinned",
  keywords: ["RUN"],
  description: "Pin the versions of packages installed with zypper",
  severity: "off",
  strict: "warning",
  related: ["hadolint:DL3037"],
  messages: {
    unpinned: "Package '{{pkg}}' is installed without a version, so rebuilds get whatever the repository has that day; pin it as '{{pkg}}=<version>' or a range such as '{{pkg}}>=<version>'"
  },
  options: {
    ignorePackages: {
      description: "Package names that may stay unpinned",
      default: [],
      schema: { type: "array", items: { type: "string" } }
    }
  },
  examples: {
    valid: [`FROM opensuse/leap:15.6
RUN zypper --non-interactive install 'curl>=8' && zypper clean --all`],
    invalid: [`FROM opensuse/leap:15.6
RUN zypper --non-interactive install curl && zypper clean --all`]
  },
  differs: "off by default (strict preset: warning) because exact pins rot; judges packages after ARG/ENV expansion and skips patterns and products (-t pattern)",
  check(ctx) {
    for (let r of runPackages(ctx))
      for (let { pc } of r.packages)
        if (!(pc.tool !== "zypper" || pc.sub !== "install" && pc.sub !== "in") && !pc.options.some((o) => (o.name === "-t" || o.name === "--type") && o.value !== "package"))
          for (let t of pc.operands)
            t.text === null || pinned3(t.text) || /^(pattern|product|patch|srcpackage):/.test(t.text) || ctx.options.ignorePackages.includes(t.text) || ctx.report({ messageId: "unpinned", data: { pkg: t.text }, span: t.word });
  }
};

// rules/index.ts
var rules = [
  add_remote_unpinned_default,
  add_use_copy_default,
  apk_no_cache_default,
  apk_packages_pinned_default,
  apt_get_assume_yes_default,
  apt_get_no_recommends_default,
  apt_get_packages_pinned_default,
  apt_lists_removed_default,
  arg_env_no_secret_default,
  arg_volatile_early_default,
  build_arg_required_unset_default,
  build_arg_undeclared_default,
  build_target_missing_default,
  cmd_exec_form_default,
  continuation_not_empty_default,
  context_secret_baked_default,
  copy_archive_use_add_default,
  copy_context_unignored_default,
  copy_from_root_default,
  copy_from_self_default,
  copy_from_stage_default,
  copy_manifests_first_default,
  copy_multi_source_dest_default,
  copy_relative_dest_default,
  copy_source_not_ignored_default,
  definition_description_format_default,
  dnf_assume_yes_default,
  dockerignore_pattern_unused_default,
  dnf_clean_all_default,
  dnf_packages_pinned_default,
  download_tool_consistent_default,
  env_same_instruction_ref_default,
  expose_format_valid_default,
  expose_port_range_default,
  expose_proto_lowercase_default,
  from_arg_default_valid_default,
  from_arg_defined_default,
  from_as_casing_default,
  from_image_eol_default,
  from_image_pinned_default,
  from_platform_constant_default,
  from_platform_redundant_default,
  gem_packages_pinned_default,
  go_install_pinned_default,
  healthcheck_required_default,
  image_trusted_registry_default,
  inline_ignore_disallowed_default,
  instruction_casing_consistent_default,
  instruction_once_per_stage_default,
  key_value_equals_default,
  label_key_format_default,
  label_schema_default,
  maintainer_deprecated_default,
  npm_packages_pinned_default,
  onbuild_valid_instruction_default,
  pip_no_cache_dir_default,
  pip_packages_pinned_default,
  run_cleanup_later_layer_default,
  run_consolidate_default,
  run_no_apt_default,
  run_no_cd_default,
  run_no_runtime_commands_default,
  run_no_sh_symlink_default,
  run_no_sudo_default,
  run_pipefail_default,
  run_redundant_mkdir_default,
  run_shellcheck_default,
  run_stale_update_default,
  stage_name_casing_default,
  stage_name_reserved_default,
  stage_name_unique_default,
  syntax_valid_default,
  user_last_not_root_default,
  user_not_root_default,
  user_numeric_default,
  useradd_no_log_init_default,
  var_defined_default,
  wget_progress_default,
  workdir_absolute_default,
  yarn_cache_clean_default,
  yum_assume_yes_default,
  yum_clean_all_default,
  yum_packages_pinned_default,
  zypper_clean_default,
  zypper_no_dist_upgrade_default,
  zypper_non_interactive_default,
  zypper_packages_pinned_default
];

export {
  forgetBuildContexts,
  childProcess,
  crypto,
  os,
  workerThreads,
  rules
};
