// hadolint parity for the RUN/shell DL codes: each case is a small Dockerfile
// and the `line code` pairs hadolint 2.15 reports for the codes under test (its
// documented semantics, /work/shared/reference/hadolint.md, and its own spec
// examples), run through the real CLI with a `.hadolint.yaml` present
// (hadolint-config mode). A case with `dflint` is a documented deliberate
// difference (the rule's `differs` field): `expect` keeps hadolint's answer,
// `dflint` what we report.
import { beforeAll, describe, expect, it } from "vitest";
import { expected, type ParityCase, paritySummary, runParity } from "./helpers/parity";

const CODES = [
  "DL3001", "DL3003", "DL3004", "DL3008", "DL3009", "DL3013", "DL3014", "DL3015",
  "DL3016", "DL3018", "DL3019", "DL3027", "DL3028", "DL3030", "DL3032", "DL3033",
  "DL3034", "DL3035", "DL3036", "DL3037", "DL3038", "DL3040", "DL3041", "DL3042",
  "DL3046", "DL3047", "DL3059", "DL3060", "DL3062", "DL4001", "DL4005", "DL4006",
];

const D = "FROM debian:12\n";
const A = "FROM alpine:3.19\n";
const C = "FROM centos:7\n";
const S = "FROM opensuse/leap:15.5\n";
const R = "FROM fedora:40\n";
const P = "FROM python:3.12\n";
const N = "FROM node:20\n";
const G = "FROM golang:1.22\n";
/** A well-formed apt install (pinned, -y, no recommends). */
const APT = "apt-get install -y --no-install-recommends curl=7.88.1-10";

const CASES: ParityCase[] = [
  // DL3001
  { name: "DL3001 top", dockerfile: `${D}RUN top\n`, expect: ["2 DL3001"] },
  { name: "DL3001 ps in a chain", dockerfile: `${D}RUN echo start && ps aux\n`, expect: ["2 DL3001"] },
  { name: "DL3001 only as argument", dockerfile: `${D}RUN echo vim && ssh-keyscan github.com > /tmp/k\n`, expect: [] },
  { name: "DL3001 ifconfig not in the list", dockerfile: `${D}RUN ifconfig\n`, expect: [] },
  { name: "DL3001 ONBUILD", dockerfile: `${D}ONBUILD RUN service nginx restart\n`, expect: ["2 DL3001"] },
  {
    name: "DL3001 service started and stopped",
    dockerfile: `${D}RUN service postgresql start && psql -f /init.sql && service postgresql stop\n`,
    expect: ["2 DL3001"],
    dflint: [],
    reason: "run-no-runtime-commands differs: a service started, used and stopped inside the same RUN is accepted",
  },

  // DL3003
  { name: "DL3003 cd", dockerfile: `${D}RUN cd /usr/src/app && make\n`, expect: ["2 DL3003"] },
  { name: "DL3003 no cd", dockerfile: `${D}RUN make -C /usr/src/app\n`, expect: [] },
  {
    name: "DL3003 subshell cd",
    dockerfile: `${D}RUN (cd /usr/src/app && make)\n`,
    expect: ["2 DL3003"],
    dflint: [],
    reason: "run-no-cd differs: cd inside a subshell is accepted",
  },
  { name: "DL3003 not in ONBUILD", dockerfile: `${D}ONBUILD RUN cd /usr/src/app && make\n`, expect: [] },
  { name: "DL3003 cd word as argument", dockerfile: `${D}RUN echo cd\n`, expect: [] },

  // DL3004
  { name: "DL3004 sudo", dockerfile: `${D}RUN sudo make install\n`, expect: ["2 DL3004"] },
  { name: "DL3004 sudo later in chain", dockerfile: `${D}RUN make && sudo make install\n`, expect: ["2 DL3004"] },
  { name: "DL3004 sudo as argument", dockerfile: `${D}RUN echo sudo\n`, expect: [] },
  { name: "DL3004 ONBUILD", dockerfile: `${D}ONBUILD RUN sudo make install\n`, expect: ["2 DL3004"] },
  {
    name: "DL3004 sudo -u",
    dockerfile: `${D}RUN sudo -u builder makepkg\n`,
    expect: ["2 DL3004"],
    dflint: [],
    reason: "run-no-sudo differs: 'sudo -u <user>' drops root privileges and is accepted",
  },

  // DL3008
  { name: "DL3008 unpinned", dockerfile: `${D}RUN apt-get install -y --no-install-recommends python\n`, expect: ["2 DL3008"] },
  { name: "DL3008 pinned", dockerfile: `${D}RUN apt-get install -y --no-install-recommends python=2.7\n`, expect: [] },
  { name: "DL3008 one of two unpinned", dockerfile: `${D}RUN apt-get install -y --no-install-recommends python=2.7 ruby\n`, expect: ["2 DL3008"] },
  { name: "DL3008 release and .deb", dockerfile: `${D}RUN apt-get install -y --no-install-recommends foo/bookworm-backports ./bar.deb\n`, expect: [] },
  { name: "DL3008 -t value", dockerfile: `${D}RUN apt-get install -y --no-install-recommends -t bookworm-backports foo=1.0\n`, expect: [] },
  {
    name: "DL3008 continuation line",
    dockerfile: `${D}RUN apt-get install -y \\\n    --no-install-recommends \\\n    curl\n`,
    expect: ["2 DL3008"],
    dflint: ["4 DL3008"],
    reason: "precise locations (hadolint-issues.md #14): dflint reports the physical line of the offending word, hadolint the RUN's first line",
  },
  {
    name: "DL3008 pinned via ARG",
    dockerfile: `${D}ARG PKGS="curl=7.88.1-10"\nRUN apt-get install -y --no-install-recommends $PKGS\n`,
    expect: ["3 DL3008"],
    dflint: [],
    reason: "apt-get-packages-pinned differs: packages are judged after ARG/ENV expansion",
  },
  { name: "DL3008 ONBUILD", dockerfile: `${D}ONBUILD RUN apt-get install -y --no-install-recommends curl\n`, expect: ["2 DL3008"] },

  // DL3009
  { name: "DL3009 lists kept", dockerfile: `${D}RUN apt-get update && ${APT}\n`, expect: ["2 DL3009"] },
  { name: "DL3009 lists removed", dockerfile: `${D}RUN apt-get update && ${APT} && rm -rf /var/lib/apt/lists/*\n`, expect: [] },
  {
    name: "DL3009 unused builder stage",
    dockerfile: `FROM debian:12 AS build\nRUN apt-get update && ${APT}\nFROM debian:12\nCOPY --from=build /bin/curl /bin/curl\n`,
    expect: [],
  },
  {
    name: "DL3009 stage used as base",
    dockerfile: `FROM debian:12 AS base\nRUN apt-get update && ${APT}\nFROM base\nWORKDIR /app\n`,
    expect: ["2 DL3009"],
  },
  { name: "DL3009 cache mount", dockerfile: `${D}RUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && ${APT}\n`, expect: [] },
  { name: "DL3009 apt update", dockerfile: `${D}RUN apt update && apt install -y curl\n`, expect: ["2 DL3009", "2 DL3027"] },
  {
    name: "DL3009 unrelated rm -rf",
    dockerfile: `${D}RUN apt-get update && ${APT} && rm -rf /tmp/build\n`,
    expect: [],
    dflint: ["2 DL3009"],
    reason: "apt-lists-removed differs: the rm must remove /var/lib/apt/lists (any 'rm -rf' does not count)",
  },

  // DL3013
  { name: "DL3013 unpinned", dockerfile: `${P}RUN pip install --no-cache-dir django\n`, expect: ["2 DL3013"] },
  { name: "DL3013 pinned", dockerfile: `${P}RUN pip install --no-cache-dir django==4.2.1 'requests>=2.0'\n`, expect: [] },
  { name: "DL3013 requirements", dockerfile: `${P}RUN pip install --no-cache-dir -r requirements.txt\n`, expect: [] },
  { name: "DL3013 local project", dockerfile: `${P}RUN pip install --no-cache-dir .\n`, expect: [] },
  { name: "DL3013 python -m pip", dockerfile: `${P}RUN python3 -m pip install --no-cache-dir requests\n`, expect: ["2 DL3013"] },
  { name: "DL3013 index-url value", dockerfile: `${P}RUN pip3 install --no-cache-dir --index-url https://pypi.example/simple requests==2.31.0\n`, expect: [] },
  { name: "DL3013 upgrade pip", dockerfile: `${P}RUN pip install --no-cache-dir --upgrade pip\n`, expect: ["2 DL3013"] },
  { name: "DL3013 VCS with ref", dockerfile: `${P}RUN pip install --no-cache-dir git+https://github.com/org/pkg@v1.0\n`, expect: [] },
  { name: "DL3013 wheel", dockerfile: `${P}RUN pip install --no-cache-dir /tmp/pkg-1.0-py3-none-any.whl\n`, expect: [] },
  { name: "DL3013 constraint", dockerfile: `${P}RUN pip install --no-cache-dir -c constraints.txt requests\n`, expect: [] },

  // DL3014
  { name: "DL3014 no -y", dockerfile: `${D}RUN apt-get install --no-install-recommends curl=7.88.1-10\n`, expect: ["2 DL3014"] },
  { name: "DL3014 -y", dockerfile: `${D}RUN ${APT}\n`, expect: [] },
  { name: "DL3014 --yes before install", dockerfile: `${D}RUN apt-get --yes install --no-install-recommends curl=7.88.1-10\n`, expect: [] },
  { name: "DL3014 -qq", dockerfile: `${D}RUN apt-get -qq install --no-install-recommends curl=7.88.1-10\n`, expect: [] },
  { name: "DL3014 DEBIAN_FRONTEND does not help", dockerfile: `${D}RUN DEBIAN_FRONTEND=noninteractive apt-get install --no-install-recommends curl=7.88.1-10\n`, expect: ["2 DL3014"] },
  { name: "DL3014 --assume-yes", dockerfile: `${D}RUN apt-get install --assume-yes --no-install-recommends curl=7.88.1-10\n`, expect: [] },

  // DL3015
  { name: "DL3015 recommends", dockerfile: `${D}RUN apt-get install -y curl=7.88.1-10\n`, expect: ["2 DL3015"] },
  { name: "DL3015 no recommends", dockerfile: `${D}RUN ${APT}\n`, expect: [] },
  { name: "DL3015 second install lacks it", dockerfile: `${D}RUN ${APT} && apt-get install -y git=1:2.39.2-1\n`, expect: ["2 DL3015"] },
  { name: "DL3015 -o option", dockerfile: `${D}RUN apt-get -o APT::Install-Recommends=false install -y curl=7.88.1-10\n`, expect: [] },
  { name: "DL3015 no install", dockerfile: `${D}RUN apt-get remove -y curl\n`, expect: [] },

  // DL3016
  { name: "DL3016 unpinned", dockerfile: `${N}RUN npm install express\n`, expect: ["2 DL3016"] },
  { name: "DL3016 pinned", dockerfile: `${N}RUN npm install express@4.18.2 @types/node@20.1.0\n`, expect: [] },
  { name: "DL3016 bare install and ci", dockerfile: `${N}RUN npm install && npm ci\n`, expect: [] },
  { name: "DL3016 scoped unpinned", dockerfile: `${N}RUN npm install -g @angular/cli\n`, expect: ["2 DL3016"] },
  { name: "DL3016 git with ref, tarball, path", dockerfile: `${N}RUN npm install git+https://github.com/org/pkg.git#v1.0 ./pkg.tgz ../lib\n`, expect: [] },
  {
    name: "DL3016 npm i alias",
    dockerfile: `${N}RUN npm i express\n`,
    expect: [],
    dflint: ["2 DL3016"],
    reason: "npm-packages-pinned differs: npm's install aliases (i, add) are recognised",
  },
  {
    name: "DL3016 @latest",
    dockerfile: `${N}RUN npm install -g npm@latest\n`,
    expect: [],
    dflint: ["2 DL3016"],
    reason: "npm-packages-pinned differs: dist-tags such as '@latest' are unpinned",
  },

  // DL3018
  { name: "DL3018 unpinned", dockerfile: `${A}RUN apk add --no-cache curl\n`, expect: ["2 DL3018"] },
  { name: "DL3018 pinned", dockerfile: `${A}RUN apk add --no-cache curl=8.5.0-r0 'git>2.40' bash~5.2\n`, expect: [] },
  { name: "DL3018 virtual value", dockerfile: `${A}RUN apk add --no-cache --virtual .build-deps gcc=13.2.1-r0\n`, expect: [] },
  { name: "DL3018 local apk", dockerfile: `${A}RUN apk add --no-cache --allow-untrusted /tmp/pkg.apk\n`, expect: [] },
  { name: "DL3018 ONBUILD", dockerfile: `${A}ONBUILD RUN apk add --no-cache curl\n`, expect: ["2 DL3018"] },

  // DL3019
  { name: "DL3019 no --no-cache", dockerfile: `${A}RUN apk add curl=8.5.0-r0\n`, expect: ["2 DL3019"] },
  { name: "DL3019 --no-cache", dockerfile: `${A}RUN apk --no-cache add curl=8.5.0-r0\n`, expect: [] },
  { name: "DL3019 cache mount", dockerfile: `${A}RUN --mount=type=cache,target=/var/cache/apk apk add curl=8.5.0-r0\n`, expect: [] },
  { name: "DL3019 apk update only", dockerfile: `${A}RUN apk update\n`, expect: [] },
  {
    name: "DL3019 rm of the cache",
    dockerfile: `${A}RUN apk add curl=8.5.0-r0 && rm -rf /var/cache/apk/*\n`,
    expect: ["2 DL3019"],
    dflint: [],
    reason: "apk-no-cache differs: a later 'rm -rf /var/cache/apk/*' in the same RUN is accepted",
  },
  {
    name: "DL3019 builder stage",
    dockerfile: `FROM alpine:3.19 AS build\nRUN apk add curl=8.5.0-r0\nFROM alpine:3.19\nCOPY --from=build /usr/bin/curl /usr/bin/curl\n`,
    expect: ["2 DL3019"],
  },

  // DL3027
  { name: "DL3027 apt", dockerfile: `${D}RUN apt install -y curl\n`, expect: ["2 DL3027"] },
  { name: "DL3027 apt-get", dockerfile: `${D}RUN ${APT}\n`, expect: [] },
  { name: "DL3027 apt-cache", dockerfile: `${D}RUN apt-cache policy curl\n`, expect: [] },
  { name: "DL3027 apt later in chain", dockerfile: `${D}RUN echo x && apt remove -y curl\n`, expect: ["2 DL3027"] },

  // DL3028
  { name: "DL3028 unpinned", dockerfile: `FROM ruby:3.3\nRUN gem install bundler\n`, expect: ["2 DL3028"] },
  { name: "DL3028 name:version", dockerfile: `FROM ruby:3.3\nRUN gem install bundler:2.5.6\n`, expect: [] },
  { name: "DL3028 -v", dockerfile: `FROM ruby:3.3\nRUN gem install bundler -v 2.5.6\n`, expect: [] },
  { name: "DL3028 --version=", dockerfile: `FROM ruby:3.3\nRUN gem install bundler --version=2.5.6\n`, expect: [] },
  { name: "DL3028 gem i", dockerfile: `FROM ruby:3.3\nRUN gem i rails\n`, expect: ["2 DL3028"] },
  {
    name: "DL3028 option before name",
    dockerfile: `FROM ruby:3.3\nRUN gem install --no-document rails\n`,
    expect: [],
    dflint: ["2 DL3028"],
    reason: "gem-packages-pinned differs: knows which gem options take a value, so 'gem install --no-document rails' is checked",
  },

  // DL3030
  { name: "DL3030 no -y", dockerfile: `${C}RUN yum install httpd-2.4.6 && yum clean all\n`, expect: ["2 DL3030"] },
  { name: "DL3030 -y", dockerfile: `${C}RUN yum install -y httpd-2.4.6 && yum clean all\n`, expect: [] },
  { name: "DL3030 --assumeyes", dockerfile: `${C}RUN yum --assumeyes install httpd-2.4.6 && yum clean all\n`, expect: [] },
  { name: "DL3030 groupinstall", dockerfile: `${C}RUN yum groupinstall "Development Tools" && yum clean all\n`, expect: ["2 DL3030"] },
  { name: "DL3030 localinstall", dockerfile: `${C}RUN yum localinstall /tmp/pkg-1.0.rpm && yum clean all\n`, expect: ["2 DL3030"] },

  // DL3032
  { name: "DL3032 no clean", dockerfile: `${C}RUN yum install -y httpd-2.4.6\n`, expect: ["2 DL3032"] },
  { name: "DL3032 clean all", dockerfile: `${C}RUN yum install -y httpd-2.4.6 && yum clean all\n`, expect: [] },
  { name: "DL3032 rm cache", dockerfile: `${C}RUN yum install -y httpd-2.4.6 && rm -rf /var/cache/yum/*\n`, expect: [] },
  { name: "DL3032 clean before install", dockerfile: `${C}RUN yum clean all && yum install -y httpd-2.4.6\n`, expect: ["2 DL3032"] },
  {
    name: "DL3032 builder stage",
    dockerfile: `FROM centos:7 AS build\nRUN yum install -y gcc-4.8.5\nFROM centos:7\nCOPY --from=build /usr/bin/gcc /usr/bin/gcc\n`,
    expect: ["2 DL3032"],
  },

  // DL3033
  { name: "DL3033 unpinned", dockerfile: `${C}RUN yum install -y httpd && yum clean all\n`, expect: ["2 DL3033"] },
  { name: "DL3033 pinned", dockerfile: `${C}RUN yum install -y httpd-2.4.6 && yum clean all\n`, expect: [] },
  { name: "DL3033 rpm", dockerfile: `${C}RUN yum install -y /tmp/my-pkg.rpm && yum clean all\n`, expect: [] },
  { name: "DL3033 module stream", dockerfile: `${C}RUN yum module install -y nodejs:20 && yum clean all\n`, expect: [] },

  // DL3034
  { name: "DL3034 no -n", dockerfile: `${S}RUN zypper install httpd=2.4.51 && zypper clean\n`, expect: ["2 DL3034"] },
  { name: "DL3034 -n", dockerfile: `${S}RUN zypper -n install httpd=2.4.51 && zypper clean\n`, expect: [] },
  { name: "DL3034 --non-interactive / -y", dockerfile: `${S}RUN zypper --non-interactive install -y httpd=2.4.51 && zypper clean\n`, expect: [] },
  { name: "DL3034 remove", dockerfile: `${S}RUN zypper rm httpd\n`, expect: ["2 DL3034"] },
  { name: "DL3034 refresh", dockerfile: `${S}RUN zypper refresh\n`, expect: [] },

  // DL3035
  { name: "DL3035 dist-upgrade", dockerfile: `${S}RUN zypper -n dist-upgrade && zypper clean\n`, expect: ["2 DL3035"] },
  { name: "DL3035 -n dup", dockerfile: `${S}RUN zypper -n dup && zypper clean -a\n`, expect: ["2 DL3035"] },
  { name: "DL3035 update", dockerfile: `${S}RUN zypper -n update && zypper clean\n`, expect: [] },
  { name: "DL3035 patch", dockerfile: `${S}RUN zypper -n patch && zypper clean\n`, expect: [] },
  {
    name: "DL3035 bare dist-upgrade",
    dockerfile: `${S}RUN zypper dist-upgrade\n`,
    expect: ["2 DL3035"],
    dflint: ["2 DL3034", "2 DL3035", "2 DL3036"],
    reason: "zypper-non-interactive and zypper-clean differ: dist-upgrade prompts and fills the zypper cache too",
  },
  {
    name: "DL3036 after update",
    dockerfile: `${S}RUN zypper -n update\n`,
    expect: [],
    dflint: ["2 DL3036"],
    reason: "zypper-clean differs: also checks the cache after update",
  },

  // DL3036
  { name: "DL3036 no clean", dockerfile: `${S}RUN zypper install -y httpd=2.4.51\n`, expect: ["2 DL3036"] },
  { name: "DL3036 clean", dockerfile: `${S}RUN zypper install -y httpd=2.4.51 && zypper clean\n`, expect: [] },
  { name: "DL3036 cc", dockerfile: `${S}RUN zypper in -y httpd=2.4.51 && zypper cc -a\n`, expect: [] },
  { name: "DL3036 cache mount", dockerfile: `${S}RUN --mount=type=cache,target=/var/cache/zypp zypper install -y httpd=2.4.51\n`, expect: [] },

  // DL3037
  { name: "DL3037 unpinned", dockerfile: `${S}RUN zypper install -y httpd && zypper clean\n`, expect: ["2 DL3037"] },
  { name: "DL3037 pinned", dockerfile: `${S}RUN zypper install -y httpd=2.4.51 'git>=2.35' && zypper clean\n`, expect: [] },
  { name: "DL3037 dash is not a pin", dockerfile: `${S}RUN zypper install -y httpd-2.4 && zypper clean\n`, expect: ["2 DL3037"] },
  { name: "DL3037 rpm", dockerfile: `${S}RUN zypper install -y /tmp/pkg.rpm && zypper clean\n`, expect: [] },

  // DL3038
  { name: "DL3038 no -y", dockerfile: `${R}RUN dnf install httpd-2.4.58 && dnf clean all\n`, expect: ["2 DL3038"] },
  { name: "DL3038 -y", dockerfile: `${R}RUN dnf install -y httpd-2.4.58 && dnf clean all\n`, expect: [] },
  { name: "DL3038 --assumeyes", dockerfile: `${R}RUN dnf --assumeyes install httpd-2.4.58 && dnf clean all\n`, expect: [] },
  { name: "DL3038 groupinstall", dockerfile: `${R}RUN dnf groupinstall "Development Tools" && dnf clean all\n`, expect: ["2 DL3038"] },
  {
    name: "DL3038 microdnf",
    dockerfile: `FROM registry.access.redhat.com/ubi9/ubi-minimal:9.3\nRUN microdnf install httpd-2.4.57 && microdnf clean all\n`,
    expect: ["2 DL3038"],
    dflint: [],
    reason: "dnf-assume-yes differs: microdnf never prompts, so it is left alone",
  },

  // DL3040
  { name: "DL3040 no clean", dockerfile: `${R}RUN dnf install -y httpd-2.4.58\n`, expect: ["2 DL3040"] },
  { name: "DL3040 clean all", dockerfile: `${R}RUN dnf install -y httpd-2.4.58 && dnf clean all\n`, expect: [] },
  { name: "DL3040 microdnf", dockerfile: `FROM registry.access.redhat.com/ubi9/ubi-minimal:9.3\nRUN microdnf install -y httpd-2.4.57\n`, expect: ["2 DL3040"] },
  { name: "DL3040 cache mount", dockerfile: `${R}RUN --mount=type=cache,target=/var/cache/libdnf5 dnf install -y httpd-2.4.58\n`, expect: [] },
  { name: "DL3040 rm cache", dockerfile: `${R}RUN dnf install -y httpd-2.4.58 && rm -rf /var/cache/libdnf5\n`, expect: [] },

  // DL3041
  { name: "DL3041 unpinned", dockerfile: `${R}RUN dnf install -y httpd && dnf clean all\n`, expect: ["2 DL3041"] },
  { name: "DL3041 pinned", dockerfile: `${R}RUN dnf install -y httpd-2.4.58 && dnf clean all\n`, expect: [] },
  { name: "DL3041 module stream", dockerfile: `${R}RUN dnf module install -y nodejs:20 && dnf clean all\n`, expect: [] },

  // DL3042
  { name: "DL3042 cache kept", dockerfile: `${P}RUN pip install django==4.2.1\n`, expect: ["2 DL3042"] },
  { name: "DL3042 --no-cache-dir", dockerfile: `${P}RUN pip install --no-cache-dir django==4.2.1\n`, expect: [] },
  { name: "DL3042 ENV", dockerfile: `${P}ENV PIP_NO_CACHE_DIR=1\nRUN pip install django==4.2.1\n`, expect: [] },
  { name: "DL3042 inline variable", dockerfile: `${P}RUN PIP_NO_CACHE_DIR=true pip install django==4.2.1\n`, expect: [] },
  { name: "DL3042 cache mount", dockerfile: `${P}RUN --mount=type=cache,target=/root/.cache/pip pip install django==4.2.1\n`, expect: [] },
  { name: "DL3042 requirements", dockerfile: `${P}RUN pip3 install -r requirements.txt\n`, expect: ["2 DL3042"] },
  {
    name: "DL3042 builder stage",
    dockerfile: `FROM python:3.12 AS build\nRUN pip install django==4.2.1\nFROM python:3.12-slim\nCOPY --from=build /usr/local /usr/local\n`,
    expect: ["2 DL3042"],
  },

  // DL3046
  { name: "DL3046 big uid", dockerfile: `${D}RUN useradd -u 123456 app\n`, expect: ["2 DL3046"] },
  { name: "DL3046 -l", dockerfile: `${D}RUN useradd -l -u 123456 app\n`, expect: [] },
  { name: "DL3046 small uid", dockerfile: `${D}RUN useradd -u 1000 app\n`, expect: [] },
  { name: "DL3046 no uid", dockerfile: `${D}RUN useradd app\n`, expect: [] },
  {
    name: "DL3046 --uid",
    dockerfile: `${D}RUN useradd --uid 123456 app\n`,
    expect: [],
    dflint: ["2 DL3046"],
    reason: "useradd-no-log-init differs: also measures the UID in '--uid N'",
  },

  // DL3047
  { name: "DL3047 wget", dockerfile: `${D}RUN wget https://example.com/file.tgz\n`, expect: ["2 DL3047"] },
  { name: "DL3047 -q", dockerfile: `${D}RUN wget -q https://example.com/file.tgz\n`, expect: [] },
  { name: "DL3047 --progress", dockerfile: `${D}RUN wget --progress=dot:giga https://example.com/file.tgz\n`, expect: [] },
  { name: "DL3047 -nv", dockerfile: `${D}RUN wget -nv https://example.com/file.tgz\n`, expect: [] },
  { name: "DL3047 -O is not -o", dockerfile: `${D}RUN wget -O /tmp/file.tgz https://example.com/file.tgz\n`, expect: ["2 DL3047"] },
  { name: "DL3047 -qO-", dockerfile: `${D}RUN wget -qO- https://example.com/file.tgz > /tmp/f\n`, expect: [] },

  // DL3059
  { name: "DL3059 two single RUNs", dockerfile: `${D}RUN echo a\nRUN echo b\n`, expect: ["3 DL3059"] },
  { name: "DL3059 chained first", dockerfile: `${D}RUN echo a && echo b\nRUN echo c\n`, expect: [] },
  { name: "DL3059 separated by ENV", dockerfile: `${D}RUN echo a\nENV X=1\nRUN echo b\n`, expect: [] },
  { name: "DL3059 three RUNs", dockerfile: `${D}RUN echo a\nRUN echo b\nRUN echo c\n`, expect: ["3 DL3059", "4 DL3059"] },
  { name: "DL3059 different mounts", dockerfile: `${D}RUN --mount=type=cache,target=/root/.cache echo a\nRUN echo b\n`, expect: [] },
  {
    name: "DL3059 commented second RUN",
    dockerfile: `${D}RUN echo a\n# build the docs\nRUN echo b\n`,
    expect: ["4 DL3059"],
    dflint: [],
    reason: "run-consolidate differs: a RUN with its own comment above it is a deliberately separate step",
  },

  // DL3060
  { name: "DL3060 yarn install", dockerfile: `${N}RUN yarn install\n`, expect: ["2 DL3060"] },
  { name: "DL3060 cache clean", dockerfile: `${N}RUN yarn install && yarn cache clean\n`, expect: [] },
  { name: "DL3060 unused builder", dockerfile: `FROM node:20 AS build\nRUN yarn install\nFROM node:20-slim\nCOPY --from=build /app /app\n`, expect: [] },
  { name: "DL3060 cache mount", dockerfile: `${N}RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install\n`, expect: [] },
  { name: "DL3060 clean before install", dockerfile: `${N}RUN yarn cache clean && yarn install\n`, expect: ["2 DL3060"] },

  // DL3062
  { name: "DL3062 @latest", dockerfile: `${G}RUN go install github.com/org/tool@latest\n`, expect: ["2 DL3062"] },
  { name: "DL3062 pinned", dockerfile: `${G}RUN go install github.com/org/tool@v1.2.3\n`, expect: [] },
  { name: "DL3062 local", dockerfile: `${G}RUN go install ./cmd/app\n`, expect: [] },
  { name: "DL3062 go build", dockerfile: `${G}RUN go build -o /app ./...\n`, expect: [] },
  {
    name: "DL3062 no version",
    dockerfile: `${G}RUN go install github.com/org/tool\n`,
    expect: ["2 DL3062"],
    dflint: [],
    reason: "go-install-pinned differs: 'go install pkg' without a version is accepted (the module's go.mod pins it)",
  },
  {
    name: "DL3062 go run main.go",
    dockerfile: `${G}RUN go run main.go\n`,
    expect: ["2 DL3062"],
    dflint: [],
    reason: "go-install-pinned differs: 'go run main.go' is accepted",
  },

  // DL4001
  {
    name: "DL4001 both in one stage",
    dockerfile: `${D}RUN wget -q https://example.com/a\nWORKDIR /\nRUN curl -fsSL https://example.com/b\n`,
    expect: ["4 DL4001"],
  },
  { name: "DL4001 both in one RUN", dockerfile: `${D}RUN wget -q https://example.com/a && curl -fsSL https://example.com/b\n`, expect: ["2 DL4001"] },
  { name: "DL4001 only curl", dockerfile: `${D}RUN curl -fsSL https://example.com/a && curl -fsSL https://example.com/b\n`, expect: [] },
  {
    name: "DL4001 different stages",
    dockerfile: `FROM debian:12 AS a\nRUN wget -q https://example.com/a\nFROM debian:12\nRUN curl -fsSL https://example.com/b\n`,
    expect: [],
  },
  {
    name: "DL4001 later RUNs",
    dockerfile: `${D}RUN wget -q https://example.com/a\nWORKDIR /\nRUN curl -fsSL https://example.com/b\nWORKDIR /x\nRUN wget -q https://example.com/c\n`,
    expect: ["4 DL4001", "6 DL4001"],
    dflint: ["4 DL4001"],
    reason: "download-tool-consistent differs: only the calls of the tool used less often are reported",
  },

  // DL4005
  { name: "DL4005 ln to /bin/sh", dockerfile: `${D}RUN ln -sf /bin/bash /bin/sh\n`, expect: ["2 DL4005"] },
  { name: "DL4005 other link", dockerfile: `${D}RUN ln -s /usr/bin/python3 /usr/bin/python\n`, expect: [] },
  { name: "DL4005 ONBUILD", dockerfile: `${D}ONBUILD RUN ln -sf /bin/bash /bin/sh\n`, expect: ["2 DL4005"] },
  {
    name: "DL4005 /bin/sh as target",
    dockerfile: `${D}RUN ln -s /bin/sh /usr/local/bin/mysh\n`,
    expect: ["2 DL4005"],
    dflint: [],
    reason: "run-no-sh-symlink differs: only a link that replaces /bin/sh is flagged",
  },

  // DL4006
  { name: "DL4006 pipe", dockerfile: `${D}RUN curl -fsSL https://example.com/install.sh | bash\n`, expect: ["2 DL4006"] },
  {
    name: "DL4006 SHELL pipefail",
    dockerfile: `${D}SHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.com/install.sh | bash\n`,
    expect: [],
  },
  { name: "DL4006 no pipe", dockerfile: `${D}RUN make || echo failed\n`, expect: [] },
  {
    name: "DL4006 powershell",
    dockerfile: `FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN Get-ChildItem | Select-Object Name\n`,
    expect: [],
  },
  {
    name: "DL4006 SHELL resets at FROM",
    dockerfile: `FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nFROM debian:12\nRUN curl -fsSL https://example.com/install.sh | bash\n`,
    expect: ["4 DL4006"],
  },
  {
    name: "DL4006 set -o pipefail inline",
    dockerfile: `${D}RUN set -o pipefail && curl -fsSL https://example.com/install.sh | bash\n`,
    expect: ["2 DL4006"],
    dflint: [],
    reason: "run-pipefail differs: 'set -o pipefail' earlier in the same RUN is accepted",
  },
  {
    name: "DL4006 SHELL through FROM alias",
    dockerfile: `FROM debian:12 AS base\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nFROM base\nRUN curl -fsSL https://example.com/install.sh | bash\n`,
    expect: ["4 DL4006"],
    dflint: [],
    reason: "run-pipefail differs: a SHELL inherited through FROM <stage> counts",
  },
  // more edge cases
  { name: "DL3009 update alone", dockerfile: `${D}RUN apt-get update\n`, expect: ["2 DL3009"] },
  { name: "DL3009 apt-get clean is not enough", dockerfile: `${D}RUN apt-get update && ${APT} && apt-get clean\n`, expect: ["2 DL3009"] },
  { name: "DL3009 ONBUILD", dockerfile: `${D}ONBUILD RUN apt-get update && ${APT}\n`, expect: ["2 DL3009"] },
  { name: "DL3015 ONBUILD", dockerfile: `${D}ONBUILD RUN apt-get install -y curl=7.88.1-10\n`, expect: ["2 DL3015"] },
  { name: "DL3014 ONBUILD", dockerfile: `${D}ONBUILD RUN apt-get install --no-install-recommends curl=7.88.1-10\n`, expect: ["2 DL3014"] },
  { name: "DL3013 --user", dockerfile: `${P}RUN pip install --no-cache-dir --user django\n`, expect: ["2 DL3013"] },
  { name: "DL3013 editable local", dockerfile: `${P}RUN pip install --no-cache-dir -e .\n`, expect: [] },
  { name: "DL3013 extras pinned", dockerfile: `${P}RUN pip install --no-cache-dir "uvicorn[standard]==0.29.0"\n`, expect: [] },
  { name: "DL3013 pipx", dockerfile: `${P}RUN pipx install black\n`, expect: ["2 DL3013"] },
  { name: "DL3042 pipx excluded", dockerfile: `${P}RUN pipx install black==24.3.0\n`, expect: [] },
  {
    name: "DL3042 ENV falsy",
    dockerfile: `${P}ENV PIP_NO_CACHE_DIR=false\nRUN pip install django==4.2.1\n`,
    expect: ["3 DL3042"],
    dflint: [],
    reason: "pip-no-cache-dir differs: pip turns its cache off for any boolean PIP_NO_CACHE_DIR value, false included",
  },
  { name: "DL3016 --save-dev", dockerfile: `${N}RUN npm install --save-dev express\n`, expect: ["2 DL3016"] },
  { name: "DL3016 loglevel value", dockerfile: `${N}RUN npm install --loglevel verbose express@4.18.2\n`, expect: [] },
  { name: "DL3018 repository value", dockerfile: `${A}RUN apk add --no-cache --repository http://dl-cdn.alpinelinux.org/alpine/edge/testing foo=1.0-r0\n`, expect: [] },
  { name: "DL3018/DL3019 -U", dockerfile: `${A}RUN apk add -U curl\n`, expect: ["2 DL3018", "2 DL3019"] },
  { name: "DL3027 ONBUILD", dockerfile: `${D}ONBUILD RUN apt install -y curl\n`, expect: ["2 DL3027"] },
  { name: "DL3028 range -v", dockerfile: `FROM ruby:3.3\nRUN gem install rails -v '~> 7.1'\n`, expect: [] },
  { name: "DL3030 yum update", dockerfile: `${C}RUN yum update -y && yum clean all\n`, expect: [] },
  { name: "DL3032 clean metadata", dockerfile: `${C}RUN yum install -y httpd-2.4.6 && yum clean metadata\n`, expect: [] },
  { name: "DL3038 -y first", dockerfile: `${R}RUN dnf -y install httpd-2.4.58 && dnf clean all\n`, expect: [] },
  { name: "DL3040 upgrade", dockerfile: `${R}RUN dnf upgrade -y\n`, expect: ["2 DL3040"] },
  { name: "DL3046 five digits", dockerfile: `${D}RUN useradd -u 12345 app\n`, expect: [] },
  { name: "DL3046 --no-log-init", dockerfile: `${D}RUN useradd --no-log-init -u 123456 app\n`, expect: [] },
  { name: "DL3046 groupadd first", dockerfile: `${D}RUN groupadd -g 123456 app && useradd -u 123456 -g app app\n`, expect: ["2 DL3046"] },
  { name: "DL3047 --quiet / -o", dockerfile: `${D}RUN wget --quiet https://example.com/a && wget -o /tmp/log https://example.com/b\n`, expect: [] },
  { name: "DL3047 ONBUILD", dockerfile: `${D}ONBUILD RUN wget https://example.com/a\n`, expect: ["2 DL3047"] },
  {
    name: "DL3059 exec-form RUNs",
    dockerfile: `${D}RUN ["echo", "a"]\nRUN ["echo", "b"]\n`,
    expect: ["3 DL3059"],
    dflint: [],
    reason: "run-consolidate differs: never asks to merge exec-form RUNs",
  },
  {
    name: "DL3059 pipe second",
    dockerfile: `${D}RUN echo a\nRUN echo b | tee /tmp/x\n`,
    expect: ["3 DL4006"],
    dflint: [],
    reason: "run-pipefail differs: pipes fed only by commands that cannot fail on their own (echo) are accepted",
  },
  { name: "DL3062 go get -u", dockerfile: `${G}RUN go get -u github.com/org/lib\n`, expect: ["2 DL3062"] },
  { name: "DL3062 go install -v pinned", dockerfile: `${G}RUN go install -v github.com/org/tool@v1.0.0\n`, expect: [] },
  {
    name: "DL3062 @none",
    dockerfile: `${G}RUN go get github.com/org/lib@none\n`,
    expect: ["2 DL3062"],
    dflint: [],
    reason: "go-install-pinned differs: 'go get pkg@none' removes a module, so there is nothing to pin",
  },
  {
    name: "DL4005 ln -s without -f",
    dockerfile: `${D}RUN ln -s /bin/bash /bin/sh\n`,
    expect: ["2 DL4005"],
    dflint: [],
    reason: "run-no-sh-symlink differs: only a link that replaces /bin/sh ('ln -f' or after 'rm /bin/sh') is flagged",
  },
  { name: "DL4005 after rm", dockerfile: `${D}RUN rm /bin/sh && ln -s /bin/bash /bin/sh\n`, expect: ["2 DL4005"] },
  { name: "DL4006 ash -eo pipefail", dockerfile: `${A}SHELL ["/bin/ash", "-eo", "pipefail", "-c"]\nRUN wget -q -O - https://example.com/a | sh\n`, expect: [] },
  { name: "DL4006 zsh", dockerfile: `${D}SHELL ["/bin/zsh", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.com/a | sh\n`, expect: [] },
  {
    name: "DL4006 sh -o pipefail",
    dockerfile: `${D}SHELL ["/bin/sh", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.com/a | sh\n`,
    expect: ["3 DL4006"],
    dflint: [],
    reason: "run-pipefail differs: shells such as 'sh -o pipefail' are accepted",
  },
  { name: "DL4006 ONBUILD not checked", dockerfile: `${D}ONBUILD RUN curl -fsSL https://example.com/a | sh\n`, expect: [] },
  {
    name: "DL3003 cd alone",
    dockerfile: `${D}RUN cd /usr/src/app\n`,
    expect: ["2 DL3003"],
    dflint: [],
    reason: "run-no-cd differs: cd as the last command is accepted",
  },
  { name: "DL3001 kill", dockerfile: `${D}RUN kill -9 1\n`, expect: ["2 DL3001"] },
  {
    name: "DL3004 sudo in a command substitution",
    dockerfile: `${D}RUN echo $(sudo whoami)\n`,
    expect: ["2 DL3004"],
  },
];

describe("hadolint parity (RUN/shell codes)", () => {
  let results: Awaited<ReturnType<typeof runParity>>;
  beforeAll(async () => {
    results = await runParity(CASES, "hadolint", CODES);
  }, 180_000);

  it.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    if (process.env.PARITY_DEBUG && JSON.stringify(results.get(c)) !== JSON.stringify(expected(c))) console.log(`MISMATCH ${c.name}: got ${JSON.stringify(results.get(c))} want ${JSON.stringify(expected(c))}`);
    if (c.dflint) expect(c.reason, "a deliberate difference needs a reason").toBeTruthy();
    if (c.follows) expect(c.dflint, "'follows' marks a documented difference").toBeDefined();
    expect(results.get(c)).toEqual(expected(c));
  });

  it("reports the exact-match rate against the tool's documented behaviour", () => {
    const { exact, line } = paritySummary("hadolint parity (RUN/shell)", CASES, results);
    console.log(line);
    expect(exact).toBeGreaterThan(0);
  });
});
