import rule from "../rules/apt-get-no-recommends";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM debian:12\nRUN if apt-get install -s \"postgresql-$PG_MAJOR-jit\" > /dev/null 2>&1; then echo jit; fi",
    "FROM debian:12\nRUN apt-get install --dry-run curl",
    "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl",
    "FROM debian:12\nRUN apt-get --no-install-recommends -y install curl",
    "FROM debian:12\nRUN apt-get install -y -o APT::Install-Recommends=false curl",
    "FROM debian:12\nRUN apt-get install -y --option=APT::Install-Recommends=0 curl",
    "FROM debian:12\nRUN apt-get update && \\\n  apt-get install -y \\\n    --no-install-recommends \\\n    curl",
    "FROM debian:12\nRUN apt-get install -y ./pkg.deb --no-install-recommends",
    "FROM debian:12\nRUN apt-get update",
    "FROM debian:12\nRUN apt-get remove -y curl",
    "FROM debian:12\nARG FLAGS\nRUN apt-get install -y $FLAGS curl",
    "FROM debian:12\nARG FLAGS=\"-y --no-install-recommends\"\nRUN apt-get install $FLAGS curl",
    "FROM debian:12\nRUN echo 'APT::Install-Recommends \"0\";' > /etc/apt/apt.conf.d/01norecommend\nRUN apt-get install -y curl",
    "FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y --no-install-recommends curl\nEOF",
    "FROM debian:12\nRUN apt install -y curl",
  ],
  invalid: [
    { code: "FROM debian:12\nRUN apt-get update && apt-get install -y curl", errors: [{ messageId: "recommends", line: 2, column: 23, endColumn: 38 }], output: "FROM debian:12\nRUN apt-get update && apt-get install --no-install-recommends -y curl" },
    { code: "FROM debian:12\nRUN apt-get -y install curl", errors: [{ messageId: "recommends", line: 2, column: 5, endColumn: 23 }], output: "FROM debian:12\nRUN apt-get -y install --no-install-recommends curl" },
    { code: "FROM debian:12\nRUN apt-get install -y -o APT::Install-Recommends=true curl", errors: [{ messageId: "recommends" }], output: null },
    { code: "FROM debian:12\nARG FLAGS=-y\nRUN apt-get install $FLAGS curl", errors: [{ messageId: "recommends", line: 3 }], output: "FROM debian:12\nARG FLAGS=-y\nRUN apt-get install --no-install-recommends $FLAGS curl" },
    { code: "FROM debian:12\nRUN apt-get update && \\\n  apt-get install -y \\\n    curl", errors: [{ messageId: "recommends", line: 3, column: 3 }], output: "FROM debian:12\nRUN apt-get update && \\\n  apt-get install --no-install-recommends -y \\\n    curl" },
    { code: "FROM debian:12\nRUN <<EOF\nset -e\napt-get install -y curl\nEOF", errors: [{ messageId: "recommends", line: 4, column: 1 }], output: "FROM debian:12\nRUN <<EOF\nset -e\napt-get install --no-install-recommends -y curl\nEOF" },
    { code: "FROM debian:12\nRUN [\"apt-get\", \"install\", \"-y\", \"curl\"]", errors: [{ messageId: "recommends", line: 2 }] },
    { code: "FROM debian:12\nRUN apt-get install -y a && apt-get install -y --no-install-recommends b", errors: [{ messageId: "recommends", column: 5 }], output: "FROM debian:12\nRUN apt-get install --no-install-recommends -y a && apt-get install -y --no-install-recommends b" },
  ],
});
