import { defineRule } from "../src/engine/types";
import { isAbsolutePath } from "../src/model/copy";
import { perStage } from "../src/model/per-stage";
import type { Stage } from "../src/model/types";

// Official images whose config leaves WorkingDir empty, so a relative WORKDIR starts at `/`
// (golang, php, tomcat and others set their own and are not listed).
const ROOT_WORKDIR_IMAGES = new Set(["alpine", "debian", "ubuntu", "busybox", "fedora", "centos", "python", "node"]);

/** The working directory the stage starts in, when known: `/` for scratch and the images above. */
function startsAtRoot(stage: Stage): boolean {
  let s: Stage = stage;
  while (s.parent) s = s.parent;
  const img = s.image;
  if (img.isScratch) return true;
  if (img.unresolved || (img.registry !== null && img.registry !== "docker.io")) return false;
  return ROOT_WORKDIR_IMAGES.has(img.path.replace(/^library\//, ""));
}

/** Working directories set by the config of well-known official images. */
const IMAGE_WORKDIRS: Record<string, string> = { golang: "/go", php: "/var/www/html", tomcat: "/usr/local/tomcat", wordpress: "/var/www/html", drupal: "/opt/drupal/web", ghost: "/var/lib/ghost" };

/** The working directory the stage starts in, when known. */
function baseWorkdir(stage: Stage): string | null {
  if (startsAtRoot(stage)) return "/";
  let s: Stage = stage;
  while (s.parent) s = s.parent;
  const img = s.image;
  if (img.unresolved || (img.registry !== null && img.registry !== "docker.io")) return null;
  return IMAGE_WORKDIRS[img.path.replace(/^library\//, "")] ?? null;
}

export default defineRule({
  id: "workdir-absolute",
  keywords: ["WORKDIR"],
  description: "Make the first WORKDIR of a stage an absolute path",
  severity: "warning",
  related: ["hadolint:DL3000", "buildkit:WorkdirRelativePath"],
  messages: {
    relative: "WORKDIR '{{path}}' is relative and no absolute WORKDIR comes before it, so it depends on the base image's working directory; use an absolute path such as '{{absolute}}'",
    relativeAfterAbsolute: "WORKDIR '{{path}}' is relative, so the folder it names depends on the WORKDIR before it; write the absolute path",
  },
  options: {
    acceptAfterAbsolute: {
      description: "Accept a relative WORKDIR after an absolute one in the stage or a stage it builds on, as BuildKit does; false reports every relative WORKDIR, as hadolint's DL3000",
      default: true,
      hadolint: false,
      schema: { type: "boolean" },
    },
  },
  fixable: true,
  examples: {
    valid: ["FROM alpine:3.20\nWORKDIR /app", "FROM alpine:3.20\nWORKDIR /app\nWORKDIR src", "FROM alpine:3.20\nENV APP=/srv\nWORKDIR $APP"],
    invalid: ["FROM alpine:3.20\nWORKDIR app"],
  },
  differs: "hadolint flags every relative WORKDIR (so does the hadolint preset: option acceptAfterAbsolute); dflint, like BuildKit, accepts a relative one after an absolute WORKDIR in the stage or its parent",
  check({ model, options, report }) {
    // By stage index (a parent comes before its stages), not a Map keyed by stage: a 10 MB file's
    // Map of 17,840 stages left 1.6 MB of outgrown tables, dead large objects no GC frees while
    // a big file is linted (src/runtime/big-file-gc.ts).
    const hasAbsolute = perStage(model, false);
    // Indexed loops: in cold code a for-of makes an iterator result per step (a 10 MB file has 200k instructions).
    for (let si = 0; si < model.stages.length; si++) {
      const stage = model.stages[si]!;
      let set = stage.parent ? hasAbsolute[stage.parent.index] === true : false;
      for (let ii = 0, list = stage.instructions, count = list.length; ii < count; ii++) {
        const ins = list[ii]!;
        if (ins.keyword !== "WORKDIR" || !ins.args.length) continue;
        // (One word, most WORKDIRs: its text as it is, no list and join.)
        const raw = ins.args.length === 1 ? ins.args[0]!.raw : ins.args.map((a) => a.raw).join(" ");
        const r = model.expand(raw, ins.scope);
        if (r.unresolved) {
          set = true; // unknown value: assume the author knows
          continue;
        }
        if (isAbsolutePath(r.value, stage.windows)) set = true;
        else if (set && !options.acceptAfterAbsolute) {
          report({ messageId: "relativeAfterAbsolute", data: { path: r.value }, span: { start: ins.args[0]!.start, end: ins.args[ins.args.length - 1]!.end } });
        } else if (!set) {
          const span = { start: ins.args[0]!.start, end: ins.args[ins.args.length - 1]!.end };
          // Where the stage starts at `/`, the absolute path is known: the built image is the same.
          const literal = ins.args.length === 1 && raw === r.value && !raw.startsWith("..") && /^[\w.\-/]+$/.test(raw);
          const fix = literal && startsAtRoot(stage) ? [{ span, text: "/" + raw.replace(/^(\.\/)+/, "") }] : undefined;
          // Only where the start is known to be '/' is '/path' the same folder; elsewhere (golang starts in /go) name the base's folder.
          const base = baseWorkdir(stage);
          const absolute = `${base === "/" ? "" : base ?? "/<base workdir>"}/${r.value.replace(/^(\.\/)+/, "")}`;
          report({ messageId: "relative", data: { path: r.value, absolute }, span, ...(fix ? { fix } : {}) });
          set = true;
        }
      }
      hasAbsolute[si] = set;
    }
  },
});
