// The renderer's words and sentences are data: a report written in a test-only locale, the
// English one with every word and sentence in markers, is the English report once the
// markers are taken out, and every line of its prose has a marker, so no sentence of the
// renderer escaped the locale.
import { describe, expect, it } from "vitest";
import {
  buildUnitReport,
  REPORT_LOCALE_EN,
  REPORT_LOCALE_VI,
  type ReportLocale,
  type ReportMessages,
  renderReport,
  type UnitReport,
} from "../../src/reports/index.js";
import { districtDataset, sample } from "./fixture.js";

/** A copy of a locale's data with every string, and every template's result, in ⟦…⟧. */
function marked<T>(value: T): T {
  if (typeof value === "string") return `⟦${value}⟧` as T;
  if (typeof value === "function")
    return ((...args: unknown[]) => `⟦${(value as (...a: unknown[]) => string)(...args)}⟧`) as T;
  if (Array.isArray(value)) return value.map(marked) as T;
  if (typeof value === "object" && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, marked(v)])) as T;
  return value;
}

const MARKED: ReportLocale = {
  ...marked(REPORT_LOCALE_EN),
  tag: REPORT_LOCALE_EN.tag,
  style: REPORT_LOCALE_EN.style,
};

const unmark = (text: string) => text.replace(/[⟦⟧]/g, "");

/** What a line has outside its outermost markers: layout only, in a line the locale wrote. */
function outsideMarkers(line: string): string {
  let depth = 0;
  let out = "";
  for (const ch of line) {
    if (ch === "⟦") depth++;
    else if (ch === "⟧") depth--;
    else if (depth === 0) out += ch;
  }
  return out;
}

/** The lines of prose: every line of text, and markdown's lines outside tables. */
const proseLines = (text: string) =>
  text.split("\n").filter((line) => line.trim() !== "" && !line.startsWith("|"));

const SAMPLES = [
  ["tho-xuan-2024", "395", "2024"],
  ["tam-ky-2022", "502", "2022-H1"],
  ["hoi-an-2023", "503", "2023"],
  ["phu-tho-2025", "25", "2025"],
] as const;

const reports: [string, UnitReport][] = [];
for (const [name, unit, period] of SAMPLES) {
  for (const compareWith of ["same-period-last-year", "previous-period"] as const) {
    reports.push([
      `${name} ${period} (${compareWith})`,
      buildUnitReport(sample(name), { unit, period, compareWith }),
    ]);
  }
  reports.push([`${name} ${period}`, buildUnitReport(sample(name), { unit, period })]);
}
// The small district dataset: its warnings (a period the dataset does not cover) and
// records left out of the count.
const district = districtDataset();
for (const period of ["2024", "2024-Q2", "2022", "2026"]) {
  reports.push([
    `district 412 ${period}`,
    buildUnitReport(district, { unit: "412", period, compareWith: "same-period-last-year" }),
  ]);
}

describe("renderReport with a test-only locale", () => {
  for (const [name, report] of reports) {
    for (const format of ["text", "markdown"] as const) {
      for (const rounding of ["rounded", "exact"] as const) {
        it(`takes every word of ${name}, ${format}, ${rounding}, from the locale`, () => {
          const out = renderReport(report, { locale: MARKED, format, rounding });
          const english = renderReport(report, { locale: "en", format, rounding });
          expect(unmark(out)).toBe(english);
          const lines = proseLines(out);
          expect(lines.filter((line) => !line.includes("⟦"))).toEqual([]);
          // Outside the markers: headings' marks and numbers, bullets, bold, spaces.
          const escaped = lines.filter((line) => !/^[-#*IVX. ]*$/.test(outsideMarkers(line)));
          expect(escaped).toEqual([]);
        });
      }
    }
  }

  it("writes the notes of a dataset that does not cover the period in the locale's words", () => {
    const [, report] = reports.at(-1) as [string, UnitReport];
    expect(report.warnings.length).toBeGreaterThan(0);
    expect(renderReport(report, { locale: MARKED, format: "markdown" })).toContain("⟦Notes⟧");
  });
});

describe("renderReport with a locale given as data", () => {
  const report = buildUnitReport(sample("hoi-an-2023"), {
    unit: "503",
    period: "2023",
    compareWith: "same-period-last-year",
  });

  it("writes the built-in locales given by value as it writes them by name", () => {
    expect(renderReport(report, { locale: REPORT_LOCALE_VI })).toBe(
      renderReport(report, { locale: "vi" }),
    );
    expect(renderReport(report, { locale: REPORT_LOCALE_EN, format: "markdown" })).toBe(
      renderReport(report, { locale: "en", format: "markdown" }),
    );
  });

  it("writes a province's own wording where it replaces a message, and nothing else", () => {
    const title = "BÁO CÁO SƠ KẾT PHONG TRÀO NĂM 2023";
    const province: ReportLocale = {
      ...REPORT_LOCALE_VI,
      messages: {
        ...REPORT_LOCALE_VI.messages,
        header: { ...REPORT_LOCALE_VI.messages.header, title },
      },
    };
    const vi = renderReport(report, { locale: "vi" });
    expect(renderReport(report, { locale: province })).toBe(
      vi.replace(REPORT_LOCALE_VI.messages.header.title, title),
    );
  });

  it("rejects a locale that lacks a message, at compile time and by name at run time", () => {
    const { title, ...header } = REPORT_LOCALE_EN.messages.header;
    expect(title).not.toBe("");
    // @ts-expect-error: messages without the header's title are not a locale's messages
    const messages: ReportMessages = { ...REPORT_LOCALE_EN.messages, header };
    const incomplete: ReportLocale = { ...REPORT_LOCALE_EN, messages };
    expect(() => renderReport(report, { locale: incomplete })).toThrow(
      /report locale has no messages\.header\.title/,
    );
    const { suspect, ...nouns } = REPORT_LOCALE_EN.nouns;
    expect(suspect).not.toBeNull();
    // @ts-expect-error: a locale without a noun is not a ReportLocale
    const noNoun: ReportLocale = { ...REPORT_LOCALE_EN, nouns };
    expect(() => renderReport(report, { locale: noNoun })).toThrow(/nouns\.suspect/);
  });
});

describe("report locales from outside, checked before any sentence is written", () => {
  const report = buildUnitReport(sample("tam-ky-2022"), { unit: "502", period: "2022-H1" });
  const attempt = (locale: unknown) => () =>
    renderReport(report, { locale: locale as ReportLocale });

  it.each([["fr"], ["VI"], [null], [5]])("refuses the locale %j, naming what it takes", (l) => {
    expect(attempt(l)).toThrow(/invalid locale .*expected "vi", "en" or a ReportLocale/);
  });

  it("refuses a style other than vi and en, and a tag that is not a language tag", () => {
    expect(attempt({ ...REPORT_LOCALE_EN, style: "fr" })).toThrow(/style is "fr"/);
    expect(attempt({ ...REPORT_LOCALE_EN, tag: "not a tag!" })).toThrow(/BCP 47/);
  });

  it("names a message of the wrong kind, a text where a template is due", () => {
    const header = { ...REPORT_LOCALE_EN.messages.header, dateRange: "from to" };
    const messages = { ...REPORT_LOCALE_EN.messages, header };
    expect(attempt({ ...REPORT_LOCALE_EN, messages })).toThrow(/messages\.header\.dateRange/);
  });

  it("takes copies of the built-in locales, and either language's nouns", () => {
    expect(renderReport(report, { locale: { ...REPORT_LOCALE_VI } })).toBe(renderReport(report));
    const viNouns = { ...REPORT_LOCALE_EN, nouns: REPORT_LOCALE_VI.nouns };
    expect(() => renderReport(report, { locale: viNouns })).not.toThrow();
  });
});
