/** Why a file could not be taken in; the message says it in words, the reason for programs. */
export type IntakeErrorReason = 'empty' | 'binary' | 'too-large' | 'encoding' | 'format';

/** A file that cannot become document text. The caller prefixes the file name. */
export class IntakeError extends Error {
  readonly reason: IntakeErrorReason;

  constructor(reason: IntakeErrorReason, message: string) {
    super(message);
    this.name = 'IntakeError';
    this.reason = reason;
  }
}
