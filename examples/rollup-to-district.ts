// Count camera lenses (mắt camera) per commune, then roll the communes up to their district
// and province, and check that nothing was lost or counted twice on the way.
//
// Run: npx tsx examples/rollup-to-district.ts
import { readFileSync } from "node:fs";
import {
  aggregateState,
  buildAdminIndex,
  byUnit,
  type CameraPoint,
  count,
  datasetFromJSON,
  finishRollup,
  formatNumber,
  groupBy,
  mergeGroups,
  rollup,
  rollupTargetFor,
  rollupTotal,
  struct,
  sum,
} from "antt";

const url = new URL("./data/tho-xuan-2024.json", import.meta.url);
const loaded = datasetFromJSON(readFileSync(url, "utf8"));
if (!loaded.success) throw new Error("The sample dataset should be valid");
const { cameras, units, successions } = loaded.data;

// 1. One pass over the records: per commune (the unitCode each record carries), the number
//    of points and the sum of their lenses. The state is plain JSON, one entry per commune.
const perCommune = groupBy(
  byUnit((camera: CameraPoint) => camera.unitCode),
  struct({ points: count(), lenses: sum((camera: CameraPoint) => camera.lenses) }),
);
const state = aggregateState(perCommune, cameras);

// The units of the dataset (Thanh Hóa, Thọ Xuân and its 30 communes) are enough to build
// an index; an app would load the national data (see docs/admin-reorganisation.md).
const index = buildAdminIndex(units, successions);
const endOf2024 = "2024-12-31";
const name = (code: string) => index.get(code, endOf2024)?.name ?? code;

const communes = Object.entries(perCommune.finish(state))
  .map(([code, figures]) => ({ code, points: figures?.points ?? 0, lenses: figures?.lenses ?? 0 }))
  .sort((a, b) => b.lenses - a.lenses);
console.log(`Mắt camera theo xã, thị trấn (${communes.length} đơn vị), 5 đơn vị nhiều nhất:`);
for (const commune of communes.slice(0, 5)) {
  console.log(
    `  ${name(commune.code).padEnd(22)} ${formatNumber(commune.lenses).padStart(5)} mắt, ${commune.points} điểm`,
  );
}

// 2. Lift the per-commune states to the district the communes belonged to at the end of
//    2024. rollup() merges states, so no record is read again.
const toDistrict = rollupTargetFor(index, { level: "district", at: endOf2024 });
const byDistrict = rollup(perCommune, state, toDistrict);
const district = finishRollup(perCommune, byDistrict);
for (const [code, figures] of Object.entries(district.units)) {
  console.log(
    `${name(code)}: ${formatNumber(figures.lenses)} mắt camera tại ${formatNumber(figures.points)} điểm`,
  );
}

// 3. Reconcile: what went in equals what came out, summed over all four buckets (units,
//    unassigned, ambiguous, unknown).
const totalIn = perCommune.inner.finish(mergeGroups(perCommune, state));
const totalOut = perCommune.inner.finish(rollupTotal(perCommune, byDistrict));
console.log(
  `Đối chiếu: vào ${formatNumber(totalIn.lenses)} mắt, ra ${formatNumber(totalOut.lenses)} mắt` +
    ` (${JSON.stringify(totalIn) === JSON.stringify(totalOut) ? "khớp" : "KHÔNG KHỚP"});` +
    ` không có mã đơn vị ${district.unassigned.lenses} mắt, mã không xác định` +
    ` ${Object.keys(district.unknown).length}, chưa phân bổ được ${Object.keys(district.ambiguous).length}`,
);

// 4. Today's province. Districts were abolished on 1 July 2025, and the sample dataset
//    carries no 2025 succession links for its communes, so mapping the 2024 communes
//    straight into the units of 2026 finds nothing: the groups are kept under `unknown`,
//    never dropped.
const today = "2026-01-01";
const straight = finishRollup(
  perCommune,
  rollup(
    perCommune,
    state,
    rollupTargetFor(index, { level: "province", at: today, asOf: endOf2024 }),
  ),
);
console.log(
  `Thẳng sang đơn vị năm 2026: ${Object.keys(straight.units).length} tỉnh,` +
    ` ${Object.keys(straight.unknown).length} mã không rõ (không mất số liệu nào)`,
);

// Provinces were merged whole in 2025, so roll up to the 2024 province first, then roll
// that result (a rolled-up state is a grouped state too) into today's province.
const byOldProvince = rollup(
  perCommune,
  state,
  rollupTargetFor(index, { level: "province", at: endOf2024 }),
);
const byProvinceToday = finishRollup(
  perCommune,
  rollup(
    perCommune,
    byOldProvince.units,
    rollupTargetFor(index, { level: "province", at: today, asOf: endOf2024 }),
  ),
);
for (const [code, figures] of Object.entries(byProvinceToday.units)) {
  const province = index.get(code, today)?.name ?? code;
  console.log(`${province} (đơn vị năm 2026): ${formatNumber(figures.lenses)} mắt camera`);
}
