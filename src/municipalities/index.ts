/**
 * Public surface of `municipalities/`: Statistics Denmark's 98 municipalities (kommunekode, name,
 * region), the whole country (`000`) and the municipality groups (kommunegrupper v1:2018).
 * Pure: data files read at module load, no I/O after that.
 */
export {
  DEMO_MUNICIPALITY,
  isKnownMunicipalityCode,
  isMunicipalityCodeShape,
  type Municipality,
  MUNICIPALITIES,
  MUNICIPALITIES_SOURCE,
  MUNICIPALITY_GROUPS,
  MUNICIPALITY_GROUPS_SOURCE,
  MUNICIPALITY_GROUPS_VERSION,
  type MunicipalityGroup,
  municipalitiesInGroup,
  municipalityByCode,
  municipalityName,
  REGIONS,
  type Region,
  WHOLE_COUNTRY_CODE,
  WHOLE_COUNTRY_NAME,
} from './municipalities.ts';
