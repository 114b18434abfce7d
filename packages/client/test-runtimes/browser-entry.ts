/** The conformance script in a page: the runner calls `globalThis.runConformance`. */
import { runConformance } from './conformance.ts';

(globalThis as { runConformance?: typeof runConformance }).runConformance = runConformance;
