type Body = NonNullable<RequestInit['body']>;

/**
 * The Request openapi-fetch builds for this client: a real Request (middleware sees nothing
 * unusual) that also keeps the body as it was given — a JSON string, bytes or a Blob. The
 * transport sends that instead of the Request's one-shot stream: it can be sent again on a
 * retry without a copy, and its length is known (Content-Length rather than a chunked upload).
 */
export class ClientRequest extends Request {
  readonly #source: Body | null;

  constructor(input: ConstructorParameters<typeof Request>[0], init?: RequestInit) {
    super(input, init);
    this.#source = init?.body ?? null;
  }

  /**
   * openapi-fetch accepts a middleware's replacement request only if it is an `instanceof`
   * the Request class it was given: any Request will do here.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof Request;
  }

  /** The body as given, when `request` is one of ours; undefined otherwise. */
  static sourceOf(request: Request): Body | null | undefined {
    return #source in request ? (request as ClientRequest).#source : undefined;
  }
}

export interface OutgoingBody {
  readonly body: Body | null;
  /** Can be sent again as it is. */
  readonly replayable: boolean;
}

/**
 * The body to send for `request`. A stream or FormData goes as the Request's own stream (for
 * FormData: encoded as its content type says), which can be read only once.
 */
export function bodyOf(request: Request): OutgoingBody {
  if (request.body === null) return { body: null, replayable: true };
  const source = ClientRequest.sourceOf(request);
  if (
    source !== undefined &&
    source !== null &&
    !(source instanceof FormData) &&
    typeof (source as ReadableStream).getReader !== 'function'
  ) {
    return { body: source, replayable: true };
  }
  return { body: request.body, replayable: false };
}
