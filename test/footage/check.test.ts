// checkExtraction, checkExtractions and custodyFindings: a footage request against a policy,
// and its custody log on a day, with every finding in English and Vietnamese and catalogued.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkExtraction,
  checkExtractions,
  custodyFindings,
  DEFAULT_FOOTAGE_POLICY,
  type FootageFinding,
  footagePolicy,
} from "../../src/footage/index.js";
import type { CustodyEntry, FootageExtraction } from "../../src/incidents/index.js";
import { describeProblem } from "../../src/problems/index.js";

const request: FootageExtraction = {
  id: "tx-1",
  unitCode: "15532",
  cameraIds: ["cam-1"],
  requestedAt: "2024-03-07T08:00:00+07:00",
  requestedBy: "Công an xã Xuân Sinh",
  footageFrom: "2024-03-07T01:00:00+07:00",
  footageTo: "2024-03-07T02:30:00+07:00",
  purpose: "incident-investigation",
  caseRef: "VV-031/2024",
  outcome: "pending",
};

const codes = (findings: readonly FootageFinding[]) => findings.map((f) => f.code);

/** Every finding is catalogued with its own severity, and written in both languages. */
function expectCatalogued(findings: readonly FootageFinding[]) {
  for (const f of findings) {
    const entry = describeProblem(f.code);
    expect(entry, f.code).toBeDefined();
    expect(entry?.severity, f.code).toBe(f.severity);
    expect(f.message.en.length).toBeGreaterThan(10);
    expect(f.message.vi.length).toBeGreaterThan(10);
    expect(f.message.vi).not.toBe(f.message.en);
  }
}

describe("checkExtraction against the default policy", () => {
  it("finds nothing in a request that keeps to it", () => {
    expect(checkExtraction(request, DEFAULT_FOOTAGE_POLICY)).toEqual([]);
  });

  it("finds a forbidden purpose, and says to refuse it in both languages", () => {
    const findings = checkExtraction(
      { ...request, purpose: "lawful-assembly" },
      DEFAULT_FOOTAGE_POLICY,
    );
    expect(findings).toEqual([
      {
        extractionId: "tx-1",
        severity: "error",
        path: ["purpose"],
        code: "footage-purpose-forbidden",
        message: {
          en: "The policy forbids footage requests for watching people at a lawful assembly: refuse the request",
          vi: "Quy định cấm trích xuất dữ liệu với mục đích theo dõi người tham gia tụ tập, hội họp hợp pháp: từ chối yêu cầu",
        },
      },
    ]);
  });

  it("needs a case reference to investigate an incident, after Flock and Ring, not to find lost property", () => {
    const { caseRef: _, ...withoutCase } = request;
    const [finding] = checkExtraction(withoutCase, DEFAULT_FOOTAGE_POLICY);
    expect(finding?.code).toBe("footage-case-ref-missing");
    expect(finding?.path).toEqual(["caseRef"]);
    expect(finding?.message.en).toBe(
      "A request for investigating an incident must give a case reference (caseRef)",
    );
    expect(finding?.message.vi).toBe(
      "Yêu cầu với mục đích phục vụ xác minh, điều tra vụ việc phải ghi số hồ sơ vụ việc",
    );
    expect(
      checkExtraction({ ...withoutCase, purpose: "lost-property" }, DEFAULT_FOOTAGE_POLICY),
    ).toEqual([]);
  });

  it("allows 12 hours of footage and no more, Ring's longest window", () => {
    const twelve = {
      ...request,
      footageFrom: "2024-03-06T20:00:00+07:00",
      footageTo: "2024-03-07T08:00:00+07:00",
    };
    expect(checkExtraction(twelve, DEFAULT_FOOTAGE_POLICY)).toEqual([]);
    const [finding] = checkExtraction(
      { ...twelve, footageTo: "2024-03-07T08:00:01+07:00" },
      DEFAULT_FOOTAGE_POLICY,
    );
    expect(finding?.code).toBe("footage-window-too-long");
    expect(finding?.path).toEqual(["footageTo"]);
    expect(finding?.message.vi).toBe(
      "Yêu cầu trích xuất 12 giờ 1 giây dữ liệu; quy định cho phép tối đa 12 giờ",
    );
  });

  it("warns of a window under Ring's 15 minutes", () => {
    const [finding] = checkExtraction(
      { ...request, footageTo: "2024-03-07T01:10:00+07:00" },
      DEFAULT_FOOTAGE_POLICY,
    );
    expect(finding).toMatchObject({ code: "footage-window-short", severity: "warning" });
    expect(finding?.message.en).toContain(
      "only 10 minutes of footage, under the policy's 15 minutes",
    );
    expect(finding?.message.vi).toContain("chỉ trích xuất 10 phút dữ liệu");
  });

  it("sets no limit on cameras, radius or requests per case, which no source gives", () => {
    const wide: FootageExtraction = {
      ...request,
      cameraIds: Array.from({ length: 200 }, (_, i) => `cam-${i}`),
      area: { centre: { lat: 19.93, lng: 105.36 }, radiusMetres: 50_000 },
    };
    expect(checkExtraction(wide, DEFAULT_FOOTAGE_POLICY, { requestsForCase: 99 })).toEqual([]);
  });
});

describe("checkExtraction against a province's policy", () => {
  const province = footagePolicy({
    maxCameras: 3,
    maxRadiusMetres: 500,
    maxRequestsPerCase: 2,
    legalBasisRequiredFor: ["incident-investigation"],
    allowedPurposes: ["incident-investigation", "traffic-accident"],
  });

  it("finds too many cameras, too wide an area, no legal basis, in Vietnamese numbers", () => {
    const findings = checkExtraction(
      {
        ...request,
        cameraIds: ["c1", "c2", "c3", "c4"],
        area: { centre: { lat: 19.93, lng: 105.36 }, radiusMetres: 1500 },
      },
      province,
    );
    expect(codes(findings)).toEqual([
      "footage-legal-basis-missing",
      "footage-too-many-cameras",
      "footage-radius-too-wide",
    ]);
    expect(findings[2]?.path).toEqual(["area", "radiusMetres"]);
    expect(findings[2]?.message.vi).toBe(
      "Khu vực yêu cầu có bán kính 1.500 m; quy định cho phép tối đa 500 m",
    );
    expect(findings[2]?.message.en).toContain("1,500 m around its centre");
    expectCatalogued(findings);
  });

  it("finds a purpose the province does not allow, and warns of a request with no area", () => {
    const findings = checkExtraction(
      { ...request, purpose: "missing-person", legalBasis: "Công văn 12/CAX" },
      province,
    );
    expect(codes(findings)).toEqual(["footage-purpose-not-allowed", "footage-area-missing"]);
    expect(findings[1]?.severity).toBe("warning");
    expectCatalogued(findings);
  });

  it("counts the case's earlier requests from the context, and rejects a bad count", () => {
    const ok = {
      ...request,
      legalBasis: "Quyết định 5/QĐ",
      area: { centre: { lat: 1, lng: 1 }, radiusMetres: 100 },
    };
    expect(checkExtraction(ok, province, { requestsForCase: 1 })).toEqual([]);
    const [finding] = checkExtraction(ok, province, { requestsForCase: 2 });
    expect(finding?.code).toBe("footage-case-request-limit");
    expect(finding?.message.vi).toBe(
      "Đây là yêu cầu thứ 3 của hồ sơ VV-031/2024; quy định cho phép tối đa 2 yêu cầu cho một vụ việc",
    );
    expect(() => checkExtraction(ok, province, { requestsForCase: -1 })).toThrow(RangeError);
  });
});

describe("checkExtractions: many requests, each case counted", () => {
  const policy = footagePolicy({ maxRequestsPerCase: 2 });
  const at = (id: string, requestedAt: string, caseRef?: string): FootageExtraction => {
    const { caseRef: _, ...rest } = request;
    return { ...rest, id, requestedAt, purpose: "lost-property", ...(caseRef && { caseRef }) };
  };

  it("finds the requests past the limit in the order they were made, not the order given", () => {
    const findings = checkExtractions(
      [
        at("c", "2024-03-09T08:00:00+07:00", "A"),
        at("a", "2024-03-07T08:00:00+07:00", "A"),
        at("x", "2024-03-07T09:00:00+07:00", "B"),
        at("b", "2024-03-08T08:00:00+07:00", "A"),
        at("d", "2024-03-10T08:00:00+07:00"),
      ],
      policy,
    );
    expect(findings.map((f) => [f.extractionId, f.path])).toEqual([["c", [0, "caseRef"]]]);
  });

  it("gives each request the findings checkExtraction gives, its index first", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            hours: fc.integer({ min: 0, max: 30 }),
            cameras: fc.integer({ min: 1, max: 5 }),
            purpose: fc.constantFrom(
              "incident-investigation",
              "lawful-assembly",
              "lost-property" as const,
            ),
            caseRef: fc.option(fc.constantFrom("A", "B"), { nil: undefined }),
          }),
          { maxLength: 12 },
        ),
        (specs) => {
          const list = specs.map((s, i) => {
            const { caseRef: _, ...rest } = request;
            return {
              ...rest,
              id: `tx-${i}`,
              requestedAt: `2024-03-${String(10 + i).padStart(2, "0")}T08:00:00+07:00`,
              footageTo:
                `2024-03-0${1 + Math.floor(s.hours / 24)}T${String(1 + (s.hours % 24)).padStart(2, "0")}:00:00+07:00`.replace(
                  "T24",
                  "T23",
                ),
              footageFrom: "2024-03-01T00:30:00+07:00",
              cameraIds: Array.from({ length: s.cameras }, (_, k) => `cam-${k}`),
              purpose: s.purpose,
              ...(s.caseRef && { caseRef: s.caseRef }),
            } satisfies FootageExtraction;
          });
          const strict = footagePolicy({ maxCameras: 3, maxRequestsPerCase: 1 });
          const all = checkExtractions(list, strict);
          const seen = new Map<string, number>();
          const expected = list.flatMap((x, i) => {
            const before = x.caseRef === undefined ? 0 : (seen.get(x.caseRef) ?? 0);
            if (x.caseRef !== undefined) seen.set(x.caseRef, before + 1);
            return checkExtraction(x, strict, { requestsForCase: before }).map((f) => ({
              ...f,
              path: [i, ...f.path],
            }));
          });
          expect(all).toEqual(expected);
          expectCatalogued(all);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("custodyFindings: the custody log on a day", () => {
  const copied: CustodyEntry = {
    at: "2024-03-07T10:00:00+07:00",
    action: "copied",
    by: "Đại úy Lê Văn B",
    reason: "Lưu hồ sơ",
    copy: "USB 02",
    retainUntil: "2024-06-30",
  };
  const deleted = (at: string, copy?: string): CustodyEntry => ({
    at,
    action: "deleted",
    by: "Đại úy Lê Văn B",
    reason: "Hết hạn lưu",
    ...(copy !== undefined && { copy }),
  });
  const withLog = (custody: CustodyEntry[]): FootageExtraction => ({ ...request, custody });

  it("finds nothing until the copy's date, then a copy kept past it", () => {
    expect(custodyFindings(withLog([copied]), { asOf: "2024-06-30" })).toEqual([]);
    const findings = custodyFindings(withLog([copied]), { asOf: "2024-07-01" });
    expect(findings).toEqual([
      {
        extractionId: "tx-1",
        severity: "error",
        path: ["custody", 0, "retainUntil"],
        code: "custody-copy-overdue",
        message: {
          en: 'The copy "USB 02" was to be kept until 2024-06-30; on 2024-07-01 the log records no deletion',
          vi: 'Bản sao "USB 02" chỉ được lưu đến ngày 30/06/2024; đến ngày 01/07/2024 nhật ký chưa ghi việc xóa',
        },
      },
    ]);
    expectCatalogued(findings);
  });

  it("counts a deletion of the copy, or of the whole footage, and warns of one after the date", () => {
    expect(
      custodyFindings(withLog([copied, deleted("2024-06-30T17:00:00+07:00", "USB 02")]), {
        asOf: "2025-01-01",
      }),
    ).toEqual([]);
    expect(
      custodyFindings(withLog([copied, deleted("2024-06-30T17:00:00+07:00")]), {
        asOf: "2025-01-01",
      }),
    ).toEqual([]);
    const late = custodyFindings(
      withLog([copied, deleted("2024-07-02T09:00:00+07:00", "USB 02")]),
      {
        asOf: "2025-01-01",
      },
    );
    expect(late.map((f) => [f.code, f.severity])).toEqual([
      ["custody-copy-deleted-late", "warning"],
    ]);
    expect(late[0]?.message.vi).toContain("đến ngày 02/07/2024 mới xóa");
    expectCatalogued(late);
  });

  it("does not count the deletion of another copy, nor one after the day checked", () => {
    const other = { ...copied, at: "2024-03-07T11:00:00+07:00", copy: "USB 03" };
    const log = [copied, other, deleted("2024-06-01T09:00:00+07:00", "USB 03")];
    expect(codes(custodyFindings(withLog(log), { asOf: "2024-07-01" }))).toEqual([
      "custody-copy-overdue",
    ]);
    const later = [copied, deleted("2024-08-01T09:00:00+07:00", "USB 02")];
    expect(codes(custodyFindings(withLog(later), { asOf: "2024-07-15" }))).toEqual([
      "custody-copy-overdue",
    ]);
  });

  it("lets a new copy of the same name carry a later date", () => {
    const kept = {
      ...copied,
      at: "2024-06-29T09:00:00+07:00",
      reason: "Gia hạn lưu",
      retainUntil: "2024-12-31",
    };
    expect(custodyFindings(withLog([copied, kept]), { asOf: "2024-09-01" })).toEqual([]);
  });

  it("reports the log's own rules too, and rejects a day that is not one", () => {
    const viewed: CustodyEntry = {
      at: "2024-03-07T09:00:00+07:00",
      action: "viewed",
      by: "A",
      reason: "B",
    };
    expect(codes(custodyFindings(withLog([copied, viewed]), { asOf: "2024-04-01" }))).toEqual([
      "custody-out-of-order",
    ]);
    expect(custodyFindings(request, { asOf: "2030-01-01" })).toEqual([]);
    expect(() => custodyFindings(request, { asOf: "2024-02-30" })).toThrow(/Ngày kiểm tra/);
  });
});
