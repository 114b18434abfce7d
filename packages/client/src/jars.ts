import { platform } from '#platform';
import { apiError, type Core, unexpectedBody, unwrap } from './core.js';
import { isMissingJarAnswer } from './endpoints.js';
import { FlinkConnectionError, JarNotOnJobManagerError } from './errors.js';
import { checkId, checkNonEmpty, checkPositiveInt } from './validate.js';

/** A jar as a file path, bytes, a Blob, or a stream of bytes. */
export type JarSource = string | Uint8Array | Blob | ReadableStream<Uint8Array>;

export interface UploadedJar {
  /** What `run` takes: the file name Flink stored the jar under. */
  readonly id: string;
  /** Flink's full path of the stored jar. */
  readonly filename: string;
}

export interface RunJarOptions {
  readonly args?: readonly string[];
  readonly entryClass?: string;
  readonly parallelism?: number;
  /** Restore from this savepoint or retained checkpoint. */
  readonly savepointPath?: string;
  /** Skip state that maps to no operator of the new job. Default false. */
  readonly allowNonRestoredState?: boolean;
  /** The new job's id (32 hex). Default: Flink picks one. Flink refuses a second job of an id it knows. */
  readonly jobId?: string;
  readonly signal?: AbortSignal;
}

export interface JarHelpers {
  /** `POST /jars/upload` as multipart/form-data with a `jarfile` part. Not retried (not idempotent). */
  upload(
    jar: JarSource,
    options?: { filename?: string; signal?: AbortSignal },
  ): Promise<UploadedJar>;
  /** `POST /jars/:jarid/run`; resolves with the new job's id. Not retried (it would start a second job). */
  run(jarId: string, options?: RunJarOptions): Promise<{ jobid: string }>;
  /** `DELETE /jars/:jarid`. */
  delete(jarId: string, options?: { signal?: AbortSignal }): Promise<void>;
}

/** The last part of a path, `/` or `\\` separated (Flink's stored jars, a user's file path). */
function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

/** A File's own name, else a generic one. */
function fileName(jar: JarSource): string {
  return typeof File !== 'undefined' && jar instanceof File && jar.name ? jar.name : 'job.jar';
}

async function toBlob(jar: JarSource): Promise<Blob> {
  if (typeof jar === 'string') return platform.jarFile(checkNonEmpty(jar, 'jar path'));
  if (jar instanceof Blob) return jar;
  if (jar instanceof Uint8Array) return new Blob([jar], { type: 'application/java-archive' });
  if (jar && typeof (jar as ReadableStream).getReader === 'function') {
    // The multipart body is a Blob: the stream is read into memory once.
    return new Response(jar as ReadableStream<Uint8Array>).blob();
  }
  throw new TypeError('jar must be a file path, a Uint8Array, a Blob or a ReadableStream');
}

export function jarHelpers(core: Core): JarHelpers {
  /** With several JobManagers: which one holds each jar this client uploaded. */
  const uploadedTo = new Map<string, string>();
  return {
    async upload(jar, options = {}) {
      const filename =
        options.filename ?? (typeof jar === 'string' ? baseName(jar) : fileName(jar));
      checkNonEmpty(filename, 'filename');
      // The runtime's FormData and fetch write the multipart body and its length.
      const form = new FormData();
      form.append('jarfile', await toBlob(jar), filename);
      const result = await core.raw.POST('/jars/upload', {
        body: form as never,
        bodySerializer: (b: unknown) => b as FormData,
        ...(options.signal ? { signal: options.signal } : {}),
      });
      const data = unwrap<{ filename?: string; status?: string }>(core, 'POST', result);
      if (data?.status !== 'success' || typeof data.filename !== 'string') {
        throw unexpectedBody(core, 'POST', result.response, 'no stored file', data);
      }
      const id = baseName(data.filename);
      const endpoint = core.transport.endpointFor(result.response.url);
      if (endpoint !== undefined) uploadedTo.set(id, endpoint);
      return { id, filename: data.filename };
    },

    async run(jarId, options = {}) {
      checkNonEmpty(jarId, 'jarId');
      if (options.parallelism !== undefined) checkPositiveInt(options.parallelism, 'parallelism');
      if (options.savepointPath !== undefined)
        checkNonEmpty(options.savepointPath, 'savepointPath');
      if (options.entryClass !== undefined) checkNonEmpty(options.entryClass, 'entryClass');
      if (options.jobId !== undefined) checkId(options.jobId, 'jobId');
      if (options.args !== undefined && !options.args.every((a) => typeof a === 'string')) {
        throw new TypeError('args must be strings');
      }
      const body = {
        ...(options.args ? { programArgsList: [...options.args] } : {}),
        ...(options.entryClass ? { entryClass: options.entryClass } : {}),
        ...(options.parallelism !== undefined ? { parallelism: options.parallelism } : {}),
        ...(options.savepointPath !== undefined ? { savepointPath: options.savepointPath } : {}),
        ...(options.allowNonRestoredState !== undefined
          ? { allowNonRestoredState: options.allowNonRestoredState }
          : {}),
        ...(options.jobId !== undefined ? { jobId: options.jobId } : {}),
      };
      // Uploaded jars stay on the JobManager that received them: run it there.
      const endpoint = uploadedTo.get(jarId);
      let result: Awaited<ReturnType<typeof core.raw.POST>>;
      try {
        result = await core.raw.POST('/jars/{jarid}/run', {
          params: { path: { jarid: jarId } },
          body,
          ...(options.signal ? { signal: options.signal } : {}),
          ...(endpoint !== undefined ? { fetch: core.transport.fetchAt(endpoint) } : {}),
        });
      } catch (error) {
        if (endpoint !== undefined && error instanceof FlinkConnectionError) {
          throw new JarNotOnJobManagerError(jarId, endpoint, 'that JobManager gives no answer', {
            cause: error,
          });
        }
        throw error;
      }
      const errors = (result.error as { errors?: unknown[] } | undefined)?.errors ?? [];
      if (isMissingJarAnswer(result.response.status, errors.map(String))) {
        throw new JarNotOnJobManagerError(
          jarId,
          core.transport.endpointFor(result.response.url) ?? new URL(result.response.url).origin,
          'Flink says the jar file does not exist there',
          { cause: apiError(core, 'POST', result.response, result.error) },
        );
      }
      const data = unwrap<{ jobid?: string }>(core, 'POST', result);
      if (typeof data?.jobid !== 'string')
        throw unexpectedBody(core, 'POST', result.response, 'no jobid', data);
      return { jobid: data.jobid };
    },

    async delete(jarId, options = {}) {
      checkNonEmpty(jarId, 'jarId');
      unwrap(
        core,
        'DELETE',
        await core.raw.DELETE('/jars/{jarid}', {
          params: { path: { jarid: jarId } },
          ...(options.signal ? { signal: options.signal } : {}),
        }),
      );
    },
  };
}
