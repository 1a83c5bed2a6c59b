import rule from "../rules/cmd-exec-form";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    'FROM alpine:3\nCMD ["python", "app.py"]',
    'FROM alpine:3\nENTRYPOINT ["/entrypoint.sh"]\nCMD ["--help"]',
    'FROM alpine:3\nSHELL ["/bin/bash", "-c"]\nCMD echo hi',
    'FROM alpine:3 AS base\nSHELL ["/bin/bash", "-c"]\nFROM base\nCMD echo hi',
    "FROM alpine:3\nRUN echo hi",
    "FROM alpine:3\nHEALTHCHECK CMD curl -f http://localhost/",
    'FROM alpine:3\nCMD [ \\\n  "python", \\\n  "app.py" ]',
    // exec replaces the shell with the process, which then receives SIGTERM itself.
    "FROM python:3\nCMD exec gunicorn --bind 0.0.0.0:$PORT app:app",
  ],
  invalid: [
    { code: "FROM alpine:3\nCMD python app.py", errors: [{ messageId: "shellForm", line: 2, column: 1, endColumn: 18, message: 'CMD ["python", "app.py"]' }], output: "FROM alpine:3\nCMD [\"python\", \"app.py\"]" },
    { code: "FROM alpine:3\nENTRYPOINT ./run.sh --port 80", errors: [{ messageId: "shellForm", line: 2 }], output: "FROM alpine:3\nENTRYPOINT [\"./run.sh\", \"--port\", \"80\"]" },
    { code: "FROM alpine:3\nCMD ['python', 'app.py']", errors: [{ messageId: "shellForm", message: 'CMD ["python", "app.py"]' }] },
    // Shell syntax: wrapping it in ["/bin/sh", "-c", ...] changes nothing, so the advice is exec or a script.
    { code: "FROM alpine:3\nCMD echo $HOME && run", errors: [{ messageId: "shellSyntax", message: "start the command with 'exec'" }] },
    { code: "FROM alpine:3\nCMD exec", errors: [{ messageId: "shellForm" }], output: null },
    {
      code: "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCMD ping localhost",
      errors: [{ messageId: "shellForm", message: "runs under cmd /S /C" }],
      output: "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCMD [\"ping\", \"localhost\"]",
    },
    { code: 'FROM alpine:3\nCMD python app.py\nSHELL ["/bin/bash", "-c"]', errors: [{ messageId: "shellForm", line: 2 }], output: "FROM alpine:3\nCMD [\"python\", \"app.py\"]\nSHELL [\"/bin/bash\", \"-c\"]" },
    { code: 'FROM alpine:3 AS a\nSHELL ["/bin/bash", "-c"]\nFROM alpine:3\nCMD run', errors: [{ messageId: "shellForm", line: 4 }], output: "FROM alpine:3 AS a\nSHELL [\"/bin/bash\", \"-c\"]\nFROM alpine:3\nCMD [\"run\"]" },
    { code: "FROM alpine:3\ncmd \\\n  python \\\n  app.py", errors: [{ messageId: "shellForm", line: 2, endLine: 4 }], output: "FROM alpine:3\ncmd \\\n  [\"python\", \"app.py\"]" },
  ],
});

// checkHealthcheck (the hadolint preset): HEALTHCHECK CMD in shell form is reported too, as hadolint's DL3025.
testRule(rule, {
  valid: [
    "FROM nginx:1\nHEALTHCHECK CMD curl -f http://localhost/",
    { code: 'FROM nginx:1\nHEALTHCHECK --interval=5s CMD ["curl", "-f", "http://localhost/"]\nHEALTHCHECK NONE', options: { checkHealthcheck: true } },
  ],
  invalid: [
    {
      code: "FROM nginx:1\nHEALTHCHECK --interval=5s CMD curl -f http://localhost/",
      options: { checkHealthcheck: true },
      errors: [{ messageId: "healthcheckShellForm", line: 2, column: 27, message: 'HEALTHCHECK CMD ["curl", "-f", "http://localhost/"]' }],
      output: 'FROM nginx:1\nHEALTHCHECK --interval=5s CMD ["curl", "-f", "http://localhost/"]',
    },
    { code: "FROM nginx:1\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1", options: { checkHealthcheck: true }, errors: [{ messageId: "healthcheckShellForm", line: 2 }] },
    { code: "FROM nginx:1\nHEALTHCHECK CMD ['true']", options: { checkHealthcheck: true }, errors: [{ messageId: "healthcheckShellForm", line: 2 }] },
  ],
});
