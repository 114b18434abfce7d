/** Argument checks that run before any request: each names the argument and the value. */

const HEX32 = /^[0-9a-f]{32}$/;

/**
 * A value as an error message quotes it: JSON where possible (so line breaks stay escaped),
 * cut to `max` characters, and never a throw (BigInt, cycles, symbols).
 */
export function show(value: unknown, max = 60): string {
  let text: string;
  try {
    text =
      typeof value === 'bigint'
        ? `${value}n`
        : typeof value === 'symbol' || typeof value === 'function'
          ? String(value)
          : (JSON.stringify(value) ?? String(value));
  } catch {
    text = Object.prototype.toString.call(value);
  }
  text = text.replace(/[\r\n\u2028\u2029]/g, ' ');
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

export function checkId(value: unknown, name: string): string {
  if (typeof value !== 'string' || !HEX32.test(value)) {
    throw new TypeError(`${name} ${show(value)} must be 32 lower-case hexadecimal characters`);
  }
  return value;
}

export function checkNonEmpty(value: unknown, name: string): string {
  if (typeof value !== 'string' || value.trim().length === 0) {
    throw new TypeError(`${name} must be a non-empty string, got ${show(value)}`);
  }
  return value;
}

export function checkOptionalNonEmpty(value: unknown, name: string): string | undefined {
  return value === undefined ? undefined : checkNonEmpty(value, name);
}

export function checkPositiveInt(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new RangeError(`${name} (${show(value)}) must be a whole number >= 1`);
  }
  return value;
}

export function checkOneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  name: string,
): T {
  if (typeof value !== 'string' || !allowed.includes(value as T)) {
    throw new TypeError(`${name} ${show(value)} must be one of ${allowed.join(', ')}`);
  }
  return value as T;
}

/**
 * A fresh trigger id in Flink's TriggerId form (32 hex characters): from the platform's CSPRNG,
 * or from `random` when tests inject one.
 */
export function newTriggerId(random?: () => number): string {
  let out = '';
  if (random) {
    for (let i = 0; i < 32; i++) out += Math.floor(random() * 16).toString(16);
    return out;
  }
  for (const byte of crypto.getRandomValues(new Uint8Array(16)))
    out += byte.toString(16).padStart(2, '0');
  return out;
}

/**
 * The trigger id a trigger sends: the caller's (checked), to get the same operation back after
 * a lost answer, or a fresh one.
 */
export function triggerIdFor(given: unknown, random?: () => number): string {
  return given === undefined ? newTriggerId(random) : checkId(given, 'triggerId');
}
