import type { Session } from './session.js';

/**
 * A command's one result: with `--json`, `json` as one JSON document; otherwise the text
 * `human` renders (tables).
 */
export function emit(session: Session, json: unknown, human: () => string): void {
  if (session.json) session.io.stdout(`${JSON.stringify(json, null, 2)}\n`);
  else session.io.stdout(human());
}

/** A remark for a person (a hint, what happens next): stderr, and never with --quiet or --json. */
export function note(session: Session, text: string): void {
  if (!session.quiet && !session.json) session.io.stderr(`${text}\n`);
}
