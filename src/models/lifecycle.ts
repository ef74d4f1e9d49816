// The life-cycle rules a model and each of its sites share: launched unless proposed,
// ended with a date and a reason, the end not before the launch. Internal to the model
// schemas; ./schema.ts does not re-export this module.
import { fail } from "../core/refine.js";

type Ctx = Parameters<typeof fail>[0];

export interface Lifecycle {
  status: "proposed" | "active" | "suspended" | "ended";
  launchedOn?: string | undefined;
  endedOn?: string | undefined;
  endReason?: string | undefined;
}

export function checkLifecycle(value: Lifecycle, ctx: Ctx, what: { en: string; vi: string }): void {
  if (value.status === "proposed") {
    if (value.launchedOn !== undefined) {
      fail(
        ctx,
        "model-launched-while-proposed",
        ["launchedOn"],
        `A proposed ${what.en} has not been launched: leave launchedOn out or change the status`,
        `${what.vi} đang đề xuất chưa ra mắt: bỏ ngày ra mắt hoặc sửa trạng thái`,
      );
    }
  } else if (value.launchedOn === undefined) {
    fail(
      ctx,
      "model-launch-date-missing",
      ["launchedOn"],
      `A ${value.status} ${what.en} needs its launch date (launchedOn)`,
      `${what.vi} đã ra mắt phải có ngày ra mắt`,
    );
  }
  if (value.status === "ended") {
    if (value.endedOn === undefined) {
      fail(
        ctx,
        "model-end-date-missing",
        ["endedOn"],
        `An ended ${what.en} needs its end date (endedOn)`,
        `${what.vi} đã thanh loại phải có ngày thanh loại`,
      );
    }
    if (value.endReason === undefined) {
      fail(
        ctx,
        "model-end-reason-missing",
        ["endReason"],
        `An ended ${what.en} needs the reason it was ended (endReason)`,
        `${what.vi} đã thanh loại phải có lý do thanh loại`,
      );
    }
  } else {
    if (value.endedOn !== undefined) {
      fail(
        ctx,
        "model-end-date-not-ended",
        ["endedOn"],
        `Only an ended ${what.en} has an end date; the status is ${value.status}`,
        `Chỉ ${what.vi.toLowerCase()} đã thanh loại mới có ngày thanh loại`,
      );
    }
    if (value.endReason !== undefined) {
      fail(
        ctx,
        "model-end-reason-not-ended",
        ["endReason"],
        `Only an ended ${what.en} has an end reason; the status is ${value.status}`,
        `Chỉ ${what.vi.toLowerCase()} đã thanh loại mới có lý do thanh loại`,
      );
    }
  }
  if (
    value.launchedOn !== undefined &&
    value.endedOn !== undefined &&
    value.endedOn < value.launchedOn
  ) {
    fail(
      ctx,
      "model-ended-before-launch",
      ["endedOn"],
      `The end date ${value.endedOn} is before the launch date ${value.launchedOn}`,
      `Ngày thanh loại ${value.endedOn} trước ngày ra mắt ${value.launchedOn}`,
    );
  }
}
