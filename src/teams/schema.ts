// The schemas of the teams domain, one module per record family, re-exported here so that
// `./schema.js` names every one: the code lists (code-lists/), the team (team/), its
// households and members (member/), its equipment and chat group (equipment/) and its
// trainings and drills (training/). zod lives in those modules; summaries import them as
// types.
export * from "./code-lists/schema.js";
export * from "./equipment/schema.js";
export * from "./member/schema.js";
export * from "./team/schema.js";
export * from "./training/schema.js";
