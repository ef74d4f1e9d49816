// The duties of models and teams (nhiệm vụ): one code list that both the models and the
// teams domains use, kept here, below both, so that neither imports the other.
import type { Label } from "./labels.js";

/**
 * The labels of the duties (nhiệm vụ) of a model or a team.
 *
 * @description The first five are the five duties of "Tổ tự quản 5 trong 1" (see
 * {@link FIVE_IN_ONE_DUTIES}); the others are duties that other models and teams take
 * on.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { label, SECURITY_DUTY_LABELS } from "antt";
 * label(SECURITY_DUTY_LABELS, "fire-rescue"); // "Phòng cháy, chữa cháy, cứu nạn, cứu hộ"
 * ```
 */
export const SECURITY_DUTY_LABELS = {
  "keep-order": {
    vi: "Giữ gìn an ninh, trật tự ở khu dân cư",
    en: "Keep security and order in the village",
  },
  "crime-prevention": {
    vi: "Phòng, chống tội phạm và vi phạm pháp luật",
    en: "Prevent crime and violations of the law",
  },
  "fire-rescue": {
    vi: "Phòng cháy, chữa cháy, cứu nạn, cứu hộ",
    en: "Fire prevention, firefighting and rescue",
  },
  "epidemic-prevention": { vi: "Phòng, chống dịch bệnh", en: "Epidemic prevention" },
  "disaster-reintegration": {
    vi: "Phòng, chống thiên tai và giúp đỡ người tái hòa nhập cộng đồng",
    en: "Disaster prevention and community reintegration",
  },
  patrol: { vi: "Tuần tra, canh gác", en: "Patrol and watch" },
  mediation: { vi: "Hòa giải mâu thuẫn", en: "Mediation of disputes" },
  "camera-monitoring": { vi: "Theo dõi camera an ninh", en: "Camera monitoring" },
  outreach: { vi: "Tuyên truyền, vận động", en: "Outreach" },
  other: { vi: "Nhiệm vụ khác", en: "Other duty" },
} as const satisfies Record<string, Label>;

/**
 * A duty (see {@link SecurityDutySchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { SecurityDuty } from "antt";
 * const duty: SecurityDuty = "mediation";
 * ```
 */
export type SecurityDuty = keyof typeof SECURITY_DUTY_LABELS;

/**
 * The five duties of "Tổ tự quản 5 trong 1", in the order reports list them: keep order
 * in the village; prevent crime and violations; fire prevention and rescue; epidemic
 * prevention; disaster prevention and community reintegration.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { FIVE_IN_ONE_DUTIES } from "antt";
 * const model = { kind: "five-in-one", duties: [...FIVE_IN_ONE_DUTIES] };
 * model.duties.length; // 5
 * ```
 */
export const FIVE_IN_ONE_DUTIES = [
  "keep-order",
  "crime-prevention",
  "fire-rescue",
  "epidemic-prevention",
  "disaster-reintegration",
] as const satisfies readonly SecurityDuty[];
