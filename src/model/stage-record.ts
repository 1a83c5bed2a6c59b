// A large build's stage (the Stage of types.ts): what its FROM instruction and image already hold is
// read from them when asked, and its three flags share one number. A small file's stages stay plain
// objects (build.ts), as does the one stage of a fragment (no FROM: its platform is no FROM's). The
// 10 MB file's 17,840 stages were 128 bytes each and a 40-byte name span: now 80 bytes in all, 1.5 MB
// less.
import { flagNamed } from "./flag";
import type { Flag, ImageRef, Instruction, Span, Stage } from "./types";

const REACHABLE = 1;
const LAST = 2;
const WINDOWS = 4;
/** `FROM image AS name`: the name is the FROM's third word. */
const NAMED = 8;

export class StageRecord implements Stage {
  private bits: number;

  constructor(
    readonly index: number,
    /** Lower-cased stage name (the third word of the FROM, when `named`), or null. */
    readonly name: string | null,
    readonly from: Instruction,
    /** Its `stage` is the parent stage (build.ts sets it when the image names an earlier stage). */
    readonly image: ImageRef,
    public instructions: Instruction[],
    public dependsOn: Stage[],
    windows: boolean,
  ) {
    this.bits = (windows ? WINDOWS : 0) | (name !== null ? NAMED : 0);
  }

  /** The name as written (the FROM's third word). */
  get nameRaw(): string | null {
    return (this.bits & NAMED) !== 0 ? this.from.args[2]!.value : null;
  }

  /** The span of the name as written (a new object on each read). */
  get nameSpan(): Span | null {
    if ((this.bits & NAMED) === 0) return null;
    const w = this.from.args[2]!;
    return { start: w.start, end: w.end };
  }

  get platform(): Flag | null {
    return flagNamed(this.from.flags, "platform") ?? null;
  }

  get parent(): Stage | null {
    return this.image.stage;
  }

  get reachable(): boolean {
    return (this.bits & REACHABLE) !== 0;
  }

  set reachable(on: boolean) {
    this.bits = on ? this.bits | REACHABLE : this.bits & ~REACHABLE;
  }

  get isLast(): boolean {
    return (this.bits & LAST) !== 0;
  }

  set isLast(on: boolean) {
    this.bits = on ? this.bits | LAST : this.bits & ~LAST;
  }

  get windows(): boolean {
    return (this.bits & WINDOWS) !== 0;
  }

  set windows(on: boolean) {
    this.bits = on ? this.bits | WINDOWS : this.bits & ~WINDOWS;
  }
}
