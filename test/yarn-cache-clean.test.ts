import rule from "../rules/yarn-cache-clean";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM node:22\nRUN yarn install --frozen-lockfile && yarn cache clean",
    "FROM node:22\nRUN yarn --frozen-lockfile --production && yarn cache clean --all",
    "FROM node:22\nRUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install",
    "FROM node:22\nRUN --mount=type=cache,target=/root/.cache/yarn yarn install",
    "FROM node:22\nENV YARN_CACHE_FOLDER=/ycache\nRUN --mount=type=cache,target=/ycache yarn install",
    "FROM node:22\nRUN yarn install && rm -rf /usr/local/share/.cache/yarn",
    "FROM node:22\nRUN yarn install --cache-folder /tmp/yc && rm -rf /tmp/yc",
    "FROM node:22\nRUN yarn install --immutable",
    "FROM node:22\nRUN yarn build",
    "FROM node:22\nRUN npm install -g yarn@1.22.22 && yarn --version",
    "FROM node:22\nRUN yarn -v",
    'FROM node:22\nRUN yarn install --production && rm -rf "$(yarn cache dir)"',
    "FROM node:22\nRUN yarn add left-pad && yarn cache clean",
    // One clean or rm after several installs covers each of them.
    "FROM node:22\nRUN yarn install && yarn build && yarn install --production && yarn cache clean",
    "FROM node:22\nRUN yarn install --cache-folder /tmp/yc/ && yarn install --cache-folder=/tmp/yc && rm -rf /tmp/yc/*",
    // builder stage: its cache does not ship
    "FROM node:22 AS build\nRUN yarn install && yarn build\nFROM nginx:1.27\nCOPY --from=build /app/dist /usr/share/nginx/html",
  ],
  invalid: [
    { code: "FROM node:22\nRUN yarn install --frozen-lockfile", errors: [{ messageId: "clean", line: 2, column: 5, endColumn: 35 }] },
    { code: "FROM node:22\nRUN yarn", errors: [{ messageId: "clean" }] },
    { code: "FROM node:22\nRUN yarn cache clean && yarn install", errors: [{ messageId: "clean", column: 25 }] },
    // A clean between two installs covers only the first; an rm of another folder covers none.
    { code: "FROM node:22\nRUN yarn install && yarn cache clean && yarn install", errors: [{ messageId: "clean", column: 41 }] },
    { code: "FROM node:22\nRUN yarn install --cache-folder /tmp/yc && rm -rf /tmp/y", errors: [{ messageId: "clean" }] },
    { code: "FROM node:22 AS deps\nRUN yarn install\nFROM DEPS\nCMD [\"node\", \"app.js\"]", errors: [{ messageId: "clean", line: 2 }] },
    { code: "FROM node:22\nRUN apk add git && \\\n    yarn install --production", errors: [{ messageId: "clean", line: 3, column: 5 }] },
  ],
});
