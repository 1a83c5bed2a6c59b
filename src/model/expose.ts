// EXPOSE port specs as BuildKit's convert_expose.go splits them.
import type { Instruction, Model, Span } from "./types";

export interface PortSpec {
  /** The spec after expansion. */
  raw: string;
  ip: string;
  hostPort: string;
  containerPort: string;
  /** Protocol as written ('' when none). */
  proto: string;
  /** The source word it came from. */
  word: Span & { raw: string };
  /** The word has no variables, so `raw` is the source text. */
  literal: boolean;
}

export function splitPortSpec(raw: string): { ip: string; hostPort: string; containerPort: string; proto: string } | null {
  const parts = raw.split(":");
  let ip = "";
  let hostPort = "";
  let container: string;
  if (parts.length === 1) container = parts[0]!;
  else if (parts.length === 2) [hostPort, container] = [parts[0]!, parts[1]!];
  else if (parts.length === 3) [ip, hostPort, container] = [parts[0]!, parts[1]!, parts[2]!];
  else {
    const n = parts.length;
    ip = parts.slice(0, n - 2).join(":");
    hostPort = parts[n - 2]!;
    container = parts[n - 1]!;
  }
  const slash = container.indexOf("/");
  const port = slash === -1 ? container : container.slice(0, slash);
  const proto = slash === -1 ? "" : container.slice(slash + 1);
  if (port === "") return null;
  if (!["", "tcp", "udp", "sctp"].includes(proto.toLowerCase())) return null;
  return { ip, hostPort, containerPort: port, proto };
}

// Two rules (expose-format-valid, expose-proto-lowercase) read the specs of every EXPOSE: split
// once per instruction. Shared: do not change them.
const specsOf = new WeakMap<Instruction, readonly PortSpec[]>();

/** Port specs of an EXPOSE instruction; words whose value is unknown are skipped. */
export function exposeSpecs(ins: Instruction, model: Model): readonly PortSpec[] {
  let specs = specsOf.get(ins);
  if (specs === undefined) specsOf.set(ins, (specs = splitSpecs(ins, model)));
  return specs;
}

function splitSpecs(ins: Instruction, model: Model): PortSpec[] {
  const out: PortSpec[] = [];
  const args = ins.args;
  for (let i = 0; i < args.length; i++) {
    const w = args[i]!;
    const literal = !/[$]/.test(w.raw) && w.raw === w.value;
    const r = model.expand(w.raw, ins.scope);
    if (r.unresolved) continue;
    const raws = r.value.split(/[ \t\r\n]+/);
    for (let k = 0; k < raws.length; k++) {
      const raw = raws[k]!;
      if (raw === "") continue;
      const s = splitPortSpec(raw);
      if (!s) continue;
      // The fields one by one, not a spread of `s` (a spread is a runtime call per property in cold code).
      out.push({ raw, ip: s.ip, hostPort: s.hostPort, containerPort: s.containerPort, proto: s.proto, word: { start: w.start, end: w.end, raw: w.raw }, literal });
    }
  }
  return out;
}
