/**
 * The breakdown selector: a plain GET form with a labelled `<select>` and a submit button, so it
 * works without JavaScript (and does not navigate on change, which would surprise keyboard and
 * screen-reader users; WCAG 3.2.2).
 */
import type { Indicator, Lang } from '../../catalogue/index.ts';
import { html, type SafeHtml } from '../html.ts';
import type { Dictionary } from '../i18n/index.ts';
import { breakdownLabel, breakdownOptions } from '../view/labels.ts';

export interface BreakdownFormInput {
  readonly indicator: Indicator;
  readonly breakdowns: readonly string[];
  readonly selected: string;
  readonly allGroups: boolean;
  /** Whether the "also show others and total" choice makes sense (there are such rows). */
  readonly offerAllGroups: boolean;
  readonly areaNames: ReadonlyMap<string, string>;
  readonly lang: Lang;
  readonly dict: Dictionary;
}

/** The form, or nothing when there is nothing to choose. */
export function breakdownForm(input: BreakdownFormInput): SafeHtml | string {
  const { indicator, lang, dict } = input;
  const groups = breakdownOptions(input.breakdowns, indicator);
  if (groups.length === 0 && !input.offerAllGroups) return '';
  const option = (value: string): SafeHtml => {
    const label = breakdownLabel(value, indicator, input.areaNames, lang, dict);
    const short = value === '' ? label : label.slice(label.indexOf(': ') + 2);
    return html`<option value="${value}"${value === input.selected ? html` selected` : ''}>${short}</option>`;
  };
  const select =
    groups.length === 0
      ? ''
      : html`<div class="field">
<label for="breakdown">${dict.breakdownLabel}</label>
<select id="breakdown" name="breakdown">
${option('')}
${groups.map(
  (group) => html`<optgroup label="${indicator.breakdowns.find((b) => b.key === group.key)?.label[lang] ?? group.key}">${group.values.map(option)}</optgroup>`,
)}
</select>
</div>`;
  const checkbox = input.offerAllGroups
    ? html`<div class="field field--check">
<input type="checkbox" id="groups" name="groups" value="all"${input.allGroups ? html` checked` : ''}>
<label for="groups">${dict.showAllGroups}</label>
</div>`
    : '';
  return html`<form class="breakdown-form" method="get" action="/indikator/${indicator.id}">
<fieldset>
<legend>${dict.breakdownLegend}</legend>
<input type="hidden" name="lang" value="${lang}">
${select}
${checkbox}
<button type="submit" class="button">${dict.show}</button>
</fieldset>
</form>`;
}
