import * as antt from "../src/index.js";
import { describeFixtures } from "./support/fixtures.js";

describeFixtures({
  title: "fixtures",
  schemas: antt,
  atLeast: 150,
  countName: "hold a corpus of at least 150 bad records, each naming the bad field, and valid ones",
});
