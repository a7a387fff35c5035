/**
 * The indicator page's "Byrådets mål": the target and the decision it rests on, its progress
 * status, the distance to go in words (from the narrative module), and — for the coordinator —
 * the form that sets, changes or removes it (each change a new version, audited).
 */
import type { Indicator, Lang } from '../../catalogue/index.ts';
import { distanceSentences, targetSentence } from '../../narrative/index.ts';
import { shownValue, type TargetView } from '../../services/targets.ts';
import { html, type SafeHtml } from '../html.ts';
import type { Dictionary } from '../i18n/index.ts';
import { progressBadge } from '../view/status-badge.ts';

export interface TargetSectionInput {
  readonly indicator: Indicator;
  readonly target: TargetView | null;
  readonly lang: Lang;
  readonly dict: Dictionary;
  /** The coordinator's CSRF token: the form is shown only with it. */
  readonly csrfToken?: string | undefined;
  /** `saved` / `removed` after the form was sent. */
  readonly flash?: string | undefined;
}

const UNIT: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  da: { percent: 'procent / procentpoint', per1000: 'pr. 1.000', count: 'antal', grade: 'karakter / karakterpoint', index: 'indeks' },
  en: { percent: 'percent / percentage points', per1000: 'per 1,000', count: 'count', grade: 'grade / grade points', index: 'index' },
};

function targetForm(input: TargetSectionInput, csrfToken: string): SafeHtml {
  const { indicator, dict, lang } = input;
  const f = dict.targetForm;
  const t = input.target?.target;
  const value = t === undefined ? '' : String(shownValue(indicator, t.value));
  const gapAllowed = indicator.comparison === 'comparison_group';
  const measure = t?.measure ?? 'level';
  return html`<form class="target-form stack-form" method="post" action="/indikator/${indicator.id}/maal">
<fieldset><legend>${f.legend}</legend>
<input type="hidden" name="_csrf" value="${csrfToken}">
${gapAllowed ? html`<label>${f.measure}<select name="measure"><option value="level"${measure === 'level' ? ' selected' : ''}>${f.level}</option><option value="gap"${measure === 'gap' ? ' selected' : ''}>${f.gap}</option></select></label>` : html`<input type="hidden" name="measure" value="level">`}
<label>${f.value(UNIT[lang][indicator.display.unit] ?? '')}<input name="value" inputmode="decimal" required value="${value}"></label>
<label>${f.year}<input name="year" inputmode="numeric" pattern="[0-9]{4}" required value="${t === undefined ? '' : String(t.year)}"></label>
<label>${f.baseline}<input name="baseline" value="${t?.baseline ?? ''}"></label>
<label>${f.decision}<input name="decision" maxlength="500" value="${t?.decision ?? ''}"></label>
<p class="button-row"><button class="button" type="submit" name="action" value="set">${f.save}</button>${t === undefined ? '' : html`<button class="button button--secondary" type="submit" name="action" value="remove">${f.remove}</button>`}</p>
</fieldset>
</form>`;
}

/** The section, or '' when there is no target and no coordinator to set one. */
export function targetSection(input: TargetSectionInput): SafeHtml | '' {
  const { indicator, lang, dict, target } = input;
  if (target === null && input.csrfToken === undefined) return '';
  const flash = input.flash === 'saved' ? dict.targetForm.saved : input.flash === 'removed' ? dict.targetForm.removed : '';
  const body =
    target === null
      ? html`<p>${dict.targetNone}</p>`
      : html`<p class="status-line">${progressBadge(target.progress.status, lang)}</p>
<p class="narrative">${[targetSentence({ lang, display: indicator.display, target: target.target }), ...distanceSentences({ lang, display: indicator.display, target: target.target, progress: target.progress })].join(' ')}</p>`;
  return html`<section aria-labelledby="maal" id="maal-section">
<h2 id="maal">${dict.targetHeading}</h2>
${flash === '' ? '' : html`<p class="flash" role="status">${flash}</p>`}
${body}
${input.csrfToken === undefined ? '' : targetForm(input, input.csrfToken)}
</section>`;
}
