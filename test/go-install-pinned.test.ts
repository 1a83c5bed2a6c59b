import rule from "../rules/go-install-pinned";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM golang:1.23\nRUN go install golang.org/x/tools/cmd/goimports@v0.26.0",
    "FROM golang:1.23\nRUN go install github.com/x/y@v0.0.0-20240101120000-abcdef123456",
    "FROM golang:1.23\nRUN go install github.com/x/y@0123456789ab",
    "FROM golang:1.23\nRUN go install ./cmd/app",
    "FROM golang:1.23\nRUN go install -ldflags '-s -w' ./...",
    "FROM golang:1.23\nRUN go run main.go",
    "FROM golang:1.23\nRUN go run ./cmd/gen -out x@latest",
    "FROM golang:1.23\nRUN go install github.com/me/app/cmd/app",
    "FROM golang:1.23\nRUN go get -d ./...",
    "FROM golang:1.23\nRUN go get github.com/x/y@v1.2.3",
    "FROM golang:1.23\nRUN go build -o /app .",
    "FROM golang:1.23\nARG V\nRUN go install github.com/x/y@$V",
    "FROM golang:1.23\nARG V=v1.2.3\nRUN go install github.com/x/y@${V}",
  ],
  invalid: [
    { code: "FROM golang:1.23\nRUN go install golang.org/x/tools/cmd/goimports@latest", errors: [{ messageId: "floating", line: 2, column: 16, message: "'@latest'" }] },
    { code: "FROM golang:1.23\nRUN go install github.com/x/y@v1", errors: [{ messageId: "floating" }] },
    { code: "FROM golang:1.23\nRUN go install github.com/x/y@main", errors: [{ messageId: "floating" }] },
    { code: "FROM golang:1.23\nRUN go run github.com/x/gen@latest -o out", errors: [{ messageId: "floating" }] },
    { code: "FROM golang:1.23\nRUN go get github.com/x/y", errors: [{ messageId: "unpinned" }] },
    { code: "FROM golang:1.23\nRUN go get -u github.com/x/y", errors: [{ messageId: "unpinned" }] },
    { code: "FROM golang:1.23\nARG V=latest\nRUN go install github.com/x/y@${V}", errors: [{ messageId: "floating", line: 3 }] },
  ],
});
