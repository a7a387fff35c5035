/**
 * The report's opening verdict, in Danish (or English): what is going well, what badly, what is on
 * track for the council's targets — written from the statuses alone, so every word can be traced
 * to a status in the summary table. An indicator with a target is judged on its progress; one
 * without, on its long-term verdict since its first period.
 */
import type { Lang } from '../catalogue/index.ts';
import type { Status } from '../stats/index.ts';
import type { ProgressStatus } from '../stats/index.ts';
import { sincePhrase } from './phrases.ts';

export interface VerdictEntry {
  readonly title: string;
  /** Progress towards the council's target, or null when there is none. */
  readonly progress: ProgressStatus | null;
  /** The long-term verdict of the latest target-group figure, and the first published period (null: no figures). */
  readonly longTerm: Status;
  readonly since: string | null;
  /** `follow` indicators have no wanted direction; `under_examination` ones no figures. */
  readonly followed: boolean;
  readonly underExamination: boolean;
}

type Bucket = 'well' | 'badly' | 'onTrack' | 'faster' | 'unchanged' | 'followed' | 'examined' | 'noData' | 'unknown';

function bucketOf(e: VerdictEntry): Bucket {
  if (e.underExamination) return 'examined';
  if (e.since === null && e.progress === null) return 'noData';
  switch (e.progress) {
    case 'reached':
      return 'well';
    case 'on_track':
      return 'onTrack';
    case 'needs_acceleration':
      return 'faster';
    case 'moving_away':
      return 'badly';
    case 'not_assessable':
      return 'unknown';
    case null:
      break;
  }
  if (e.followed) return 'followed';
  return e.longTerm === 'improved' ? 'well' : e.longTerm === 'worsened' ? 'badly' : e.longTerm === 'unchanged' ? 'unchanged' : 'unknown';
}

/** "A, B og C". */
function list(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${lang === 'da' ? 'og' : 'and'} ${items.at(-1) ?? ''}`;
}

function why(e: VerdictEntry, lang: Lang): string {
  const da = lang === 'da';
  if (e.progress === 'reached') return da ? 'byrådets mål er nået' : "the council's target is reached";
  if (e.progress === 'moving_away') return da ? 'bevæger sig væk fra byrådets mål' : "moving away from the council's target";
  const since = e.since === null ? '' : ` ${sincePhrase(e.since, lang).charAt(0).toLowerCase()}${sincePhrase(e.since, lang).slice(1)}`;
  if (e.longTerm === 'improved') return da ? `statistisk sikker forbedring${since}` : `significant improvement${since}`;
  return da ? `statistisk sikker forværring${since}` : `significant worsening${since}`;
}

const SENTENCES: Readonly<Record<Lang, Readonly<Record<Bucket, (items: string) => string>>>> = {
  da: {
    well: (items) => `Det går godt for ${items}.`,
    badly: (items) => `Det går dårligt for ${items}.`,
    onTrack: (items) => `På rette vej mod byrådets mål er ${items}.`,
    faster: (items) => `Udviklingen skal gå hurtigere, hvis byrådets mål skal nås, for ${items}.`,
    unchanged: (items) => `Uden statistisk sikker ændring på længere sigt er ${items}.`,
    followed: (items) => `${capital(items)} følges uden en ønsket retning og vurderes derfor ikke.`,
    examined: (items) => `For ${items} undersøges det endnu, om der kan udtrækkes data.`,
    noData: (items) => `For ${items} er der endnu ikke leveret tal.`,
    unknown: (items) => `For ${items} kan udviklingen på længere sigt ikke vurderes med de offentliggjorte tal.`,
  },
  en: {
    well: (items) => `Going well: ${items}.`,
    badly: (items) => `Going badly: ${items}.`,
    onTrack: (items) => `On track for the council's targets: ${items}.`,
    faster: (items) => `Progress must speed up to meet the council's targets: ${items}.`,
    unchanged: (items) => `No significant change in the long run: ${items}.`,
    followed: (items) => `${capital(items)} are followed without a wanted direction and so are not judged.`,
    examined: (items) => `For ${items} it is still being examined whether data can be extracted.`,
    noData: (items) => `For ${items} no figures have been delivered yet.`,
    unknown: (items) => `For ${items} the long-run development cannot be assessed from the published figures.`,
  },
};

const ORDER: readonly Bucket[] = ['well', 'badly', 'onTrack', 'faster', 'unchanged', 'followed', 'unknown', 'noData', 'examined'];

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The verdict as sentences, good news first, then bad, then progress towards targets.
 * @example reportVerdict([{ title: 'Selvforsørgelse', progress: null, longTerm: 'improved', since: '2015',
 *   followed: false, underExamination: false }], 'da') // ['Det går godt for Selvforsørgelse (statistisk sikker forbedring siden 2015).']
 */
export function reportVerdict(entries: readonly VerdictEntry[], lang: Lang): string[] {
  const groups = new Map<Bucket, string[]>();
  for (const e of entries) {
    const bucket = bucketOf(e);
    const name = bucket === 'well' || bucket === 'badly' ? `${e.title} (${why(e, lang)})` : e.title;
    groups.set(bucket, [...(groups.get(bucket) ?? []), name]);
  }
  const sentences = ORDER.flatMap((b) => {
    const items = groups.get(b);
    return items === undefined ? [] : [SENTENCES[lang][b](list(items, lang))];
  });
  if (sentences.length === 0)
    return [lang === 'da' ? 'Der er endnu ikke tal nok til en samlet vurdering.' : 'There are not enough figures yet for an overall verdict.'];
  return sentences;
}
