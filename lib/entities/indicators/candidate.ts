/**
 * An indicator found in text before it becomes an entity: where it is, what kind, and its
 * refanged, normalised value.
 */
import type { EntityOf } from '../types';

/** The kind of an indicator (CVE, IPv4, domain, ...). */
export type IndicatorKind = EntityOf<'indicator'>['kind'];

/** A found indicator; `start`/`end` cover the text as written (defanged or not). */
export interface IndicatorCandidate {
  start: number;
  end: number;
  kind: IndicatorKind;
  value: string;
}
