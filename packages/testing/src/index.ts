/**
 * Public API of @flink-rest/testing: Flink REST fixtures recorded from real JobManagers, msw
 * handlers and a mock JobManager that answer from them, and the fixture format with its
 * normalizer (for tools that record fixtures of their own).
 */
export { TestingError, type TestingErrorCode } from './errors.js';
export { createExchangeQueue, type ExchangeQueue } from './exchange-queue.js';
export { diffFixtures } from './fixture-diff.js';
export {
  checkLine,
  fixturePath,
  fixturesDir,
  loadFixtures,
  readFixtureFile,
  readFixtureSync,
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
export {
  type MockJobManager,
  type MockJobManagerOptions,
  startMockJobManager,
} from './mock-jobmanager.js';
export { createNormalizer, type Literal, type Normalizer } from './normalize.js';
export { type FetchLike, type RawExchange, recordingFetch } from './recording-fetch.js';
export { handlersFor, handlersFromFixture, type ReplayOptions } from './replay-handlers.js';
