import rule from "../rules/pip-no-cache-dir";
import { testRule, runRule } from "./helpers/rule-tester";
import { expect, it } from "vitest";

testRule(rule, {
  valid: [
    "FROM python:3.12\nRUN pip install --no-cache-dir flask",
    "FROM python:3.12\nRUN pip --no-cache-dir install flask",
    "FROM python:3.12\nENV PIP_NO_CACHE_DIR=1\nRUN pip install flask",
    "FROM python:3.12\nENV PIP_NO_CACHE_DIR=true\nRUN pip install flask",
    // pip disables the cache for any boolean value, false ones included (for backwards compatibility)
    "FROM python:3.12\nENV PIP_NO_CACHE_DIR=0\nRUN pip install flask",
    "FROM python:3.12\nRUN PIP_NO_CACHE_DIR=false pip install flask",
    "FROM python:3.12 AS base\nENV PIP_NO_CACHE_DIR=on\nFROM base\nRUN pip install flask",
    "FROM python:3.12\nRUN PIP_NO_CACHE_DIR=1 pip install flask",
    "FROM python:3.12\nRUN export PIP_NO_CACHE_DIR=1 && pip install flask",
    "FROM python:3.12\nRUN --mount=type=cache,target=/root/.cache/pip pip install flask",
    "FROM python:3.12\nRUN --mount=type=cache,target=/root/.cache pip install flask",
    "FROM python:3.12\nRUN --mount=type=cache,target=/pipcache pip install --cache-dir /pipcache flask",
    // A later rm of the cache folder or a folder above it (by whole segments), or a purge, after each install.
    "FROM python:3.12\nRUN pip install --cache-dir /a//b/c flask && pip install --cache-dir=/a/b/d django && rm -rf /a",
    "FROM python:3.12\nRUN pip install flask && pip install django && pip cache purge",
    "FROM python:3.12\nENV PIP_CACHE_DIR=/pc\nRUN pip install flask && rm -rf /pc/*",
    "FROM python:3.12\nENV PIP_CACHE_DIR=/pipcache\nRUN --mount=type=cache,target=/pipcache pip install flask",
    "FROM python:3.12\nRUN pip install flask && rm -rf /root/.cache/pip",
    "FROM python:3.12\nRUN pip install flask && rm -rf ~/.cache",
    "FROM python:3.12\nRUN pip install flask && pip cache purge",
    "FROM python:3.12\nRUN pipx install black",
    "FROM python:3.12\nRUN pipenv install --system",
    "FROM python:3.12\nRUN pip freeze",
    // a builder stage whose files are copied out: its cache does not ship
    "FROM python:3.12 AS build\nRUN pip wheel -w /wheels flask && pip install flask\nFROM python:3.12-slim\nCOPY --from=build /wheels /wheels",
  ],
  invalid: [
    { code: "FROM python:3.12\nRUN pip install flask", errors: [{ messageId: "noCacheDir", line: 2, column: 5, endColumn: 16 }], output: "FROM python:3.12\nRUN pip install --no-cache-dir flask" },
    { code: "FROM python:3.12\nRUN python3 -m pip install -U pip", errors: [{ messageId: "noCacheDir", message: "'python3 -m pip install'" }], output: "FROM python:3.12\nRUN python3 -m pip install --no-cache-dir -U pip" },
    { code: "FROM python:3.12\nRUN --mount=type=cache,target=/root/.npm pip install flask", errors: [{ messageId: "noCacheDir" }], output: "FROM python:3.12\nRUN --mount=type=cache,target=/root/.npm pip install --no-cache-dir flask" },
    { code: "FROM python:3.12\nRUN rm -rf /root/.cache/pip && pip install flask", errors: [{ messageId: "noCacheDir" }], output: "FROM python:3.12\nRUN rm -rf /root/.cache/pip && pip install --no-cache-dir flask" },
    // /ab is not a folder above /abc; the purge between the installs covers only the first.
    { code: "FROM python:3.12\nRUN pip install --cache-dir /abc/d flask && rm -rf /ab", errors: [{ messageId: "noCacheDir" }], output: "FROM python:3.12\nRUN pip install --no-cache-dir --cache-dir /abc/d flask && rm -rf /ab" },
    { code: "FROM python:3.12\nRUN pip install flask && pip cache purge && pip install django", errors: [{ messageId: "noCacheDir", column: 45 }], output: "FROM python:3.12\nRUN pip install flask && pip cache purge && pip install --no-cache-dir django" },
    { code: "FROM python:3.12 AS Base\nRUN pip install flask\nFROM base\nCMD [\"python\"]", errors: [{ messageId: "noCacheDir", line: 2 }], output: "FROM python:3.12 AS Base\nRUN pip install --no-cache-dir flask\nFROM base\nCMD [\"python\"]" },
    { code: "FROM python:3.12\nRUN apt-get update && \\\n    pip3 install flask", errors: [{ messageId: "noCacheDir", line: 3, column: 5 }], output: "FROM python:3.12\nRUN apt-get update && \\\n    pip3 install --no-cache-dir flask" },
    { code: "FROM python:3.12\nRUN <<EOF\nset -e\npip install flask\nEOF", errors: [{ messageId: "noCacheDir", line: 4, column: 1 }], output: "FROM python:3.12\nRUN <<EOF\nset -e\npip install --no-cache-dir flask\nEOF" },
    { code: "FROM python:3.12 AS build\nONBUILD RUN pip install flask\nFROM alpine:3.20\nCOPY --from=build /x /x", errors: [{ messageId: "noCacheDir", line: 2 }], output: "FROM python:3.12 AS build\nONBUILD RUN pip install --no-cache-dir flask\nFROM alpine:3.20\nCOPY --from=build /x /x" },
  ],
});

it("pip-no-cache-dir fix inserts --no-cache-dir after install", () => {
  const code = "FROM python:3.12\nRUN pip install flask";
  const [p] = runRule(rule, { code });
  const f = p!.fix!.edits[0]!;
  expect(code.slice(0, f.span.start) + f.text + code.slice(f.span.end)).toBe("FROM python:3.12\nRUN pip install --no-cache-dir flask");
});

// includeBuilderStages (on in the hadolint preset, whose DL3042 checks every stage).
testRule(rule, {
  valid: ["FROM python:3.12 AS build\nRUN pip install django==4.2.1\nFROM python:3.12-slim\nCOPY --from=build /usr/local /usr/local"],
  invalid: [
    {
      code: "FROM python:3.12 AS build\nRUN pip install django==4.2.1\nFROM python:3.12-slim\nCOPY --from=build /usr/local /usr/local",
      options: { includeBuilderStages: true },
      errors: [{ messageId: "noCacheDir", line: 2 }],
      output: "FROM python:3.12 AS build\nRUN pip install --no-cache-dir django==4.2.1\nFROM python:3.12-slim\nCOPY --from=build /usr/local /usr/local",
    },
  ],
});
