/**
 * The peers: the municipalities the own municipality is compared with. The coordinator chooses
 * them (a stored, versioned setting `peers`); the default is the own kommunegruppe. The whole
 * country is no peer: it is always shown beside them where a figure exists.
 */
import { z } from 'zod';
import { UserError } from '../errors/user-error.ts';
import { DEMO_MUNICIPALITY, MUNICIPALITY_GROUPS, municipalitiesInGroup, municipalityByCode, municipalityName } from '../municipalities/index.ts';
import type { Store } from '../store/index.ts';
import type { JsonValue } from '../accounts/index.ts';
import type { Localized } from '../language/index.ts';

export const PEERS_SETTING = 'peers';

/**
 * The demo municipality `999` is in no kommunegruppe; its default peers are group 3,
 * Provinsbykommuner — a town of the demo's size and make-up would be there.
 */
export const DEMO_PEER_GROUP = '3';

const peersSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('default') }),
  z.object({ kind: z.literal('group'), group: z.string() }),
  z.object({ kind: z.literal('municipalities'), codes: z.array(z.string()).min(1) }),
]);
export type PeersChoice = z.infer<typeof peersSchema>;

/** The peers in force, resolved to municipalities, with a label for readers. */
export interface Peers {
  choice: PeersChoice;
  /** True when no choice was stored (the default). */
  isDefault: boolean;
  /** The peers' codes, in code order, never the own municipality or `000`. */
  codes: string[];
  label: Localized;
  /** The stored version, or null for the default. */
  version: number | null;
}

/** The default choice: the own kommunegruppe (group 3 for the demo). */
export function defaultPeers(own: string): Extract<PeersChoice, { kind: 'group' }> {
  return { kind: 'group', group: municipalityByCode(own)?.group.code ?? DEMO_PEER_GROUP };
}

/** Resolves a choice to codes and a label. */
export function resolvePeers(own: string, requested: PeersChoice): Omit<Peers, 'isDefault' | 'version'> {
  const choice = requested.kind === 'default' ? defaultPeers(own) : requested;
  if (choice.kind === 'group') {
    const group = MUNICIPALITY_GROUPS.find((g) => g.code === choice.group);
    const codes = municipalitiesInGroup(choice.group)
      .map((m) => m.code)
      .filter((c) => c !== own)
      .sort();
    return {
      choice,
      codes,
      label: { da: `Kommunegruppe ${choice.group} ${group?.da ?? ''}`.trim(), en: `Municipality group ${choice.group} ${group?.en ?? ''}`.trim() },
    };
  }
  const codes = [...new Set(choice.codes)].filter((c) => c !== own).sort();
  const names = codes.map((c) => municipalityName(c)).join(', ');
  return { choice, codes, label: { da: `Valgte kommuner: ${names}`, en: `Chosen municipalities: ${names}` } };
}

/** The peers in force for `own`. */
export async function loadPeers(store: Store, own: string): Promise<Peers> {
  const stored = await store.currentSetting(PEERS_SETTING);
  const parsed = stored === undefined ? undefined : peersSchema.safeParse(stored.value);
  const version = stored?.version ?? null;
  if (parsed === undefined || !parsed.success || parsed.data.kind === 'default') {
    return { ...resolvePeers(own, defaultPeers(own)), isDefault: true, version };
  }
  return { ...resolvePeers(own, parsed.data), isDefault: false, version };
}

function refuse(da: string, en: string): never {
  throw new UserError(da, en);
}

/** Validates a choice against the municipality list; throws a `UserError` naming the bad code. */
export function validatePeers(own: string, choice: PeersChoice): PeersChoice {
  if (choice.kind === 'default') return choice;
  if (choice.kind === 'group') {
    if (!MUNICIPALITY_GROUPS.some((g) => g.code === choice.group)) {
      const known = MUNICIPALITY_GROUPS.map((g) => g.code).join(', ');
      refuse(`Ukendt kommunegruppe "${choice.group}" (kendte: ${known})`, `Unknown municipality group "${choice.group}" (known: ${known})`);
    }
    return choice;
  }
  for (const code of choice.codes) {
    if (code === '000')
      refuse(
        'Hele landet (000) vises altid og kan ikke vælges som sammenligningskommune',
        'The whole country (000) is always shown and cannot be chosen as a peer',
      );
    if (code === own) refuse(`${code} er den egne kommune`, `${code} is the own municipality`);
    if (municipalityByCode(code) === undefined && code !== DEMO_MUNICIPALITY.code)
      refuse(`Ukendt kommunekode "${code}"`, `Unknown municipality code "${code}"`);
  }
  return { kind: 'municipalities', codes: [...new Set(choice.codes)].sort() };
}

/** Stores the coordinator's choice (null = back to the default), audited; null result = unchanged. */
export async function setPeers(store: Store, own: string, choice: PeersChoice | null, actor: string): Promise<Peers | null> {
  const value: PeersChoice = choice === null ? { kind: 'default' } : validatePeers(own, choice);
  const written = await store.writeSetting(PEERS_SETTING, value as JsonValue, actor);
  if (written === null) return null;
  return { ...resolvePeers(own, value), isDefault: value.kind === 'default', version: written.version };
}

/**
 * The choice a settings form names: `default`, `group` with a group code, or `municipalities`
 * with codes (separated by commas, spaces or both, as typed, or several fields). Refuses an
 * unknown kind or an empty list with a `UserError`.
 */
export function peersChoiceFromForm(kind: string, group: string, codes: readonly string[]): PeersChoice {
  if (kind === 'default') return { kind: 'default' };
  if (kind === 'group') return { kind: 'group', group: group.trim() };
  if (kind === 'municipalities') {
    const list = codes.flatMap((c) => c.split(/[\s,;]+/)).filter((c) => c !== '');
    if (list.length === 0) refuse('Vælg mindst én kommune', 'Choose at least one municipality');
    return { kind: 'municipalities', codes: list };
  }
  return refuse(`Ukendt valg "${kind.slice(0, 40)}"`, `Unknown choice "${kind.slice(0, 40)}"`);
}

/** `setPeers` for a signed-in user (the settings page): the coordinator only. */
export function setPeersAs(store: Store, own: string, choice: PeersChoice, actor: { username: string; role: string }): Promise<Peers | null> {
  if (actor.role !== 'coordinator') {
    throw new UserError('Kun koordinatoren kan vælge sammenligningskommuner', 'Only the coordinator can choose the peers', { httpStatus: 403 });
  }
  return setPeers(store, own, choice.kind === 'default' ? null : choice, actor.username);
}
