// The built-in rules, listed explicitly so the bundler includes exactly these.
import type { RuleDefinition } from "../src/engine/types";
import addRemoteUnpinned from "./add-remote-unpinned";
import apkNoCache from "./apk-no-cache";
import apkPackagesPinned from "./apk-packages-pinned";
import aptGetAssumeYes from "./apt-get-assume-yes";
import aptGetNoRecommends from "./apt-get-no-recommends";
import aptGetPackagesPinned from "./apt-get-packages-pinned";
import aptListsRemoved from "./apt-lists-removed";
import argVolatileEarly from "./arg-volatile-early";
import cmdExecForm from "./cmd-exec-form";
import copyContextUnignored from "./copy-context-unignored";
import copyManifestsFirst from "./copy-manifests-first";
import copyRelativeDest from "./copy-relative-dest";
import dnfAssumeYes from "./dnf-assume-yes";
import dnfCleanAll from "./dnf-clean-all";
import dnfPackagesPinned from "./dnf-packages-pinned";
import fromImagePinned from "./from-image-pinned";
import runCleanupLaterLayer from "./run-cleanup-later-layer";
import runNoApt from "./run-no-apt";
import runNoCd from "./run-no-cd";
import runRedundantMkdir from "./run-redundant-mkdir";
import runStaleUpdate from "./run-stale-update";
import syntaxValid from "./syntax-valid";
import workdirAbsolute from "./workdir-absolute";
import yumAssumeYes from "./yum-assume-yes";
import yumCleanAll from "./yum-clean-all";
import yumPackagesPinned from "./yum-packages-pinned";
import zypperClean from "./zypper-clean";
import zypperNoDistUpgrade from "./zypper-no-dist-upgrade";
import zypperNonInteractive from "./zypper-non-interactive";
import zypperPackagesPinned from "./zypper-packages-pinned";

export const rules: readonly RuleDefinition<any, any>[] = [
  addRemoteUnpinned,
  apkNoCache,
  apkPackagesPinned,
  aptGetAssumeYes,
  aptGetNoRecommends,
  aptGetPackagesPinned,
  aptListsRemoved,
  argVolatileEarly,
  cmdExecForm,
  copyContextUnignored,
  copyManifestsFirst,
  copyRelativeDest,
  dnfAssumeYes,
  dnfCleanAll,
  dnfPackagesPinned,
  fromImagePinned,
  runCleanupLaterLayer,
  runNoApt,
  runNoCd,
  runRedundantMkdir,
  runStaleUpdate,
  syntaxValid,
  workdirAbsolute,
  yumAssumeYes,
  yumCleanAll,
  yumPackagesPinned,
  zypperClean,
  zypperNoDistUpgrade,
  zypperNonInteractive,
  zypperPackagesPinned,
];
