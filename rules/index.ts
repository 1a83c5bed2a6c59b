// The built-in rules, listed explicitly so the bundler includes exactly these.
import type { RuleDefinition } from "../src/engine/types";
import cmdExecForm from "./cmd-exec-form";
import copyManifestsFirst from "./copy-manifests-first";
import copyRelativeDest from "./copy-relative-dest";
import fromImagePinned from "./from-image-pinned";
import runNoCd from "./run-no-cd";
import runRedundantMkdir from "./run-redundant-mkdir";
import syntaxValid from "./syntax-valid";
import workdirAbsolute from "./workdir-absolute";

export const rules: readonly RuleDefinition<any, any>[] = [
  cmdExecForm,
  copyManifestsFirst,
  copyRelativeDest,
  fromImagePinned,
  runNoCd,
  runRedundantMkdir,
  syntaxValid,
  workdirAbsolute,
];
