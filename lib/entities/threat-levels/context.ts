/**
 * Which country's threat-level system a mention belongs to, judged from the country cues around it
 * ("MI5", "Dutch", "ASIO", "DHS", "Vigipirate"). "The threat level is substantial" is the UK's
 * third step but, next to "NCTV", the Dutch fourth.
 */

/** A country whose national threat-level system Threatlight knows. */
export type Country = 'uk' | 'nl' | 'au' | 'us' | 'fr';

const CUES: ReadonlyArray<readonly [Country, RegExp]> = [
  ['uk', /\b(?:UK|U\.K\.|United\sKingdom|Britain|British|England|Scotland|Wales|Northern\sIreland|MI5|JTAC|Joint\sTerrorism\sAnalysis\sCentre|Home\sOffice|Home\sSecretary|Westminster|London)\b/g],
  ['nl', /\b(?:Netherlands|Dutch|Holland|NCTV|Nederland|dreigingsniveau|Amsterdam|The\sHague|Rotterdam)\b/g],
  ['au', /\b(?:Australia|Australian|Australians|ASIO|Canberra|Sydney|Melbourne)\b/g],
  ['us', /\b(?:NTAS|DHS|Homeland\sSecurity|United\sStates|U\.S\.|US|America|Americans?|Washington)\b/g],
  ['fr', /\b(?:France|French|Vigipirate|Paris|Élysée|Matignon)\b/g],
];

/** How far (in characters) a cue counts as "around" a mention before the whole text decides. */
const NEAR = 400;

/** Country cues of one text, found once and asked about many times. */
export class CountryContext {
  private readonly cues: { at: number; country: Country }[] = [];
  private readonly totals = new Map<Country, number>();

  constructor(text: string) {
    for (const [country, re] of CUES) {
      for (const m of text.matchAll(re)) {
        this.cues.push({ at: m.index, country });
        this.totals.set(country, (this.totals.get(country) ?? 0) + 1);
      }
    }
    this.cues.sort((a, b) => a.at - b.at);
  }

  /**
   * The country whose cue is nearest to `at` (within a few sentences), else the country the whole
   * text mentions most, else null.
   */
  countryNear(at: number): Country | null {
    // Binary search for the first cue at or after `at`; the nearest cue is it or the one before.
    let lo = 0;
    let hi = this.cues.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cues[mid]?.at ?? 0) < at) lo = mid + 1;
      else hi = mid;
    }
    const after = this.cues[lo];
    const before = this.cues[lo - 1];
    const dAfter = after ? after.at - at : Infinity;
    const dBefore = before ? at - before.at : Infinity;
    const nearest = dAfter < dBefore ? after : before;
    if (nearest && Math.min(dAfter, dBefore) <= NEAR) return nearest.country;
    let best: Country | null = null;
    let most = 0;
    for (const [country, n] of this.totals) {
      if (n > most) {
        most = n;
        best = country;
      }
    }
    return best;
  }
}
