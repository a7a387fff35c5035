/**
 * The one error a user can cause when asking for a report: a period that is not a period, a
 * department that owns no indicator, a format that does not exist. Danish and English messages,
 * like every other user-facing error of the product.
 */
export class ReportError extends Error {
  readonly da: string;
  readonly en: string;

  constructor(da: string, en: string) {
    super(`${da} / ${en}`);
    this.name = 'ReportError';
    this.da = da;
    this.en = en;
  }
}
