/**
 * The reader's words for codes in the results: groups (which depend on the group definition) and
 * breakdowns (`age=under18` → "Alder: Unge under 18 år", `area=0101` → "Boligområde: Nørrevang").
 */
import type { Indicator, Lang } from '../../catalogue/index.ts';
import type { Definition, DeliveryGroup } from '../../origin/types.ts';
import type { Dictionary } from '../i18n/index.ts';

/** The name of a group under a definition ("Målgruppe", "Danske statsborgere", …). */
export function groupLabel(group: DeliveryGroup, definition: Definition, dict: Dictionary): string {
  return (definition === 'citizenship' ? dict.groupsCitizenship : dict.groups)[group];
}

/** One `key=value` part of a breakdown, split; `undefined` for text that is not one. */
function split(part: string): { key: string; code: string } | undefined {
  const at = part.indexOf('=');
  return at <= 0 ? undefined : { key: part.slice(0, at), code: part.slice(at + 1) };
}

/**
 * The label of a breakdown value. Area codes are named from the area register; age bands read
 * as ages; unknown codes are shown as they are.
 */
export function breakdownLabel(
  breakdown: string,
  indicator: Pick<Indicator, 'breakdowns'>,
  areaNames: ReadonlyMap<string, string>,
  lang: Lang,
  dict: Dictionary,
): string {
  if (breakdown === '') return dict.wholeGroup;
  return breakdown
    .split(/[;,]/)
    .map((part) => {
      const parsed = split(part.trim());
      if (parsed === undefined) return part;
      const spec = indicator.breakdowns.find((b) => b.key === parsed.key);
      const keyLabel = spec?.label[lang] ?? parsed.key;
      const remainder = spec?.remainder?.code === parsed.code ? spec.remainder.label[lang] : undefined;
      if (parsed.key === 'index') return indexLabel(parsed.code, lang, dict);
      const valueLabel =
        remainder ??
        (parsed.key === 'area' ? (areaNames.get(parsed.code) ?? parsed.code) : (spec?.values.find((v) => v.code === parsed.code)?.label[lang] ?? parsed.code));
      return `${keyLabel}: ${valueLabel}`;
    })
    .join(', ');
}

/** The diversity indicator's index rows (`index=simpson`) in words: "Simpsons diversitetsindeks", not "simpson". */
const INDEX_WORDS: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  da: { target_share: 'Målgruppens andel af beboerne', simpson: 'Simpsons diversitetsindeks', shannon: 'Shannons diversitetsindeks' },
  en: { target_share: "The target group's share of residents", simpson: "Simpson's diversity index", shannon: "Shannon's diversity index" },
};

function indexLabel(code: string, lang: Lang, dict: Dictionary): string {
  const segregation = dict.segregation as Readonly<Record<string, string>>;
  return INDEX_WORDS[lang][code] ?? segregation[code] ?? code;
}

/** The breakdowns present in the rows, grouped by key in the catalogue's order, values in its order. */
export function breakdownOptions(breakdowns: readonly string[], indicator: Pick<Indicator, 'breakdowns'>): { key: string; values: string[] }[] {
  const byKey = new Map<string, string[]>();
  for (const breakdown of new Set(breakdowns)) {
    if (breakdown === '') continue;
    const key = split(breakdown)?.key ?? breakdown;
    byKey.set(key, [...(byKey.get(key) ?? []), breakdown]);
  }
  const keyOrder = (key: string): number => {
    const index = indicator.breakdowns.findIndex((b) => b.key === key);
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  return [...byKey.entries()]
    .sort(([a], [b]) => keyOrder(a) - keyOrder(b) || a.localeCompare(b))
    .map(([key, values]) => {
      const codes = indicator.breakdowns.find((b) => b.key === key)?.values.map((v) => `${key}=${v.code}`) ?? [];
      const rank = (value: string): number => (codes.includes(value) ? codes.indexOf(value) : codes.length);
      return { key, values: values.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'da')) };
    });
}
