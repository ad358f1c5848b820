/** Human labels for entity types, shared by the page UI, popup and library. */
import type { EntityType } from '../lib/entities/types';

/** The reader-facing name of each entity type. */
export const TYPE_LABELS: Readonly<Record<EntityType, string>> = {
  agency: 'Agencies',
  'threat-actor': 'Threat actors',
  malware: 'Malware',
  'threat-level': 'Threat levels',
  statistic: 'Statistics',
  indicator: 'Indicators',
  marking: 'TLP markings',
  person: 'People',
  location: 'Locations',
  'attack-type': 'Attack types',
};
