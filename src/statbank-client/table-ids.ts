/** The StatBank tables the product reads, in the order they are fetched and listed. */
export const STATBANK_TABLE_IDS = ['FOLK1E', 'EB4', 'KMSTA001', 'RAS200', 'STRAFNA9', 'STRFNA10', 'STRFNA11', 'STRAFNA6'] as const;
export type StatbankTableId = (typeof STATBANK_TABLE_IDS)[number];

/** True when `id` (any case) is one of the product's tables. */
export function isStatbankTableId(id: string): id is StatbankTableId {
  return (STATBANK_TABLE_IDS as readonly string[]).includes(id);
}
