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
    // GOPATH mode: the fetched source is then checked out at a release or a commit.
    "FROM golang:1.13\nENV V v0.11.2\nRUN go get github.com/x/y\nWORKDIR /go/src/github.com/x/y\nRUN git checkout \"${V}\"",
    "FROM golang:1.13\nRUN go get -d github.com/x/y/cmd/z && cd /go/src/github.com/x/y && git checkout -q 0123456789abcdef",
    "FROM golang:1.13\nRUN go get github.com/x/y\nRUN git -C /go/src/github.com/x/y reset --hard v1.2.3",
    "FROM golang:1.13 AS src\nRUN go get github.com/x/y\nFROM src\nWORKDIR /go/src/github.com/x/y\nRUN git checkout tags/v1.2.3",
  ],
  invalid: [
    { code: "FROM golang:1.23\nRUN go install golang.org/x/tools/cmd/goimports@latest", errors: [{ messageId: "floating", line: 2, column: 16, message: "'@latest'" }] },
    { code: "FROM golang:1.23\nRUN go install github.com/x/y@v1", errors: [{ messageId: "floating" }] },
    { code: "FROM golang:1.23\nRUN go install github.com/x/y@main", errors: [{ messageId: "floating" }] },
    { code: "FROM golang:1.23\nRUN go run github.com/x/gen@latest -o out", errors: [{ messageId: "floating" }] },
    { code: "FROM golang:1.23\nRUN go get github.com/x/y", errors: [{ messageId: "unpinned" }] },
    { code: "FROM golang:1.23\nRUN go get -u github.com/x/y", errors: [{ messageId: "unpinned" }] },
    { code: "FROM golang:1.23\nARG V=latest\nRUN go install github.com/x/y@${V}", errors: [{ messageId: "floating", line: 3 }] },
    // A checkout that pins nothing (a branch), of another package, before the get, or in an unrelated stage.
    { code: "FROM golang:1.13\nRUN go get github.com/x/y\nWORKDIR /go/src/github.com/x/y\nRUN git checkout master", errors: [{ messageId: "unpinned", line: 2 }] },
    { code: "FROM golang:1.13\nRUN go get github.com/x/y\nWORKDIR /go/src/github.com/x/other\nRUN git checkout v1.2.3", errors: [{ messageId: "unpinned" }] },
    { code: "FROM golang:1.13\nWORKDIR /go/src/github.com/x/y\nRUN git checkout v1.2.3 && go get github.com/x/y", errors: [{ messageId: "unpinned" }] },
    { code: "FROM golang:1.13 AS a\nRUN go get github.com/x/y\nFROM golang:1.13\nWORKDIR /go/src/github.com/x/y\nRUN git checkout v1.2.3", target: "a", errors: [{ messageId: "unpinned" }] },
    { code: "FROM golang:1.13\nRUN go get github.com/x/y\nRUN cd /go/src/github.com/x/y && cd $UNKNOWN && git checkout v1.2.3", errors: [{ messageId: "unpinned" }] },
  ],
});
