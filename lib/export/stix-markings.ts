/**
 * The TLP 2.0 marking definitions exactly as OASIS publishes them (cti-stix-common-objects,
 * extension-definition-specifications/tlp-2.0): fixed ids, so every platform recognises them.
 * STIX 2.1 itself only predefines TLP 1.0; TLP 1.0 WHITE is TLP 2.0 CLEAR.
 */
import type { TlpLevel } from './tlp';

/** The OASIS extension every TLP 2.0 marking definition declares itself through. */
export const TLP2_EXTENSION_ID = 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d';

/** The `created` time the published TLP 2.0 objects carry (part of the object, like the id). */
export const TLP2_CREATED = '2022-10-01T00:00:00.000Z';

type Tlp2Value = 'clear' | 'green' | 'amber' | 'amber+strict' | 'red';

/** The published marking-definition id of each TLP 2.0 level. */
export const TLP2_MARKING_IDS: Readonly<Record<Tlp2Value, string>> = {
  clear: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  green: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  amber: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  'amber+strict': 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
  red: 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
};

/** A TLP 2.0 marking-definition object. */
export interface Tlp2Marking {
  type: 'marking-definition';
  spec_version: '2.1';
  id: string;
  created: string;
  name: string;
  extensions: Record<string, { extension_type: 'property-extension'; tlp_2_0: Tlp2Value }>;
}

function tlp2Value(level: TlpLevel): Tlp2Value {
  return level === 'white' ? 'clear' : level;
}

/** The marking-definition id for a clipping's TLP level. */
export function tlpMarkingId(level: TlpLevel): string {
  return TLP2_MARKING_IDS[tlp2Value(level)];
}

/** The published TLP 2.0 marking-definition object for `level`. */
export function tlpMarking(level: TlpLevel): Tlp2Marking {
  const value = tlp2Value(level);
  return {
    type: 'marking-definition',
    spec_version: '2.1',
    id: TLP2_MARKING_IDS[value],
    created: TLP2_CREATED,
    name: `TLP:${value.toUpperCase()}`,
    extensions: { [TLP2_EXTENSION_ID]: { extension_type: 'property-extension', tlp_2_0: value } },
  };
}
