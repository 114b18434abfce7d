import type { ChangeInput, ChangeKind, FlinkCheck } from './change.js';

/** The outcome of classifying one change. */
export interface Classification {
  readonly breaking: boolean;
  readonly reason: string;
  readonly flinkCheck?: FlinkCheck;
}

type Rule = (input: ChangeInput) => Classification;

const breaks = (reason: string, flinkCheck?: FlinkCheck): Classification =>
  flinkCheck === undefined ? { breaking: true, reason } : { breaking: true, reason, flinkCheck };
const safe = (reason: string, flinkCheck?: FlinkCheck): Classification =>
  flinkCheck === undefined ? { breaking: false, reason } : { breaking: false, reason, flinkCheck };

/** A rule that depends on the direction: what the client sends vs what it reads. */
const byDirection =
  (request: Classification, response: Classification): Rule =>
  (input) =>
    input.direction === 'response' ? response : request;

const isMultipart = (value: unknown) =>
  typeof value === 'string' && value.toLowerCase().startsWith('multipart/');

/** `to` accepts every value `from` does (`integer` → `number`, anything → untyped). */
export function isWidening(from: unknown, to: unknown): boolean {
  return to === 'any' || (from === 'integer' && to === 'number');
}

const RULES: { readonly [K in ChangeKind]: Rule } = {
  'operation-added': () => safe('a new operation; existing calls are unaffected'),
  'operation-removed': (input) =>
    input.to === undefined
      ? breaks('calls to this operation fail', 'url')
      : breaks(`the path is now served for ${String(input.to)} only: calls fail`, 'method'),
  'operation-hidden-from-docs': () =>
    safe('still served, but now hidden from Flink docs (x-flink-excluded-from-docs)'),
  'operation-shown-in-docs': () => safe('now listed in Flink docs'),
  'operation-deprecated': () => safe('deprecated: still served, may go in a later release'),
  'path-parameter-renamed': () =>
    breaks('the path template changed: typed clients address the old template', 'path-parameters'),
  'parameter-added': (input) =>
    input.required
      ? breaks('a new required parameter: existing calls lack it')
      : safe('a new optional parameter'),
  'parameter-removed': (input) =>
    breaks(
      'the parameter is no longer accepted; callers that send it lose its effect',
      input.location.startsWith('query') ? 'query-parameters' : undefined,
    ),
  'parameter-became-required': (input) =>
    breaks(
      'callers that omit the parameter now fail',
      input.location.startsWith('query') ? 'query-parameters' : undefined,
    ),
  'parameter-became-optional': () => safe('the parameter may now be omitted'),
  'parameter-location-changed': () => breaks('the parameter moved: callers send it elsewhere'),
  'request-body-added': (input) =>
    input.required
      ? breaks('a required request body: existing calls send none', 'request')
      : safe('an optional request body'),
  'request-body-removed': () =>
    breaks('the request body is no longer read: its fields lose their effect', 'request'),
  'request-body-became-required': () => breaks('callers that send no body now fail', 'request'),
  'request-body-became-optional': () => safe('the body may now be omitted'),
  'request-content-type-added': (input) =>
    safe(
      'the operation accepts one more media type',
      isMultipart(input.to) ? 'file-upload' : undefined,
    ),
  'request-content-type-removed': (input) =>
    breaks(
      'callers that send this media type are rejected',
      isMultipart(input.from) ? 'file-upload' : 'request',
    ),
  'response-status-added': () =>
    safe('a new documented status; a change of the success code also shows a removal'),
  'response-status-removed': () =>
    breaks('clients that expect this status get another one', 'status-code'),
  'response-content-type-added': () => safe('the response can come in one more media type'),
  'response-content-type-removed': () =>
    breaks('clients that read this media type get another one (or none)', 'response'),

  'property-added': (input) =>
    input.direction === 'response'
      ? safe('a new field in what the client reads; it can ignore it')
      : input.required
        ? breaks('a new required field: existing requests lack it')
        : safe('a new optional field the client may send'),
  'property-removed': (input) =>
    input.direction === 'response'
      ? breaks('clients that read this field get nothing', 'response')
      : breaks(
          'the server no longer reads this field: callers that set it lose its effect',
          'request',
        ),
  'property-became-required': byDirection(
    breaks('requests that omit this field now fail'),
    safe('the field is now always present'),
  ),
  'property-became-optional': byDirection(
    safe('the field may now be omitted'),
    breaks('clients that expect this field may not get it'),
  ),
  'type-changed': (input) => {
    const check: FlinkCheck | undefined =
      input.from === 'any' ? undefined : (input.direction ?? 'request');
    if (input.direction === 'response') {
      return isWidening(input.to, input.from)
        ? safe('the server now sends a narrower type', check)
        : breaks(`clients that read a ${String(input.from)} get a ${String(input.to)}`, check);
    }
    return isWidening(input.from, input.to)
      ? safe('the server now accepts a wider type', check)
      : breaks(`callers that send a ${String(input.from)} are rejected`, check);
  },
  'format-changed': () => safe('same JSON type, another format hint; reported for information'),
  'enum-value-added': (input) =>
    input.direction === 'response'
      ? breaks('clients that switch exhaustively over the values meet an unknown one', 'response')
      : safe('callers may send one more value', 'request'),
  'enum-value-removed': (input) =>
    input.direction === 'response'
      ? safe('the server no longer sends this value', 'response')
      : breaks('callers that send this value are rejected', 'request'),
  'enum-added': (input) =>
    input.direction === 'response'
      ? safe('the server now sends only listed values', input.direction)
      : breaks('only listed values are accepted now', 'request'),
  'enum-removed': (input) =>
    input.direction === 'response'
      ? breaks('the server may send values outside the old list', 'response')
      : safe('any value is accepted now', 'request'),
  'nullable-added': byDirection(
    safe('callers may now send null'),
    breaks('clients may now read null here'),
  ),
  'nullable-removed': byDirection(
    breaks('callers that send null are rejected'),
    safe('the server no longer sends null here'),
  ),
  'variant-added': byDirection(
    safe('callers may send one more shape'),
    breaks('clients may read a shape they do not handle'),
  ),
  'variant-removed': byDirection(
    breaks('callers that send this shape are rejected'),
    safe('the server no longer sends this shape'),
  ),
  'map-values-added': () => safe('the object now also carries free-form entries'),
  'map-values-removed': (input) =>
    breaks(
      'the free-form entries are gone: code that reads or writes them loses them',
      input.direction,
    ),
};

/**
 * Classifies a change for a client written against the older spec. The policy, by direction:
 * what a client sends (request) may widen, what it reads (response) may narrow; anything else
 * breaks. See the package README, section "Breaking-change policy", for the table.
 */
export function classify(input: ChangeInput): Classification {
  return RULES[input.kind](input);
}
