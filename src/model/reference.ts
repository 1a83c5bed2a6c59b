// Image reference validity as github.com/distribution/reference
// `ParseNormalizedNamed` judges it (what BuildKit uses for FROM).

const ALNUM = "[a-z0-9]+";
const SEPARATOR = "(?:[._]|__|[-]+)";
const PATH_COMPONENT = `${ALNUM}(?:${SEPARATOR}${ALNUM})*`;
const DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
const IPV6 = "\\[(?:[a-fA-F0-9:]+)\\]";
const DOMAIN_NAME = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*`;
const HOST = `(?:${DOMAIN_NAME}|${IPV6})`;
const DOMAIN = `${HOST}(?::[0-9]+)?`;
const TAG = "[\\w][\\w.-]{0,127}";
const DIGEST = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}";
const NAME = `(?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`;
const REFERENCE = new RegExp(`^(${NAME})(?::(${TAG}))?(?:@(${DIGEST}))?$`);
const IDENTIFIER = /^[a-f0-9]{64}$/;

// Files share base images: each distinct reference is judged once per run (REFERENCE is a long
// pattern, run cold for most of the files that ask). Bounded, as a language server runs for days.
const MAX_JUDGED = 10_000;
const judged = new Map<string, string | null>();

/** Why `ref` is not a valid image reference, or null when it is. */
export function imageReferenceProblem(ref: string): string | null {
  let problem = judged.get(ref);
  if (problem === undefined) {
    if (judged.size >= MAX_JUDGED) judged.clear();
    judged.set(ref, (problem = referenceProblem(ref)));
  }
  return problem;
}

function referenceProblem(ref: string): string | null {
  if (ref === "") return "empty";
  if (IDENTIFIER.test(ref)) return "a 64-character hex image ID is not a reference";
  // splitDockerDomain: a first component without '.' or ':' that is not
  // localhost (and is lower case) is a Docker Hub path, not a registry.
  const slash = ref.indexOf("/");
  let remainder = ref;
  if (slash !== -1) {
    const first = ref.slice(0, slash);
    const isDomain = /[.:]/.test(first) || first === "localhost" || first.toLowerCase() !== first;
    if (isDomain) remainder = ref.slice(slash + 1);
  }
  const nameOnly = remainder.split("@")[0]!.replace(/:[^/]*$/, "");
  if (nameOnly.toLowerCase() !== nameOnly) return "repository name must be lowercase";
  const m = REFERENCE.exec(ref);
  if (!m) return "invalid reference format";
  if (m[1]!.length > 255) return "repository name must not be more than 255 characters";
  return null;
}
