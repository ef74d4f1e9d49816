import { UNASSIGNED } from "../../../aggregate/index.js";
import {
  CAMERA_FUNDING_SOURCE_LABELS,
  CAMERA_OWNER_GROUP_LABELS,
  CAMERA_OWNER_KIND_LABELS,
  type CameraOwnerGroup,
} from "../../../cameras/index.js";
import { codesOf } from "../../../core/labels.js";
import { N, ownerGroupPhrase } from "../words.js";
import { type Section, sentence, type Table, type Writer } from "../writer.js";

export function camerasSection(w: Writer): Section {
  const cam = w.report.figures.cameras;
  const c = w.report.changes;
  const lines: string[] = [];
  const tables: Table[] = [];
  const title = w.t("Camera an ninh", "Security cameras");
  if (cam.pointsAtEnd === 0 && cam.removedInPeriod.points === 0) {
    lines.push(w.t("Chưa ghi nhận camera nào.", "No camera is recorded."));
    return { title, lines, tables };
  }
  const facing = cam.facingRoadOrPublicPlace.lenses;
  const change = w.change(c?.cameras.lensesAtEnd, N.lensShort, "stock");
  const lenses = w.countWith(cam.lensesAtEnd, N.lens, w.exactCount(cam.pointsAtEnd, N.point));
  lines.push(
    facing === cam.lensesAtEnd
      ? w.t(
          `${w.whole()} có ${lenses} hướng ra nơi công cộng, đường giao thông${change}.`,
          `${w.whole()} ${lenses} face public places and roads${change}.`,
        )
      : w.t(
          `${w.whole()} có ${lenses}${change}, trong đó ${w.count(facing, N.lensShort)} hướng ra nơi công cộng, đường giao thông.`,
          `${w.whole()} there are ${lenses}${change}, ${w.count(facing, N.lensShort)} of them facing public places and roads.`,
        ),
  );
  const parts = [
    w.t(
      `${w.count(cam.connectedToDutyRoom.lenses, N.lensShort)} kết nối về phòng trực ban ${w.communePolice()}`,
      `${w.count(cam.connectedToDutyRoom.lenses, N.lensShort)} connected to the commune police duty room`,
    ),
  ];
  const groups = Object.entries(cam.byOwnerGroup)
    .filter(([g, n]) => n.lenses > 0 && g !== UNASSIGNED)
    .sort(([a], [b]) => GROUP_ORDER.indexOf(a) - GROUP_ORDER.indexOf(b));
  for (const [group, n] of groups) {
    parts.push(
      `${w.count(n.lenses, N.lensShort)} ${ownerGroupPhrase(group as CameraOwnerGroup, w.locale)}`,
    );
  }
  lines.push(w.t(`Trong đó: ${parts.join("; ")}.`, `Of these: ${parts.join("; ")}.`));
  if (cam.installedInPeriod.points + cam.removedInPeriod.points > 0) {
    const removed =
      cam.removedInPeriod.points > 0
        ? w.t(
            `, tháo dỡ ${w.count(cam.removedInPeriod.points, N.point)}`,
            `, ${w.count(cam.removedInPeriod.points, N.point)} removed`,
          )
        : "";
    lines.push(
      w.t(
        `Trong kỳ lắp mới ${w.countWith(cam.installedInPeriod.points, N.point, w.exactCount(cam.installedInPeriod.lenses, N.lensShort))}${removed}.`,
        `${sentence(w.countWith(cam.installedInPeriod.points, N.point, w.exactCount(cam.installedInPeriod.lenses, N.lensShort)))} installed in the period${removed}.`,
      ),
    );
  }
  if (cam.costVnd > 0) {
    const sources = Object.entries(cam.costBySourceVnd)
      .filter(([, n]) => n > 0)
      .sort(([, x], [, y]) => y - x)
      .map(([k, n]) => `${w.code(CAMERA_FUNDING_SOURCE_LABELS, k).toLowerCase()} ${w.vnd(n)}`)
      .join(", ");
    lines.push(
      w.t(
        `Kinh phí lắp đặt đã ghi nhận của ${w.count(cam.costRecordedPoints, N.point)}: ${w.vnd(cam.costVnd)} (${sources}).`,
        `Recorded installation cost of ${w.count(cam.costRecordedPoints, N.point)}: ${w.vnd(cam.costVnd)} (${sources}).`,
      ),
    );
  }
  if (w.markdown) {
    tables.push({
      head: [
        w.t("Chủ sở hữu", "Owner"),
        w.t("Điểm", "Points"),
        w.t("Mắt camera", "Lenses"),
        w.t("Mắt so với kỳ so sánh", "Lenses: change"),
      ],
      rows: Object.entries(cam.byOwnerKind).map(([k, n]) => [
        w.cell(w.code(CAMERA_OWNER_KIND_LABELS, k)),
        w.int(n.points),
        w.int(n.lenses),
        w.compare ? w.changeCell(c?.cameras.byOwnerKind[k]?.lenses) : "",
      ]),
    });
  }
  return { title, lines, tables };
}

/** The groups in the order published reports list them. */
const GROUP_ORDER: readonly string[] = /* @__PURE__ */ codesOf(CAMERA_OWNER_GROUP_LABELS);
