/**
 * The one error a user can cause when asking for a report: a period that is not a period, a
 * department that owns no indicator, a format that does not exist. Danish and English messages,
 * like every other user-facing error of the product.
 */
import { UserError } from '../../errors/user-error.ts';

export class ReportError extends UserError {
  override readonly name = 'ReportError';

  /** The Danish message (`messageDa`). */
  get da(): string {
    return this.messageDa;
  }

  /** The English message (`messageEn`). */
  get en(): string {
    return this.messageEn;
  }
}
