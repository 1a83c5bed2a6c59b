import rule from "../rules/pip-packages-pinned";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM python:3.12\nRUN pip install flask==3.0.3 'requests>=2.31,<3'",
    "FROM python:3.12\nRUN pip install -r requirements.txt",
    "FROM python:3.12\nRUN pip install --requirement=requirements.txt",
    "FROM python:3.12\nRUN pip install -c constraints.txt flask",
    "FROM python:3.12\nRUN pip install --constraint constraints.txt flask",
    "FROM python:3.12\nENV PIP_CONSTRAINT=/c.txt\nRUN pip install flask",
    "FROM python:3.12\nRUN pip install .",
    "FROM python:3.12\nRUN pip install -e .",
    "FROM python:3.12\nRUN pip install ./dist/app-1.0-py3-none-any.whl",
    "FROM python:3.12\nRUN pip install /tmp/pkg",
    "FROM python:3.12\nRUN pip install git+https://github.com/org/repo@v1.2.3",
    "FROM python:3.12\nRUN pip install 'app @ https://example.com/app-1.0.tar.gz'",
    "FROM python:3.12\nRUN pip install app @ https://example.com/app-1.0.tar.gz",
    "FROM python:3.12\nRUN pip install --index-url https://example.com/simple flask==3.0",
    "FROM python:3.12\nRUN pipenv install",
    "FROM python:3.12\nRUN pip download flask",
    "FROM python:3.12\nARG PKGS\nRUN pip install $PKGS",
    "FROM python:3.12\nARG PKGS='flask==3.0 gunicorn==22.0'\nRUN pip install $PKGS",
    { code: "FROM python:3.12\nRUN pip install --upgrade pip", options: { ignorePackages: ["pip"] } },
    "FROM python:3.12\nRUN pipx install black==24.8.0",
  ],
  invalid: [
    { code: "FROM python:3.12\nRUN pip install flask", errors: [{ messageId: "unpinned", line: 2, column: 17, endColumn: 22 }] },
    { code: "FROM python:3.12\nRUN pip install --upgrade pip", errors: [{ messageId: "unpinned", message: "'pip'" }] },
    { code: "FROM python:3.12\nRUN python3 -m pip install --no-cache-dir 'uvicorn[standard]'", errors: [{ messageId: "unpinned", message: "'uvicorn'" }] },
    { code: "FROM python:3.12\nRUN pip3 install -r requirements.txt gunicorn", errors: [{ messageId: "unpinned", message: "'gunicorn'" }] },
    { code: "FROM python:3.12\nRUN pip install git+https://github.com/org/repo", errors: [{ messageId: "unpinned" }] },
    { code: "FROM python:3.12\nARG PKGS='flask gunicorn==22.0'\nRUN pip install $PKGS", errors: [{ messageId: "unpinned", line: 3, message: "'flask'" }] },
    { code: "FROM python:3.12\nRUN pip install \\\n    --no-cache-dir \\\n    flask", errors: [{ messageId: "unpinned", line: 4, column: 5 }] },
    { code: "FROM python:3.12\nRUN pipx install black", errors: [{ messageId: "unpinned" }] },
    { code: "FROM python:3.12\nRUN pip --no-cache-dir install flask", errors: [{ messageId: "unpinned" }] },
  ],
});
