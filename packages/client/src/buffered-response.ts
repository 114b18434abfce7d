type Overridden = 'url' | 'json';
// Node's types declare Response's members as properties, which a subclass may not override;
// at run time this is the real Response class.
const ResponseBase = Response as unknown as new (
  body: Uint8Array | null,
  init: ResponseInit,
) => Omit<Response, Overridden>;

/** What a buffered answer says when its body should be JSON and is not. */
export type NotJson = (text: string, status: number) => Error;

/** Statuses whose Response may not have a body, even an empty one. */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

/**
 * A Response whose body has already been read in full: the transport reads every body under
 * the request's timeout (so a cut or stalled body is a connection error, not a failure of
 * whoever parses it later). It names the URL it answered (a constructed Response has none),
 * and `json()` names a body that is not JSON instead of throwing a bare SyntaxError.
 */
export class BufferedResponse extends ResponseBase {
  readonly #url: string;
  readonly #notJson: NotJson;

  constructor(bytes: Uint8Array, head: Response, url: string, notJson: NotJson) {
    super(NULL_BODY.has(head.status) ? null : bytes, {
      status: head.status,
      statusText: head.statusText,
      headers: head.headers,
    });
    // The length is known now, and openapi-fetch parses by `json()` only when it is given.
    this.headers.set('content-length', String(bytes.byteLength));
    this.headers.delete('transfer-encoding');
    // The bytes are decoded already.
    this.headers.delete('content-encoding');
    this.#url = url;
    this.#notJson = notJson;
  }

  get url(): string {
    return this.#url;
  }

  async json(): Promise<unknown> {
    const text = await this.text();
    try {
      return JSON.parse(text);
    } catch {
      throw this.#notJson(text, this.status);
    }
  }
}
