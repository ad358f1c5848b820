/** Text with the search words marked (`<mark class="tl-match">`), rendered as text nodes only. */
import { matchRanges } from '../lib/text/match';

export interface MatchTextProps {
  text: string;
  /** Folded search words; a word matches at the start of a word of the text. */
  words: readonly string[];
}

export function MatchText({ text, words }: MatchTextProps) {
  const ranges = words.length ? matchRanges(text, words) : [];
  if (ranges.length === 0) return <>{text}</>;
  const parts = [];
  let at = 0;
  for (const [s, e] of ranges) {
    if (s > at) parts.push(text.slice(at, s));
    parts.push(
      <mark class="tl-match" key={s}>
        {text.slice(s, e)}
      </mark>,
    );
    at = e;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
