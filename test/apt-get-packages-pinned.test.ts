import rule from "../rules/apt-get-packages-pinned";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM debian:12\nRUN if apt-get install -s \"postgresql-$PG_MAJOR-jit\" > /dev/null 2>&1; then echo jit; fi",
    "FROM debian:12\nRUN apt-get install --dry-run curl",
    "FROM debian:12\nRUN apt-get install -y --no-install-recommends curl=7.88.1-10",
    "FROM debian:12\nRUN apt-get install -y -t bookworm-backports curl=8.0",
    "FROM debian:12\nRUN apt-get install -y --target-release bookworm-backports curl/bookworm-backports",
    "FROM debian:12\nRUN apt-get install -y ./local.deb /tmp/x.deb",
    "FROM debian:12\nRUN apt-get update && apt-get upgrade -y",
    "FROM debian:12\nARG PKGS\nRUN apt-get install -y $PKGS",
    "FROM debian:12\nARG PKGS=\"curl=1.0 wget=2.0\"\nRUN apt-get install -y $PKGS",
    { code: "FROM debian:12\nRUN apt-get install -y curl", options: { ignorePackages: ["curl"] } },
    "FROM debian:12\nRUN apt-get install -y -o Dpkg::Options::=--force-confnew curl=1",
  ],
  invalid: [
    { code: "FROM debian:12\nRUN apt-get install -y curl", errors: [{ messageId: "unpinned", line: 2, column: 24, endColumn: 28 }] },
    { code: "FROM debian:12\nRUN apt-get -y install curl wget=1", errors: [{ messageId: "unpinned", message: "'curl'" }] },
    { code: "FROM debian:12\nARG PKGS=\"curl=1.0 wget\"\nRUN apt-get install -y $PKGS", errors: [{ messageId: "unpinned", line: 3, column: 24, endColumn: 29, message: "'wget'" }] },
    { code: "FROM debian:12\nRUN apt-get update && \\\n    apt-get install -y \\\n      curl \\\n      wget=1", errors: [{ messageId: "unpinned", line: 4, column: 7 }] },
    { code: "FROM debian:12\nRUN <<EOF\napt-get install -y curl\nEOF", errors: [{ messageId: "unpinned", line: 3, column: 20 }] },
    { code: "FROM debian:12\nRUN [\"apt-get\", \"install\", \"-y\", \"curl\"]", errors: [{ messageId: "unpinned", line: 2, column: 34 }] },
  ],
});
