/** Clippings written for the export tests (fictional articles), covering every export path. */
import type { Clipping } from '../../../lib/clipping/schema';
import type { Entity } from '../../../lib/entities/types';
import { sampleClipping } from '../storage/sample-clipping';

type Extra<T extends Entity['type']> = Omit<Extract<Entity, { type: T }>, 'type' | 'text' | 'start' | 'end'>;

/** An entity of `type` spanning the first occurrence of `snippet` in `text`. */
export function ent<T extends Entity['type']>(text: string, type: T, snippet: string, extra: Extra<T>): Entity {
  const start = text.indexOf(snippet);
  if (start < 0) throw new Error(`fixture: "${snippet}" not in text`);
  return { type, text: snippet, start, end: start + snippet.length, ...extra } as Entity;
}

const CYBER_TEXT =
  'The NCSC said LockBit affiliates used CVE-2024-12345 and T1566.001 to reach 203.0.113.7 and evil-updates.example. ' +
  'The QakBot loader (SHA-256 E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855) called hxxp://evil-updates[.]example/it\'s/a\\path. ' +
  'Mail came from ops@evil-updates.example. Files had MD5 d41d8cd98f00b204e9800998ecf8427e and SHA-1 da39a3ee5e6b4b0d3255bfef95601890afd80709. ' +
  'Victims were in France and Leeds; about 40 servers were hit, Jane Doe said, and the threat is severe.';

const TERROR_TEXT = 'Officials said Islamic State claimed the attack near Raqqa, in Syria, and that National Action leaflets were found.';

const APT_TEXT = 'APT29 used WINELOADER against ministries in Germany; 2001:db8::1 and bad.example were blocked.';

/** Five clippings: every entity type STIX knows, every TLP flavour, and awkward text everywhere. */
export function richClippings(): Clipping[] {
  return [
    sampleClipping({
      id: 'article-cyber',
      createdAt: 1_767_000_000_000,
      updatedAt: 1_767_100_000_000,
      url: 'https://news.example/cyber/lockbit-councils?x=1&y=2',
      title: 'LockBit: councils hit, "again"\n---\nsecond line',
      publishedAt: '2026-01-02T08:30:00+01:00',
      text: CYBER_TEXT,
      tlp: 'amber',
      threatLevel: 'severe',
      tags: ['ransomware', 'q3 review', '=SUM(A1)'],
      note: 'Check with the SOC: "urgent", then\n- call @ops\n=HYPERLINK("x")',
      entities: [
        ent(CYBER_TEXT, 'agency', 'NCSC', { id: 'ncsc-uk', name: 'National Cyber Security Centre', country: 'GB', kind: 'cyber-defence' }),
        ent(CYBER_TEXT, 'threat-actor', 'LockBit', { id: 'lockbit', name: 'LockBit', kind: 'ransomware-gang', aliases: ['LockBit 3.0', 'LockBit'] }),
        ent(CYBER_TEXT, 'indicator', 'CVE-2024-12345', { id: 'cve-2024-12345', kind: 'cve', value: 'CVE-2024-12345' }),
        ent(CYBER_TEXT, 'indicator', 'T1566.001', { id: 't1566.001', kind: 'attack-technique', value: 'T1566.001' }),
        ent(CYBER_TEXT, 'indicator', '203.0.113.7', { id: 'ipv4:203.0.113.7', kind: 'ipv4', value: '203.0.113.7' }),
        ent(CYBER_TEXT, 'indicator', 'evil-updates.example', { id: 'domain:evil-updates.example', kind: 'domain', value: 'evil-updates.example' }),
        ent(CYBER_TEXT, 'malware', 'QakBot', { id: 'qakbot', name: 'QakBot', kind: 'loader' }),
        ent(CYBER_TEXT, 'indicator', 'E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855', {
          kind: 'sha256',
          value: 'E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855',
        }),
        ent(CYBER_TEXT, 'indicator', "hxxp://evil-updates[.]example/it's/a\\path", { kind: 'url', value: "http://evil-updates.example/it's/a\\path" }),
        ent(CYBER_TEXT, 'indicator', 'ops@evil-updates.example', { kind: 'email', value: 'ops@evil-updates.example' }),
        ent(CYBER_TEXT, 'indicator', 'd41d8cd98f00b204e9800998ecf8427e', { kind: 'md5', value: 'd41d8cd98f00b204e9800998ecf8427e' }),
        ent(CYBER_TEXT, 'indicator', 'da39a3ee5e6b4b0d3255bfef95601890afd80709', { kind: 'sha1', value: 'da39a3ee5e6b4b0d3255bfef95601890afd80709' }),
        ent(CYBER_TEXT, 'location', 'France', { id: 'fr', name: 'France', countryCode: 'FR', kind: 'country' }),
        ent(CYBER_TEXT, 'location', 'Leeds', { name: 'Leeds', countryCode: 'GB', kind: 'city' }),
        ent(CYBER_TEXT, 'statistic', 'about 40 servers', { value: { min: 40, max: 40 }, approx: true, unit: 'servers', kind: 'count' }),
        ent(CYBER_TEXT, 'person', 'Jane Doe', { role: 'spokesperson' }),
        ent(CYBER_TEXT, 'threat-level', 'severe', { system: 'qualitative', level: 'severe' }),
      ],
    }),
    sampleClipping({
      id: 'passage-terror',
      kind: 'passage',
      createdAt: 1_767_200_000_000,
      updatedAt: 1_767_200_000_000,
      url: 'https://actualites.example/monde/attaque',
      title: 'Attaque près de Raqqa : « alerte »',
      lang: 'fr',
      publishedAt: 'hier',
      text: TERROR_TEXT,
      tlp: 'red',
      assessment: { isSecurityNews: true, score: 0.84, topics: [{ topic: 'terrorism', score: 0.8 }], reasons: ['group names'] },
      selectors: [
        { type: 'TextQuoteSelector', exact: TERROR_TEXT, prefix: 'Paris, 3 mars. ', suffix: ' La police' },
        { type: 'TextPositionSelector', start: 120, end: 120 + TERROR_TEXT.length },
      ],
      entities: [
        ent(TERROR_TEXT, 'threat-actor', 'Islamic State', { id: 'isis', name: 'Islamic State (ISIS)', kind: 'terrorist-group' }),
        ent(TERROR_TEXT, 'threat-actor', 'National Action', { id: 'national-action', name: 'National Action', kind: 'extremist-group' }),
        ent(TERROR_TEXT, 'location', 'Syria', { id: 'sy', name: 'Syria', countryCode: 'SY', kind: 'country' }),
        ent(TERROR_TEXT, 'attack-type', 'attack', {}),
      ],
    }),
    sampleClipping({
      id: 'article-bare',
      createdAt: 1_767_300_000_000,
      updatedAt: 1_767_300_000_000,
      url: 'https://例え.jp/パス?q=a b',
      site: '例え.jp',
      title: '',
      byline: null,
      publishedAt: null,
      lang: null,
      assessment: null,
      text: '',
      entities: [],
      tags: [],
    }),
    sampleClipping({
      id: 'article-strict',
      createdAt: 1_767_400_000_000,
      updatedAt: 1_767_500_000_000,
      url: 'https://news.example/cyber/lockbit-councils-2',
      title: 'LockBit: councils hit, "again"\n---\nsecond line',
      text: 'LockBit struck again.',
      tlp: 'amber+strict',
      note: '%%hidden%% [[link]] <img src=x onerror=alert(1)> $x$ ==mark==',
      entities: [{ type: 'threat-actor', text: 'LockBit', start: 0, end: 7, id: 'lockbit', name: 'LockBit', kind: 'ransomware-gang' }],
    }),
    sampleClipping({
      id: 'article-apt',
      createdAt: 1_767_600_000_000,
      updatedAt: 1_767_600_000_000,
      url: 'https://cve.example/apt29',
      site: 'cve',
      title: 'con',
      text: APT_TEXT,
      tlp: 'white',
      tags: ['@mention', '+44 20 7946 0000', '\tindented', '-2+3', 'apt'],
      note: '-2+3 is not a formula',
      entities: [
        ent(APT_TEXT, 'threat-actor', 'APT29', { id: 'apt29', name: 'APT29', kind: 'apt', aliases: ['Cozy Bear'] }),
        ent(APT_TEXT, 'malware', 'WINELOADER', { id: 'wineloader', name: 'WINELOADER', kind: 'backdoor' }),
        ent(APT_TEXT, 'location', 'Germany', { id: 'de', name: 'Germany', countryCode: 'DE', kind: 'country' }),
        ent(APT_TEXT, 'indicator', '2001:db8::1', { kind: 'ipv6', value: '2001:db8::1' }),
        ent(APT_TEXT, 'indicator', 'bad.example', { kind: 'domain', value: 'bad.example' }),
      ],
    }),
  ];
}
