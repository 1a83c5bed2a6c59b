import { describe, expect, it } from "vitest";
import { rules } from "../rules/index";
import { defaultConfig } from "../src/config/defaults";
import { lintText } from "../src/engine/linter";
import { buildModel } from "../src/model/build";
import { WARM_UP_SAMPLES } from "../src/cli/warm-up";

describe("warm-up samples", () => {
  it("are linted by every rule without a crash (a long run drops their results, so a crash would go unseen)", () => {
    for (const preset of ["recommended", "strict"] as const) {
      const config = defaultConfig(rules, preset);
      for (const text of WARM_UP_SAMPLES) {
        const r = lintText(text, { path: "Dockerfile", config, rules, buildArgs: new Map() });
        expect(r.fatal).toBeUndefined();
        expect(r.problems.filter((p) => p.ruleId === "internal-error")).toEqual([]);
      }
    }
  });

  it("hold the rare forms they are there for: three stages, a RUN of many shell forms, an unknown instruction, keywords in lower case, a Windows escape", () => {
    const model = buildModel(WARM_UP_SAMPLES[0]!);
    expect(model.stages.length).toBe(3);
    const run = model.instructions.find((i) => i.keyword === "RUN")!.run!;
    expect(run.commands.map((c) => c.name)).toEqual(expect.arrayContaining(["set", "[[", "uname", "echo", "dpkg", "f", "date", "cd", "read", "cat"]));
    expect(model.instructions.some((i) => i.keyword === "INVALID")).toBe(true);
    expect(model.instructions.filter((i) => i.keywordRaw !== i.keyword).map((i) => i.keywordRaw)).toEqual(["from", "run"]);
    expect(buildModel(WARM_UP_SAMPLES[1]!).directives.escape).toBe("`");
  });
});
