/**
 * The types of a client for several Flink lines at once: what every line of the range shares.
 * Computed from the generated per-line `paths` (nothing generated per range: a range is any
 * subset of the matrix), lazily, path by path, as openapi-fetch asks for them.
 */
import type { LineOrder, PathsByVersion } from './generated/versions.js';

/** A supported Flink line, e.g. `'2.3'`. */
export type FlinkLine = keyof PathsByVersion;

type Method = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (
  x: infer I,
) => void
  ? I
  : never;

/** Keys `T` requires. */
type RequiredKeys<T> = {
  // biome-ignore lint/complexity/noBannedTypes: `{}` is what an object with only optional keys extends.
  [K in keyof T]-?: {} extends Pick<T, K> ? never : K;
}[keyof T];

/** Keys some member of the union `U` requires. */
type SomeRequire<U> = U extends unknown ? RequiredKeys<U> : never;

/** `T[0]` of a 1-tuple: an intersection of boxes indexed gives the intersection of their values. */
type Unbox<T> = T extends readonly [unknown] ? T[0] : never;

/**
 * What a value must be to suit every member of `U` at key `K`. Each member's value is boxed
 * first, so that the intersection is taken per member (`'a' | 'b'` and `'a'` give `'a'`), not
 * per literal of the flattened union.
 */
type Suits<U, K extends PropertyKey> = Unbox<
  UnionToIntersection<U extends unknown ? [Exclude<U[K & keyof U], undefined>] : never>
>;

/**
 * An input (parameters, a body) every member of the union `U` accepts: only the keys all of
 * them have (`keyof` a union is that), required if any requires it, of a type that suits all.
 */
type Accepted<U> = [U] extends [never]
  ? never
  : { [K in keyof U as K extends SomeRequire<U> ? K : never]-?: Suits<U, K> } & {
      [K in keyof U as K extends SomeRequire<U> ? never : K]?: Suits<U, K>;
    };

type Parameters_<Op> = Op extends { parameters: infer P } ? P : never;
type Body<Op> = Op extends { requestBody?: infer B } ? Exclude<B, undefined> : never;
type BodyContent<Op> = Body<Op> extends { content: { 'application/json': infer J } } ? J : never;

/** The parameters every line accepts, level by level (query, path, header, cookie). */
type MergedParameters<Ops> = {
  [K in keyof Parameters_<Ops> as K extends SomeRequire<Parameters_<Ops>> ? K : never]-?: Accepted<
    Exclude<Parameters_<Ops>[K], undefined>
  >;
} & {
  [K in keyof Parameters_<Ops> as K extends SomeRequire<Parameters_<Ops>> ? never : K]?: Accepted<
    Exclude<Parameters_<Ops>[K], undefined>
  >;
};

/** A request body every line accepts: required if any line requires one. */
type MergedBody<Ops> = [Body<Ops>] extends [never]
  ? { requestBody?: never }
  : 'requestBody' extends SomeRequire<Ops>
    ? { requestBody: { content: { 'application/json': Accepted<BodyContent<Ops>> } } }
    : { requestBody?: { content: { 'application/json': Accepted<BodyContent<Ops>> } } };

/**
 * One operation as the range sees it: parameters and body every line accepts; the responses
 * of all lines as a union, so a field one line lacks is not read unchecked.
 */
type MergedOperation<Ops> = { parameters: MergedParameters<Ops> } & MergedBody<Ops> & {
    responses: Ops extends { responses: infer R } ? R : never;
  };

/** Whether every line has the operation (a line without it has `?: never`, i.e. undefined). */
type EveryLineHas<Item, M extends Method> = undefined extends Item[M & keyof Item] ? false : true;

type MergedPathItem<Item> = {
  [M in Method as EveryLineHas<Item, M> extends true ? M : never]: MergedOperation<
    Item[M & keyof Item]
  >;
} & { [M in Method as EveryLineHas<Item, M> extends true ? never : M]?: never } & {
  parameters: Item extends { parameters: infer P } ? P : never;
};

/** The `paths` of a range of lines: a path only if every line has it (`keyof` a union). */
export type RangePaths<L extends FlinkLine> = {
  [P in keyof PathsByVersion[L]]: MergedPathItem<PathsByVersion[L][P]>;
};

type Order = LineOrder extends readonly (infer _)[] ? [...LineOrder] : never;

/** The lines of `Order` from `From` on. */
type From<Lines extends readonly string[], F extends string> = Lines extends [
  infer Head extends string,
  ...infer Rest extends string[],
]
  ? Head extends F
    ? Lines
    : From<Rest, F>
  : [];

/** The lines of `Lines` up to `To`, included. */
type UpTo<Lines extends readonly string[], T extends string> = Lines extends [
  infer Head extends string,
  ...infer Rest extends string[],
]
  ? Head extends T
    ? [Head]
    : [Head, ...UpTo<Rest, T>]
  : [];

/**
 * The lines a `flinkVersion` names at the type level: a line, `'1.18 - 2.3'`, or a list. A
 * string the types cannot read (a variable of type string) gives every line, which is
 * checked at run time.
 */
export type LinesOf<R> = R extends readonly (infer E)[]
  ? E & FlinkLine
  : R extends `${infer F extends FlinkLine} - ${infer T extends FlinkLine}`
    ? UpTo<From<Order, F>, T>[number] & FlinkLine
    : R extends FlinkLine
      ? R
      : FlinkLine;
