// The built-in rules, listed explicitly so the bundler includes exactly these.
import type { RuleDefinition } from "../src/engine/types";
import addRemoteUnpinned from "./add-remote-unpinned";
import addUseCopy from "./add-use-copy";
import apkNoCache from "./apk-no-cache";
import apkPackagesPinned from "./apk-packages-pinned";
import aptGetAssumeYes from "./apt-get-assume-yes";
import aptGetNoRecommends from "./apt-get-no-recommends";
import aptGetPackagesPinned from "./apt-get-packages-pinned";
import aptListsRemoved from "./apt-lists-removed";
import argEnvNoSecret from "./arg-env-no-secret";
import argVolatileEarly from "./arg-volatile-early";
import buildArgRequiredUnset from "./build-arg-required-unset";
import buildArgUndeclared from "./build-arg-undeclared";
import buildTargetMissing from "./build-target-missing";
import cmdExecForm from "./cmd-exec-form";
import continuationNotEmpty from "./continuation-not-empty";
import contextSecretBaked from "./context-secret-baked";
import copyArchiveUseAdd from "./copy-archive-use-add";
import copyContextUnignored from "./copy-context-unignored";
import copyFromRoot from "./copy-from-root";
import copyFromSelf from "./copy-from-self";
import copyFromStage from "./copy-from-stage";
import copyManifestsFirst from "./copy-manifests-first";
import copyMultiSourceDest from "./copy-multi-source-dest";
import copyRelativeDest from "./copy-relative-dest";
import copySourceNotIgnored from "./copy-source-not-ignored";
import definitionDescriptionFormat from "./definition-description-format";
import dnfAssumeYes from "./dnf-assume-yes";
import dockerignorePatternUnused from "./dockerignore-pattern-unused";
import dnfCleanAll from "./dnf-clean-all";
import dnfPackagesPinned from "./dnf-packages-pinned";
import downloadToolConsistent from "./download-tool-consistent";
import envSameInstructionRef from "./env-same-instruction-ref";
import exposeFormatValid from "./expose-format-valid";
import exposePortRange from "./expose-port-range";
import exposeProtoLowercase from "./expose-proto-lowercase";
import fromArgDefaultValid from "./from-arg-default-valid";
import fromArgDefined from "./from-arg-defined";
import fromAsCasing from "./from-as-casing";
import fromImageEol from "./from-image-eol";
import fromImagePinned from "./from-image-pinned";
import fromPlatformConstant from "./from-platform-constant";
import fromPlatformRedundant from "./from-platform-redundant";
import gemPackagesPinned from "./gem-packages-pinned";
import goInstallPinned from "./go-install-pinned";
import healthcheckRequired from "./healthcheck-required";
import imageTrustedRegistry from "./image-trusted-registry";
import inlineIgnoreDisallowed from "./inline-ignore-disallowed";
import instructionCasingConsistent from "./instruction-casing-consistent";
import instructionOncePerStage from "./instruction-once-per-stage";
import keyValueEquals from "./key-value-equals";
import labelKeyFormat from "./label-key-format";
import labelSchema from "./label-schema";
import maintainerDeprecated from "./maintainer-deprecated";
import npmPackagesPinned from "./npm-packages-pinned";
import onbuildValidInstruction from "./onbuild-valid-instruction";
import pipNoCacheDir from "./pip-no-cache-dir";
import pipPackagesPinned from "./pip-packages-pinned";
import runCleanupLaterLayer from "./run-cleanup-later-layer";
import runConsolidate from "./run-consolidate";
import runNoApt from "./run-no-apt";
import runNoCd from "./run-no-cd";
import runNoRuntimeCommands from "./run-no-runtime-commands";
import runNoShSymlink from "./run-no-sh-symlink";
import runNoSudo from "./run-no-sudo";
import runPipefail from "./run-pipefail";
import runRedundantMkdir from "./run-redundant-mkdir";
import runShellcheck from "./run-shellcheck";
import runStaleUpdate from "./run-stale-update";
import stageNameCasing from "./stage-name-casing";
import stageNameReserved from "./stage-name-reserved";
import stageNameUnique from "./stage-name-unique";
import syntaxValid from "./syntax-valid";
import userLastNotRoot from "./user-last-not-root";
import userNotRoot from "./user-not-root";
import userNumeric from "./user-numeric";
import useraddNoLogInit from "./useradd-no-log-init";
import varDefined from "./var-defined";
import wgetProgress from "./wget-progress";
import workdirAbsolute from "./workdir-absolute";
import yarnCacheClean from "./yarn-cache-clean";
import yumAssumeYes from "./yum-assume-yes";
import yumCleanAll from "./yum-clean-all";
import yumPackagesPinned from "./yum-packages-pinned";
import zypperClean from "./zypper-clean";
import zypperNoDistUpgrade from "./zypper-no-dist-upgrade";
import zypperNonInteractive from "./zypper-non-interactive";
import zypperPackagesPinned from "./zypper-packages-pinned";

export const rules: readonly RuleDefinition<any, any>[] = [
  addRemoteUnpinned,
  addUseCopy,
  apkNoCache,
  apkPackagesPinned,
  aptGetAssumeYes,
  aptGetNoRecommends,
  aptGetPackagesPinned,
  aptListsRemoved,
  argEnvNoSecret,
  argVolatileEarly,
  buildArgRequiredUnset,
  buildArgUndeclared,
  buildTargetMissing,
  cmdExecForm,
  continuationNotEmpty,
  contextSecretBaked,
  copyArchiveUseAdd,
  copyContextUnignored,
  copyFromRoot,
  copyFromSelf,
  copyFromStage,
  copyManifestsFirst,
  copyMultiSourceDest,
  copyRelativeDest,
  copySourceNotIgnored,
  definitionDescriptionFormat,
  dnfAssumeYes,
  dockerignorePatternUnused,
  dnfCleanAll,
  dnfPackagesPinned,
  downloadToolConsistent,
  envSameInstructionRef,
  exposeFormatValid,
  exposePortRange,
  exposeProtoLowercase,
  fromArgDefaultValid,
  fromArgDefined,
  fromAsCasing,
  fromImageEol,
  fromImagePinned,
  fromPlatformConstant,
  fromPlatformRedundant,
  gemPackagesPinned,
  goInstallPinned,
  healthcheckRequired,
  imageTrustedRegistry,
  inlineIgnoreDisallowed,
  instructionCasingConsistent,
  instructionOncePerStage,
  keyValueEquals,
  labelKeyFormat,
  labelSchema,
  maintainerDeprecated,
  npmPackagesPinned,
  onbuildValidInstruction,
  pipNoCacheDir,
  pipPackagesPinned,
  runCleanupLaterLayer,
  runConsolidate,
  runNoApt,
  runNoCd,
  runNoRuntimeCommands,
  runNoShSymlink,
  runNoSudo,
  runPipefail,
  runRedundantMkdir,
  runShellcheck,
  runStaleUpdate,
  stageNameCasing,
  stageNameReserved,
  stageNameUnique,
  syntaxValid,
  userLastNotRoot,
  userNotRoot,
  userNumeric,
  useraddNoLogInit,
  varDefined,
  wgetProgress,
  workdirAbsolute,
  yarnCacheClean,
  yumAssumeYes,
  yumCleanAll,
  yumPackagesPinned,
  zypperClean,
  zypperNoDistUpgrade,
  zypperNonInteractive,
  zypperPackagesPinned,
];
