export { ContractError, type ContractErrorCode } from './errors.js';
export { diffFixtures } from './fixture-diff.js';
export {
  checkLine,
  defaultFixturesDir,
  fixturePath,
  loadFixtures,
  readFixtureFile,
  supportedLines,
} from './fixture-files.js';
export {
  type Exchange,
  type Fixture,
  isErrorStep,
  type Json,
  parseFixture,
  type RecordedRequest,
  type RecordedResponse,
  renderFixture,
} from './fixture-format.js';
export { createNormalizer, type Literal, type Normalizer } from './normalize.js';
export { type RecordOptions, recordFixture } from './record.js';
export { REPLAY_BASE_URL, replayFixture } from './replay.js';
export {
  handlersFor,
  handlersFromFixture,
  type ReplayOptions,
  readFixtureSync,
} from './replay-handlers.js';
export { lifecycleScenario, type Scenario, type ScenarioContext, scenarios } from './scenario.js';
export { createSpecValidator, type Mismatch, type SpecValidator } from './spec-validator.js';
export {
  checkVersion,
  groupMismatches,
  introduced,
  type OverlayProof,
  renderReport,
  type VersionReport,
  validateFixtures,
} from './spec-vs-reality.js';
