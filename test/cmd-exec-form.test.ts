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
  ],
  invalid: [
    { code: "FROM alpine:3\nCMD python app.py", errors: [{ messageId: "shellForm", line: 2, column: 1, endColumn: 18, message: 'CMD ["python", "app.py"]' }] },
    { code: "FROM alpine:3\nENTRYPOINT ./run.sh --port 80", errors: [{ messageId: "shellForm", line: 2 }] },
    { code: "FROM alpine:3\nCMD ['python', 'app.py']", errors: [{ messageId: "shellForm" }] },
    { code: "FROM alpine:3\nCMD echo $HOME && run", errors: [{ messageId: "shellForm", message: '["/bin/sh", "-c", "echo $HOME && run"]' }] },
    { code: 'FROM alpine:3\nCMD python app.py\nSHELL ["/bin/bash", "-c"]', errors: [{ messageId: "shellForm", line: 2 }] },
    { code: 'FROM alpine:3 AS a\nSHELL ["/bin/bash", "-c"]\nFROM alpine:3\nCMD run', errors: [{ messageId: "shellForm", line: 4 }] },
    { code: "FROM alpine:3\ncmd \\\n  python \\\n  app.py", errors: [{ messageId: "shellForm", line: 2, endLine: 4 }] },
  ],
});
