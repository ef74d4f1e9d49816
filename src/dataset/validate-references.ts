// The references of validateDataset (internal to the dataset domain, not exported from the
// package): unit codes, and each reference of a record to another, with the order of their
// dates.
import { DATASET_COLLECTIONS, type DatasetCollection } from "./schema.js";
import type { Checker, Path, Raw, Valid } from "./validate-checker.js";

/** Every reference points at a record of the dataset; the dates of the two agree. */
export function checkReferences(c: Checker, valid: Valid): void {
  const each = (collection: DatasetCollection, fn: (record: Raw, i: number) => void) => {
    valid[collection].forEach((record, i) => {
      if (record) fn(record, i);
    });
  };
  const ids = (list: unknown, collection: DatasetCollection, path: Path) => {
    if (!Array.isArray(list)) return;
    list.forEach((id, j) => {
      c.ref(collection, id, [...path, j]);
    });
  };
  // A point not yet installed (status planned) recorded nothing: no incident or extraction
  // can name it.
  const notPlanned = (
    camera: Raw | undefined,
    id: unknown,
    path: Path,
    what: "incident" | "extraction",
  ) => {
    if (camera?.["status"] !== "planned") return;
    c.add(
      "error",
      path,
      "camera-planned-in-use",
      `Camera ${String(id)} is planned and not yet installed: it cannot have served ${what === "incident" ? "an incident" : "a footage extraction"}`,
      `Camera ${String(id)} chưa lắp đặt nên không thể ${what === "incident" ? "ghi hình vụ việc" : "được trích xuất dữ liệu"}`,
    );
  };
  const funds = (record: Raw, collection: DatasetCollection, i: number) => {
    const target = record["funds"] as Raw | undefined;
    if (!target) return;
    const path = [collection, i, "funds"];
    if (target["kind"] === "model") c.ref("models", target["id"], [...path, "id"]);
    if (target["kind"] === "model-site") c.ref("sites", target["id"], [...path, "id"]);
    if (target["kind"] === "team") c.ref("teams", target["id"], [...path, "id"]);
    if (target["kind"] === "cameras") ids(target["cameraIds"], "cameras", [...path, "cameraIds"]);
  };

  for (const collection of Object.keys(DATASET_COLLECTIONS) as DatasetCollection[]) {
    if (collection === "units" || collection === "successions") continue;
    each(collection, (record, i) => c.unit(record["unitCode"], [collection, i, "unitCode"]));
  }

  each("cameras", (camera, i) => {
    const model =
      camera["modelId"] === undefined
        ? undefined
        : c.ref("models", camera["modelId"], ["cameras", i, "modelId"]);
    if (camera["modelSiteId"] === undefined) return;
    const site = c.ref("sites", camera["modelSiteId"], ["cameras", i, "modelSiteId"]);
    if (site && model && site["modelId"] !== camera["modelId"]) {
      c.add(
        "error",
        ["cameras", i, "modelSiteId"],
        "camera-site-of-other-model",
        `The point belongs to site ${String(site["id"])}, which applies model ${String(site["modelId"])}, not the point's model ${String(camera["modelId"])}`,
        `Camera thuộc điểm mô hình ${String(site["id"])} của mô hình ${String(site["modelId"])}, không phải mô hình ${String(camera["modelId"])} đã ghi`,
      );
    }
  });

  each("teams", (team, i) => {
    const serves = team["servesUnitCodes"];
    if (!Array.isArray(serves)) return;
    serves.forEach((code, j) => {
      c.unit(code, ["teams", i, "servesUnitCodes", j]);
    });
  });

  each("sites", (site, i) => {
    const model = c.ref("models", site["modelId"], ["sites", i, "modelId"]);
    if (model) {
      c.before(
        "site-launched-before-model",
        "warning",
        model["launchedOn"],
        site["launchedOn"],
        ["sites", i, "launchedOn"],
        `The site was launched before its model (${String(model["launchedOn"])})`,
        `Điểm mô hình ra mắt trước ngày ra mắt mô hình (${String(model["launchedOn"])})`,
      );
    }
    if (site["replicatedFromSiteId"] !== undefined) {
      const from = c.ref("sites", site["replicatedFromSiteId"], [
        "sites",
        i,
        "replicatedFromSiteId",
      ]);
      if (from && from["modelId"] !== site["modelId"]) {
        c.add(
          "error",
          ["sites", i, "replicatedFromSiteId"],
          "replicated-across-models",
          `The site replicates site ${String(from["id"])}, which applies another model`,
          `Điểm mô hình được nhân rộng từ điểm ${String(from["id"])} thuộc mô hình khác`,
        );
      }
      if (from) {
        c.before(
          "site-launched-before-original",
          "error",
          from["launchedOn"],
          site["launchedOn"],
          ["sites", i, "launchedOn"],
          "A replicated site was launched before the site it replicates",
          "Điểm nhân rộng ra mắt trước điểm gốc",
        );
      }
    }
  });
  each("reviews", (review, i) => {
    c.ref("models", review["modelId"], ["reviews", i, "modelId"]);
    if (review["siteId"] !== undefined) c.ref("sites", review["siteId"], ["reviews", i, "siteId"]);
  });
  each("teams", (team, i) => {
    if (team["modelSiteId"] !== undefined) {
      c.ref("sites", team["modelSiteId"], ["teams", i, "modelSiteId"]);
    }
  });
  each("incidents", (incident, i) => {
    const cameras = incident["cameraIds"];
    if (!Array.isArray(cameras)) return;
    cameras.forEach((id, j) => {
      const camera = c.ref("cameras", id, ["incidents", i, "cameraIds", j]);
      notPlanned(camera, id, ["incidents", i, "cameraIds", j], "incident");
      if (camera && camera["installedOn"] !== undefined) {
        c.before(
          "camera-installed-after-incident",
          "warning",
          camera["installedOn"],
          incident["occurredAt"],
          ["incidents", i, "cameraIds", j],
          `Camera ${String(id)} was installed on ${String(camera["installedOn"])}, after the incident`,
          `Camera ${String(id)} lắp đặt ngày ${String(camera["installedOn"])}, sau khi xảy ra vụ việc`,
        );
      }
    });
  });
  each("extractions", (extraction, i) => {
    const cameraIds = extraction["cameraIds"];
    if (Array.isArray(cameraIds)) {
      cameraIds.forEach((id, j) => {
        const path = ["extractions", i, "cameraIds", j];
        notPlanned(c.ref("cameras", id, path), id, path, "extraction");
      });
    }
    if (extraction["incidentId"] === undefined) return;
    const incident = c.ref("incidents", extraction["incidentId"], ["extractions", i, "incidentId"]);
    if (!incident) return;
    c.before(
      "footage-requested-before-incident",
      "error",
      incident["occurredAt"],
      extraction["requestedAt"],
      ["extractions", i, "requestedAt"],
      "Footage was requested before the incident it served happened",
      "Yêu cầu trích xuất trước khi vụ việc xảy ra",
    );
    if (extraction["outcome"] === "helped-clarify" && incident["clarified"] === undefined) {
      c.add(
        "warning",
        ["extractions", i, "outcome"],
        "extraction-clarified-unclarified",
        `The extraction helped clarify incident ${String(incident["id"])}, which is not recorded as clarified`,
        `Lượt trích xuất giúp làm rõ vụ việc ${String(incident["id"])} nhưng vụ việc chưa được ghi là đã làm rõ`,
      );
    }
  });
  each("activities", (activity, i) => {
    if (activity["modelSiteId"] !== undefined) {
      c.ref("sites", activity["modelSiteId"], ["activities", i, "modelSiteId"]);
    }
    if (activity["teamId"] !== undefined)
      c.ref("teams", activity["teamId"], ["activities", i, "teamId"]);
    if (activity["ledToIncidentId"] !== undefined) {
      c.ref("incidents", activity["ledToIncidentId"], ["activities", i, "ledToIncidentId"]);
    }
    if (activity["kind"] === "award" && activity["recipientId"] !== undefined) {
      const path = ["activities", i, "recipientId"];
      if (activity["recipientKind"] === "team") c.ref("teams", activity["recipientId"], path);
      if (activity["recipientKind"] === "model-site") c.ref("sites", activity["recipientId"], path);
    }
  });
  each("contributions", (record, i) => funds(record, "contributions", i));
  each("expenses", (record, i) => funds(record, "expenses", i));
}
