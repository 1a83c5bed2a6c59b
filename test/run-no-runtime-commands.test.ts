import rule from "../rules/run-no-runtime-commands";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM debian:12\nRUN ssh-keyscan github.com >> /etc/ssh/ssh_known_hosts",
    "FROM debian:12\nRUN apt-get install -y vim procps openssh-client",
    "FROM debian:12\nRUN service postgresql start && psql -c 'create database x' && service postgresql stop",
    "FROM debian:12\nRUN ./server & sleep 2 && ./smoke-test && kill %1",
    "FROM debian:12\nRUN echo ps top free",
    // Lists the mounts, changes nothing.
    "FROM alpine:3\nRUN mount",
    "FROM alpine:3\nRUN mount -l | grep overlay",
  ],
  invalid: [
    { code: "FROM debian:12\nRUN service nginx start", errors: [{ messageId: "runtime", line: 2, column: 5, endColumn: 12, message: "'service'" }] },
    { code: "FROM debian:12\nRUN apt-get install -y nginx && \\\n  service nginx start", errors: [{ messageId: "runtime", line: 3, column: 3 }] },
    { code: "FROM debian:12\nRUN ps aux && free -m && top -bn1", errors: [{ messageId: "runtime" }, { messageId: "runtime" }, { messageId: "runtime" }] },
    { code: "FROM debian:12\nRUN vim /etc/hosts", errors: [{ messageId: "runtime", message: "'vim'" }] },
    { code: "FROM debian:12\nRUN mount -t tmpfs none /mnt", errors: [{ messageId: "runtime" }] },
    { code: "FROM debian:12\nRUN ssh git@example.com", errors: [{ messageId: "runtime" }] },
    { code: "FROM debian:12\nRUN shutdown -h now", errors: [{ messageId: "runtime" }] },
  ],
});
