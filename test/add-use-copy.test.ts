import { expect, it } from "vitest";
import rule from "../rules/add-use-copy";
import { runRule, testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM alpine:3.20\nADD rootfs.tar.xz /",
    "FROM alpine:3.20\nADD https://example.com/a.txt /tmp/",
    "FROM alpine:3.20\nADD git@github.com:moby/buildkit.git /src",
    "FROM alpine:3.20\nADD --checksum=sha256:abc https://example.com/a /a",
    "FROM alpine:3.20\nARG SRC\nADD $SRC /app/",
    "FROM alpine:3.20\nARG URL=https://example.com/x.sh\nADD ${URL} /x.sh",
    "FROM alpine:3.20\nADD a.txt https://example.com/b /dst/",
    'FROM alpine:3.20\nADD ["https://example.com/a", "/a"]',
  ],
  invalid: [
    { code: "FROM alpine:3.20\nADD app.py /app/", errors: [{ messageId: "useCopy", line: 2, column: 1, endColumn: 4 }], output: "FROM alpine:3.20\nCOPY app.py /app/" },
    { code: "FROM alpine:3.20\nadd --chown=1000 . /app", errors: [{ messageId: "useCopy", line: 2 }], output: "FROM alpine:3.20\ncopy --chown=1000 . /app" },
    { code: 'FROM alpine:3.20\nADD ["a b.txt", "/app/"]', errors: [{ messageId: "useCopy" }], output: "FROM alpine:3.20\nCOPY [\"a b.txt\", \"/app/\"]" },
    { code: "FROM alpine:3.20\nARG F=app.zip\nADD $F /app/", errors: [{ messageId: "useCopy", line: 3 }], output: "FROM alpine:3.20\nARG F=app.zip\nCOPY $F /app/" },
    { code: "FROM alpine:3.20\nADD <<EOF /etc/motd\nhello\nEOF\n", errors: [{ messageId: "useCopy", line: 2 }], output: "FROM alpine:3.20\nCOPY <<EOF /etc/motd\nhello\nEOF\n" },
  ],
});

it("fixes ADD to COPY keeping case", () => {
  expect(runRule(rule, { code: "FROM alpine:3.20\nadd a /a" })[0]!.fix).toEqual({ kind: "safe", edits: [{ span: { start: 17, end: 20 }, text: "copy" }] });
});
