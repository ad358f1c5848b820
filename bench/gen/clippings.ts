/**
 * Generated library clippings for the search benchmark: passages and whole articles of
 * security news and everyday text, with real recognised entities, notes, tags and a few rare
 * code names, so searches for common, middling and rare words all have something to find.
 */
import type { Clipping } from '../../lib/clipping/schema';
import type { Entity } from '../../lib/entities/types';
import { recognize } from '../../lib/entities/recognize';
import { Rng } from './random';
import { codeName, everydaySentence, securitySentence } from './sentences';

interface Piece {
  text: string;
  entities: Entity[];
}

const SITES = Array.from({ length: 40 }, (_, i) => `news${i}.example.org`);
const TAGS = ['ransomware', 'apt', 'uk', 'terrorism', 'policy', 'to-read', 'briefing', 'critical', 'europe', 'phishing'];

/** Makes clippings one at a time from a fixed pool of recognised sentences. */
export class ClippingFactory {
  private readonly pool: Piece[] = [];
  private readonly r: Rng;
  /** The code names used so far, for queries that should find one or two clippings. */
  readonly rare: string[] = [];

  constructor(seed: number, poolSize = 400) {
    this.r = new Rng(seed);
    for (let i = 0; i < poolSize; i++) {
      const text = securitySentence(this.r);
      this.pool.push({ text, entities: recognize(text) });
    }
  }

  /** The `i`-th clipping, created `i` minutes before `now`. */
  make(i: number, now: number): Clipping {
    const r = this.r;
    const article = r.chance(0.1);
    const n = article ? r.between(18, 30) : r.between(3, 7);
    let text = '';
    const entities: Entity[] = [];
    for (let k = 0; k < n; k++) {
      if (text) text += ' ';
      if (r.chance(0.6)) {
        const p = r.pick(this.pool);
        for (const e of p.entities) entities.push({ ...e, start: e.start + text.length, end: e.end + text.length });
        text += p.text;
      } else text += everydaySentence(r);
    }
    // One clipping in a hundred mentions a code name: the rare words of the library.
    let note = r.chance(0.3) ? 'Worth a second read.' : '';
    if (r.chance(0.01)) {
      const name = codeName(r);
      this.rare.push(name);
      note = `Follow up on Operation ${name}.`;
    }
    const site = r.skewed(SITES);
    const url = `https://${site}/story/${i}`;
    const createdAt = now - i * 60_000;
    return {
      id: `bench-${i}`,
      kind: article ? 'article' : 'passage',
      createdAt,
      updatedAt: createdAt,
      url,
      canonicalUrl: null,
      site,
      title: text.slice(0, 80),
      byline: null,
      publishedAt: null,
      lang: 'en',
      assessment: { isSecurityNews: true, score: 0.8, topics: [{ topic: 'cyber', score: 0.8 }], reasons: ['generated'] },
      text,
      entities,
      selectors: article ? [] : [{ type: 'TextQuoteSelector', exact: text, prefix: '', suffix: '' }],
      note,
      tags: r.chance(0.4) ? [r.pick(TAGS), r.pick(TAGS)].filter((t, j, a) => a.indexOf(t) === j) : [],
      tlp: null,
      threatLevel: null,
    };
  }
}
