// The options a public map refuses (toPublicGeoJSON, incidentsToGeoJSON: issue 18, maps safe
// to publish). Numbers 960–969.
import type { ProblemEntries } from "../types.js";

export const INTERCHANGE_PROBLEMS = {
  "public-map-invalid-k": {
    id: "ANTT-E960",
    severity: "error",
    title: { vi: "Ngưỡng k không hợp lệ", en: "Invalid k" },
    description: {
      vi: "Số bản ghi ít nhất của một ô được công bố (`k`) phải là số nguyên từ 1 trở lên. Ô có ít bản ghi hơn bị ẩn khỏi bản đồ công khai; mặc định là 5.",
      en: "The fewest records a published cell holds (`k`) must be a whole number, 1 or more. Cells with fewer are left off the public map; the default is 5.",
    },
  },
  "public-map-invalid-grid": {
    id: "ANTT-E961",
    severity: "error",
    title: { vi: "Lưới ô không hợp lệ", en: "Invalid grid" },
    description: {
      vi: 'Lưới ô (`grid`) phải là `{ metres }` (cạnh ô tính bằng mét, từ 1 trở lên) hoặc `{ degrees }` (cạnh ô tính bằng độ, từ 0,00001 trở lên), chỉ một trong hai, hoặc `"none"` để chỉ dùng tâm thôn.',
      en: 'The grid (`grid`) must be `{ metres }` (a cell\'s side in metres, 1 or more) or `{ degrees }` (in degrees, 0.00001 or more), not both, or `"none"` to use village centroids only.',
    },
  },
  "public-map-invalid-centroid": {
    id: "ANTT-E962",
    severity: "error",
    title: { vi: "Tâm thôn không hợp lệ", en: "Invalid village centroid" },
    description: {
      vi: "Mỗi tâm thôn trong `villageCentroids` phải là tọa độ `{ lat, lng }` tính bằng độ (vĩ độ từ -90 đến 90, kinh độ từ -180 đến 180), theo mã thôn. Sửa tọa độ của thôn được nêu.",
      en: "Each centroid in `villageCentroids` must be a point `{ lat, lng }` in degrees (latitude -90 to 90, longitude -180 to 180), by village code. Correct the village named.",
    },
  },
  "public-map-nowhere": {
    id: "ANTT-E963",
    severity: "error",
    title: { vi: "Không có lưới ô và tâm thôn", en: "No grid and no villages" },
    description: {
      vi: 'Với `grid: "none"`, bản ghi chỉ được đặt tại tâm thôn, nên phải có `villageCentroids`. Cung cấp tâm các thôn hoặc chọn một lưới ô.',
      en: 'With `grid: "none"`, records are placed only at village centroids, so `villageCentroids` is needed. Give the villages\' centroids or choose a grid.',
    },
  },
  "public-map-invalid-precision": {
    id: "ANTT-E964",
    severity: "error",
    title: { vi: "Độ chính xác không hợp lệ", en: "Invalid precision" },
    description: {
      vi: 'Độ chính xác của bản đồ vụ việc (`precision`) là `"public"` (mặc định: số vụ việc theo ô, an toàn để công bố) hoặc `"exact"` (tọa độ từng vụ việc, chỉ dùng nội bộ).',
      en: 'The precision of an incident map (`precision`) is `"public"` (the default: counts by cell, safe to publish) or `"exact"` (each incident\'s own point, for use inside the police only).',
    },
  },
} as const satisfies ProblemEntries;
