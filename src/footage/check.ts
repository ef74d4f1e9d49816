// checkExtraction and checkExtractions: a footage request against a footage policy.
import { label } from "../core/labels.js";
import { formatNumber } from "../core/money.js";
import type { FootageExtraction } from "../incidents/index.js";
import { EXTRACTION_PURPOSE_LABELS } from "../incidents/labels.js";
import type { FootageFinding } from "./findings.js";
import type { FootagePolicy } from "./schema.js";

/**
 * What {@link checkExtraction} knows beyond the request itself.
 *
 * @category Validation
 * @example
 * ```ts
 * import type { ExtractionCheckContext } from "antt/footage";
 * const context: ExtractionCheckContext = { requestsForCase: 2 };
 * ```
 */
export interface ExtractionCheckContext {
  /**
   * How many requests the same case (`caseRef`) made before this one; 0 when absent.
   * {@link checkExtractions} counts them itself.
   */
  readonly requestsForCase?: number | undefined;
}

/** The fields of a request the policy reads. */
type Request = Pick<
  FootageExtraction,
  "id" | "purpose" | "caseRef" | "legalBasis" | "footageFrom" | "footageTo" | "cameraIds" | "area"
>;

const purposeOf = (request: Request) => ({
  en: label(EXTRACTION_PURPOSE_LABELS, request.purpose, "en").toLowerCase(),
  vi: label(EXTRACTION_PURPOSE_LABELS, request.purpose, "vi").toLowerCase(),
});

const viNumber = (n: number) => formatNumber(n, { locale: "vi" });
const enNumber = (n: number) => formatNumber(n, { locale: "en" });

/** A span of minutes as people say it: "12 hours", "90 minutes", "12 hours 1 second". */
function duration(minutes: number): { en: string; vi: string } {
  const seconds = Math.round(minutes * 60);
  const parts: [number, string, string][] = [
    [Math.floor(seconds / 3600), "hour", "giờ"],
    [Math.floor((seconds % 3600) / 60), "minute", "phút"],
    [seconds % 60, "second", "giây"],
  ];
  const used = parts.filter(([n]) => n > 0);
  if (used.length === 0) return { en: "0 seconds", vi: "0 giây" };
  return {
    en: used.map(([n, en]) => `${enNumber(n)} ${en}${n === 1 ? "" : "s"}`).join(" "),
    vi: used.map(([n, , vi]) => `${viNumber(n)} ${vi}`).join(" "),
  };
}

/** The findings of one request; `requestsBefore` is the count of its case's earlier requests. */
function findingsOf(
  request: Request,
  policy: FootagePolicy,
  requestsBefore: number,
): FootageFinding[] {
  const out: FootageFinding[] = [];
  const extractionId = request.id;
  const purpose = purposeOf(request);
  if (policy.forbiddenPurposes.includes(request.purpose)) {
    out.push({
      extractionId,
      severity: "error",
      path: ["purpose"],
      code: "footage-purpose-forbidden",
      message: {
        en: `The policy forbids footage requests for ${purpose.en}: refuse the request`,
        vi: `Quy định cấm trích xuất dữ liệu với mục đích ${purpose.vi}: từ chối yêu cầu`,
      },
    });
  } else if (!policy.allowedPurposes.includes(request.purpose)) {
    out.push({
      extractionId,
      severity: "error",
      path: ["purpose"],
      code: "footage-purpose-not-allowed",
      message: {
        en: `The policy does not allow footage requests for ${purpose.en}`,
        vi: `Quy định không cho phép trích xuất dữ liệu với mục đích ${purpose.vi}`,
      },
    });
  }
  if (policy.caseRefRequiredFor.includes(request.purpose) && request.caseRef === undefined) {
    out.push({
      extractionId,
      severity: "error",
      path: ["caseRef"],
      code: "footage-case-ref-missing",
      message: {
        en: `A request for ${purpose.en} must give a case reference (caseRef)`,
        vi: `Yêu cầu với mục đích ${purpose.vi} phải ghi số hồ sơ vụ việc`,
      },
    });
  }
  if (policy.legalBasisRequiredFor.includes(request.purpose) && request.legalBasis === undefined) {
    out.push({
      extractionId,
      severity: "error",
      path: ["legalBasis"],
      code: "footage-legal-basis-missing",
      message: {
        en: `A request for ${purpose.en} must give its legal basis (legalBasis)`,
        vi: `Yêu cầu với mục đích ${purpose.vi} phải ghi căn cứ pháp lý`,
      },
    });
  }
  const minutes = (Date.parse(request.footageTo) - Date.parse(request.footageFrom)) / 60_000;
  if (policy.maxWindowMinutes !== null && minutes > policy.maxWindowMinutes) {
    const asked = duration(minutes);
    const most = duration(policy.maxWindowMinutes);
    out.push({
      extractionId,
      severity: "error",
      path: ["footageTo"],
      code: "footage-window-too-long",
      message: {
        en: `The request covers ${asked.en} of footage; the policy allows at most ${most.en}`,
        vi: `Yêu cầu trích xuất ${asked.vi} dữ liệu; quy định cho phép tối đa ${most.vi}`,
      },
    });
  } else if (policy.minWindowMinutes !== null && minutes < policy.minWindowMinutes) {
    const asked = duration(minutes);
    const least = duration(policy.minWindowMinutes);
    out.push({
      extractionId,
      severity: "warning",
      path: ["footageTo"],
      code: "footage-window-short",
      message: {
        en: `The request covers only ${asked.en} of footage, under the policy's ${least.en}: it may miss the event`,
        vi: `Yêu cầu chỉ trích xuất ${asked.vi} dữ liệu, ít hơn mức ${least.vi} của quy định: có thể không ghi được sự việc`,
      },
    });
  }
  const cameras = request.cameraIds.length;
  if (policy.maxCameras !== null && cameras > policy.maxCameras) {
    out.push({
      extractionId,
      severity: "error",
      path: ["cameraIds"],
      code: "footage-too-many-cameras",
      message: {
        en: `The request covers ${enNumber(cameras)} camera points; the policy allows at most ${enNumber(policy.maxCameras)}`,
        vi: `Yêu cầu trích xuất ${viNumber(cameras)} điểm camera; quy định cho phép tối đa ${viNumber(policy.maxCameras)}`,
      },
    });
  }
  if (policy.maxRadiusMetres !== null) {
    if (request.area === undefined) {
      out.push({
        extractionId,
        severity: "warning",
        path: ["area"],
        code: "footage-area-missing",
        message: {
          en: `The policy limits a request's radius to ${enNumber(policy.maxRadiusMetres)} m, but the request gives no area`,
          vi: `Quy định giới hạn bán kính yêu cầu ${viNumber(policy.maxRadiusMetres)} m nhưng yêu cầu không ghi khu vực`,
        },
      });
    } else if (request.area.radiusMetres > policy.maxRadiusMetres) {
      out.push({
        extractionId,
        severity: "error",
        path: ["area", "radiusMetres"],
        code: "footage-radius-too-wide",
        message: {
          en: `The request reaches ${enNumber(request.area.radiusMetres)} m around its centre; the policy allows at most ${enNumber(policy.maxRadiusMetres)} m`,
          vi: `Khu vực yêu cầu có bán kính ${viNumber(request.area.radiusMetres)} m; quy định cho phép tối đa ${viNumber(policy.maxRadiusMetres)} m`,
        },
      });
    }
  }
  if (
    policy.maxRequestsPerCase !== null &&
    request.caseRef !== undefined &&
    requestsBefore + 1 > policy.maxRequestsPerCase
  ) {
    const nth = requestsBefore + 1;
    out.push({
      extractionId,
      severity: "error",
      path: ["caseRef"],
      code: "footage-case-request-limit",
      message: {
        en: `This is request ${enNumber(nth)} of case ${request.caseRef}; the policy allows at most ${enNumber(policy.maxRequestsPerCase)} per case`,
        vi: `Đây là yêu cầu thứ ${viNumber(nth)} của hồ sơ ${request.caseRef}; quy định cho phép tối đa ${viNumber(policy.maxRequestsPerCase)} yêu cầu cho một vụ việc`,
      },
    });
  }
  return out;
}

/**
 * Checks one footage request against a footage policy (kiểm tra yêu cầu trích xuất theo
 * quy định) and returns what it finds, in English and Vietnamese.
 *
 * @description In order: a forbidden purpose, or one the policy does not allow
 * (`purpose`); a case reference or a legal basis the purpose requires (`caseRef`,
 * `legalBasis`); a window longer than the longest, or shorter than the shortest, a
 * warning (`footageTo`); more cameras than the most (`cameraIds`); a radius wider than the
 * widest (`area.radiusMetres`), or no area when the policy limits it, a warning (`area`);
 * a case over its number of requests (`caseRef`), counted from
 * `context.requestsForCase`. An empty list means the request keeps to the policy. A
 * refused request is checked like any other: the findings say whether refusing it was
 * called for.
 *
 * The function is pure and does not parse: give it an extraction that passed
 * `FootageExtractionSchema` and a policy from {@link footagePolicy} (or
 * {@link DEFAULT_FOOTAGE_POLICY}).
 *
 * @param extraction - the request, parsed
 * @param policy - the policy to check against
 * @param context - `requestsForCase`: the case's earlier requests
 * @returns the findings, errors and warnings, in the order above
 * @category Validation
 * @example
 * ```ts
 * import { checkExtraction, DEFAULT_FOOTAGE_POLICY } from "antt/footage";
 * const findings = checkExtraction(
 *   {
 *     id: "tx-1", unitCode: "15532", cameraIds: ["cam-1"],
 *     requestedAt: "2024-03-08T08:00:00+07:00", requestedBy: "Công an xã Xuân Sinh",
 *     footageFrom: "2024-03-07T00:00:00+07:00", footageTo: "2024-03-08T00:00:00+07:00",
 *     purpose: "incident-investigation", outcome: "pending",
 *   },
 *   DEFAULT_FOOTAGE_POLICY,
 * );
 * findings.map((f) => f.code); // ["footage-case-ref-missing", "footage-window-too-long"]
 * findings[1]?.message.vi; // "Yêu cầu trích xuất 24 giờ dữ liệu; quy định cho phép tối đa 12 giờ"
 * ```
 */
export function checkExtraction(
  extraction: FootageExtraction,
  policy: FootagePolicy,
  context: ExtractionCheckContext = {},
): FootageFinding[] {
  const before = context.requestsForCase ?? 0;
  if (!Number.isSafeInteger(before) || before < 0) {
    throw new RangeError(
      `checkExtraction: requestsForCase must be a whole number ≥ 0, not ${JSON.stringify(before)} (số yêu cầu trước đó không hợp lệ)`,
    );
  }
  return findingsOf(extraction, policy, before);
}

/**
 * Checks many footage requests against a footage policy, counting each case's requests
 * (kiểm tra các yêu cầu trích xuất theo quy định).
 *
 * @description Each request is checked as {@link checkExtraction} does; the requests of
 * one case (the same `caseRef`) are counted in the order they were requested
 * (`requestedAt`, then the order given), so that when the policy allows `n` per case the
 * requests after the `n`-th are found (`footage-case-request-limit`). Requests without
 * `caseRef` count for no case. Each finding's path starts at the request's index in the
 * input; findings come in the input's order.
 *
 * @param extractions - the requests, parsed: an array or any iterable
 * @param policy - the policy to check against
 * @returns the findings of every request
 * @category Validation
 * @example
 * ```ts
 * import type { FootageExtraction } from "antt";
 * import { checkExtractions, footagePolicy } from "antt/footage";
 * const request = (id: string, requestedAt: string): FootageExtraction => ({
 *   id, unitCode: "15532", cameraIds: ["cam-1"], requestedAt, requestedBy: "Công an xã",
 *   footageFrom: "2024-03-07T01:00:00+07:00", footageTo: "2024-03-07T02:00:00+07:00",
 *   purpose: "incident-investigation", caseRef: "VV-031/2024", outcome: "pending",
 * });
 * const findings = checkExtractions(
 *   [request("tx-2", "2024-03-09T08:00:00+07:00"), request("tx-1", "2024-03-08T08:00:00+07:00")],
 *   footagePolicy({ maxRequestsPerCase: 1 }),
 * );
 * findings.map((f) => [f.extractionId, f.path]); // [["tx-2", [0, "caseRef"]]]: the later one
 * ```
 */
export function checkExtractions(
  extractions: Iterable<FootageExtraction>,
  policy: FootagePolicy,
): FootageFinding[] {
  const list = [...extractions];
  const order = list.map((_, i) => i);
  order.sort((a, b) => {
    const x = Date.parse((list[a] as FootageExtraction).requestedAt);
    const y = Date.parse((list[b] as FootageExtraction).requestedAt);
    return x === y ? a - b : x - y;
  });
  const before = new Map<string, number>();
  const countBefore: number[] = new Array(list.length).fill(0);
  for (const i of order) {
    const caseRef = (list[i] as FootageExtraction).caseRef;
    if (caseRef === undefined) continue;
    const n = before.get(caseRef) ?? 0;
    countBefore[i] = n;
    before.set(caseRef, n + 1);
  }
  const out: FootageFinding[] = [];
  list.forEach((extraction, i) => {
    for (const finding of findingsOf(extraction, policy, countBefore[i] as number)) {
      out.push({ ...finding, path: [i, ...finding.path] });
    }
  });
  return out;
}
