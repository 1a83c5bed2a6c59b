// A heredoc as readHeredocBodies makes it (the Heredoc of types.ts). Most bodies are their
// source's characters as they stand (no tab stripped, no CR): the body is then a slice of the
// source, not a copy, and its position map (a run from the body's start, then the end of the
// terminator line) is made again when asked instead of kept beside the heredoc (a map, its list
// and a WeakMap entry were 2.7 MB of a 10 MB file's model, for its 17,840 heredocs).
import { PositionMapBuilder, type PositionMap } from "./position-map";
import type { Heredoc, Span } from "./types";

export class HeredocRecord implements Heredoc {
  readonly name: string;
  readonly stripTabs: boolean;
  readonly quoted: boolean;
  readonly body: string;
  readonly bodyLine: number;
  // The spans' offsets: the spans are made when read (two objects less per heredoc, 1.1 MB of the
  // 10 MB file's model; rules read them seldom).
  private readonly markerStart: number;
  private readonly markerEnd: number;
  private readonly bodyStart: number;
  private readonly bodyEnd: number;

  constructor(name: string, stripTabs: boolean, quoted: boolean, marker: Span, body: string, bodySpan: Span, bodyLine: number) {
    this.name = name;
    this.stripTabs = stripTabs;
    this.quoted = quoted;
    this.body = body;
    this.bodyLine = bodyLine;
    this.markerStart = marker.start;
    this.markerEnd = marker.end;
    this.bodyStart = bodySpan.start;
    this.bodyEnd = bodySpan.end;
  }

  /** Span of the `<<NAME` marker (a new object on each read). */
  get marker(): Span {
    return { start: this.markerStart, end: this.markerEnd };
  }

  /** Span of the body in the source (a new object on each read). */
  get bodySpan(): Span {
    return { start: this.bodyStart, end: this.bodyEnd };
  }

  /** The last position of a plain body's map: the end of the terminator line right after the body. */
  plainBodyEnd(): number {
    return this.body.length > 0 ? this.bodyEnd + 1 + this.name.length : this.bodyStart + this.name.length;
  }

  /** The map of a plain body: its characters from the body's start, then plainBodyEnd. */
  plainBodyMap(): PositionMap {
    const map = new PositionMapBuilder();
    map.pushRange(this.bodyStart, this.bodyStart + this.body.length);
    map.push(this.plainBodyEnd());
    return map.build();
  }
}
