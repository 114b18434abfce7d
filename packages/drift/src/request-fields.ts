import type ts from 'typescript';
import {
  type FieldUse,
  PARAMETER_LOCATIONS,
  type ParameterUse,
  type UseType,
} from './field-use.js';

type TypeScript = typeof ts;

/** What a raw call's second argument (`{ params, body }`) passes, as far as the code shows it. */
export interface RequestUse {
  readonly parameters: ParameterUse[];
  readonly body: FieldUse[];
  /**
   * The parts the scan could not see whole (a variable it cannot follow, a spread, a computed
   * key): a required parameter or field missing from them is not reported.
   */
  readonly opaque: ('parameters' | 'body')[];
}

/** `x`, `(x)`, `x as T`, `x satisfies T`, `<T>x`, `x!` → `x`. */
export function unwrapExpression(ts: TypeScript, node: ts.Expression): ts.Expression {
  let current = node;
  while (
    ts.isParenthesizedExpression(current) ||
    ts.isAsExpression(current) ||
    ts.isSatisfiesExpression(current) ||
    ts.isTypeAssertionExpression(current) ||
    ts.isNonNullExpression(current)
  ) {
    current = current.expression;
  }
  return current;
}

/** The text of a property name a scan can know: `a`, `'a-b'`, `1`, `['a']`. */
export function propertyNameText(ts: TypeScript, name: ts.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) {
    return name.text;
  }
  if (ts.isNoSubstitutionTemplateLiteral(name)) return name.text;
  if (ts.isComputedPropertyName(name)) {
    const key = unwrapExpression(ts, name.expression);
    if (ts.isStringLiteralLike(key) || ts.isNumericLiteral(key)) return key.text;
  }
  return undefined;
}

/**
 * An object literal an expression stands for: the literal itself, or a `const` declared with one
 * in an enclosing block (`const body = { … }; flink.POST(path, { body })`).
 */
function objectLiteralOf(
  ts: TypeScript,
  node: ts.Expression,
): ts.ObjectLiteralExpression | undefined {
  const expression = unwrapExpression(ts, node);
  if (ts.isObjectLiteralExpression(expression)) return expression;
  if (!ts.isIdentifier(expression)) return undefined;
  const initializer = constInitializer(ts, expression);
  if (initializer === undefined) return undefined;
  const value = unwrapExpression(ts, initializer);
  return ts.isObjectLiteralExpression(value) ? value : undefined;
}

/** The initializer of the `const` an identifier names, declared in a block around it. */
function constInitializer(ts: TypeScript, name: ts.Identifier): ts.Expression | undefined {
  for (let scope: ts.Node | undefined = name.parent; scope; scope = scope.parent) {
    if (!(ts.isBlock(scope) || ts.isSourceFile(scope) || ts.isModuleBlock(scope))) continue;
    for (const statement of scope.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      if (!(statement.declarationList.flags & ts.NodeFlags.Const)) continue;
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name) && declaration.name.text === name.text) {
          return declaration.initializer;
        }
      }
    }
  }
  return undefined;
}

/** The JSON type of a literal value, if the code writes one. */
export function literalType(ts: TypeScript, node: ts.Expression): UseType | undefined {
  const value = unwrapExpression(ts, node);
  if (ts.isStringLiteralLike(value) || ts.isTemplateExpression(value)) return 'string';
  if (ts.isNumericLiteral(value)) return 'number';
  if (
    ts.isPrefixUnaryExpression(value) &&
    value.operator === ts.SyntaxKind.MinusToken &&
    ts.isNumericLiteral(value.operand)
  ) {
    return 'number';
  }
  if (value.kind === ts.SyntaxKind.TrueKeyword || value.kind === ts.SyntaxKind.FalseKeyword) {
    return 'boolean';
  }
  if (value.kind === ts.SyntaxKind.NullKeyword) return 'null';
  if (ts.isArrayLiteralExpression(value)) return 'array';
  if (ts.isObjectLiteralExpression(value)) return 'object';
  return undefined;
}

/**
 * The fields of an object literal, nested literals as longer paths (`{ a: { b: 1 } }` → `a`,
 * `a.b`; `{ a: [{ b: 1 }] }` → `a`, `a[].b`). Returns false when some key cannot be known.
 */
function fieldsOf(
  ts: TypeScript,
  literal: ts.ObjectLiteralExpression,
  prefix: readonly string[],
  out: FieldUse[],
): boolean {
  let whole = true;
  for (const property of literal.properties) {
    if (ts.isSpreadAssignment(property)) {
      whole = false;
      continue;
    }
    const key = property.name === undefined ? undefined : propertyNameText(ts, property.name);
    if (key === undefined) {
      whole = false;
      continue;
    }
    const path = [...prefix, key];
    if (!ts.isPropertyAssignment(property)) {
      out.push({ path });
      continue;
    }
    const type = literalType(ts, property.initializer);
    out.push(type === undefined ? { path } : { path, type });
    const value = unwrapExpression(ts, property.initializer);
    if (ts.isObjectLiteralExpression(value)) {
      fieldsOf(ts, value, path, out);
    } else if (ts.isArrayLiteralExpression(value)) {
      for (const element of value.elements) {
        const item = unwrapExpression(ts, element);
        if (ts.isObjectLiteralExpression(item)) fieldsOf(ts, item, [...path, '[]'], out);
      }
    }
  }
  return whole;
}

/** The value of a property of an object literal, by name; `undefined` if it is not written. */
function propertyValue(
  ts: TypeScript,
  literal: ts.ObjectLiteralExpression,
  name: string,
): ts.Expression | undefined {
  for (const property of literal.properties) {
    if (property.name === undefined || propertyNameText(ts, property.name) !== name) continue;
    if (ts.isPropertyAssignment(property)) return property.initializer;
    if (ts.isShorthandPropertyAssignment(property)) return property.name;
  }
  return undefined;
}

/**
 * What a raw call passes in its `init` argument (`flink.GET(path, init)`): the parameters of
 * `params.path`/`query`/`header`/`cookie` and the fields of `body`, from object literals (or
 * `const`s declared with one). No `init` passes nothing; anything the scan cannot see is opaque.
 */
export function requestOf(ts: TypeScript, init: ts.Expression | undefined): RequestUse {
  const parameters: ParameterUse[] = [];
  const body: FieldUse[] = [];
  const opaque = new Set<'parameters' | 'body'>();
  const done = () => ({ parameters, body, opaque: [...opaque] });
  if (init === undefined) return done();
  const literal = objectLiteralOf(ts, init);
  if (literal === undefined || literal.properties.some((p) => ts.isSpreadAssignment(p))) {
    opaque.add('parameters').add('body');
    if (literal === undefined) return done();
  }
  const params = propertyValue(ts, literal, 'params');
  const paramsLiteral = params === undefined ? undefined : objectLiteralOf(ts, params);
  if (params !== undefined && paramsLiteral === undefined) opaque.add('parameters');
  if (paramsLiteral !== undefined) {
    if (paramsLiteral.properties.some((p) => ts.isSpreadAssignment(p))) opaque.add('parameters');
    for (const location of PARAMETER_LOCATIONS) {
      const value = propertyValue(ts, paramsLiteral, location);
      if (value === undefined) continue;
      const group = objectLiteralOf(ts, value);
      const names: FieldUse[] = [];
      if (group === undefined || !fieldsOf(ts, group, [], names)) opaque.add('parameters');
      for (const { path } of names) {
        if (path.length === 1) parameters.push({ in: location, name: path[0] as string });
      }
    }
  }
  const bodyValue = propertyValue(ts, literal, 'body');
  if (bodyValue !== undefined) {
    const bodyLiteral = objectLiteralOf(ts, bodyValue);
    if (bodyLiteral === undefined || !fieldsOf(ts, bodyLiteral, [], body)) opaque.add('body');
  }
  return done();
}
