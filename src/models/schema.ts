// The schemas of the models domain, one module per record family, re-exported here so that
// `./schema.js` names every one: the code lists (code-lists/), a model and its participants
// (model/), its sites (site/), its gradings and reviews (review/) and the "An toàn về ANTT"
// recognitions (recognition/). zod lives in those modules; summaries import them as types.
export * from "./code-lists/schema.js";
export * from "./model/schema.js";
export * from "./recognition/schema.js";
export * from "./review/schema.js";
export * from "./site/schema.js";
