import { instructionsOf, isStageInstruction } from "../src/engine/dispatch";
import { defineRule } from "../src/engine/types";
import { copyParts } from "../src/model/copy";
import { gitRef, isCommitSha, isGitUrl, isRemoteUrl } from "../src/layers/estimate";

/**
 * GitHub's API answer for a branch head (`.../git/refs/heads/main`, `.../commits/main`, `.../branches/main`):
 * fetched as a cache-bust marker, so that the steps after it rebuild when the branch moves. A checksum would defeat it.
 */
const BRANCH_HEAD_MARKER = /^https:\/\/api\.github\.com\/repos\/[^/]+\/[^/]+\/(git\/refs\/heads|commits|branches)\/[^/?#]+$/;

export default defineRule({
  id: "add-remote-unpinned",
  keywords: ["ADD"],
  description: "Pin remote ADD sources: --checksum for URLs, a commit for git refs",
  severity: "warning",
  related: [],
  messages: {
    noChecksum:
      "ADD fetches '{{url}}' on every build and takes whatever the server returns; add '--checksum=sha256:<digest>' so the download is verified and the cache key is static",
    gitRef:
      "ADD of git ref '{{ref}}' is resolved against the remote on every build and moves; pin a full commit SHA ('{{base}}#<commit>')",
  },
  options: {},
  differs: "new in dflint; an ADD of GitHub's API answer for a branch head (api.github.com/repos/<owner>/<repo>/git/refs/heads/<branch>, /commits/<branch>, /branches/<branch>) is the cache-bust idiom and is accepted",
  examples: {
    valid: [
      "FROM alpine:3.20\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool.tgz /tmp/",
      "FROM alpine:3.20\nADD https://github.com/moby/buildkit.git#0123456789abcdef0123456789abcdef01234567 /src",
    ],
    invalid: [
      "FROM alpine:3.20\nADD https://example.com/tool.tgz /tmp/",
      "FROM alpine:3.20\nADD https://github.com/moby/buildkit.git#v0.12.0 /src",
    ],
  },
  check({ model, report }) {
    // The ADDs from the keyword index (the stages' own: not ONBUILD triggers), not every instruction.
    const adds = instructionsOf(model, "ADD");
    for (let i = 0; i < adds.length; i++) {
      const ins = adds[i]!;
      if (!isStageInstruction(model, ins)) continue;
      const checksum = ins.flags.some((f) => f.name === "checksum" && f.value);
      for (const src of copyParts(ins).sources) {
        if (src.heredoc) continue;
        const ex = model.expand(src.value, ins.scope);
        const url = ex.unresolved ? src.value : ex.value;
        const span = { start: src.start, end: src.end };
        if (isGitUrl(url)) {
          const ref = gitRef(url);
          if (!isCommitSha(ref)) report({ messageId: "gitRef", data: { ref: ref ?? "(default branch)", base: url.split("#")[0]! }, span });
        } else if (isRemoteUrl(url) && !checksum && !BRANCH_HEAD_MARKER.test(url)) {
          report({ messageId: "noChecksum", data: { url }, span });
        }
      }
    }
  },
});
