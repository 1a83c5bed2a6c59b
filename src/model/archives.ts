import { trimEndOf } from "./paths";
// File names that ADD extracts (hadolint's list for DL3010/DL3020).
export const ARCHIVE_EXTENSIONS = [".tar", ".Z", ".bz2", ".gz", ".lz", ".lzma", ".tZ", ".tb2", ".tbz", ".tbz2", ".tgz", ".tlz", ".tpz", ".txz", ".xz"];

/** Compressed or plain tar archives that `ADD` unpacks. */
const TAR_LIKE = /\.(tar|tar\.(gz|bz2|xz|Z|lz|lzma)|tgz|tbz2?|tb2|txz|tlz|tpz|tZ)$/;

export function isArchiveName(name: string): boolean {
  const base = trimEndOf(name, "/");
  return ARCHIVE_EXTENSIONS.some((e) => base.endsWith(e));
}

export function isTarName(name: string): boolean {
  return TAR_LIKE.test(name);
}

export function isRemoteSource(s: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(s) || /^git@/.test(s) || /\.git(#.*)?$/.test(s);
}

export { baseName } from "./paths";
