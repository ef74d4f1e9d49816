// Internal: the sentences and words of renderTransparencyReport, one table per language,
// as data; render.ts picks and fills them. Counts and percentages come written already.

/** What a transparency report says, in one language. */
export interface TransparencyWords {
  readonly title: string;
  readonly subtitle: (unit: string, period: string) => string;
  readonly cameras: {
    readonly title: string;
    readonly none: string;
    readonly summary: (points: string, lenses: string, connected: string) => string;
    readonly retention: (average: string, known: string) => string;
    readonly retentionUnknown: string;
    readonly tierHead: readonly [string, string, string];
    readonly retentionHead: readonly [string, string];
  };
  readonly requests: {
    readonly title: string;
    readonly none: string;
    readonly summary: (total: string, refused: string) => string;
    readonly basis: (count: string, share: string, basis: string, caseRef: string) => string;
    readonly helped: (count: string, share: string, granted: string) => string;
    readonly custody: (
      requests: string,
      entries: string,
      copies: string,
      handOvers: string,
    ) => string;
    readonly purposeHead: readonly [string, string, string];
    readonly outcomeHead: readonly [string, string];
  };
  readonly reconciliation: {
    readonly title: string;
    readonly head: readonly [string, string, string, string, string, string];
    readonly cameras: string;
    readonly extractions: string;
    readonly note: string;
  };
}

const VI: TransparencyWords = {
  title: "Báo cáo công khai về camera và trích xuất dữ liệu camera",
  subtitle: (unit, period) => `${unit}, ${period}`,
  cameras: {
    title: "Camera",
    none: "Không có điểm camera nào hoạt động vào ngày cuối kỳ.",
    summary: (points, lenses, connected) =>
      `Có ${points} điểm camera (${lenses} mắt) hoạt động vào ngày cuối kỳ, trong đó ${connected} điểm kết nối về phòng trực ban Công an xã.`,
    retention: (average, known) =>
      `Thời gian lưu trữ hình ảnh trung bình ${average} ngày (tính trên ${known} điểm có ghi thời gian lưu trữ).`,
    retentionUnknown: "Chưa điểm camera nào ghi thời gian lưu trữ hình ảnh.",
    tierHead: ["Mức chia sẻ dữ liệu", "Điểm", "Mắt"],
    retentionHead: ["Thời gian lưu trữ", "Điểm"],
  },
  requests: {
    title: "Yêu cầu trích xuất dữ liệu",
    none: "Không có yêu cầu trích xuất dữ liệu nào trong kỳ.",
    summary: (total, refused) =>
      `Trong kỳ có ${total} yêu cầu trích xuất dữ liệu camera, trong đó ${refused} yêu cầu bị từ chối.`,
    basis: (count, share, basis, caseRef) =>
      `${count} yêu cầu (${share}) ghi căn cứ pháp lý hoặc số hồ sơ vụ việc: ${basis} ghi căn cứ pháp lý, ${caseRef} ghi số hồ sơ.`,
    helped: (count, share, granted) =>
      `${count} lượt trích xuất (${share} của ${granted} yêu cầu không bị từ chối) góp phần làm rõ vụ việc.`,
    custody: (requests, entries, copies, handOvers) =>
      `${requests} yêu cầu có nhật ký quản lý, truy cập dữ liệu với ${entries} lượt ghi, gồm ${copies} lần sao chép và ${handOvers} lần bàn giao.`,
    purposeHead: ["Mục đích", "Yêu cầu", "Bị từ chối"],
    outcomeHead: ["Kết quả", "Yêu cầu"],
  },
  reconciliation: {
    title: "Đối chiếu số liệu",
    head: ["Tập bản ghi", "Có", "Được tính", "Đơn vị khác", "Mã đơn vị không rõ", "Ngoài kỳ"],
    cameras: "Điểm camera",
    extractions: "Yêu cầu trích xuất",
    note: "Điểm camera “ngoài kỳ” là điểm không hoạt động vào ngày cuối kỳ.",
  },
};

const EN: TransparencyWords = {
  title: "Transparency report: cameras and footage requests",
  subtitle: (unit, period) => `${unit}, ${period}`,
  cameras: {
    title: "Cameras",
    none: "No camera point was in service on the last day of the period.",
    summary: (points, lenses, connected) =>
      `${points} camera points (${lenses} lenses) were in service on the last day of the period, ${connected} of them connected to the commune police duty room.`,
    retention: (average, known) =>
      `They keep recordings for ${average} days on average (over the ${known} points that record it).`,
    retentionUnknown: "No camera point records how long it keeps its recordings.",
    tierHead: ["Sharing tier", "Points", "Lenses"],
    retentionHead: ["Retention", "Points"],
  },
  requests: {
    title: "Footage requests",
    none: "No footage was requested in the period.",
    summary: (total, refused) =>
      `${total} footage requests were made in the period; ${refused} of them were refused.`,
    basis: (count, share, basis, caseRef) =>
      `${count} requests (${share}) gave a legal basis or a case reference: ${basis} a legal basis, ${caseRef} a case reference.`,
    helped: (count, share, granted) =>
      `${count} extractions (${share} of the ${granted} requests not refused) helped clarify a case.`,
    custody: (requests, entries, copies, handOvers) =>
      `${requests} requests carry a custody log, with ${entries} entries: ${copies} copies and ${handOvers} hand-overs.`,
    purposeHead: ["Purpose", "Requests", "Refused"],
    outcomeHead: ["Outcome", "Requests"],
  },
  reconciliation: {
    title: "Reconciliation",
    head: ["Records", "Given", "Counted", "Other unit", "Unknown unit code", "Outside the period"],
    cameras: "Camera points",
    extractions: "Footage requests",
    note: "Camera points “outside the period” are those not in service on its last day.",
  },
};

export const TRANSPARENCY_WORDS = { vi: VI, en: EN } as const;
