// Whether a Go command runs in GOPATH mode, where it reads no go.mod and downloads nothing:
// GO111MODULE=off, or the golang image's default before modules were on: Go 1.10 and older always,
// Go 1.11 and 1.12 inside $GOPATH/src (GO111MODULE=auto enabled modules only outside GOPATH).
import type { Instruction, Model, SimpleCommand, Stage } from "./types";
import { envValue } from "./installs";
import { workdirAt } from "./workdir";

export function goPathMode(model: Model, ins: Instruction, cmd?: SimpleCommand): boolean {
  const mode = cmd ? envValue(cmd, ins.scope, "GO111MODULE") : ins.scope.get("GO111MODULE")?.value;
  if (mode === "off") return true;
  if (mode === "on" || !ins.stage) return false;
  let root: Stage = ins.stage;
  while (root.parent) root = root.parent;
  if (root.image.unresolved || !/^(library\/)?golang$/.test(root.image.path) || (root.image.registry && root.image.registry !== "docker.io")) return false;
  const minor = /^1\.(\d+)(?:[.-]|$)/.exec(root.image.tag ?? "");
  if (!minor) return false;
  const n = Number(minor[1]);
  if (n <= 10) return true;
  if (n > 12) return false;
  const gopath = (ins.scope.get("GOPATH")?.value ?? "/go").replace(/\/+$/, "");
  const dir = workdirAt(model, ins.stage, ins);
  return dir !== null && (dir === `${gopath}/src` || dir.startsWith(`${gopath}/src/`));
}
