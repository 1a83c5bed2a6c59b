// A list gathered in chunks of a fixed size, then copied into one list of its length: what a large
// file's problems are gathered in (engine/linter.ts). Pushed to one list, they were copied every
// time it grew by half again, and the outgrown copies of a list of 100k problems were 1.4 MB of
// dead large objects, which no GC frees while a big file is linted (src/runtime/big-file-gc.ts);
// the chunks are 0.8 MB, and the list made at its length has no spare room.

/** Elements per chunk: 64 KB, under V8's size for a large object. */
const CHUNK = 8192;

export class ChunkedList<T> {
  private readonly full: T[][] = [];
  private chunk: T[] = new Array<T>(CHUNK);
  private used = 0;

  push(item: T): void {
    if (this.used === CHUNK) {
      this.full.push(this.chunk);
      this.chunk = new Array<T>(CHUNK);
      this.used = 0;
    }
    this.chunk[this.used++] = item;
  }

  get length(): number {
    return this.full.length * CHUNK + this.used;
  }

  /** The items in order, in a new list of their number. */
  toList(): T[] {
    const out = new Array<T>(this.length);
    let n = 0;
    for (const chunk of this.full) for (let i = 0; i < CHUNK; i++) out[n++] = chunk[i]!;
    for (let i = 0; i < this.used; i++) out[n++] = this.chunk[i]!;
    return out;
  }
}
