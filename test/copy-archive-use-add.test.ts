import rule from "../rules/copy-archive-use-add";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM debian:12\nCOPY app.tar.gz /tmp/",
    "FROM debian:12\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt --strip-components=1",
    "FROM debian:12\nCOPY app.zip /tmp/\nRUN unzip /tmp/app.zip",
    "FROM debian:12\nCOPY data.gz /tmp/\nRUN gunzip /tmp/data.gz",
    "FROM debian:12\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz bin/app",
    "FROM debian:12\nCOPY app.tar.gz /tmp/\nRUN tar -tzf /tmp/app.tar.gz",
    "FROM debian:12 AS a\nCOPY app.tar.gz /tmp/\nFROM debian:12\nRUN tar -xzf /tmp/app.tar.gz",
    "FROM debian:12 AS b\nFROM debian:12\nCOPY --from=b /app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz",
    // No '.t', variable, quote or escape in the COPY: skipped before parsing (nothing a tar could unpack).
    "FROM debian:12\nCOPY app.zip /tmp/app\nRUN tar -xf /tmp/app",
  ],
  invalid: [
    { code: "FROM debian:12\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt && rm /tmp/app.tar.gz", errors: [{ messageId: "useAdd", line: 2, column: 6, endColumn: 16, message: "line 3" }] },
    { code: "FROM debian:12\nCOPY app.tgz /tmp/x.tgz\nRUN set -eux; \\\n    tar xzf /tmp/x.tgz", errors: [{ messageId: "useAdd", line: 2, message: "line 4" }] },
    { code: "FROM debian:12\nARG V=1.2\nCOPY app-${V}.tar.xz /tmp/\nRUN tar --extract --file=/tmp/app-1.2.tar.xz", errors: [{ messageId: "useAdd", line: 3 }] },
    // A quoted name passes the pre-check (its '.t' could be split by quotes).
    { code: "FROM debian:12\nCOPY [\"app.tgz\", \"/tmp/\"]\nRUN tar -xzf /tmp/app.tgz", errors: [{ messageId: "useAdd", line: 2 }] },
    // A renaming COPY with a flag: tar reads the dest's name.
    { code: "FROM debian:12\nCOPY --chmod=644 app.tgz /tmp/x.tar\nRUN tar -xf /tmp/x.tar", errors: [{ messageId: "useAdd", line: 2 }] },
    { code: "FROM debian:12\nCOPY app.tar /tmp/\nRUN <<EOF\nset -e\ntar -xf /tmp/app.tar -C /opt\nEOF\n", errors: [{ messageId: "useAdd", message: "line 5" }] },
  ],
});
