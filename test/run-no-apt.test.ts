import rule from "../rules/run-no-apt";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM debian:12\nRUN apt-get update && apt-get install -y curl",
    "FROM debian:12\nRUN apt-cache policy curl",
    "FROM debian:12\nRUN echo apt install",
    "FROM debian:12\nRUN apt-key add key.gpg",
    "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN apt install curl",
  ],
  invalid: [
    // `apt install` installs recommended packages too; once it reads `apt-get install`, apt-get-no-recommends says so.
    { code: "FROM debian:12\nRUN apt update && apt install -y curl", errors: [{ messageId: "useAptGet", line: 2, column: 5, endColumn: 8 }, { messageId: "useAptGet", column: 19, endColumn: 22 }], output: "FROM debian:12\nRUN apt-get update && apt-get install -y curl", uncovers: ["apt-get-no-recommends"] },
    { code: "FROM debian:12\nRUN apt search curl", errors: [{ messageId: "useAptCache" }], output: "FROM debian:12\nRUN apt-cache search curl" },
    { code: "FROM debian:12\nRUN apt list --installed", errors: [{ messageId: "useOther" }] },
    { code: "FROM debian:12\nRUN /usr/bin/apt install -y curl", errors: [{ messageId: "useAptGet", column: 5, endColumn: 17 }], output: "FROM debian:12\nRUN /usr/bin/apt-get install -y curl", uncovers: ["apt-get-no-recommends"] },
    { code: "FROM debian:12\nRUN <<EOF\napt-get update\napt install -y curl\nEOF", errors: [{ messageId: "useAptGet", line: 4, column: 1 }], output: "FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF", uncovers: ["apt-get-no-recommends"] },
    { code: "FROM debian:12\nONBUILD RUN apt install -y curl", errors: [{ messageId: "useAptGet", line: 2, column: 13 }], output: "FROM debian:12\nONBUILD RUN apt-get install -y curl", uncovers: ["apt-get-no-recommends"] },
  ],
});
