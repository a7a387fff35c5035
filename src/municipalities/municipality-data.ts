/**
 * The municipality data files (`data/municipalities.json`, `data/kommunegrupper.json`), validated
 * once at module load. Data rather than code, with their source beside them, so that a renamed
 * municipality or a new version of Statistics Denmark's municipality groups is a change to a JSON
 * file, not to the program.
 */
import { z } from 'zod';
import groupsJson from './data/kommunegrupper.json' with { type: 'json' };
import municipalitiesJson from './data/municipalities.json' with { type: 'json' };

/** Statistics Denmark's three-digit code, e.g. `101` (København); `000` is the whole country. */
const code = z.string().regex(/^[0-9]{3}$/);

const municipalitiesSchema = z.strictObject({
  source: z.string().min(1),
  wholeCountry: z.strictObject({ code, name: z.string().min(1) }),
  regions: z.array(z.strictObject({ code: z.string().regex(/^[0-9]{4}$/), name: z.string().min(1) })),
  municipalities: z.array(z.strictObject({ code, name: z.string().min(1), region: z.string().regex(/^[0-9]{4}$/) })),
});

const groupsSchema = z.strictObject({
  source: z.string().min(1),
  version: z.string().min(1),
  groups: z.array(z.strictObject({ code: z.string().regex(/^[1-9]$/), da: z.string().min(1), en: z.string().min(1), municipalities: z.array(code) })),
});

export type MunicipalitiesFile = z.infer<typeof municipalitiesSchema>;
export type GroupsFile = z.infer<typeof groupsSchema>;

/** The parsed municipality file (throws at load if it is malformed: a packaging error, not user input). */
export const MUNICIPALITIES_FILE: MunicipalitiesFile = municipalitiesSchema.parse(municipalitiesJson);
/** The parsed kommunegrupper file. */
export const GROUPS_FILE: GroupsFile = groupsSchema.parse(groupsJson);
