/**
 * Person recognizer: named people, with the role the text gives them ("Andrew Parker, director
 * general of MI5"), and their later mentions by surname. Precision comes first: a capitalised
 * name needs a title, a known given name or a role around it to count.
 */
import { findPeople } from '../people/find-people';
import type { EntityOf, Recognizer } from '../types';

/** Finds named people. */
export const personRecognizer: Recognizer<'person'> = {
  type: 'person',
  recognize(text: string): EntityOf<'person'>[] {
    return findPeople(text).map((p) => ({
      type: 'person',
      text: p.text,
      start: p.start,
      end: p.end,
      name: p.name,
      ...(p.role !== undefined ? { role: p.role } : {}),
    }));
  },
};
