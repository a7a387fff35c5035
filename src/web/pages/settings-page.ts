/**
 * The coordinator's settings page: whom the municipality is compared with (the peers) — the own
 * kommunegruppe by default, another group, or named municipalities. A plain form (works without
 * JavaScript) posted with the session's CSRF token to the same service as `indikator peers set`.
 */
import type { Lang } from '../../catalogue/index.ts';
import { MUNICIPALITIES, MUNICIPALITY_GROUPS } from '../../municipalities/index.ts';
import { defaultPeers, type Peers, resolvePeers } from '../../services/peers.ts';
import { html, type SafeHtml } from '../html.ts';
import { comparisonWords } from '../i18n/comparison-words.ts';
import { csrfField } from './account-nav.ts';
import { errorNotice } from './state-badge.ts';

export interface SettingsPageInput {
  lang: Lang;
  own: string;
  peers: Peers;
  csrfToken: string;
  flash?: 'saved' | 'unchanged';
  error?: string;
}

function checked(on: boolean): SafeHtml | '' {
  return on ? html` checked` : '';
}

function selected(on: boolean): SafeHtml | '' {
  return on ? html` selected` : '';
}

/** The page body. */
export function settingsPage(input: SettingsPageInput): SafeHtml {
  const w = comparisonWords(input.lang);
  const { choice } = input.peers;
  const kind = input.peers.isDefault ? 'default' : choice.kind;
  const group = choice.kind === 'group' ? choice.group : defaultPeers(input.own).group;
  const codes = choice.kind === 'municipalities' ? choice.codes : [];
  const defaultLabel = resolvePeers(input.own, { kind: 'default' }).label[input.lang];
  const others = MUNICIPALITIES.filter((m) => m.code !== input.own);
  const flash =
    input.flash === undefined ? '' : html`<p class="notice notice--ok" role="status">${input.flash === 'saved' ? w.peersSaved : w.peersUnchanged}</p>`;
  return html`<h1>${w.settingsTitle}</h1>
${flash}${errorNotice(input.error)}
<section aria-labelledby="peers-heading"><h2 id="peers-heading">${w.peersFormHeading}</h2>
<p>${w.peersFormIntro}</p>
<p>${w.peersNow(input.peers.label[input.lang], input.peers.isDefault)}</p>
<form class="stack-form" method="post" action="/indstillinger/sammenligning">${csrfField(input.csrfToken)}
<fieldset><legend>${w.peersLegend}</legend>
<p><label><input type="radio" name="kind" value="default"${checked(kind === 'default')}> ${w.peersDefault(defaultLabel)}</label></p>
<p><label><input type="radio" name="kind" value="group"${checked(kind === 'group')}> ${w.peersGroup}</label>
<label for="peers-group">${w.peersGroupSelect}</label><select id="peers-group" name="group">${MUNICIPALITY_GROUPS.map(
    (g) => html`<option value="${g.code}"${selected(g.code === group)}>${g.code} ${g[input.lang]}</option>`,
  )}</select></p>
<p><label><input type="radio" name="kind" value="municipalities"${checked(kind === 'municipalities')}> ${w.peersChosen}</label>
<label for="peers-codes">${w.peersChosenSelect}</label><select id="peers-codes" name="codes" multiple size="8">${others.map(
    (m) => html`<option value="${m.code}"${selected(codes.includes(m.code))}>${m.name} (${m.code})</option>`,
  )}</select></p>
</fieldset>
<p><button class="button" type="submit">${w.save}</button></p>
</form></section>`;
}
