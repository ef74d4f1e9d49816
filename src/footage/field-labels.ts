// Internal: the Vietnamese and English labels of the fields of a footage policy, for the
// locations of its issues. Not part of the public API.
import type { Label } from "../core/labels.js";

export const FOOTAGE_POLICY_FIELDS = {
  allowedPurposes: { vi: "Mục đích được phép", en: "Allowed purposes" },
  forbiddenPurposes: { vi: "Mục đích bị cấm", en: "Forbidden purposes" },
  caseRefRequiredFor: { vi: "Mục đích phải có số hồ sơ", en: "Case reference required for" },
  legalBasisRequiredFor: {
    vi: "Mục đích phải có căn cứ pháp lý",
    en: "Legal basis required for",
  },
  maxWindowMinutes: { vi: "Khoảng thời gian tối đa (phút)", en: "Longest window (minutes)" },
  minWindowMinutes: { vi: "Khoảng thời gian tối thiểu (phút)", en: "Shortest window (minutes)" },
  maxCameras: { vi: "Số camera tối đa", en: "Most cameras" },
  maxRadiusMetres: { vi: "Bán kính tối đa (mét)", en: "Widest radius (metres)" },
  maxRequestsPerCase: { vi: "Số yêu cầu tối đa cho một vụ việc", en: "Most requests per case" },
} as const satisfies Readonly<Record<string, Label>>;
