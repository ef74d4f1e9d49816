// Valid camera points for the property tests. Test-only: nothing in src/ imports this.
import fc from "fast-check";
import {
  CameraCoverageSchema,
  CameraFundingSourceSchema,
  CameraOwnerKindSchema,
  type CameraPoint,
  CameraSharingTierSchema,
} from "../../src/cameras/index.js";
import { deepFreeze } from "./helpers.js";

const DAY = 86_400_000;
/** The day `day` days after 1 January 2018. */
export const dayString = (day: number) =>
  new Date(Date.UTC(2018, 0, 1) + day * DAY).toISOString().slice(0, 10);

/** Camera points that pass CameraPointSchema, deep-frozen. */
export const cameraArb: fc.Arbitrary<CameraPoint> = fc
  .record({
    n: fc.integer({ min: 1, max: 9999 }),
    unitCode: fc.constantFrom("15532", "15535", "15538", "15532.thon-3"),
    ownerKind: fc.constantFrom(...CameraOwnerKindSchema.options),
    funding: fc.option(
      fc.array(
        fc.record({
          source: fc.constantFrom(...CameraFundingSourceSchema.options),
          amount: fc.integer({ min: 0, max: 50_000_000 }),
        }),
        { maxLength: 3 },
      ),
      { nil: undefined },
    ),
    installed: fc.integer({ min: 0, max: 8 * 365 }),
    removedAfter: fc.option(fc.integer({ min: 0, max: 3 * 365 }), { nil: undefined }),
    offline: fc.boolean(),
    connectedToDutyRoom: fc.boolean(),
    tier: fc.constantFrom(...CameraSharingTierSchema.options),
    coverage: fc.subarray([...CameraCoverageSchema.options], { minLength: 1 }),
    lenses: fc.oneof(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 64 })),
    // About one point in six is planned: funded or decided, not yet installed.
    planned: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
    recorders: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
    dutyRoomScreens: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
  })
  .map((r) => {
    const common = {
      id: `cam-${r.n}`,
      unitCode: r.unitCode,
      ownerKind: r.ownerKind,
      connectedToDutyRoom: r.connectedToDutyRoom,
      // live view needs a connection to the duty room
      sharingTier: r.tier === "live-view" && !r.connectedToDutyRoom ? "on-request" : r.tier,
      coverage: r.coverage,
      lenses: r.lenses,
      ...(r.funding !== undefined && { funding: r.funding }),
      ...(r.recorders !== undefined && { recorders: r.recorders }),
      ...(r.dutyRoomScreens !== undefined && { dutyRoomScreens: r.dutyRoomScreens }),
    } satisfies Partial<CameraPoint>;
    const camera: CameraPoint = r.planned
      ? { ...common, status: "planned", plannedOn: dayString(r.installed) }
      : {
          ...common,
          installedOn: dayString(r.installed),
          status: r.removedAfter !== undefined ? "removed" : r.offline ? "offline" : "active",
          ...(r.removedAfter !== undefined && {
            removedOn: dayString(r.installed + r.removedAfter),
          }),
        };
    return deepFreeze(camera);
  });

export const camerasArb = fc.array(cameraArb, { maxLength: 40 });
