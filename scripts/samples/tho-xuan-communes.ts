/** The communes of Thọ Xuân as places, read from the data table. */
import { cityPlace } from "./places.js";
import { must } from "./rng.js";
import { COMMUNES, type CommuneRow, XUAN_SINH } from "./tho-xuan-data.js";
import type { CityPlace } from "./types.js";

/** A commune with its cluster and the launch of the model there. */
export interface TxCommune extends CityPlace {
  readonly cluster: string;
  readonly launchedOn: string;
  readonly replicatedFrom?: string;
}

function txCommune([
  code,
  name,
  lat,
  lng,
  cluster,
  launchedOn,
  replicatedFrom,
  villageCount,
]: CommuneRow): TxCommune {
  return {
    ...cityPlace([code, name, lat, lng, villageCount], (type) =>
      type === "township" ? "Khu phố" : "Thôn",
    ),
    cluster,
    launchedOn,
    ...(replicatedFrom !== undefined ? { replicatedFrom } : {}),
  };
}

/** The 30 communes and towns of Thọ Xuân and the launch of the model in each. */
export const TX_COMMUNES: readonly TxCommune[] = COMMUNES.map(txCommune);

export const xuanSinh = (): TxCommune =>
  must(
    TX_COMMUNES.find((c) => c.code === XUAN_SINH),
    "Xuân Sinh",
  );
