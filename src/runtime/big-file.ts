// V8's settings while one big file is linted (src/cli/lint-files.ts): its GC (big-file-gc.ts) and
// its tiering (big-file-tiering.ts), each put back once the file is linted.
import { tuneGcForBigFile } from "./big-file-gc";
import { defaultTieringForBigFile } from "./big-file-tiering";

export { BIG_FILE_BYTES } from "./big-file-gc";

/** Sets a big file's V8 settings; returns what puts back the ones before. */
export function tuneForBigFile(): () => void {
  const restoreGc = tuneGcForBigFile();
  const restoreTiering = defaultTieringForBigFile();
  return () => {
    restoreTiering();
    restoreGc();
  };
}
