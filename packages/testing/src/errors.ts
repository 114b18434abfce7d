/** The one error class of the recording and mock areas: a stable code and a one-line message. */
export type ContractErrorCode =
  | 'FIXTURE_INVALID'
  | 'FIXTURE_MISSING'
  | 'UNKNOWN_VERSION'
  | 'UNKNOWN_OPERATION'
  | 'USAGE';

export class ContractError extends Error {
  override readonly name = 'ContractError';
  constructor(
    readonly code: ContractErrorCode,
    message: string,
  ) {
    super(message.replace(/\s*\n\s*/g, ' '));
  }
}
