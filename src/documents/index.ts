export * from "./docx.js";
export type { DocumentLanguage } from "./options.js";
export * from "./xlsx.js";
