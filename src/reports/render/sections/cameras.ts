import { UNASSIGNED } from "../../../aggregate/index.js";
import {
  CAMERA_OWNER_GROUP_LABELS,
  CAMERA_OWNER_KIND_LABELS,
  type CameraOwnerGroup,
} from "../../../cameras/labels.js";
import { codesOf } from "../../../core/labels.js";
import { PAYER_CODE_LABELS } from "../../../core/payers.js";
import type { Section, Table, Writer } from "../writer.js";
import { moneySplit } from "./funding.js";

export function camerasSection(w: Writer): Section {
  const cam = w.report.figures.cameras;
  const c = w.report.changes;
  const m = w.m.cameras;
  const lines: string[] = [];
  const tables: Table[] = [];
  const title = m.title;
  if (cam.pointsAtEnd === 0 && cam.removedInPeriod.points === 0) {
    lines.push(m.none);
    const planned = plannedLine(w);
    if (planned !== null) lines.push(planned);
    return { title, lines, tables };
  }
  const facing = cam.facingRoadOrPublicPlace.lenses;
  const change = w.change(c?.cameras.lensesAtEnd, "lensShort", "stock");
  const lenses = w.countWith(cam.lensesAtEnd, "lens", w.exactCount(cam.pointsAtEnd, "point"));
  const whole = w.whole();
  lines.push(
    facing === cam.lensesAtEnd
      ? m.allFacing({ whole, lenses, change })
      : m.someFacing({ whole, lenses, change, facing: w.count(facing, "lensShort") }),
  );
  const parts = [
    m.dutyRoom({
      lenses: w.count(cam.connectedToDutyRoom.lenses, "lensShort"),
      police: w.communePolice(),
    }),
  ];
  const groups = Object.entries(cam.byOwnerGroup)
    .filter(([g, n]) => n.lenses > 0 && g !== UNASSIGNED)
    .sort(([a], [b]) => GROUP_ORDER.indexOf(a) - GROUP_ORDER.indexOf(b));
  for (const [group, n] of groups) {
    parts.push(
      m.byOwner({
        lenses: w.count(n.lenses, "lensShort"),
        owner: w.locale.ownerGroups[group as CameraOwnerGroup],
      }),
    );
  }
  lines.push(w.m.common.ofThese(parts));
  const { recorders, dutyRoomScreens } = cam.equipment;
  if (recorders + dutyRoomScreens > 0) {
    lines.push(
      m.equipment({
        recorders: recorders > 0 ? w.num(recorders) : null,
        recorderCount: recorders,
        screens: dutyRoomScreens > 0 ? w.num(dutyRoomScreens) : null,
        screenCount: dutyRoomScreens,
        police: w.communePolice(),
      }),
    );
  }
  const density = cam.lensesPerThousandHouseholds;
  if (density !== null && density.perThousand !== null && cam.lensesAtEnd > 0) {
    const before = c?.cameras.lensesPerThousandHouseholds?.perThousand;
    lines.push(
      m.perHouseholds({
        rate: w.decimal1(density.perThousand),
        base: w.populationBase("households"),
        previous:
          w.compare && before && before.previous !== 0
            ? { ref: w.ref(), rate: w.decimal1(before.previous) }
            : null,
      }),
    );
  }
  if (cam.installedInPeriod.points + cam.removedInPeriod.points > 0) {
    const installed = cam.installedInPeriod;
    lines.push(
      m.installed({
        points: w.countWith(installed.points, "point", w.exactCount(installed.lenses, "lensShort")),
        removed:
          cam.removedInPeriod.points > 0 ? w.count(cam.removedInPeriod.points, "point") : null,
      }),
    );
  }
  if (cam.costVnd > 0) {
    const sources = Object.entries(cam.costBySourceVnd)
      .filter(([, n]) => n > 0)
      .sort(([, x], [, y]) => y - x)
      .map(([k, n]) =>
        m.costSource({
          source: w.code(PAYER_CODE_LABELS, k).toLowerCase(),
          amount: w.vnd(n),
        }),
      );
    // Each payer counts as community funding or budget: the split is said when the payers
    // alone do not show it, that is when one of the two has several payers.
    const payers = Object.keys(cam.costBySourceVnd).filter((k) => cam.costBySourceVnd[k] !== 0);
    const bySource = Object.values(cam.costByFundingSourceVnd).filter((n) => n !== 0).length;
    lines.push(
      m.cost({
        points: w.count(cam.costRecordedPoints, "point"),
        total: w.vnd(cam.costVnd),
        split:
          payers.length > bySource
            ? moneySplit(
                w,
                cam.costByFundingSourceVnd["community"] ?? 0,
                cam.costByFundingSourceVnd["budget"] ?? 0,
                cam.costVnd,
              )
            : null,
        sources,
      }),
    );
  }
  const planned = plannedLine(w);
  if (planned !== null) lines.push(planned);
  if (w.markdown) {
    tables.push({
      head: m.table,
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

/** Points planned, not yet installed: never among the points above; `null` when none. */
function plannedLine(w: Writer): string | null {
  const { planned } = w.report.figures.cameras;
  if (planned.points === 0) return null;
  const funded = planned.funded.points;
  return w.m.cameras.planned({
    points: w.count(planned.points, "point"),
    allFunded: funded === planned.points,
    funded: funded > 0 && funded < planned.points ? w.count(funded, "point") : null,
    cost: planned.costVnd > 0 ? w.vnd(planned.costVnd) : null,
  });
}

/** The groups in the order published reports list them. */
const GROUP_ORDER: readonly string[] = /* @__PURE__ */ codesOf(CAMERA_OWNER_GROUP_LABELS);
