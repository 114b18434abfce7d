import type ts from 'typescript';
import { type FieldUse, pointerOf, type UseType } from './field-use.js';
import { propertyNameText, unwrapExpression } from './request-fields.js';

type TypeScript = typeof ts;

/** Array methods whose callback's first parameter is an element of the array. */
const ELEMENT_CALLBACKS = new Set([
  'map',
  'flatMap',
  'forEach',
  'filter',
  'find',
  'findLast',
  'findIndex',
  'findLastIndex',
  'some',
  'every',
]);

/** Methods that only one JSON type has: calling one says what the field is. */
const METHOD_TYPES: Readonly<Record<string, UseType>> = {
  ...Object.fromEntries(
    [...ELEMENT_CALLBACKS, 'reduce', 'join', 'flat', 'toSorted', 'toReversed'].map((m) => [
      m,
      'array',
    ]),
  ),
  ...Object.fromEntries(
    [
      'toUpperCase',
      'toLowerCase',
      'split',
      'trim',
      'trimStart',
      'trimEnd',
      'startsWith',
      'endsWith',
      'padStart',
      'padEnd',
      'replace',
      'replaceAll',
      'localeCompare',
      'charAt',
      'match',
      'matchAll',
      'normalize',
    ].map((m) => [m, 'string']),
  ),
  toFixed: 'number',
  toPrecision: 'number',
  toExponential: 'number',
};

/** Bindings followed through at most this many hops (`a = data.x; b = a.y; …`). */
const MAX_HOPS = 32;

/** The function (or file) a declaration is visible in. */
function scopeOf(ts: TypeScript, node: ts.Node): ts.Node {
  let current = node.parent;
  while (current && !ts.isFunctionLike(current) && !ts.isSourceFile(current)) {
    current = current.parent;
  }
  return current ?? node.getSourceFile();
}

/** Whether an identifier is a use of a variable, not a declaration or a property's name. */
function isReference(ts: TypeScript, node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false;
  if (
    (ts.isVariableDeclaration(parent) ||
      ts.isBindingElement(parent) ||
      ts.isParameter(parent) ||
      ts.isFunctionDeclaration(parent) ||
      ts.isPropertyAssignment(parent) ||
      ts.isPropertyDeclaration(parent) ||
      ts.isMethodDeclaration(parent)) &&
    parent.name === node
  ) {
    return false;
  }
  if (ts.isBindingElement(parent) && parent.propertyName === node) return false;
  return !ts.isTypeNode(parent) && !ts.isQualifiedName(parent);
}

/** Every use of `name` in `scope` after `after` (an offset): the reads of a variable. */
function referencesTo(
  ts: TypeScript,
  scope: ts.Node,
  name: string,
  after: number,
): ts.Identifier[] {
  const found: ts.Identifier[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node) && node.text === name && node.pos >= after && isReference(ts, node)) {
      found.push(node);
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(scope, visit);
  return found;
}

/**
 * The fields the code reads from the result of a raw call (`{ data, error, response }`), in the
 * function around it: `const { data } = await flink.GET(…)` then `data?.['root-exception']`,
 * `data.plan.nodes`, `data.jobs.map((j) => j.id)`, `for (const v of data.vertices) v.name`,
 * `const { jobs } = data`, `const res = await …; res.data.x`, `.then(({ data }) => …)`.
 * Variables are matched by name in the function that declares them (shadowing is not seen).
 * Paths are relative to `data`, the 2xx body; what is read of `error` and `response` is left out.
 */
export function responseReadsOf(ts: TypeScript, call: ts.CallExpression): FieldUse[] {
  const reads = new Map<string, FieldUse>();
  const record = (path: readonly string[], type?: UseType) => {
    if (path[0] !== 'data' || path.length < 2) return;
    const field = path.slice(1);
    const key = `${pointerOf(field)}\u0000${type ?? ''}`;
    if (!reads.has(key))
      reads.set(key, type === undefined ? { path: field } : { path: field, type });
  };

  const bindCallback = (argument: ts.Expression | undefined, path: string[], hops: number) => {
    if (argument === undefined) return;
    const fn = unwrapExpression(ts, argument);
    if (!(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn))) return;
    const parameter = fn.parameters[0];
    if (parameter !== undefined) bind(parameter.name, path, fn, parameter.end, hops + 1);
  };

  /** A variable (or pattern) that holds the value at `path`: follow its uses. */
  const bind = (
    name: ts.BindingName,
    path: string[],
    scope: ts.Node,
    after: number,
    hops: number,
  ): void => {
    if (hops > MAX_HOPS) return;
    if (ts.isIdentifier(name)) {
      record(path);
      for (const reference of referencesTo(ts, scope, name.text, after)) {
        follow(reference, path, hops + 1);
      }
      return;
    }
    if (ts.isObjectBindingPattern(name)) {
      for (const element of name.elements) {
        if (element.dotDotDotToken) continue;
        const key = element.propertyName
          ? propertyNameText(ts, element.propertyName)
          : ts.isIdentifier(element.name)
            ? element.name.text
            : undefined;
        if (key !== undefined) bind(element.name, [...path, key], scope, after, hops + 1);
      }
      return;
    }
    for (const element of name.elements) {
      if (ts.isBindingElement(element) && !element.dotDotDotToken) {
        bind(element.name, [...path, '[]'], scope, after, hops + 1);
      }
    }
  };

  /** `node` evaluates to the value at `path`: walk up what the code does with it. */
  const follow = (start: ts.Node, startPath: string[], hops: number): void => {
    let node = start;
    let path = startPath;
    for (;;) {
      const parent = node.parent;
      if (
        ts.isParenthesizedExpression(parent) ||
        ts.isNonNullExpression(parent) ||
        ts.isAwaitExpression(parent) ||
        ts.isAsExpression(parent) ||
        ts.isSatisfiesExpression(parent) ||
        ts.isTypeAssertionExpression(parent) ||
        (ts.isBinaryExpression(parent) &&
          parent.left === node &&
          (parent.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken ||
            parent.operatorToken.kind === ts.SyntaxKind.BarBarToken))
      ) {
        node = parent;
        continue;
      }
      if (ts.isPropertyAccessExpression(parent) && parent.expression === node) {
        const name = parent.name.text;
        const call = parent.parent;
        if (ts.isCallExpression(call) && call.expression === parent) {
          // A method of the value, not a field: `jobs.map(…)`, `name.split(…)`, `promise.then(…)`.
          record(path, METHOD_TYPES[name]);
          if (ELEMENT_CALLBACKS.has(name)) bindCallback(call.arguments[0], [...path, '[]'], hops);
          if (name === 'then' && path.length === 0) bindCallback(call.arguments[0], path, hops);
          return;
        }
        path = [...path, name];
        node = parent;
        continue;
      }
      if (ts.isElementAccessExpression(parent) && parent.expression === node) {
        const key = unwrapExpression(ts, parent.argumentExpression);
        path = [...path, ts.isStringLiteralLike(key) ? key.text : '[]'];
        node = parent;
        continue;
      }
      if (ts.isVariableDeclaration(parent) && parent.initializer === node) {
        bind(parent.name, path, scopeOf(ts, parent), parent.end, hops + 1);
        return;
      }
      if (ts.isForOfStatement(parent) && parent.expression === node) {
        record(path, 'array');
        const declaration = ts.isVariableDeclarationList(parent.initializer)
          ? parent.initializer.declarations[0]
          : undefined;
        if (declaration !== undefined) {
          bind(declaration.name, [...path, '[]'], parent, declaration.end, hops + 1);
        }
        return;
      }
      record(path);
      return;
    }
  };

  follow(call, [], 0);
  // A field read on its way to a longer path, or typed elsewhere, says nothing more.
  const all = [...reads.values()];
  return all
    .filter(
      (read) =>
        read.type !== undefined ||
        !all.some(
          (other) =>
            other !== read &&
            other.path.length >= read.path.length &&
            read.path.every((segment, i) => other.path[i] === segment),
        ),
    )
    .sort((a, b) => pointerOf(a.path).localeCompare(pointerOf(b.path), 'en'));
}
