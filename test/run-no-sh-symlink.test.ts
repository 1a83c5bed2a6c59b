import rule from "../rules/run-no-sh-symlink";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    'FROM debian:12\nSHELL ["/bin/bash", "-c"]\nRUN echo hi',
    "FROM debian:12\nRUN ln -s /bin/sh /usr/local/bin/sh",
    "FROM debian:12\nRUN ln -s /bin/bash /usr/local/bin/bash",
    "FROM debian:12\nRUN ln -s /bin/sh",
    "FROM debian:12\nRUN ln -st /usr/local/bin /bin/sh",
    "FROM debian:12\nRUN echo ln -sf /bin/bash /bin/sh",
    // creates a missing /bin/sh (ln without -f fails if it exists)
    'FROM gcr.io/distroless/static\nCOPY --from=busybox:1.36 /bin/busybox /busybox/busybox\nRUN ["/busybox/ln", "-s", "/busybox/sh", "/bin/sh"]',
  ],
  invalid: [
    { code: "FROM debian:12\nRUN ln -sf /bin/bash /bin/sh", errors: [{ messageId: "symlink", line: 2, column: 5, endColumn: 29, message: '"/bin/bash"' }] },
    { code: "FROM debian:12\nRUN rm /bin/sh && ln -s bash /bin/sh", errors: [{ messageId: "symlink", line: 2, column: 19 }] },
    // The rm counts for each ln after it, not for one before it.
    { code: "FROM debian:12\nRUN ln -s bash /bin/sh; rm /bin/sh && ln -s bash /bin/sh && ln -s dash /bin/sh", errors: [{ messageId: "symlink", column: 39 }, { messageId: "symlink", column: 61 }] },
    { code: "FROM debian:12\nRUN ln -sf /usr/bin/bash /usr/bin/sh", errors: [{ messageId: "symlink" }] },
    { code: "FROM debian:12\nRUN ln --force -s /usr/bin/bash /bin/sh", errors: [{ messageId: "symlink" }] },
    { code: 'FROM debian:12\nRUN ["ln", "-sf", "/bin/bash", "/bin/sh"]', errors: [{ messageId: "symlink" }] },
    { code: "FROM debian:12\nARG SH=/bin/sh\nRUN ln -sf /bin/bash $SH", errors: [{ messageId: "symlink", line: 3 }] },
    { code: "FROM debian:12\nRUN apt-get install -y bash \\\n && ln -sf /bin/bash /bin/sh", errors: [{ messageId: "symlink", line: 3, column: 5 }] },
  ],
});
