// A heredoc as readHeredocBodies makes it (the Heredoc of types.ts). Most bodies are their
// source's characters as they stand (no tab stripped, no CR): the body is then a slice of the
// source, not a copy, and its position map (a run from the body's start, then the end of the
// terminator line) is made again when asked instead of kept beside the heredoc (a map, its list
// and a WeakMap entry were 2.7 MB of a 10 MB file's model, for its 17,840 heredocs).
import { PositionMapBuilder, type PositionMap } from "./position-map";
import type { Heredoc, Span } from "./types";

export class HeredocRecord implements Heredoc {
  constructor(
    readonly name: string,
    readonly stripTabs: boolean,
    readonly quoted: boolean,
    readonly marker: Span,
    readonly body: string,
    readonly bodySpan: Span,
    readonly bodyLine: number,
  ) {}
}

/** The last position of a plain body's map: the end of the terminator line right after the body. */
export function plainBodyEnd(h: Heredoc): number {
  return h.body.length > 0 ? h.bodySpan.end + 1 + h.name.length : h.bodySpan.start + h.name.length;
}

/** The map of a plain body: its characters from the body's start, then plainBodyEnd. */
export function plainBodyMap(h: Heredoc): PositionMap {
  const map = new PositionMapBuilder();
  map.pushRange(h.bodySpan.start, h.bodySpan.start + h.body.length);
  map.push(plainBodyEnd(h));
  return map.build();
}
