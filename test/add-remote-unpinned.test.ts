import rule from "../rules/add-remote-unpinned";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM alpine:3.20\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool.tgz /tmp/",
    "FROM alpine:3.20\nADD https://github.com/moby/buildkit.git#0123456789abcdef0123456789abcdef01234567 /src",
    "FROM alpine:3.20\nADD app.tar.gz /opt/",
    "FROM alpine:3.20\nCOPY https.txt /x",
    // The cache-bust idiom: GitHub's answer for a branch head changes when the branch moves, which is the point.
    "FROM alpine:3.20\nADD https://api.github.com/repos/HariSekhon/Nagios-Plugins/git/refs/heads/master /.git-hashref\nRUN /build.sh",
    "FROM alpine:3.20\nARG OWNER_REPO=a/b\nADD https://api.github.com/repos/$OWNER_REPO/commits/main /version.json",
  ],
  invalid: [
    // Other GitHub API answers are ordinary downloads.
    { code: "FROM alpine:3.20\nADD https://api.github.com/repos/a/b/tarball/main /src.tgz", errors: [{ messageId: "noChecksum" }] },
    { code: "FROM alpine:3.20\nADD https://example.com/tool.tgz /tmp/", errors: [{ messageId: "noChecksum", line: 2, column: 5, endColumn: 33 }] },
    { code: "FROM alpine:3.20\nADD https://github.com/moby/buildkit.git#v0.12.0 /src", errors: [{ messageId: "gitRef", line: 2, message: "'v0.12.0'" }] },
    { code: "FROM alpine:3.20\nADD git@github.com:moby/buildkit.git /src", errors: [{ messageId: "gitRef", message: "default branch" }] },
    {
      name: "ARG-expanded URL, JSON form",
      code: 'FROM alpine:3.20\nARG V=1.0\nADD ["https://example.com/t-${V}.tgz", "/tmp/"]',
      errors: [{ messageId: "noChecksum", line: 3, message: "t-1.0.tgz" }],
    },
  ],
});
