export { MOCK_USAGE, type MockArgs, parseMockArgs } from './mock-args.js';
export {
  type MockJobManager,
  type MockJobManagerOptions,
  startMockJobManager,
} from './mock-jobmanager.js';
