const utf8 = new TextDecoder();

type HeadersInit = ConstructorParameters<typeof Headers>[0];
type Overridden =
  | 'url'
  | 'bodyUsed'
  | 'body'
  | 'text'
  | 'json'
  | 'arrayBuffer'
  | 'bytes'
  | 'blob'
  | 'formData'
  | 'clone';
// Node's types declare Response's methods as properties, which a subclass may not override;
// at run time this is the real Response class.
const ResponseBase = Response as unknown as new (
  body: null,
  init: ResponseInit,
) => Omit<Response, Overridden>;

/** What a buffered answer says when its body should be JSON and is not. */
export type NotJson = (text: string, status: number) => Error;

/**
 * A Response whose body has already been read in full. The transport reads every body under
 * the request's timeout (so a cut or stalled body is a connection error, not a failure of
 * whoever parses it later) and hands this on: the body can be read again, without a second
 * stream, and `json()` names a body that is not JSON instead of throwing a bare SyntaxError.
 */
export class BufferedResponse extends ResponseBase {
  readonly #bytes: Uint8Array;
  readonly #url: string;
  readonly #notJson: NotJson;

  constructor(
    bytes: Uint8Array,
    init: { status: number; statusText?: string; headers: HeadersInit; url: string },
    notJson: NotJson,
  ) {
    // No body for the base class: it would wrap the bytes in a stream nobody reads.
    super(null, { status: init.status, statusText: init.statusText ?? '', headers: init.headers });
    // The length is known now; openapi-fetch picks its parser by it.
    this.headers.set('content-length', String(bytes.byteLength));
    this.headers.delete('transfer-encoding');
    this.#bytes = bytes;
    this.#url = init.url;
    this.#notJson = notJson;
  }

  get url(): string {
    return this.#url;
  }

  get bodyUsed(): boolean {
    return false;
  }

  get body(): ReadableStream<Uint8Array> | null {
    if (this.#bytes.byteLength === 0) return null;
    const bytes = this.#bytes;
    return new ReadableStream({
      start(controller) {
        controller.enqueue(bytes.slice());
        controller.close();
      },
    });
  }

  async text(): Promise<string> {
    return utf8.decode(this.#bytes);
  }

  async json(): Promise<unknown> {
    const text = utf8.decode(this.#bytes);
    try {
      return JSON.parse(text);
    } catch {
      throw this.#notJson(text, this.status);
    }
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    return this.#bytes.slice().buffer;
  }

  async bytes(): Promise<Uint8Array> {
    return this.#bytes.slice();
  }

  async blob(): Promise<Blob> {
    return new Blob([this.#bytes], { type: this.headers.get('content-type') ?? '' });
  }

  async formData(): Promise<FormData> {
    return new Response(this.#bytes, { headers: this.headers }).formData();
  }

  clone(): BufferedResponse {
    return new BufferedResponse(
      this.#bytes,
      { status: this.status, statusText: this.statusText, headers: this.headers, url: this.#url },
      this.#notJson,
    );
  }
}
