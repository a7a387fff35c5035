/**
 * Rows of an upload that the acting user may not deliver into this round: another department's
 * indicator, or a period the round does not ask for. Each is a located input error, so the steward
 * sees it in the same list as the file's own problems.
 */
import { type Actor, mayDeliver } from '../../auth/index.ts';
import type { Catalogue } from '../../catalogue/index.ts';
import { InputError } from '../../ingest/index.ts';
import type { Round } from '../../store/index.ts';
import type { DeliveryRow } from '../import/delivery-row.ts';

/** The rows of `rows` that `actor` may not deliver into `round`, as input errors naming `file`. */
export function roundErrors(rows: readonly DeliveryRow[], round: Round, actor: Actor, catalogue: Catalogue, file: string): InputError[] {
  const errors: InputError[] = [];
  for (const row of rows) {
    const indicator = catalogue.get(row.indicator);
    if (indicator === undefined) continue;
    if (!mayDeliver(actor, indicator)) {
      const owners = indicator.owners.join(', ') || '—';
      errors.push(
        new InputError({
          code: 'invalid_value',
          file,
          row: row.rowNumber,
          column: 'indicator',
          messageDa: `du kan ikke levere »${indicator.title.da}« (${row.indicator}): indikatoren hører til ${owners}`,
          messageEn: `you cannot deliver “${indicator.title.en}” (${row.indicator}): the indicator belongs to ${owners}`,
        }),
      );
      continue;
    }
    const due = round.periods[indicator.period_type];
    if (row.period !== due) {
      errors.push(
        new InputError({
          code: 'invalid_value',
          file,
          row: row.rowNumber,
          column: 'period',
          messageDa: `perioden ${row.period} hører ikke til runden ${round.name} (den venter ${due ?? 'ingen periode'} for »${indicator.title.da}«)`,
          messageEn: `the period ${row.period} is not part of the round ${round.name} (it expects ${due ?? 'no period'} for “${indicator.title.en}”)`,
        }),
      );
    }
  }
  return errors;
}
