/**
 * A request that cannot be carried out as asked (unknown indicator, malformed period): a user
 * error with a Danish and an English message, reported without a stack trace.
 */
export class UsageProblem extends Error {
  override readonly name = 'UsageError';
  constructor(
    readonly messageDa: string,
    readonly messageEn: string,
  ) {
    super(`${messageDa} / ${messageEn}`);
  }
}

export function usageProblem(da: string, en: string): UsageProblem {
  return new UsageProblem(da, en);
}
