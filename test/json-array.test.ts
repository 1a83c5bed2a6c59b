import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { defaultConfig } from "../src/config/defaults";
import { lintText } from "../src/engine/linter";
import type { Model } from "../src/model/types";
import { rules } from "../rules";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
setFlagsFromString("--no-expose-gc");

describe("JsonArray's last spans", () => {
  it("do not keep a linted large file's instructions alive", async () => {
    // Rules read the spans of exec-form arrays (a JSON-form COPY's parts, say): the last array read
    // was kept with its instruction and, through its stage, every instruction, after the lint.
    const config = defaultConfig(rules);
    config.settings.contextDir = null;
    let ref: WeakRef<object> | null = null;
    // A rule of the test's that only notes an instruction of the model (the last rule: the others read the spans first).
    const noteModel = { ...rules[0]!, id: "test-note-model", keywords: undefined, check: (ctx: { model: Model }) => void (ref = new WeakRef(ctx.model.instructions[1]!)) };
    const all = [...rules, noteModel] as typeof rules;
    // A large file (256 kB+), whose arrays read their text again from the instruction.
    let text = "FROM alpine:3.20\nENV X=1\n";
    for (let i = 0; text.length < 300_000; i++) text += `LABEL n${i}=${i}\nCOPY ["a${i}", "/b/"]\n`;
    const result = lintText(text, { path: "Dockerfile", config, rules: all });
    expect(result.fatal).toBeUndefined();
    expect(ref).not.toBeNull();
    // (A WeakRef's target is kept until the job that made it ends.)
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc();
    expect(ref!.deref()).toBeUndefined();
  });
});
