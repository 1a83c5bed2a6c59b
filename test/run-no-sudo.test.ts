import rule from "../rules/run-no-sudo";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM debian:12\nRUN apt-get update",
    "FROM debian:12\nRUN echo sudo",
    // Works for root and non-root alike: sudo only when not already root.
    'FROM debian:12\nRUN if [ "$(id -u)" -ne 0 ]; then sudo apt-get update; else apt-get update; fi',
    'FROM debian:12\nRUN if [ "$EUID" != 0 ]; then sudo make install; fi',
    "FROM debian:12\nRUN apt-get install -y sudo",
    "FROM archlinux:base\nRUN sudo -u builduser bash -c 'makepkg -s --noconfirm'",
    "FROM node:22\nRUN sudo --user=node npm install -g pnpm",
    "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN sudo x",
  ],
  invalid: [
    { code: "FROM debian:12\nRUN if [ -f x ]; then sudo make install; fi", errors: [{ messageId: "sudo", line: 2 }] },
    { code: "FROM debian:12\nRUN sudo apt-get update", errors: [{ messageId: "sudo", line: 2, column: 5, endColumn: 9 }] },
    { code: "FROM debian:12\nRUN apt-get update \\\n && /usr/bin/sudo make install", errors: [{ messageId: "sudo", line: 3, column: 5, endColumn: 18 }] },
    { code: 'FROM debian:12\nRUN ["sudo", "make"]', errors: [{ messageId: "sudo", line: 2, column: 6 }] },
    { code: "FROM debian:12\nRUN <<EOF\nset -e\nsudo make install\nEOF", errors: [{ messageId: "sudo", line: 4, column: 1 }] },
    { code: "FROM debian:12\nRUN sudo -u root make install", errors: [{ messageId: "sudo" }] },
    { code: "FROM debian:12\nRUN sudo -E make install", errors: [{ messageId: "sudo" }] },
    { code: "FROM debian:12\nRUN sudo apt-get update && sudo apt-get install -y x", errors: [{ messageId: "sudo", column: 5 }] },
    { code: "FROM debian:12\nONBUILD RUN sudo make", errors: [{ messageId: "sudo", line: 2, column: 13 }] },
    { code: "FROM debian:12\r\nRUN make && \\\r\n  sudo make install\r\n", errors: [{ messageId: "sudo", line: 3, column: 3 }] },
  ],
});
