// The problems only the streaming readers report: lines that hold no record, lines too
// long to read, collections the dataset format does not have. Numbers 650–679.
import type { ProblemEntries } from "../types.js";

export const STREAM_PROBLEMS = {
  "invalid-record-line": {
    id: "ANTT-E651",
    severity: "error",
    title: { vi: "Dòng không chứa bản ghi", en: "Line holds no record" },
    description: {
      vi: "Một dòng của tệp NDJSON không có dạng bản ghi (tên tập bản ghi và bản ghi). Sửa dòng theo định dạng trong hướng dẫn trao đổi dữ liệu, hoặc xuất lại tệp.",
      en: "A line of the NDJSON file is not a record (a collection and a record). Correct it as the interchange guide shows, or export the file again.",
    },
  },
  "line-too-long": {
    id: "ANTT-E652",
    severity: "error",
    title: { vi: "Dòng quá dài", en: "Line too long" },
    description: {
      vi: "Một dòng dài hơn mức cho phép nên không được đọc. Mỗi dòng chỉ chứa một bản ghi; kiểm tra tệp có bị mất ký tự xuống dòng không.",
      en: "A line is longer than allowed, so it was not read. Each line holds one record: check that the file did not lose its line breaks.",
    },
  },
  "unknown-collection": {
    id: "ANTT-E653",
    severity: "error",
    title: { vi: "Tập bản ghi không có trong định dạng", en: "Unknown collection" },
    description: {
      vi: "Bản ghi thuộc một tập mà định dạng bộ dữ liệu không có (ví dụ gõ sai `cameras`). Sửa tên tập bản ghi.",
      en: "The record is of a collection the dataset format does not have (a misspelt `cameras`, for example). Correct the collection's name.",
    },
  },
} as const satisfies ProblemEntries;
