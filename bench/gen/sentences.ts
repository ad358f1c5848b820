/**
 * Sentences for generated pages and texts: security-news prose dense with the entities the
 * recognizers look for, everyday prose with none, and indicator paragraphs whose true
 * indicators are known (the truth the indicator comparison is scored against).
 */
import type { Rng } from './random';
import {
  ACTORS, AGENCIES, AMOUNTS, ATTACKS, EVERYDAY, EVERYDAY_WORDS, LEVELS, MALWARE, PEOPLE, PLACES, ROLES, SAID, SYLLABLES,
  THINGS, UNITS, VICTIMS, WHEN,
} from './words';

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** One sentence of security news. */
export function securitySentence(r: Rng): string {
  const agency = r.pick(AGENCIES);
  const actor = r.pick(ACTORS);
  switch (r.int(12)) {
    case 0:
      return `${cap(agency)} ${r.pick(SAID)} ${r.pick(WHEN)} that ${actor} had targeted ${r.pick(AMOUNTS)} ${r.pick(UNITS)} in ${r.pick(PLACES)}.`;
    case 1:
      return `${r.pick(PEOPLE)}, ${r.pick(ROLES)}, said the ${r.pick(ATTACKS)} on ${r.pick(VICTIMS)} bore the hallmarks of ${actor}.`;
    case 2:
      return `Investigators linked the intrusion to ${r.pick(MALWARE)}, a tool long associated with ${actor}.`;
    case 3:
      return r.pick(LEVELS);
    case 4:
      return `${cap(agency)} and ${r.pick(AGENCIES)} have disrupted ${r.pick(AMOUNTS)} ${r.pick(UNITS)} linked to ${actor} since the start of the year.`;
    case 5:
      return `The ${r.pick(ATTACKS)} in ${r.pick(PLACES)} left ${r.pick(AMOUNTS)} ${r.pick(UNITS)} without service for ${r.between(2, 9)} days.`;
    case 6:
      return `According to ${agency}, ${actor} demanded a ransom of $${r.between(2, 40)} million from ${r.pick(VICTIMS)}.`;
    case 7:
      return `"We are seeing a sustained campaign," ${r.pick(PEOPLE)} ${r.pick(SAID)}, adding that ${r.between(5, 60)}% of the affected ${r.pick(UNITS)} were in ${r.pick(PLACES)}.`;
    case 8:
      return `Security researchers traced the ${r.pick(MALWARE)} samples to servers in ${r.pick(PLACES)} and shared indicators with ${agency}.`;
    case 9:
      return `Counter-terrorism officers arrested ${r.between(2, 9)} suspects in ${r.pick(PLACES)} ${r.pick(WHEN)} over an alleged plot inspired by ${r.pick(['Islamic State', 'al-Qaeda'])}.`;
    case 10:
      return `The advisory, marked TLP:${r.pick(['CLEAR', 'GREEN', 'AMBER'])}, urges organisations to patch CVE-${r.between(2019, 2025)}-${r.between(1000, 49999)} without delay.`;
    default:
      return `${cap(agency)} ${r.pick(SAID)} that around ${r.between(1, 4)} attack${r.chance(0.5) ? 's' : ''} a month now reach the stage of a ${r.pick(ATTACKS)}.`;
  }
}

/** One sentence about nothing to do with security. */
export function everydaySentence(r: Rng): string {
  const topic = r.pick(EVERYDAY);
  switch (r.int(6)) {
    case 0:
      return `Visitors to ${topic} this year found ${r.pick(EVERYDAY_WORDS)} stalls and a ${r.pick(EVERYDAY_WORDS)} ${r.pick(THINGS)} on every corner.`;
    case 1:
      return `Our reviewer spent a fortnight with the ${r.pick(EVERYDAY_WORDS)} ${r.pick(THINGS)} and came away mostly impressed.`;
    case 2:
      return `Tickets for ${topic} go on sale next week, with discounts for families and students.`;
    case 3:
      return `Organisers expect the weather to hold, although a ${r.pick(EVERYDAY_WORDS)} breeze is forecast for the afternoon.`;
    case 4:
      return `Readers wrote in to recommend a ${r.pick(EVERYDAY_WORDS)} ${r.pick(THINGS)} that survived years of daily use.`;
    default:
      return `The shop on the high street now stocks a ${r.pick(EVERYDAY_WORDS)} range, from a ${r.pick(THINGS)} to a ${r.pick(THINGS)}.`;
  }
}

/** A paragraph of `n` sentences made by `make`. */
export function paragraph(r: Rng, n: number, make: (r: Rng) => string): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(make(r));
  return out.join(' ');
}

/** An invented code name ("Operation Zenvelka"): a word rare enough to find few clippings. */
export function codeName(r: Rng): string {
  let w = '';
  const n = r.between(3, 4);
  for (let i = 0; i < n; i++) w += r.pick(SYLLABLES);
  return cap(w);
}

/** A known indicator: how it is written in the text and the value a reader would record. */
export interface PlantedIndicator {
  written: string;
  value: string;
}

const TLDS = ['com', 'net', 'org', 'io', 'ru', 'info', 'xyz', 'top'];

function ipv4(r: Rng): string {
  // Documentation ranges (RFC 5737): never anyone's real server.
  return `${r.pick(['192.0.2', '198.51.100', '203.0.113'])}.${r.between(1, 254)}`;
}

/** One indicator, written plainly or defanged in the ways threat reports do. */
export function plantedIndicator(r: Rng): PlantedIndicator {
  const host = `${r.chance(0.3) ? `${r.pick(['cdn', 'mx', 'api'])}.` : ''}${codeName(r).toLowerCase()}-${r.pick(['cdn', 'update', 'mail', 'sync', 'portal'])}.${r.pick(TLDS)}`;
  const dot = (h: string): string => h.replace(/\.(?=[a-z]+$)/, '[.]');
  switch (r.int(10)) {
    case 0: {
      const ip = ipv4(r);
      return r.chance(0.5) ? { written: ip, value: ip } : { written: ip.replace(/\.(?=\d+$)/, '[.]'), value: ip };
    }
    case 1:
      return r.chance(0.5) ? { written: host, value: host } : { written: dot(host), value: host };
    case 2: {
      const path = r.pick(['gate.php', 'download', 'invoice/view', 'api/v2/beacon', 'x.php?id=42&t=7', 'static/app.js']);
      const scheme = r.pick(['http', 'https']);
      const port = r.chance(0.2) ? `:${r.pick([8080, 8443, 4444])}` : '';
      const url = `${scheme}://${host}${port}/${path}`;
      if (r.chance(0.5)) return { written: url, value: url };
      return { written: `${scheme.replace('tt', 'xx')}${r.chance(0.5) ? '[:]' : ':'}//${dot(host)}${port}/${path}`, value: url };
    }
    case 3: {
      const email = `${r.pick(['billing', 'support', 'hr', 'it-desk'])}@${host}`;
      return r.chance(0.6) ? { written: email, value: email } : { written: dot(email.replace('@', '[@]')), value: email };
    }
    case 4: {
      const h = r.hex(32);
      return { written: r.chance(0.3) ? h.toUpperCase() : h, value: h };
    }
    case 5: {
      const h = r.hex(40);
      return { written: h, value: h };
    }
    case 6: {
      const h = r.hex(64);
      return { written: r.chance(0.3) ? h.toUpperCase() : h, value: h };
    }
    case 7: {
      // Documentation prefix (RFC 3849), in canonical form (RFC 5952: no leading zeros).
      const ip = `2001:db8:${r.between(1, 0xfff).toString(16)}::${r.between(1, 0xff).toString(16)}`;
      return { written: ip, value: ip };
    }
    default: {
      const cve = `CVE-${r.between(2017, 2025)}-${r.between(1000, 49999)}`;
      return { written: cve, value: cve };
    }
  }
}

/** Things that look a little like indicators but are not: versions, file names, decimals. */
const DISTRACTORS = [
  'version 4.2.1', 'build 10.0.3', 'the file report.docx', 'a 3.5 per cent rise', 'the invoice.pdf attachment', 'section 2.4.1',
  'at 10.30am', 'a 1.5 GB archive', 'e.g. the login page', 'v2.14 of the client', 'firmware 2.4.10.7', 'a Node.js service',
  'an ASP.NET form', 'the readme.md file', 'a config.zip archive', 'the U.S. Treasury',
];

/** A text of indicator paragraphs, like a threat report's appendix, with the truth of what it holds. */
export function indicatorText(r: Rng, paragraphs: number): { text: string; truth: string[] } {
  const truth: string[] = [];
  const parts: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const a = plantedIndicator(r);
    const b = plantedIndicator(r);
    const lead = securitySentence(r);
    // An advisory sentence may name a CVE of its own: that is an indicator too.
    for (const m of lead.matchAll(/CVE-\d{4}-\d{4,}/g)) truth.push(m[0]);
    truth.push(a.value, b.value);
    parts.push(
      `${lead} The operators used ${a.written} for staging and ${b.written} for exfiltration, ` +
        `according to ${r.pick(AGENCIES)}, which also noted ${r.pick(DISTRACTORS)} and ${r.pick(DISTRACTORS)}. ${everydaySentence(r)}`,
    );
  }
  return { text: parts.join('\n\n'), truth };
}
