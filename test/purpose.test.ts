// What the shipped image is for (src/model/purpose.ts), the fact healthcheck-required,
// user-not-root and user-last-not-root share.
import { describe, expect, it } from "vitest";
import { buildModel } from "../src/model/build";
import { shippedCommand } from "../src/model/purpose";

const purposeOf = (text: string, target?: string) => shippedCommand(buildModel(text, { path: "Dockerfile", target })).purpose;

describe("shippedCommand purpose", () => {
  it.each([
    ['FROM debian:12\nCMD ["python3"]', "base"],
    ['FROM debian:12\nCMD ["/usr/local/bin/python3.12", "-V"]', "base"],
    ['FROM debian:12\nCMD ["perl5.40.0", "-de0"]', "base"],
    ['FROM debian:12\nCMD ["lein", "repl"]', "base"],
    ['FROM alpine:3.20\nENTRYPOINT ["docker-php-entrypoint"]\nCMD ["php", "-a"]', "base"],
    ['FROM debian:12\nENTRYPOINT ["tini", "-s", "--"]\nCMD ["irb"]', "base"],
    ["FROM debian:12\nCMD bash", "base"],
    ["FROM debian:12\nCMD exec /bin/bash -l", "base"],
    ['FROM mcr.microsoft.com/windows/servercore:ltsc2022\nCMD ["cmd.exe"]', "base"],
    ['FROM mcr.microsoft.com/windows/servercore:ltsc2022\nCMD ["pwsh.exe"]', "base"],
    ['FROM alpine:3.20\nENTRYPOINT ["docker-entrypoint.sh"]', "base"], // a wrapper with no command to run
    ["FROM ubuntu:24.04\nRUN apt-get update", "base"],
    ["FROM docker.io/library/alpine:3.20\nRUN true", "base"],
    ["FROM arm64v8/debian:12\nRUN true", "base"],
    ["FROM mcr.microsoft.com/dotnet/runtime-deps:8.0\nRUN true", "base"],
    ["FROM alpine:3.20 AS os\nFROM os\nRUN true", "base"],
  ])("%j is a base image", (text, purpose) => expect(purposeOf(text)).toBe(purpose));

  it.each([
    ['FROM debian:12\nCMD ["python3", "app.py"]', "unknown"],
    ['FROM debian:12\nCMD ["python3", "-m", "http.server"]', "unknown"],
    ['FROM debian:12\nCMD ["bash", "-c", "python3"]', "base"], // the script is itself a REPL
    ['FROM debian:12\nCMD ["bash", "-lc", "exec gunicorn app"]', "unknown"],
    ['FROM debian:12\nCMD ["/opt/tools/cmd"]', "unknown"], // not Windows' cmd
    ['FROM debian:12\nCMD ["lein", "run"]', "unknown"],
    ['FROM php:8.3-fpm\nCOPY . /var/www/html', "unknown"], // php-fpm, not php -a
    ['FROM php:8.3-apache\nCOPY . /var/www/html', "unknown"],
    ["FROM nginx:1.27\nCOPY site /usr/share/nginx/html", "unknown"],
    ["FROM scratch\nCOPY app /app", "unknown"],
    ["FROM ghcr.io/acme/python:3.12\nRUN true", "unknown"], // another namespace may start anything
    ["ARG BASE\nFROM $BASE\nRUN true", "unknown"],
    ['FROM gradle:8\nCMD ["gradle", "bootRun"]', "unknown"], // a task: may start a server
  ])("%j is not known to be a base image", (text, purpose) => expect(purposeOf(text)).toBe(purpose));

  it.each([
    ['FROM debian:12\nEXPOSE 80\nCMD ["nginx", "-g", "daemon off;"]', "service"],
    ["FROM ubuntu:24.04\nRUN apt-get install -y nginx\nEXPOSE 80", "service"], // EXPOSE outweighs the inherited shell
    ['FROM python:3.12\nHEALTHCHECK CMD curl -f http://localhost/\nCMD ["python3"]', "service"],
    ['FROM python:3.12\nHEALTHCHECK NONE\nCMD ["python3"]', "base"],
    ['FROM eclipse-temurin:21-jdk\nENTRYPOINT ["/usr/local/bin/mvn-entrypoint.sh"]\nCMD ["mvn"]', "build-tool"],
    ['FROM eclipse-temurin:21-jdk\nCMD ["gradle"]', "build-tool"],
    ['FROM eclipse-temurin:21-jdk\nEXPOSE 8080\nCMD ["gradle"]', "service"],
    ['FROM rockylinux:9\nCMD ["/usr/sbin/init"]', "init"],
    ['FROM rockylinux:9\nEXPOSE 80\nCMD ["/usr/sbin/init"]', "init"],
    ['FROM ubuntu:24.04\nENTRYPOINT ["/init"]', "init"],
    ["FROM fedora:41\nENV INIT=/lib/systemd/systemd\nCMD $INIT", "init"],
  ])("%j", (text, purpose) => expect(purposeOf(text)).toBe(purpose));

  it("uses the build target's chain, and an ENTRYPOINT clears a CMD of an earlier stage", () => {
    const text = 'FROM debian:12 AS a\nCMD ["bash"]\nFROM a AS b\nENTRYPOINT ["/srv/app"]\nFROM debian:12 AS c\nEXPOSE 80';
    expect(purposeOf(text, "a")).toBe("base");
    expect(purposeOf(text, "b")).toBe("unknown");
    expect(purposeOf(text, "c")).toBe("service");
    expect(shippedCommand(buildModel(text, { path: "Dockerfile", target: "b" })).argv).toEqual(["/srv/app"]);
  });
});
