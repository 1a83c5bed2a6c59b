import rule, { looksSecret } from "../rules/arg-env-no-secret";
import { expect, it } from "vitest";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    // Declared empty: nothing is stored.
    "FROM node:22\nENV API_KEY=",
    // Expands to nothing: no ARG DB_PASSWORD, and an empty default.
    "FROM oraclelinux:9\nENV DB_USER=${DB_USER:-} \\\n    DB_PASSWORD=${DB_PASSWORD:-}",
    // Copies a variable this stage does not declare (the ARG is another stage's): nothing this build supplies is stored.
    "FROM fedora:41 AS base\nARG SWIFT_SIGNING_KEY=E813C892820A6FA13755B268F167DF1ACF9CE069\nFROM base AS final\nENV SWIFT_SIGNING_KEY=$SWIFT_SIGNING_KEY",
    // A fingerprint behind a variable named as one.
    "FROM nginx:1\nARG NGINX_GPG_FINGERPRINT=573BFD6B3D8FBC641079A6ABABF5BD827BD9BF62\nENV NGINX_KEY=${NGINX_GPG_FINGERPRINT}",
    "FROM python:3.12\nENV GPG_KEY A035C8C19219BA821ECEA86B64E628F8D684696D",
    "FROM python:3.12\nENV PYTHON_GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D",
    "FROM python:3.12\nARG GPG_KEY",
    "FROM php:8\nENV GPG_KEYS 1198C0117593497A5EC5C199286AF1F9897469DC 39B641343D8C104B2B146DC3F9C39DC0B9698544",
    "FROM node:22\nENV NODE_AUTH_TOKEN_FILE=/run/secrets/t",
    "FROM node:22\nENV TOKENIZERS_PARALLELISM=false",
    "FROM node:22\nENV PASSWORD_LENGTH=12 SSH_AUTH_SOCK=/ssh.sock",
    "FROM node:22\nENV AUTH_ENABLED=true BASIC_AUTH=false",
    "FROM node:22\nARG PUBLIC_KEY\nARG AUTH_MODULE_VERSION",
    "FROM node:22\nENV KEYRING=/usr/share/keyrings/x.gpg",
    "FROM node:22\nENV MONKEY=1",
    { code: "FROM node:22\nARG NPM_TOKEN", options: { allowedNames: ["npm_token"] } },
    // A global ARG reaches no image unless a stage declares it again.
    "ARG GITHUB_TOKEN\nFROM node:22",
  ],
  invalid: [
    { code: "FROM node:22\nARG NPM_TOKEN=", errors: [{ messageId: "secret" }] },
    { code: "FROM node:22\nARG T\nENV API_KEY=$T", errors: [{ messageId: "secret" }] },
    // A default written into the file is stored even when no ARG of that name exists.
    { code: "FROM node:22\nENV DB_PASSWORD=${DB_PASSWORD:-hunter2}", errors: [{ messageId: "secret" }] },
    { code: "FROM node:22\nARG API_TOKEN\nENV API_TOKEN=$API_TOKEN", errors: [{ messageId: "secret", line: 2 }, { messageId: "secret", line: 3 }] },
    { code: "FROM node:22\nARG NPM_TOKEN", errors: [{ messageId: "secret", line: 2, column: 5, endColumn: 14, message: "id=npm-token" }] },
    { code: "FROM postgres:16\nENV POSTGRES_PASSWORD=changeme", errors: [{ messageId: "secret", line: 2, column: 5, endColumn: 22 }] },
    { code: "FROM node:22\nENV password=bar secret=baz", errors: [{ messageId: "secret" }, { messageId: "secret" }] },
    // A global ARG is reported where a stage declares it again (as BuildKit), not before FROM.
    { code: "ARG GITHUB_TOKEN\nFROM node:22\nARG GITHUB_TOKEN", errors: [{ messageId: "secret", line: 3 }] },
    { code: "FROM node:22\nENV AWS_SECRET_ACCESS_KEY=x \\\n  apiKey=y", errors: [{ messageId: "secret", line: 2 }, { messageId: "secret", line: 3 }] },
    { code: "FROM node:22\nONBUILD ARG DB_PASSWD", errors: [{ messageId: "secret", line: 2 }] },
    { code: "FROM node:22\nENV SSH_PRIVATE_KEY=x", errors: [{ messageId: "secret" }] },
  ],
});

it("matches whole words", () => {
  expect(looksSecret("SECRET_KEY_BASE")).toBe(true);
  expect(looksSecret("OPENAI_API_KEY")).toBe(true);
  expect(looksSecret("CLIENT_SECRET")).toBe(true);
  expect(looksSecret("TOKEN_URL")).toBe(false);
  expect(looksSecret("KEY_NAME")).toBe(false);
  expect(looksSecret("KEY_ID")).toBe(false);
  // Reported by both BuildKit (the word KEY) and hadolint (its list of well-known names).
  expect(looksSecret("AWS_ACCESS_KEY_ID")).toBe(true);
  expect(looksSecret("aws_access_key_id")).toBe(true);
  expect(looksSecret("AWS_ACCESS_KEY_ID", new Set(["AWS_ACCESS_KEY_ID"]))).toBe(false);
});

testRule(rule, {
  valid: [
    "FROM debian:12\nARG SWIFT_SIGNING_KEY=A62AE125BBBFBB96A6E042EC925CC1CCED3D1561\nENV SWIFT_SIGNING_KEY=$SWIFT_SIGNING_KEY",
    "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nENV DefaultProcess__Filters__0__Key=ProcessId",
    'FROM selenium/base:4\nENV SE_JAVA_SSL_TRUST_STORE_PASSWORD="/opt/selenium/secrets/server.pass" RESET_OS_PASSWORD="resetOSPassword.sh"',
    "FROM gcr.io/kaniko:1\nENV DOCKER_CREDENTIAL_GCR_CONFIG /kaniko/.config/gcloud/x.json",
    'FROM alpine:3.20\nARG SECRETFILE="secret1.txt"',
  ],
  invalid: [
    { code: "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nENV Api__ClientSecret=abc", errors: [{ messageId: "secret" }] },
    { code: "FROM debian:12\nARG SIGNING_KEY\nENV SIGNING_KEY=$SIGNING_KEY", errors: [{ messageId: "secret", line: 2 }, { messageId: "secret", line: 3 }] },
  ],
});

// The hadolint preset: hadolint's 'username'/'private' substrings, and global ARGs (DL3064 checks every ARG).
testRule(rule, {
  valid: ["ARG API_TOKEN\nFROM alpine:3", "FROM alpine:3\nARG USERNAME=app", { code: "FROM alpine:3\nARG USERNAME=app", options: { extraSecretSubstrings: ["passcode"] } }],
  invalid: [
    { code: "ARG API_TOKEN\nFROM alpine:3\nARG API_TOKEN", options: { checkGlobalArgs: true }, errors: [{ messageId: "secret", line: 1 }, { messageId: "secret", line: 3 }] },
    { code: "FROM alpine:3\nARG USERNAME=app\nENV PRIVATE_THING=x", options: { extraSecretSubstrings: ["username", "private"] }, errors: [{ messageId: "secret", line: 2 }, { messageId: "secret", line: 3 }] },
  ],
});

// The text pre-check (no secret fragment in the text: the pairs are not read) must not hide a key
// whose fragment a quote, an escape or a continuation splits in the source.
testRule(rule, {
  valid: [
    "FROM alpine:3.20\nENV PATH=/usr/local/bin:$PATH LANG=C.UTF-8",
    'FROM alpine:3.20\nENV "TO"KE=x',
    { code: "FROM alpine:3.20\nARG USER_NAME=app", options: { extraSecretSubstrings: ["username"] } },
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nENV "TOKEN"=x', errors: [{ messageId: "secret" }] },
    { code: "FROM alpine:3.20\nARG TO\\KEN", errors: [{ messageId: "secret" }] },
    { code: "# escape=`\nFROM alpine:3.20\nARG SEC`RET", errors: [{ messageId: "secret" }] },
    { code: "FROM alpine:3.20\nENV API_TO\\\nKEN=x", errors: [{ messageId: "secret" }] },
    { code: "FROM alpine:3.20\nARG USER\\NAME", options: { extraSecretSubstrings: ["username"] }, errors: [{ messageId: "secret" }] },
    { code: "FROM alpine:3.20\nENV \"TO\"KEN x", errors: [{ messageId: "secret" }] },
    // Any case; the Kelvin sign lower-cases to k.
    { code: "FROM alpine:3.20\nENV API_\u212AEY=x\nENV Db_PassWord=y", errors: [{ messageId: "secret" }, { messageId: "secret" }] },
    { code: "FROM alpine:3.20\nARG MY_PA\"SS\"=x", options: { extraSecretSubstrings: ['a"s'] }, errors: [{ messageId: "secret" }] },
  ],
});
