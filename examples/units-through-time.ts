// Records of 2019, 2023 and 2025 from one place, kept under the codes of their own time,
// rolled into today's commune: each record resolves by its own date through every change
// since 2017 and the 2025 reform. A record whose unit the sources cannot place stays in its
// own bucket, with its candidates. Then the other way round: every former unit whose
// records belong to today's commune, with the legal acts behind each link.
//
// Run: npx tsx examples/units-through-time.ts
import { rollupTargetFor } from "antt";
import { legalAct, vietnamAdminIndex } from "antt/vn-admin";

const index = vietnamAdminIndex();
const TODAY = "2026-01-01";

// Incidents of Phúc Thọ (Hà Nội) as three registers wrote them: in 2019 Xã Cẩm Đình (09736)
// still existed; on 1 March 2020 it went into Xã Xuân Đình (09727), which went into a new
// commune on 1 July 2025. Phường Bùi Thị Xuân (00250, Hai Bà Trưng) was abolished in 2020,
// and the sources do not say which ward took it in.
const records = [
  { id: "2019-01", unitCode: "09736", date: "2019-05-12" },
  { id: "2019-02", unitCode: "09736", date: "2019-11-30" },
  { id: "2023-01", unitCode: "09727", date: "2023-03-08" },
  { id: "2023-02", unitCode: "09727.thon-3", date: "2023-08-19" },
  { id: "2025-01", unitCode: "09727", date: "2025-04-02" },
  { id: "2019-03", unitCode: "00250", date: "2019-07-01" },
];

const toCommune = rollupTargetFor(index, { level: "commune", at: TODAY });
const byCommune = new Map<string, string[]>();
const ambiguous: { id: string; candidates: readonly string[] }[] = [];
for (const record of records) {
  const target = toCommune(record.unitCode, record.date);
  if (target.kind === "unit") {
    byCommune.set(target.code, [...(byCommune.get(target.code) ?? []), record.id]);
  } else if (target.kind === "ambiguous") {
    ambiguous.push({ id: record.id, candidates: target.candidates });
  } else {
    throw new Error(`Unknown unit ${record.unitCode}`);
  }
}

console.log("Vụ việc theo xã, phường hiện nay:");
for (const [code, ids] of byCommune) {
  console.log(`  ${index.get(code, TODAY)?.name} (${code}): ${ids.length} vụ (${ids.join(", ")})`);
}
for (const { id, candidates } of ambiguous) {
  console.log(
    `  ${id}: chưa xác định, thuộc một trong ${candidates.length} phường: ${candidates.join(", ")}`,
  );
}
const placed = [...byCommune.values()].reduce((sum, ids) => sum + ids.length, 0);
console.log(`Đối chiếu: ${placed} + ${ambiguous.length} chưa xác định = ${records.length} vụ.`);

// How the 2019 code got there: each link with its legal basis and how it is known.
const trace = index.traceUnit("09736", { asOf: "2019-05-12", at: TODAY });
console.log("\nXã Cẩm Đình (09736), 2019 → nay:");
for (const link of trace.links) {
  const act = link.basis?.[0] ? legalAct(link.basis[0]) : undefined;
  const how = link.inferredBy ? ` (suy luận: ${link.inferredBy})` : "";
  console.log(
    `  ${link.effectiveDate}: ${link.oldCode} → ${link.newCode}${how}${act ? `, ${act.id}: ${act.title}` : ""}`,
  );
}
if (trace.heuristic) console.log("  Lưu ý: có bước nối suy luận theo kinh nghiệm (heuristic).");

// Backward: the former units of today's commune, to gather their old records.
const [today] = byCommune.keys();
const former = index.formerUnitsOf(today ?? "", TODAY);
console.log(`\nCác đơn vị trước đây của ${index.get(today ?? "", TODAY)?.name}: ${former.length}`);
for (const { unit, kind } of former.slice(0, 8)) {
  console.log(`  ${unit.name} (${unit.code}), đến ${unit.validTo}: ${kind}`);
}
