// A Dockerfile build as a Compose service or a Bake target defines it: which Dockerfile, with
// which context, build args and target stage. Positions point into the Compose/Bake file.

export interface BuildArg {
  name: string;
  /** null: named without a value that could be resolved (Compose then takes it from the environment, if set). */
  value: string | null;
  line: number;
  /** The Compose/Bake file (as shown) that passes it, when not the build's own file (merged files, extends). */
  file?: string;
}

export interface BuildDefinition {
  kind: "compose" | "bake";
  /** Absolute path of the Compose or Bake file. */
  file: string;
  /** Service or target name. */
  name: string;
  /** Line of the service's `build` key or the `target` block. */
  line: number;
  /** Absolute path of the Dockerfile. */
  dockerfile: string;
  /** Absolute path of the build context. */
  context: string;
  args: BuildArg[];
  target: { name: string; line: number; file?: string } | null;
  /** Named contexts (`additional_contexts`, Bake `contexts`): name -> path or URL as written. */
  contexts: Record<string, string>;
}

/** A build definition file read whole: its builds and what could not be used, with lines. */
export interface BuildFile {
  file: string;
  builds: BuildDefinition[];
  /** Services or targets skipped (remote context, inline Dockerfile, unknown values), as readable notes. */
  notes: string[];
}

/** A broken Compose/Bake file: the message names the file and, where known, the line. */
export class BuildFileError extends Error {}

/** The text of a Compose/Bake file; an unreadable one is a BuildFileError naming it. */
export function readBuildFile(file: string, read: (p: string) => string): string {
  try {
    return read(file);
  } catch (err) {
    throw new BuildFileError(`${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}
