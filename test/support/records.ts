// Records and published figures several test files share: the units of Thanh Hóa around
// Xuân Sinh, a footage request of Xuân Sinh and the figures published for Thọ Xuân in 2024.
// Test-only: nothing in src/ imports this.

/** Thanh Hóa province (38), as a unit without its dates. */
export const THANH_HOA = {
  code: "38",
  name: "Tỉnh Thanh Hóa",
  level: "province",
  type: "province",
} as const;

/** Thọ Xuân district (395) of Thanh Hóa, as a unit without its dates. */
export const THO_XUAN = {
  code: "395",
  name: "Huyện Thọ Xuân",
  level: "district",
  type: "rural-district",
  parentCode: "38",
} as const;

/** Xuân Sinh commune (15532) of Thọ Xuân, as a unit without its dates. */
export const XUAN_SINH = {
  code: "15532",
  name: "Xã Xuân Sinh",
  level: "commune",
  type: "commune",
  parentCode: "395",
} as const;

/**
 * The footage Xuân Sinh's police asked for on 7 March 2024, of camera cam-xs-004 in the night
 * of a theft: a footage extraction without its id and outcome.
 */
export const XUAN_SINH_FOOTAGE_REQUEST = {
  unitCode: "15532",
  cameraIds: ["cam-xs-004"],
  requestedAt: "2024-03-07T08:00:00+07:00",
  requestedBy: "Công an xã Xuân Sinh",
  footageFrom: "2024-03-07T01:00:00+07:00",
  footageTo: "2024-03-07T02:30:00+07:00",
  purpose: "incident-investigation",
} as const;

/**
 * The cases Thọ Xuân clarified with camera help in 2024, in the categories the published figures
 * name (312 in all, the rest in other categories).
 */
export const THO_XUAN_2024_CLARIFIED_WITH_CAMERA = {
  "traffic-accident": 104,
  theft: 63,
  assault: 50,
  "public-disorder": 31,
  snatching: 5,
  "street-racing": 2,
} as const;
