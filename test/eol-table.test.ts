// The end-of-life table is data with a review date: this test fails once that date has
// passed (by the real clock), so that the table is brought current before it misleads.
import { describe, expect, it } from "vitest";
import { currentDate, DISTRO_CODENAMES, EOL_PRODUCTS, lookupEol, REVIEW_BY, REVIEWED, utcDate } from "../src/model/eol";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

describe("end-of-life table (src/model/eol-table.ts)", () => {
  it("is not older than its stated review date", () => {
    expect(
      currentDate() <= REVIEW_BY,
      `the table was reviewed on ${REVIEWED} and was due for review by ${REVIEW_BY}: re-read each product's sources, add new releases and dates, then move REVIEWED and REVIEW_BY on`,
    ).toBe(true);
  });

  it("states a review date after the day it was reviewed, at most six months on", () => {
    expect(REVIEWED).toMatch(DATE);
    expect(REVIEW_BY).toMatch(DATE);
    expect(REVIEW_BY > REVIEWED).toBe(true);
    const months = (Date.parse(REVIEW_BY) - Date.parse(REVIEWED)) / (30.5 * 24 * 3600 * 1000);
    expect(months).toBeLessThanOrEqual(6);
  });

  it("names the sources of every product and has only well-formed dates", () => {
    for (const [key, p] of Object.entries(EOL_PRODUCTS)) {
      expect(p.sources.length, key).toBeGreaterThan(0);
      for (const src of p.sources) expect(src, key).toMatch(/^https:\/\//);
      expect(p.images.length, key).toBeGreaterThan(0);
      const dates = [...Object.values(p.eol), ...Object.values(p.eolBy ?? {}), ...(p.olderThan ? [p.olderThan.by] : [])];
      for (const d of dates) expect(d, key).toMatch(DATE);
      for (const v of Object.keys({ ...p.eol, ...p.eolBy })) expect(v, key).toMatch(/^\d+(\.\d+)?$/);
    }
  });

  it("every distro codename maps to a release the table dates or that is still supported", () => {
    for (const [name, c] of Object.entries(DISTRO_CODENAMES)) {
      const fam = EOL_PRODUCTS[c.family]!;
      const [major, minor] = c.version.split(".");
      // Either a dated release, or a version newer than every dated one (still supported).
      const dated = c.version in fam.eol || c.version in (fam.eolBy ?? {}) || (fam.olderThan && lookupEol(fam, major!, minor ?? null, "9999-12-31"));
      const newest = Object.keys({ ...fam.eol, ...fam.eolBy }).map(Number).sort((a, b) => b - a)[0]!;
      expect(Boolean(dated) || Number(c.version) > newest, name).toBe(true);
    }
  });

  it("is current for its review day: what issue 8 found stale is past its end of life", () => {
    const stale: [string, string, string | null][] = [
      ["debian", "11", null], ["ubuntu", "20", "04"], ["amazonlinux", "2", null], ["node", "20", null], ["golang", "1", "24"],
      ["golang", "1", "25"], ["alpine", "3", "19"], ["alpine", "3", "20"], ["python", "3", "10"], ["php", "8", "1"],
      ["postgres", "14", null], ["fedora", "42", null], ["mysql", "5", "7"], ["dotnet", "5", "0"], ["dotnet", "6", "0"], ["dotnet", "7", "0"],
    ];
    for (const [product, major, minor] of stale) expect(lookupEol(product, major, minor, REVIEWED), `${product} ${major}.${minor}`).not.toBeNull();
  });
});

describe("utcDate", () => {
  it("gives the same YYYY-MM-DD as Date for days across four centuries, leap days and month ends", () => {
    const day = 86_400_000;
    for (let ms = Date.UTC(1970, 0, 1); ms < Date.UTC(2400, 0, 1); ms += 7 * day + 3_600_000 * 5) {
      expect(utcDate(ms)).toBe(new Date(ms).toISOString().slice(0, 10));
    }
    for (const [y, m, d] of [[2000, 1, 29], [2100, 1, 28], [2100, 2, 1], [2024, 11, 31], [2026, 11, 5]] as const) {
      const ms = Date.UTC(y, m, d, 23, 59, 59, 999);
      expect(utcDate(ms)).toBe(new Date(ms).toISOString().slice(0, 10));
    }
    expect(currentDate()).toBe(new Date().toISOString().slice(0, 10));
  });
});
