import {
  type CameraPointInput,
  formatNumber,
  formatPeriod,
  formatVnd,
  parsePeriod,
  periodKeyOf,
  summarizeCameras,
  VndSchema,
  validate,
} from "antt";

// Records are typed; a camera point counts its lenses (mắt camera).
const cameras: CameraPointInput[] = [
  {
    id: "cam-1",
    unitCode: "15532",
    ownerKind: "public",
    lenses: 2,
    installedOn: "2020-05-01",
    connectedToDutyRoom: true,
    sharingTier: "live-view",
    coverage: ["road"],
    status: "active",
    funding: [{ source: "households", amount: 7_000_000 }],
  },
  {
    id: "cam-2",
    unitCode: "15532",
    ownerKind: "household",
    installedOn: "2023-08-12",
    connectedToDutyRoom: false,
    sharingTier: "on-request",
    coverage: ["road"],
    status: "active",
  },
];

// One pass, mergeable, and every record counted in exactly one bucket.
const summary = summarizeCameras(cameras);
console.log(
  `${formatNumber(summary.lenses)} mắt camera, ${summary.connectedToDutyRoom.lenses} kết nối`,
);

// Every figure is counted in Vietnam time, whatever the zone of the machine.
console.log(periodKeyOf("2024-06-30T18:00:00Z", "half")); // "2024-H2": 01:00 on 1 July in Vietnam
console.log(formatPeriod(parsePeriod("2024-H1"))); // "6 tháng đầu năm 2024"

// Money is a whole number of đồng, written the way reports write it.
console.log(formatVnd(12_500_000)); // "12,5 triệu đồng"

// Bad input gives every problem, with a path and a message in English and Vietnamese.
const result = validate(VndSchema, 12.5);
if (!result.success) console.log(result.issues[0]?.message.vi);
