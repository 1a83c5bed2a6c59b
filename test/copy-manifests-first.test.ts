import rule from "../rules/copy-manifests-first";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM python:3.12\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .",
    "FROM node:22\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build",
    "FROM python:3.12\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nRUN pip install -e .",
    "FROM golang:1.23\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN go build -o /app",
    "FROM python:3.12 AS src\nWORKDIR /app\nCOPY . .\nFROM python:3.12\nRUN pip install -r requirements.txt",
    "FROM node:22\nWORKDIR /app\nCOPY . .\nRUN npm install -g serve",
    "FROM python:3.12\nWORKDIR /app\nCOPY . .\nRUN pip install flask",
    "FROM builder:1 AS b\nFROM node:22\nWORKDIR /app\nCOPY --from=b . .\nRUN npm ci",
    "FROM golang:1.23\nCOPY . .\nRUN go install golang.org/x/tools/cmd/goimports@latest",
    "FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nWORKDIR /source\nCOPY --link . .\nRUN --mount=type=cache,target=/root/.nuget \\\n    dotnet publish -o /app",
    "FROM node:22\nWORKDIR /app\nCOPY . .\nRUN --mount=type=cache,target=/root/.npm npm ci",
    // GOPATH mode reads no go.mod and downloads nothing.
    "FROM golang:1.23\nWORKDIR /go/src/app\nCOPY . .\nRUN GO111MODULE=off go build -o /app .",
    "FROM golang:1.23\nENV GO111MODULE=off\nWORKDIR /go/src/app\nCOPY . .\nRUN go build -o /app .",
    // GOPATH mode by the image's Go version: 1.12 inside $GOPATH/src (GO111MODULE=auto), 1.10 anywhere.
    "FROM golang:1.12-alpine3.9 as builder\nWORKDIR /go/src/github.com/pelletier/go-toml\nCOPY . .\nRUN go install ./...",
    "FROM golang:1.10\nWORKDIR /app\nCOPY . .\nRUN go build -o /app .",
    "FROM golang:1.23\nCOPY . .\nRUN go get github.com/x/tool",
    "FROM elixir:1.17\nWORKDIR /app\nCOPY mix.exs mix.lock ./\nRUN mix deps.get\nCOPY . .\nRUN mix compile",
    // Nothing to flag: no RUN after the whole copy in its stage, or only an ONBUILD one.
    "FROM node:22 AS a\nWORKDIR /app\nCOPY . .\nFROM a\nRUN npm ci",
    "FROM node:22\nWORKDIR /app\nCOPY . .\nONBUILD RUN npm ci",
    "FROM node:22\nRUN npm ci\nONBUILD COPY . .\nRUN npm ci",
  ],
  invalid: [
    // Past the quick test: a whole copy with a later RUN in a second stage, after RUNs elsewhere.
    { code: "FROM node:22 AS a\nRUN npm ci\nFROM node:22\nWORKDIR /app\nCOPY --from=a /x /x\nCOPY .// .\nRUN true\nRUN npm ci", errors: [{ messageId: "installAfterCopy", line: 6 }] },
    // Go 1.12 outside GOPATH, Go 1.13+ inside it, or GO111MODULE=on: modules, so the build downloads.
    { code: "FROM golang:1.12\nWORKDIR /app\nCOPY . .\nRUN go build -o /bin/app .", errors: [{ messageId: "installAfterCopy", line: 3 }], output: "FROM golang:1.12\nWORKDIR /app\nCOPY go.mod go.sum* ./\nRUN go mod download\nCOPY . .\nRUN go build -o /bin/app ." },
    { code: "FROM golang:1.13\nWORKDIR /go/src/app\nCOPY . .\nRUN go build -o /bin/app .", errors: [{ messageId: "installAfterCopy", line: 3 }], output: "FROM golang:1.13\nWORKDIR /go/src/app\nCOPY go.mod go.sum* ./\nRUN go mod download\nCOPY . .\nRUN go build -o /bin/app ." },
    { code: "FROM golang:1.12\nENV GO111MODULE=on\nWORKDIR /go/src/app\nCOPY . .\nRUN go build -o /bin/app .", errors: [{ messageId: "installAfterCopy", line: 4 }], output: "FROM golang:1.12\nENV GO111MODULE=on\nWORKDIR /go/src/app\nCOPY go.mod go.sum* ./\nRUN go mod download\nCOPY . .\nRUN go build -o /bin/app ." },

    // Installs we used to miss.
    { code: "FROM node:22\nWORKDIR /app\nCOPY * ./\nRUN npm ci", errors: [{ messageId: "installAfterCopy", line: 3, message: "package-lock.json" }], output: "FROM node:22\nWORKDIR /app\nCOPY package.json package-lock.json* ./\nRUN npm ci\nCOPY * ./\n" },
    { code: "FROM elixir:1.17\nWORKDIR /app\nCOPY . .\nRUN mix deps.get", errors: [{ messageId: "installAfterCopy", message: "mix.exs and mix.lock" }], output: "FROM elixir:1.17\nWORKDIR /app\nCOPY mix.exs mix.lock* ./\nRUN mix deps.get\nCOPY . .\n" },
    // The step that downloads is named, not the build after it.
    {
      code: "ARG BASE\nFROM $BASE\nWORKDIR /app\nCOPY . ./\nRUN nuget restore app.sln\nRUN dotnet build -c Release",
      errors: [{ messageId: "installAfterCopy", line: 4, message: "before 'nuget restore app.sln' (line 5)" }],
      output: "ARG BASE\nFROM $BASE\nWORKDIR /app\nCOPY packages.config* *.csproj *.sln ./\nRUN nuget restore app.sln\nCOPY . ./\nRUN dotnet build -c Release",
    },
    { code: "FROM golang:1.16\nWORKDIR /src\nCOPY . .\nRUN go get -d ./... && go install ./cmd/x", errors: [{ messageId: "installAfterCopy", message: "before 'go get -d ./...'" }] },
    // An earlier build of the standard library installed none of the module's dependencies.
    { code: "FROM golang:1.23\nRUN go build -a std\nWORKDIR /src\nCOPY . .\nRUN go build -o /app", errors: [{ messageId: "installAfterCopy", line: 4 }], output: "FROM golang:1.23\nRUN go build -a std\nWORKDIR /src\nCOPY go.mod go.sum* ./\nRUN go mod download\nCOPY . .\nRUN go build -o /app" },
    {
      code: "FROM python:3.6-alpine\nRUN mkdir /app\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\nEXPOSE 5000\nCMD python app.py",
      errors: [{ messageId: "installAfterCopy", line: 4, column: 1, endColumn: 9, message: "copy requirements.txt first" }],
      output: "FROM python:3.6-alpine\nRUN mkdir /app\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nEXPOSE 5000\nCMD python app.py",
    },
    { code: "FROM node:22\nWORKDIR /app\nCOPY . .\nRUN npm ci", errors: [{ messageId: "installAfterCopy", message: "package.json and package-lock.json" }], output: "FROM node:22\nWORKDIR /app\nCOPY package.json package-lock.json* ./\nRUN npm ci\nCOPY . .\n" },
    { code: 'FROM node:22\nWORKDIR /app\nCOPY ./ ./\nRUN ["npm", "install"]', errors: [{ messageId: "installAfterCopy", line: 3 }], output: "FROM node:22\nWORKDIR /app\nCOPY package.json package-lock.json* ./\nRUN [\"npm\", \"install\"]\nCOPY ./ ./\n" },
    { code: "FROM node:22\nADD . /app\nRUN cd /app && yarn install --frozen-lockfile", errors: [{ messageId: "installAfterCopy", message: "yarn.lock" }] },
    { code: "FROM python:3.12\nWORKDIR /app\nCOPY requirements.txt .\nCOPY . .\nRUN python -m pip install --no-cache-dir -r requirements.txt", errors: [{ messageId: "installAfterCopy", line: 4 }], output: "FROM python:3.12\nWORKDIR /app\nCOPY requirements.txt .\nRUN python -m pip install --no-cache-dir -r requirements.txt\nCOPY . .\n" },
    // go.mod already copied: only the lock file (optional) is added with the download step
    {
      code: "FROM golang:1.23\nWORKDIR /src\nCOPY go.mod ./\nCOPY . .\nRUN go build -o /app",
      errors: [{ messageId: "installAfterCopy", line: 4 }],
      output: "FROM golang:1.23\nWORKDIR /src\nCOPY go.mod ./\nCOPY go.sum* ./\nRUN go mod download\nCOPY . .\nRUN go build -o /app",
    },
    { code: "FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /app ./cmd/app", errors: [{ messageId: "installAfterCopy", message: "go.mod and go.sum" }], output: "FROM golang:1.23\nWORKDIR /src\nCOPY go.mod go.sum* ./\nRUN go mod download\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /app ./cmd/app" },
    { code: "FROM ruby:3\nWORKDIR /app\nCOPY . .\nRUN bundle install", errors: [{ messageId: "installAfterCopy", message: "Gemfile" }], output: "FROM ruby:3\nWORKDIR /app\nCOPY Gemfile Gemfile.lock* ./\nRUN bundle install\nCOPY . .\n" },
    { code: "FROM python:3.12\nWORKDIR /app\nCOPY . .\nRUN pip --no-cache-dir install -r requirements.txt", errors: [{ messageId: "installAfterCopy", message: "requirements.txt" }], output: "FROM python:3.12\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip --no-cache-dir install -r requirements.txt\nCOPY . .\n" },
    { code: "FROM python:3.12\nWORKDIR /app\nCOPY . .\nRUN uv pip install --system -r requirements.txt", errors: [{ messageId: "installAfterCopy", message: "requirements.txt" }], output: "FROM python:3.12\nWORKDIR /app\nCOPY requirements.txt .\nRUN uv pip install --system -r requirements.txt\nCOPY . .\n" },
    { code: "FROM python:3.12\nWORKDIR /app\nCOPY . .\nRUN poetry install --no-root", errors: [{ messageId: "installAfterCopy", message: "poetry.lock" }], output: "FROM python:3.12\nWORKDIR /app\nCOPY pyproject.toml poetry.lock* ./\nRUN poetry install --no-root\nCOPY . .\n" },
    { code: "FROM python:3.12\nWORKDIR /app\nCOPY --chown=app:app . .\nRUN <<EOF\nset -e\npip install -r requirements.txt\nEOF", errors: [{ messageId: "installAfterCopy", line: 3 }] },
    { code: "FROM maven:3 AS build\nWORKDIR /app\nCOPY . .\nRUN mvn -B package\nFROM node:22\nWORKDIR /w\nCOPY . .\nRUN npm ci", errors: [{ messageId: "installAfterCopy", line: 3 }, { messageId: "installAfterCopy", line: 7 }], output: "FROM maven:3 AS build\nWORKDIR /app\nCOPY pom.xml .\nRUN mvn dependency:go-offline\nCOPY . .\nRUN mvn -B package\nFROM node:22\nWORKDIR /w\nCOPY package.json package-lock.json* ./\nRUN npm ci\nCOPY . .\n" },
    { code: "FROM mcr.microsoft.com/dotnet/sdk:8.0\nWORKDIR /src\nCOPY . .\nRUN dotnet restore\nRUN dotnet publish -c Release", errors: [{ messageId: "installAfterCopy", message: "*.csproj" }], output: "FROM mcr.microsoft.com/dotnet/sdk:8.0\nWORKDIR /src\nCOPY *.csproj *.sln ./\nRUN dotnet restore\nCOPY . .\nRUN dotnet publish -c Release" },
    { code: "FROM python:3.12\nWORKDIR /app\nCOPY . .\nRUN pip install --upgrade pip \\\n && pip install -r requirements/prod.txt", errors: [{ messageId: "installAfterCopy", message: "requirements/prod.txt" }], output: "FROM python:3.12\nWORKDIR /app\nCOPY requirements/prod.txt ./requirements/\nRUN pip install --upgrade pip \\\n && pip install -r requirements/prod.txt\nCOPY . .\n" },
  ],
});
