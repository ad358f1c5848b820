/** A clipping written for the tests (fictional article). */
import type { Clipping } from '../../../lib/clipping/schema';

export function sampleClipping(over: Partial<Clipping> = {}): Clipping {
  return {
    id: 'article-1',
    kind: 'article',
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    url: 'https://news.example/security/ransomware-councils',
    canonicalUrl: null,
    site: 'news.example',
    title: 'Ransomware gang hits three councils',
    byline: 'A. Writer',
    publishedAt: '2026-03-02T09:00:00Z',
    lang: 'en',
    assessment: { isSecurityNews: true, score: 0.9, topics: [{ topic: 'cyber', score: 0.9 }], reasons: ['CVE ids'] },
    text: 'The NCSC said the LockBit affiliate encrypted files at three councils in Yorkshire and demanded £2m.',
    entities: [{ type: 'agency', text: 'NCSC', start: 4, end: 8, id: 'ncsc-uk' }],
    selectors: [],
    note: '',
    tags: [],
    tlp: null,
    threatLevel: null,
    ...over,
  };
}
