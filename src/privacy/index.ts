export * from "./consent.js";
export * from "./labels.js";
export { type PersonalDataHolding, personalDataOf } from "./listing.js";
export { type PersonalDataField, personalDataFieldsOf } from "./markers.js";
export * from "./redact.js";
