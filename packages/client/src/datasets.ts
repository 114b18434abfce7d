import type { AsyncOperation } from './async-operation.js';
import type { Core } from './core.js';
import { trigger } from './trigger.js';
import { checkId } from './validate.js';

export interface DatasetHelpers {
  /** `DELETE /datasets/:datasetid`: deletes a cluster dataset; an async operation. */
  delete(
    datasetId: string,
    options?: { signal?: AbortSignal },
  ): Promise<AsyncOperation<'dataset-deletion'>>;
}

export function datasetHelpers(core: Core): DatasetHelpers {
  return {
    async delete(datasetId, options = {}) {
      checkId(datasetId, 'datasetId');
      return trigger(core, {
        kind: 'dataset-deletion',
        method: 'DELETE',
        path: '/datasets/{datasetid}',
        params: { datasetid: datasetId },
        // DELETE is idempotent as far as the transport is concerned.
        idempotent: false,
        signal: options.signal,
      });
    },
  };
}
