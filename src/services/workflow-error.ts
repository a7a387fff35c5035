/**
 * The one error a refused workflow or user-administration action throws: what kind of refusal it
 * is (so the web layer can pick 403, 404, 400 or 409) and why, in Danish and English.
 */

/** `forbidden`: not this user's to do; `not_found`: no such thing; `invalid`: bad input; `conflict`: wrong state. */
export type WorkflowErrorKind = 'forbidden' | 'not_found' | 'invalid' | 'conflict';

export class WorkflowError extends Error {
  override readonly name = 'WorkflowError';
  constructor(
    readonly kind: WorkflowErrorKind,
    readonly messageDa: string,
    readonly messageEn: string,
  ) {
    super(`${messageDa} / ${messageEn}`);
  }

  /** The message in one language. */
  text(lang: 'da' | 'en'): string {
    return lang === 'da' ? this.messageDa : this.messageEn;
  }
}

/** Shorthand for `new WorkflowError(kind, da, en)`. */
export function refuse(kind: WorkflowErrorKind, da: string, en: string): WorkflowError {
  return new WorkflowError(kind, da, en);
}
