import { defineRule } from "../src/engine/types";
import { unquotedFlagValue } from "../src/model/flag";

const ARCH_ALIASES: Record<string, string> = {
  x86_64: "amd64",
  "x86-64": "amd64",
  aarch64: "arm64",
  armhf: "arm",
  armel: "arm",
  i386: "386",
  i686: "386",
};

export default defineRule({
  id: "from-platform-constant",
  description: "Do not hard-code the platform of a base image with FROM --platform",
  severity: "warning",
  related: ["hadolint:DL3029", "buildkit:FromPlatformFlagConstDisallowed"],
  messages: {
    constant: "FROM --platform={{platform}} pins the stage to one platform, so multi-platform builds and builds on other machines get the wrong image; use $BUILDPLATFORM or $TARGETPLATFORM, or drop the flag",
    notPlatformArg: "FROM --platform={{platform}} names neither $BUILDPLATFORM nor $TARGETPLATFORM, so the stage may not follow the platform of the build; use one of them, or drop the flag",
  },
  options: {
    platformArgsOnly: {
      description: "Accept only values that name $BUILDPLATFORM or $TARGETPLATFORM, with no exception for platform-specific stage or file names, as hadolint's DL3029; by default, as BuildKit, any value with a variable is accepted",
      default: false,
      hadolint: true,
      schema: { type: "boolean" },
    },
  },
  examples: {
    valid: [
      "FROM --platform=$BUILDPLATFORM golang:1.23 AS build",
      "FROM --platform=${TARGETOS}/${TARGETARCH} alpine:3.20",
      "FROM --platform=linux/amd64 alpine:3.20 AS tools-amd64",
    ],
    invalid: ["FROM --platform=linux/amd64 node:22-slim"],
  },
  differs:
    "follows BuildKit: any variable in the value is accepted (hadolint flags '$TARGETOS/$TARGETARCH', and so does the hadolint preset: option platformArgsOnly), and a stage whose name contains the OS or architecture (e.g. 'build-arm64') or a file whose path names the architecture (e.g. 'arm32v7/Dockerfile') is taken as deliberately platform-specific",
  check({ model, options, report }) {
    const stages = model.stages;
    for (let si = 0; si < stages.length; si++) {
      const stage = stages[si]!;
      const flag = stage.platform;
      if (!flag || flag.value === null) continue;
      const value = unquotedFlagValue(flag.value);
      if (options.platformArgsOnly) {
        if (!/BUILDPLATFORM|TARGETPLATFORM/.test(value)) report({ messageId: "notPlatformArg", data: { platform: value }, span: flag.valueSpan });
        continue;
      }
      if (value.includes("$") || !/^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+){0,2}$/.test(value)) continue;
      const parts = value.toLowerCase().split("/");
      const name = stage.name ?? "";
      const os = parts.length > 1 ? parts[0]! : "";
      const arch = parts.length > 1 ? parts[1]! : parts[0]!;
      const archNorm = ARCH_ALIASES[arch] ?? arch;
      if (name && ((os && name.includes(os)) || name.includes(arch) || name.includes(archNorm))) continue;
      // A file made for one platform (`arm32v7/Dockerfile`, `Dockerfile.arm64`) pins it on purpose.
      const path = model.path.toLowerCase();
      const variant = parts[2] ?? "";
      if ([arch, archNorm, archNorm === "arm" && variant ? `arm32${variant}` : ""].some((a) => a && a.length > 2 && path.includes(a))) continue;
      report({ messageId: "constant", data: { platform: value }, span: flag.valueSpan });
    }
  },
});
