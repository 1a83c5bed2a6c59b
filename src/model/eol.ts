// End-of-life lookups over the dated table in eol-table.ts, used by rules/from-image-eol.ts.
import { EOL_PRODUCTS, type EolProduct } from "./eol-table";

export { DISTRO_CODENAMES, DISTRO_SUGGEST, EOL_PRODUCTS, REVIEW_BY, REVIEWED } from "./eol-table";

export interface EolHit {
  /** "python 3.6" */
  subject: string;
  date: string;
  /** True when `date` is the exact end of life, false when it is an upper bound. */
  exact: boolean;
}

/** Today's date as YYYY-MM-DD (UTC). */
export function currentDate(): string {
  // Asked once per file: read from the clock once, and again after a minute (a language server runs
  // for days). A timer forgets it rather than a clock read per file: on this machine's VM a
  // Date.now() took ~1.6 us (perf), 0.2 % of a corpus run's samples. Unref'd, the timer keeps no
  // process or worker alive; a synchronous lint loop keeps one date for the whole run.
  if (today === "") {
    today = utcDate(Date.now());
    setTimeout(forgetToday, 60_000).unref();
  }
  return today;
}
let today = "";

function forgetToday(): void {
  today = "";
}

/** YYYY-MM-DD of a UTC time in ms, by arithmetic: the first Date object of a process costs ~1 ms of start-up. */
export function utcDate(ms: number): string {
  // Days since 1970-01-01 to a proleptic Gregorian date (the "civil from days" algorithm).
  const z = Math.floor(ms / 86_400_000) + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function cmp(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

/**
 * The product an image belongs to: a Docker Hub official name (`python`), or a
 * `registry/path` prefix (`mcr.microsoft.com/dotnet/`). `name` is the official name or null.
 */
// productFor's index of EOL_PRODUCTS, built on first use: images named exactly (the official name)
// and images matched by prefix (with a '/'), each with its product's place in the table. The first
// product in table order that matches wins, as a scan of the table in order would find.
let byName: Map<string, number> | null = null;
let byPrefix: { img: string; at: number }[] = [];
let products: EolProduct[] = [];

function indexProducts(): Map<string, number> {
  products = Object.values(EOL_PRODUCTS);
  const names = new Map<string, number>();
  byPrefix = [];
  products.forEach((p, at) => {
    for (const img of p.images) {
      if (img.includes("/")) byPrefix.push({ img, at });
      else if (!names.has(img)) names.set(img, at);
    }
  });
  return names;
}

export function productFor(officialName: string | null, registry: string | null, path: string): EolProduct | null {
  byName ??= indexProducts();
  let at = officialName === null ? -1 : (byName.get(officialName) ?? -1);
  if (byPrefix.length) {
    const full = `${(registry ?? "").toLowerCase()}/${path.toLowerCase()}`;
    for (const p of byPrefix) {
      if (at !== -1 && p.at >= at) break;
      if (full.startsWith(p.img) && !full.startsWith(p.img + "framework/")) {
        at = p.at;
        break;
      }
    }
  }
  return at === -1 ? null : products[at]!;
}

// One compiled tag pattern per product.
const tagPatterns = new Map<EolProduct, RegExp>();

export function tagVersion(product: EolProduct, tag: string): { major: string; minor: string | null } | null {
  let re = tagPatterns.get(product);
  if (!re) {
    const prefix = product.tagPrefix ? `(?:${product.tagPrefix})?` : "";
    tagPatterns.set(product, (re = new RegExp(`^${prefix}(\\d+)(?:\\.(\\d+))?`, "i")));
  }
  const m = re.exec(tag);
  return m ? { major: m[1]!, minor: m[2] ?? null } : null;
}

export function lookupEol(product: EolProduct | string, major: string, minor: string | null, today: string): EolHit | null {
  const p = typeof product === "string" ? EOL_PRODUCTS[product] : product;
  if (!p) return null;
  const byMinor = p.unit === "minor" || (p.minorBelow !== undefined && Number(major) < p.minorBelow);
  const key = !byMinor || minor === null ? major : `${major}.${minor}`;
  const found = (k: string, date: string, exact: boolean): EolHit | null => (date <= today ? { subject: `${p.label} ${k}`, date, exact } : null);
  if (p.eol[key]) return found(key, p.eol[key]!, true);
  if (p.eolBy?.[key]) return found(key, p.eolBy[key]!, false);
  if (byMinor && minor !== null && p.eol[major]) return found(key, p.eol[major]!, false);
  if (p.olderThan && cmp(key, p.olderThan.version) < 0) {
    // A bare major below the bound is only judged when the bound's major is higher (python:2 vs 3.1).
    if (byMinor && minor === null && Number(major) >= Number(p.olderThan.version.split(".")[0])) return null;
    return found(key, p.olderThan.by, false);
  }
  return null;
}
