import * as z from "zod";
import {
  CalendarDateSchema,
  CountSchema,
  codeList,
  ExtSchema,
  GeoPointSchema,
  IdSchema,
  InstantSchema,
  labelFields,
  NameSchema,
  personalData,
  TextSchema,
  UnitCodeSchema,
  VndSchema,
  vietnamDateOf,
} from "../core/index.js";
import {
  compareInstants,
  fail,
  fieldsOk,
  noDuplicates,
  RUN_WITH_OTHER_ISSUES,
  viDate,
} from "../core/refine.js";
import { custodyProblems } from "./custody.js";
import {
  CASUALTIES_FIELDS,
  CLARIFICATION_FIELDS,
  CUSTODY_ENTRY_FIELDS,
  EXTRACTION_AREA_FIELDS,
  FOOTAGE_EXTRACTION_FIELDS,
  INCIDENT_FIELDS,
} from "./field-labels.js";
import {
  ACCIDENT_CATEGORIES,
  CLARIFICATION_MEANS_LABELS,
  CUSTODY_ACTION_LABELS,
  EXTRACTION_OUTCOME_LABELS,
  EXTRACTION_PURPOSE_LABELS,
  INCIDENT_CATEGORY_LABELS,
  INCIDENT_CAUSE_LABELS,
  INCIDENT_DETECTION_LABELS,
  INCIDENT_LEGAL_CLASS_LABELS,
  INCIDENT_STATUS_LABELS,
  TRAFFIC_SEVERITY_LABELS,
} from "./labels.js";

/**
 * The category of an incident (see {@link INCIDENT_CATEGORY_LABELS}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { IncidentCategorySchema } from "antt";
 * IncidentCategorySchema.parse("traffic-accident");
 * IncidentCategorySchema.safeParse("burglary").success; // false
 * ```
 */
export const IncidentCategorySchema = /* @__PURE__ */ (() =>
  codeList(INCIDENT_CATEGORY_LABELS, "Incident category"))();

/**
 * The legal class of an incident (see {@link INCIDENT_LEGAL_CLASS_LABELS}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { IncidentLegalClassSchema } from "antt";
 * IncidentLegalClassSchema.parse("administrative");
 * ```
 */
export const IncidentLegalClassSchema = /* @__PURE__ */ (() =>
  codeList(INCIDENT_LEGAL_CLASS_LABELS, "Legal class of an incident"))();

/**
 * How an incident was detected (see {@link INCIDENT_DETECTION_LABELS}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { IncidentDetectionSchema } from "antt";
 * IncidentDetectionSchema.parse("patrol");
 * ```
 */
export const IncidentDetectionSchema = /* @__PURE__ */ (() =>
  codeList(INCIDENT_DETECTION_LABELS, "How the incident came to the police's notice"))();

/**
 * The handling status of an incident (see {@link INCIDENT_STATUS_LABELS}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { IncidentStatusSchema } from "antt";
 * IncidentStatusSchema.parse("investigating");
 * ```
 */
export const IncidentStatusSchema = /* @__PURE__ */ (() =>
  codeList(INCIDENT_STATUS_LABELS, "Where the incident stands in its handling"))();

/**
 * A means of clarifying an incident (see {@link CLARIFICATION_MEANS_LABELS}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { ClarificationMeansSchema } from "antt";
 * ClarificationMeansSchema.parse("camera");
 * ```
 */
export const ClarificationMeansSchema = /* @__PURE__ */ (() =>
  codeList(CLARIFICATION_MEANS_LABELS, "A means by which the incident was clarified"))();

/**
 * The purpose of a footage extraction (see {@link EXTRACTION_PURPOSE_LABELS}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { ExtractionPurposeSchema } from "antt";
 * ExtractionPurposeSchema.parse("lost-property");
 * ```
 */
export const ExtractionPurposeSchema = /* @__PURE__ */ (() =>
  codeList(EXTRACTION_PURPOSE_LABELS, "Why the footage was extracted"))();

/**
 * The outcome of a footage extraction (see {@link EXTRACTION_OUTCOME_LABELS}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { ExtractionOutcomeSchema } from "antt";
 * ExtractionOutcomeSchema.parse("pending");
 * ```
 */
export const ExtractionOutcomeSchema = /* @__PURE__ */ (() =>
  codeList(EXTRACTION_OUTCOME_LABELS, "What the extraction achieved"))();

/**
 * What was done with extracted footage, in its custody log (see
 * {@link CUSTODY_ACTION_LABELS}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { CustodyActionSchema } from "antt";
 * CustodyActionSchema.parse("handed-over");
 * CustodyActionSchema.safeParse("printed").success; // false
 * ```
 */
export const CustodyActionSchema = /* @__PURE__ */ (() =>
  codeList(CUSTODY_ACTION_LABELS, "What was done with the footage"))();

/**
 * The area a footage request covers: a centre and a radius in metres.
 *
 * @description Footage policies limit how wide a request may reach (Ring limits each
 * request to an area); `checkExtraction` in `antt/footage` compares the radius with the
 * policy's widest.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ExtractionAreaSchema } from "antt";
 * ExtractionAreaSchema.parse({ centre: { lat: 19.93, lng: 105.36 }, radiusMetres: 300 });
 * ExtractionAreaSchema.safeParse({ centre: { lat: 19.93, lng: 105.36 }, radiusMetres: 0 }).success; // false
 * ```
 */
export const ExtractionAreaSchema = /* @__PURE__ */ (() =>
  labelFields(
    z
      .strictObject({
        /** Centre of the area (WGS 84) */
        centre: GeoPointSchema.describe("Centre of the area (WGS 84)"),
        /** Radius of the area in metres, 1 to 100,000 */
        radiusMetres: z
          .int()
          .min(1)
          .max(100_000)
          .describe("Radius of the area in metres, 1 to 100,000"),
      })
      .describe("The area a footage request covers: a centre and a radius"),
    EXTRACTION_AREA_FIELDS,
  ))();

/**
 * The area a footage request covers (see {@link ExtractionAreaSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { ExtractionArea } from "antt";
 * const area: ExtractionArea = { centre: { lat: 19.93, lng: 105.36 }, radiusMetres: 300 };
 * ```
 *
 * @interface
 */
export type ExtractionArea = z.infer<typeof ExtractionAreaSchema>;

/**
 * One entry of a footage extraction's custody log (nhật ký quản lý, truy cập dữ liệu):
 * who did what with the footage, when, why, and under which case.
 *
 * @description A `copied` entry names the copy it made (`copy`, such as "USB 02") and the
 * day it must be deleted by (`retainUntil`); a later `deleted` or `handed-over` entry
 * names the copy it concerns, or none for the footage itself. A `handed-over` entry says
 * to whom (`to`). The log is append-only: entries are in the order they happened; the
 * rules are checked with the extraction (see {@link FootageExtractionSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { CustodyEntrySchema } from "antt";
 * CustodyEntrySchema.parse({
 *   at: "2024-03-07T09:00:00+07:00",
 *   action: "copied",
 *   by: "Đại úy Lê Văn B",
 *   reason: "Lưu hồ sơ vụ trộm",
 *   caseRef: "VV-031/2024",
 *   copy: "USB 02",
 *   retainUntil: "2024-09-07",
 * });
 * ```
 */
export const CustodyEntrySchema = /* @__PURE__ */ (() =>
  labelFields(
    z
      .strictObject({
        /** When it was done (ISO 8601 with offset) */
        at: InstantSchema.describe("When it was done (ISO 8601 with offset)"),
        /** What was done: viewed, copied, handed-over or deleted */
        action: CustodyActionSchema.describe(
          "What was done: viewed, copied, handed-over or deleted",
        ),
        /**
         * Who did it: an officer or a unit, in words; personal data (basic): it may name the
         * officer
         */
        by: NameSchema.describe(
          "Who did it: an officer or a unit, in words; personal data (basic): it may name the officer",
        ).meta(personalData("basic")),
        /** Why it was done */
        reason: TextSchema.describe("Why it was done"),
        /** Reference of the case it was done under */
        caseRef: NameSchema.optional().describe("Reference of the case it was done under"),
        /** For a hand-over: the body the footage or copy was handed to */
        to: NameSchema.optional().describe(
          "For a hand-over: the body the footage or copy was handed to",
        ),
        /** Name of the copy made (copied) or concerned (handed-over, deleted) */
        copy: NameSchema.optional().describe(
          "Name of the copy made (copied) or concerned (handed-over, deleted)",
        ),
        /** For a copy: the day it must be deleted by (Vietnam) */
        retainUntil: CalendarDateSchema.optional().describe(
          "For a copy: the day it must be deleted by (Vietnam)",
        ),
      })
      .describe("One entry of a footage extraction's custody log"),
    CUSTODY_ENTRY_FIELDS,
  ))();

/**
 * One entry of a custody log (see {@link CustodyEntrySchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { CustodyEntry } from "antt";
 * const viewed: CustodyEntry = {
 *   at: "2024-03-07T08:30:00+07:00",
 *   action: "viewed",
 *   by: "Trực ban Công an xã Xuân Sinh",
 *   reason: "Xác minh vụ trộm",
 * };
 * ```
 *
 * @interface
 */
export type CustodyEntry = z.infer<typeof CustodyEntrySchema>;

/**
 * The cause of a fire or a traffic accident (see {@link INCIDENT_CAUSE_LABELS}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { IncidentCauseSchema } from "antt";
 * IncidentCauseSchema.parse("electrical");
 * IncidentCauseSchema.safeParse("short-circuit").success; // false
 * ```
 */
export const IncidentCauseSchema = /* @__PURE__ */ (() =>
  codeList(INCIDENT_CAUSE_LABELS, "Cause of a fire or a traffic accident"))();

/**
 * The severity of a traffic accident: accident proper or collision (see
 * {@link TRAFFIC_SEVERITY_LABELS}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { TrafficSeveritySchema } from "antt";
 * TrafficSeveritySchema.parse("collision");
 * ```
 */
export const TrafficSeveritySchema = /* @__PURE__ */ (() =>
  codeList(TRAFFIC_SEVERITY_LABELS, "Traffic accident proper or traffic collision"))();

/**
 * The casualties of an incident (thiệt hại về người): deaths and injuries.
 *
 * @description Each count is given only when it is known; a count of 0 is a statement
 * ("không có người chết"), a missing count says nothing. Reports write "không gây thiệt
 * hại về người" only for incidents that give both counts, as 0.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { CasualtiesSchema } from "antt";
 * CasualtiesSchema.parse({ deaths: 0, injuries: 2 });
 * CasualtiesSchema.safeParse({ deaths: -1 }).success; // false
 * ```
 */
export const CasualtiesSchema = /* @__PURE__ */ (() =>
  labelFields(
    z
      .strictObject({
        /** People killed (số người chết); 0 when none died */
        deaths: CountSchema.optional().describe("People killed (số người chết); 0 when none died"),
        /** People injured (số người bị thương); 0 when none was hurt */
        injuries: CountSchema.optional().describe(
          "People injured (số người bị thương); 0 when none was hurt",
        ),
      })
      .describe("Casualties of the incident (thiệt hại về người): deaths and injuries"),
    CASUALTIES_FIELDS,
  ))();

/**
 * The casualties of an incident (see {@link CasualtiesSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { Casualties } from "antt";
 * const none: Casualties = { deaths: 0, injuries: 0 };
 * ```
 *
 * @interface
 */
export type Casualties = z.infer<typeof CasualtiesSchema>;

const ACCIDENT_CATEGORY_SET: ReadonlySet<string> = new Set(ACCIDENT_CATEGORIES);

/**
 * How an incident was clarified (làm rõ): the day and the means.
 *
 * @description `on` is a calendar day in Vietnam rather than an instant, because
 * clarification is recorded and reported by day. `by` lists each means once; an
 * incident "clarified through footage" has `camera` among them.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ClarificationSchema } from "antt";
 * ClarificationSchema.parse({ on: "2024-03-09", by: ["camera"] });
 * ClarificationSchema.safeParse({ on: "2024-03-09", by: [] }).success; // false
 * ```
 */
export const ClarificationSchema = /* @__PURE__ */ (() =>
  labelFields(
    z
      .strictObject({
        /** Day the incident was clarified (Vietnam) */
        on: CalendarDateSchema.describe("Day the incident was clarified (Vietnam)"),
        /** Means by which it was clarified, each at most once */
        by: z
          .array(ClarificationMeansSchema)
          .min(1)
          .max(5)
          .describe("Means by which it was clarified, each at most once"),
      })
      .superRefine((value, ctx) => {
        if (fieldsOk(ctx, "by")) {
          noDuplicates(ctx, "clarification-means-repeated", "by", value.by, {
            en: "Means",
            vi: "Biện pháp",
          });
        }
      }, RUN_WITH_OTHER_ISSUES)
      .describe("How and when the incident was clarified (làm rõ)"),
    CLARIFICATION_FIELDS,
  ))();

/**
 * How an incident was clarified (see {@link ClarificationSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { Clarification } from "antt";
 * const clarified: Clarification = { on: "2024-03-09", by: ["camera", "investigation"] };
 * ```
 *
 * @interface
 */
export type Clarification = z.infer<typeof ClarificationSchema>;

const UNCLARIFIED_STATUSES: ReadonlySet<string> = new Set(["received", "investigating"]);

/**
 * An incident (vụ việc) on security and order: what happened, when and where, how it was
 * detected, which cameras were involved, and whether it was clarified.
 *
 * @description
 * `legalClass` is set only when the incident's legal class differs from its category's
 * default (a gambling case fined administratively); {@link incidentLegalClass} gives the
 * class to count it under. `clarified` is what reports count as "làm rõ"; `status` is
 * where the handling stands.
 *
 * Rules checked with the record (each reported at the path given):
 * - `reportedAt` is not before `occurredAt` (`reportedAt`);
 * - `status: "clarified"` needs the `clarified` block (`clarified`); an incident with a
 *   `clarified` block is not `received` or `investigating` (`status`); a `transferred`
 *   or `closed` incident may or may not have been clarified;
 * - `clarified.on` is not before the Vietnamese day of `occurredAt` (`clarified.on`);
 * - `cameraIds` and `clarified.by` list each item once (`cameraIds.<i>`,
 *   `clarified.by.<i>`);
 * - `cause` is given only for a fire or a traffic accident (`ACCIDENT_CATEGORIES`), and
 *   `trafficSeverity` only for a traffic accident (`cause`, `trafficSeverity`);
 * - a traffic collision (`trafficSeverity: "collision"`) has no death: a death makes it a
 *   traffic accident (`trafficSeverity`).
 *
 * That each of `cameraIds` names a camera point of the dataset is a rule across records,
 * checked by the dataset.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { IncidentSchema } from "antt";
 * IncidentSchema.parse({
 *   id: "vv-2024-031",
 *   category: "theft",
 *   occurredAt: "2024-03-07T01:40:00+07:00",
 *   reportedAt: "2024-03-07T06:15:00+07:00",
 *   unitCode: "15532",
 *   detectedBy: "report",
 *   cameraIds: ["cam-xs-004", "cam-xs-005"],
 *   status: "clarified",
 *   clarified: { on: "2024-03-07", by: ["camera"] },
 *   suspects: 2,
 * });
 * ```
 */
export const IncidentSchema = /* @__PURE__ */ (() =>
  labelFields(
    z
      .strictObject({
        /** Identifier of the incident */
        id: IdSchema.describe("Identifier of the incident"),
        /** What kind of incident it is */
        category: IncidentCategorySchema.describe("What kind of incident it is"),
        /** Legal class when it differs from the category's default (see defaultLegalClassOf) */
        legalClass: IncidentLegalClassSchema.optional().describe(
          "Legal class when it differs from the category's default (see defaultLegalClassOf)",
        ),
        /** When the incident happened (ISO 8601 with offset) */
        occurredAt: InstantSchema.describe("When the incident happened (ISO 8601 with offset)"),
        /** When the police learned of it; not before occurredAt */
        reportedAt: InstantSchema.optional().describe(
          "When the police learned of it; not before occurredAt",
        ),
        /** Code of the unit (commune or village) where it happened */
        unitCode: UnitCodeSchema.describe(
          "Code of the unit (commune or village) where it happened",
        ),
        /** Date the unit code was valid for; the Vietnamese day of occurredAt when absent */
        unitCodeAsOf: CalendarDateSchema.optional().describe(
          "Date the unit code was valid for; the Vietnamese day of occurredAt when absent",
        ),
        /** Where it happened (WGS 84); personal data (basic): it may be someone's home */
        location: GeoPointSchema.optional()
          .describe("Where it happened (WGS 84); personal data (basic): it may be someone's home")
          .meta(personalData("basic")),
        /**
         * Street address or description of the place; personal data (basic): it may be
         * someone's home
         */
        address: NameSchema.optional()
          .describe(
            "Street address or description of the place; personal data (basic): it may be someone's home",
          )
          .meta(personalData("basic")),
        /** How it came to the police's notice: camera, patrol, tip, report or other */
        detectedBy: IncidentDetectionSchema.describe(
          "How it came to the police's notice: camera, patrol, tip, report or other",
        ),
        /** Ids of the camera points involved (that recorded it), each once */
        cameraIds: z
          .array(IdSchema)
          .max(1000)
          .optional()
          .describe("Ids of the camera points involved (that recorded it), each once"),
        /** Where the handling stands */
        status: IncidentStatusSchema.describe("Where the handling stands"),
        /** When and how it was clarified; required when status is clarified */
        clarified: ClarificationSchema.optional().describe(
          "When and how it was clarified; required when status is clarified",
        ),
        /** Number of suspects (đối tượng) identified */
        suspects: CountSchema.optional().describe("Number of suspects (đối tượng) identified"),
        /** Number of victims (bị hại) */
        victims: CountSchema.optional().describe("Number of victims (bị hại)"),
        /** Estimated damage or value taken, in whole đồng */
        damageVnd: VndSchema.optional().describe("Estimated damage or value taken, in whole đồng"),
        /** Deaths and injuries (thiệt hại về người); a count of 0 is a statement */
        casualties: CasualtiesSchema.optional().describe(
          "Deaths and injuries (thiệt hại về người); a count of 0 is a statement",
        ),
        /** Cause of a fire or a traffic accident (nguyên nhân) */
        cause: IncidentCauseSchema.optional().describe(
          "Cause of a fire or a traffic accident (nguyên nhân)",
        ),
        /** For a traffic accident: accident proper (tai nạn) or collision (va chạm) */
        trafficSeverity: TrafficSeveritySchema.optional().describe(
          "For a traffic accident: accident proper (tai nạn) or collision (va chạm)",
        ),
        /**
         * What happened, in words; personal data (sensitive): it may name the people involved
         * in an offence
         */
        description: TextSchema.optional()
          .describe(
            "What happened, in words; personal data (sensitive): it may name the people involved in an offence",
          )
          .meta(personalData("sensitive")),
        /** App-specific data, not interpreted by the library */
        ext: ExtSchema.optional(),
      })
      .superRefine((incident, ctx) => {
        if (
          fieldsOk(ctx, "occurredAt", "reportedAt") &&
          incident.reportedAt !== undefined &&
          compareInstants(incident.reportedAt, incident.occurredAt) < 0
        ) {
          fail(
            ctx,
            "incident-reported-before-occurred",
            ["reportedAt"],
            `The incident is reported at ${incident.reportedAt}, before it happened at ${incident.occurredAt}`,
            "Thời điểm tiếp nhận trước thời điểm xảy ra vụ việc",
          );
        }
        if (fieldsOk(ctx, "status", "clarified")) {
          if (incident.status === "clarified" && incident.clarified === undefined) {
            fail(
              ctx,
              "incident-clarified-without-details",
              ["clarified"],
              "A clarified incident needs the clarified block (when and by what means)",
              "Vụ việc đã làm rõ phải ghi ngày và biện pháp làm rõ",
            );
          }
          if (incident.clarified !== undefined && UNCLARIFIED_STATUSES.has(incident.status)) {
            fail(
              ctx,
              "incident-clarified-status-open",
              ["status"],
              `The incident has a clarified block but its status is ${incident.status}`,
              "Vụ việc đã có thông tin làm rõ nhưng trạng thái vẫn là đang tiếp nhận hoặc xác minh",
            );
          }
        }
        if (fieldsOk(ctx, "occurredAt", "clarified") && incident.clarified !== undefined) {
          const occurredOn = vietnamDateOf(incident.occurredAt);
          if (incident.clarified.on < occurredOn) {
            fail(
              ctx,
              "incident-clarified-before-occurred",
              ["clarified", "on"],
              `The incident is clarified on ${incident.clarified.on}, before it happened on ${occurredOn}`,
              `Ngày làm rõ ${viDate(incident.clarified.on)} trước ngày xảy ra vụ việc ${viDate(occurredOn)}`,
            );
          }
        }
        if (fieldsOk(ctx, "cameraIds")) {
          noDuplicates(ctx, "incident-camera-repeated", "cameraIds", incident.cameraIds, {
            en: "Camera",
            vi: "Camera",
          });
        }
        accidentRules(incident, ctx);
      }, RUN_WITH_OTHER_ISSUES)
      .describe("An incident (vụ việc) on security and order"),
    INCIDENT_FIELDS,
  ))();

/** The rules of the fields of fires and traffic accidents: cause, severity, casualties. */
function accidentRules(
  incident: {
    readonly category: string;
    readonly cause?: string | undefined;
    readonly trafficSeverity?: string | undefined;
    readonly casualties?: { readonly deaths?: number | undefined } | undefined;
  },
  ctx: z.core.$RefinementCtx<unknown>,
): void {
  if (!fieldsOk(ctx, "category")) return;
  const category = incident.category;
  if (
    incident.cause !== undefined &&
    fieldsOk(ctx, "cause") &&
    !ACCIDENT_CATEGORY_SET.has(category)
  ) {
    fail(
      ctx,
      "incident-cause-not-applicable",
      ["cause"],
      `The cause (cause) is recorded for fires and traffic accidents only, not for a ${category} incident`,
      "Nguyên nhân chỉ ghi cho vụ cháy, nổ hoặc tai nạn, va chạm giao thông; xóa nguyên nhân hoặc sửa loại vụ việc",
    );
  }
  if (incident.trafficSeverity === undefined || !fieldsOk(ctx, "trafficSeverity")) return;
  if (category !== "traffic-accident") {
    fail(
      ctx,
      "incident-traffic-severity-not-applicable",
      ["trafficSeverity"],
      `Accident or collision (trafficSeverity) is recorded for traffic accidents only, not for a ${category} incident`,
      "Mức độ tai nạn hay va chạm giao thông chỉ ghi cho vụ tai nạn, va chạm giao thông; xóa mục này hoặc sửa loại vụ việc",
    );
  } else if (
    incident.trafficSeverity === "collision" &&
    fieldsOk(ctx, "casualties") &&
    (incident.casualties?.deaths ?? 0) > 0
  ) {
    fail(
      ctx,
      "incident-collision-with-deaths",
      ["trafficSeverity"],
      `A traffic collision has no death, but ${incident.casualties?.deaths} people died: record it as a traffic accident (trafficSeverity "accident")`,
      "Va chạm giao thông không có người chết; vụ có người chết là tai nạn giao thông",
    );
  }
}

/**
 * An incident (see {@link IncidentSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { Incident } from "antt";
 * const incident: Incident = {
 *   id: "vv-2024-019",
 *   category: "public-disorder",
 *   occurredAt: "2024-02-28T21:30:00+07:00",
 *   unitCode: "15532",
 *   detectedBy: "camera",
 *   status: "clarified",
 *   clarified: { on: "2024-02-29", by: ["camera"] },
 *   suspects: 8,
 * };
 * ```
 *
 * @interface
 */
export type Incident = z.infer<typeof IncidentSchema>;

/**
 * A footage extraction (lượt trích xuất dữ liệu camera): footage of one or more camera
 * points over a time range, requested for a purpose, and what it achieved.
 *
 * @description
 * `unitCode` is the unit whose figures count the extraction (usually the commune the
 * cameras are in), so that "extracted nearly 1,000 times" rolls up like other figures;
 * `requestedBy` says in words who asked (a unit or an officer), with
 * `requestedByUnitCode` when it is a unit with a code. `incidentId` links the incident
 * the extraction served, when there is one.
 *
 * Rules checked with the record (each reported at the path given):
 * - `footageTo` is after `footageFrom` (`footageTo`);
 * - `footageFrom` is not after `requestedAt`: footage is requested once it exists
 *   (`footageFrom`);
 * - `cameraIds` lists at least one camera point, each once (`cameraIds`,
 *   `cameraIds.<i>`);
 * - `refusalReason` is given only for a refused request (`refusalReason`);
 * - the custody log (`custody`, see {@link CustodyEntrySchema}) is in order and starts
 *   no earlier than the request (`custody.<i>.at`); a copy has a retain-until date, not
 *   before the day it was made, and only a copy has one (`custody.<i>.retainUntil`); a
 *   hand-over names its recipient (`custody.<i>.to`); an entry names only a copy an
 *   earlier entry made (`custody.<i>.copy`).
 *
 * Whether a request keeps to a footage policy, and whether copies are kept past their
 * date, are checked by `checkExtraction` and `custodyFindings` in `antt/footage`.
 *
 * That the cameras and the incident exist is a rule across records, checked by the
 * dataset.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { FootageExtractionSchema } from "antt";
 * FootageExtractionSchema.parse({
 *   id: "tx-2024-0112",
 *   unitCode: "15532",
 *   cameraIds: ["cam-xs-004"],
 *   requestedAt: "2024-03-07T08:00:00+07:00",
 *   requestedBy: "Công an xã Xuân Sinh",
 *   footageFrom: "2024-03-07T01:00:00+07:00",
 *   footageTo: "2024-03-07T02:30:00+07:00",
 *   purpose: "incident-investigation",
 *   incidentId: "vv-2024-031",
 *   outcome: "helped-clarify",
 * });
 * ```
 */
export const FootageExtractionSchema = /* @__PURE__ */ (() =>
  labelFields(
    z
      .strictObject({
        /** Identifier of the extraction */
        id: IdSchema.describe("Identifier of the extraction"),
        /**
         * Code of the unit whose figures count the extraction (usually the cameras' commune)
         */
        unitCode: UnitCodeSchema.describe(
          "Code of the unit whose figures count the extraction (usually the cameras' commune)",
        ),
        /** Date the unit code was valid for; the Vietnamese day of requestedAt when absent */
        unitCodeAsOf: CalendarDateSchema.optional().describe(
          "Date the unit code was valid for; the Vietnamese day of requestedAt when absent",
        ),
        /** Ids of the camera points whose footage was extracted, each once */
        cameraIds: z
          .array(IdSchema)
          .min(1)
          .max(1000)
          .describe("Ids of the camera points whose footage was extracted, each once"),
        /** When the extraction was requested */
        requestedAt: InstantSchema.describe("When the extraction was requested"),
        /**
         * Who requested it: a unit or an officer, in words; personal data (basic): it may name
         * the officer
         */
        requestedBy: NameSchema.describe(
          "Who requested it: a unit or an officer, in words; personal data (basic): it may name the officer",
        ).meta(personalData("basic")),
        /** Code of the requesting unit, when the requester is a unit with a code */
        requestedByUnitCode: UnitCodeSchema.optional().describe(
          "Code of the requesting unit, when the requester is a unit with a code",
        ),
        /** Start of the footage extracted; not after requestedAt */
        footageFrom: InstantSchema.describe(
          "Start of the footage extracted; not after requestedAt",
        ),
        /** End of the footage extracted; after footageFrom */
        footageTo: InstantSchema.describe("End of the footage extracted; after footageFrom"),
        /** Why the footage was extracted */
        purpose: ExtractionPurposeSchema.describe("Why the footage was extracted"),
        /** Legal basis of the request, such as the decision or letter it rests on */
        legalBasis: TextSchema.optional().describe(
          "Legal basis of the request, such as the decision or letter it rests on",
        ),
        /** Id of the incident the extraction served */
        incidentId: IdSchema.optional().describe("Id of the incident the extraction served"),
        /**
         * What it achieved: helped-clarify, helped-search, no-useful-footage, pending or
         * refused
         */
        outcome: ExtractionOutcomeSchema.describe(
          "What it achieved: helped-clarify, helped-search, no-useful-footage, pending or refused",
        ),
        /** Reference of the case the request serves (số hồ sơ), such as a case number */
        caseRef: NameSchema.optional().describe(
          "Reference of the case the request serves (số hồ sơ), such as a case number",
        ),
        /** The area the request covers: a centre and a radius in metres */
        area: ExtractionAreaSchema.optional().describe(
          "The area the request covers: a centre and a radius in metres",
        ),
        /** Why the request was refused; only when outcome is refused */
        refusalReason: TextSchema.optional().describe(
          "Why the request was refused; only when outcome is refused",
        ),
        /** Append-only log of who viewed, copied, handed over or deleted the footage */
        custody: z
          .array(CustodyEntrySchema)
          .max(1000)
          .optional()
          .describe("Append-only log of who viewed, copied, handed over or deleted the footage"),
        /** App-specific data, not interpreted by the library */
        ext: ExtSchema.optional(),
      })
      .superRefine((extraction, ctx) => {
        if (
          fieldsOk(ctx, "footageFrom", "footageTo") &&
          compareInstants(extraction.footageTo, extraction.footageFrom) <= 0
        ) {
          fail(
            ctx,
            "extraction-footage-ends-before-start",
            ["footageTo"],
            `The footage ends at ${extraction.footageTo}, not after it starts at ${extraction.footageFrom}`,
            "Thời điểm kết thúc đoạn dữ liệu phải sau thời điểm bắt đầu",
          );
        }
        if (
          fieldsOk(ctx, "footageFrom", "requestedAt") &&
          compareInstants(extraction.footageFrom, extraction.requestedAt) > 0
        ) {
          fail(
            ctx,
            "extraction-footage-after-request",
            ["footageFrom"],
            `The footage starts at ${extraction.footageFrom}, after it was requested at ${extraction.requestedAt}`,
            "Đoạn dữ liệu bắt đầu sau thời điểm yêu cầu trích xuất",
          );
        }
        if (fieldsOk(ctx, "cameraIds")) {
          noDuplicates(ctx, "extraction-camera-repeated", "cameraIds", extraction.cameraIds, {
            en: "Camera",
            vi: "Camera",
          });
        }
        if (
          fieldsOk(ctx, "outcome", "purpose") &&
          extraction.outcome === "helped-search" &&
          (extraction.purpose === "incident-investigation" ||
            extraction.purpose === "traffic-accident" ||
            extraction.incidentId !== undefined)
        ) {
          fail(
            ctx,
            "extraction-helped-search-for-incident",
            ["outcome"],
            "helped-search is the outcome of a search that served no incident (a missing person, lost property); an extraction for an incident that helped is helped-clarify",
            "Kết quả “góp phần tìm được người, tài sản” chỉ dùng cho lượt tìm kiếm không phục vụ vụ việc nào; lượt trích xuất phục vụ vụ việc có kết quả thì ghi “góp phần làm rõ vụ việc”",
          );
        }
        if (
          fieldsOk(ctx, "outcome", "refusalReason") &&
          extraction.refusalReason !== undefined &&
          extraction.outcome !== "refused"
        ) {
          fail(
            ctx,
            "extraction-refusal-reason-not-refused",
            ["refusalReason"],
            `The request has a reason for refusal but its outcome is ${extraction.outcome}, not refused`,
            "Có lý do từ chối nhưng kết quả không phải “yêu cầu bị từ chối”",
          );
        }
        if (fieldsOk(ctx, "custody", "requestedAt")) {
          for (const problem of custodyProblems(extraction)) {
            fail(ctx, problem.code, problem.path, problem.en, problem.vi);
          }
        }
      }, RUN_WITH_OTHER_ISSUES)
      .describe("A footage extraction (lượt trích xuất dữ liệu camera)"),
    FOOTAGE_EXTRACTION_FIELDS,
  ))();

/**
 * A footage extraction (see {@link FootageExtractionSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { FootageExtraction } from "antt";
 * const extraction: FootageExtraction = {
 *   id: "tx-2024-0113",
 *   unitCode: "15532",
 *   cameraIds: ["cam-xs-010"],
 *   requestedAt: "2024-02-29T09:00:00+07:00",
 *   requestedBy: "Công an xã Xuân Sinh",
 *   footageFrom: "2024-02-28T21:00:00+07:00",
 *   footageTo: "2024-02-28T22:00:00+07:00",
 *   purpose: "incident-investigation",
 *   outcome: "helped-clarify",
 * };
 * ```
 *
 * @interface
 */
export type FootageExtraction = z.infer<typeof FootageExtractionSchema>;

/**
 * The former name of {@link IncidentLegalClassSchema}.
 *
 * @deprecated Use {@link IncidentLegalClassSchema}: code lists carry their domain in their name. The old name stays until 1.0.
 * @category Schemas
 * @example
 * ```ts
 * import { IncidentLegalClassSchema } from "antt";
 * IncidentLegalClassSchema.parse("administrative");
 * ```
 */
export const LegalClassSchema = IncidentLegalClassSchema;
