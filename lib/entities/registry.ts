/**
 * The one list of recognizers. Each lives in its own file under `recognizers/`;
 * adding a type means adding one file and one line here.
 */
import type { AnyRecognizer } from './types';
import { threatLevelRecognizer } from './recognizers/threat-level';
import { markingRecognizer } from './recognizers/marking';
import { indicatorRecognizer } from './recognizers/indicator';
import { statisticRecognizer } from './recognizers/statistic';
import { agencyRecognizer } from './recognizers/agency';
import { threatActorRecognizer } from './recognizers/threat-actor';
import { malwareRecognizer } from './recognizers/malware';
import { locationRecognizer } from './recognizers/location';
import { personRecognizer } from './recognizers/person';
import { attackTypeRecognizer } from './recognizers/attack-type';

/** Every recognizer, run in this order on an article's text. */
export const RECOGNIZERS: readonly AnyRecognizer[] = [
  threatLevelRecognizer,
  markingRecognizer,
  indicatorRecognizer,
  statisticRecognizer,
  agencyRecognizer,
  threatActorRecognizer,
  malwareRecognizer,
  locationRecognizer,
  personRecognizer,
  attackTypeRecognizer,
];
