/**
 * The contract suite's API (private; for its tests, bench and CLIs): record fixtures from real
 * clusters, replay them through the client, and check them against each version's spec.
 */
export { collapsePolls } from './collapse-polls.js';
export { type RecordOptions, recordFixture } from './record.js';
export { compactRuns, type RecordHaOptions, recordHaFixture } from './record-ha.js';
export { offlineContext, REPLAY_BASE_URL, replayFixture } from './replay.js';
export { replayHaFixture } from './replay-ha.js';
export { lifecycleScenario, type Scenario, type ScenarioContext, scenarios } from './scenario.js';
export {
  type AddedProperty,
  addedProperties,
  checkVersion,
  groupMismatches,
  introduced,
  isProven,
  type OverlayProof,
  renderReport,
  type VersionReport,
  validateFixtures,
} from './spec-vs-reality.js';
