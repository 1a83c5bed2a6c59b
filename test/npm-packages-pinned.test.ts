import rule from "../rules/npm-packages-pinned";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM node:22\nRUN npm install",
    "FROM node:22\nRUN npm ci",
    "FROM node:22\nRUN npm install -g pnpm@9.12.0 @angular/cli@18.2.1",
    "FROM node:22\nRUN npm i express@^4.19",
    "FROM node:22\nRUN npm install ./local-pkg ../other /abs/pkg ~/home-pkg",
    "FROM node:22\nRUN npm install ./pkg.tgz https://example.com/pkg.tar.gz",
    "FROM node:22\nRUN npm install git+https://github.com/org/repo.git#v1.2.3",
    "FROM node:22\nRUN npm install github:org/repo#abc1234",
    "FROM node:22\nRUN npm install --registry https://registry.example.com typescript@5.6.2",
    "FROM node:22\nRUN npm run build",
    "FROM node:22\nARG V\nRUN npm install -g typescript@$V",
    "FROM node:22\nARG PKG\nRUN npm install -g $PKG",
  ],
  invalid: [
    { code: "FROM node:22\nRUN npm install -g pnpm", errors: [{ messageId: "unpinned", line: 2, column: 20, endColumn: 24 }] },
    { code: "FROM node:22\nRUN npm i -g @angular/cli", errors: [{ messageId: "unpinned", message: "'@angular/cli'" }] },
    { code: "FROM node:22\nRUN npm install -g npm@latest", errors: [{ messageId: "floating", message: "'npm@latest'" }] },
    { code: "FROM node:22\nRUN npm --loglevel warn install express", errors: [{ messageId: "unpinned" }] },
    { code: "FROM node:22\nRUN npm install git+https://github.com/org/repo.git", errors: [{ messageId: "unpinned" }] },
    { code: "FROM node:22\nARG PKG=typescript\nRUN npm install -g $PKG", errors: [{ messageId: "unpinned", line: 3 }] },
  ],
});
