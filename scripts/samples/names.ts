/** Illustrative people's names: families and given names of the north and the centre. */
import type { Rng } from "./rng.js";

const NORTH_FAMILY = ["Lê", "Nguyễn", "Trịnh", "Lê", "Nguyễn", "Hoàng", "Phạm", "Đỗ", "Hà", "Mai"];
const CENTRAL_FAMILY = ["Nguyễn", "Trần", "Lê", "Võ", "Huỳnh", "Phan", "Trương", "Phạm", "Đoàn"];
const MALE_MIDDLE = ["Văn", "Đình", "Hữu", "Xuân", "Minh", "Quang", "Ngọc", "Công", "Văn"];
const FEMALE_MIDDLE = ["Thị", "Thị", "Ngọc", "Thu", "Thanh", "Thị"];
const MALE_GIVEN = [
  "Hùng",
  "Dũng",
  "Tuấn",
  "Cường",
  "Thắng",
  "Hải",
  "Sơn",
  "Long",
  "Nam",
  "Bình",
  "Toàn",
  "Quân",
  "Phúc",
  "Lâm",
  "Hòa",
  "Trung",
  "Kiên",
  "Đức",
  "Thành",
  "Vinh",
];
const FEMALE_GIVEN = [
  "Lan",
  "Hương",
  "Hoa",
  "Mai",
  "Hằng",
  "Thủy",
  "Nga",
  "Dung",
  "Huyền",
  "Liên",
  "Oanh",
  "Yến",
  "Thảo",
  "Hạnh",
];

export function personName(rng: Rng, region: "north" | "central", male = rng.chance(0.7)): string {
  const family = rng.pick(region === "north" ? NORTH_FAMILY : CENTRAL_FAMILY);
  return male
    ? `${family} ${rng.pick(MALE_MIDDLE)} ${rng.pick(MALE_GIVEN)}`
    : `${family} ${rng.pick(FEMALE_MIDDLE)} ${rng.pick(FEMALE_GIVEN)}`;
}
