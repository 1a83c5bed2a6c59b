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
    { code: "FROM debian:12\nRUN apt update && apt install -y curl", errors: [{ messageId: "useAptGet", line: 2, column: 5, endColumn: 8 }, { messageId: "useAptGet", column: 19, endColumn: 22 }] },
    { code: "FROM debian:12\nRUN apt search curl", errors: [{ messageId: "useAptCache" }] },
    { code: "FROM debian:12\nRUN apt list --installed", errors: [{ messageId: "useOther" }] },
    { code: "FROM debian:12\nRUN /usr/bin/apt install -y curl", errors: [{ messageId: "useAptGet", column: 5, endColumn: 17 }] },
    { code: "FROM debian:12\nRUN <<EOF\napt-get update\napt install -y curl\nEOF", errors: [{ messageId: "useAptGet", line: 4, column: 1 }] },
    { code: "FROM debian:12\nONBUILD RUN apt install -y curl", errors: [{ messageId: "useAptGet", line: 2, column: 13 }] },
  ],
});
