import { describe, expect, it } from 'vitest';
import { stat, texts } from './helpers';

describe('statistic: what is not a statistic', () => {
  it.each([
    ['years', 'The group was founded in 1998 and rebranded in 2019.'],
    ['a range of years', 'Between 2015 and 2018 the unit was disbanded; from 2016 to 2019 it hid.'],
    ['a decade', 'Such tools were rare in the 1990s.'],
    ['day-month dates', 'The warning came on 19 November.'],
    ['month-day dates', 'The warning came on Nov. 19, 2019, and again on November 21.'],
    ['numeric dates', 'It was logged on 2021-03-04 and 04/03/2021.'],
    ['times', 'The blast happened at 3pm, the call at 10:30 and the arrest at 9 a.m. GMT.'],
    ['ordinals', 'It was the first attack, and the 3rd this year, on the 21st floor.'],
    ['phone numbers', 'Call +44 20 7946 0958 or 555-123-4567 for details.'],
    ['versions', 'Update to v2.1 or version 3, not Windows 10 or iOS 17.4.1.'],
    ['product and model names', 'The Boeing 737 and the Galaxy S21 were both affected.'],
    ['street numbers', 'Protesters gathered at 10 Downing Street.'],
    ['CVE ids and IPs', 'CVE-2021-44228 was exploited from 185.220.101.4 using MS17-010.'],
    ['technique ids and actor names', 'APT28 used T1059.001 and TA505 used Cobalt Strike.'],
    ['list markers', '1. Patch now\n2) Rotate keys'],
    ['"one" as a pronoun or determiner', 'One of them said no one else knew; in one case it failed.'],
    ['vague words', 'There were multiple attacks, several arrests and many victims.'],
    ['scores and ratings', 'It has a CVSS score of 9.8 out of 10 and a rating of 7.'],
    ['codes glued to letters', 'The 5G and 4G masts, a 3D model, 2FA codes and x86 builds.'],
    ['hashes', 'The sample 44d88612fea8a8f36de82e1278abb02f dropped a file.'],
    ['names with capitalised numbers', 'The Five Eyes partners met World War Two veterans.'],
    ['ages set off by commas', 'Jane Doe, 42, was charged.'],
    ['citations', 'This has been shown before (12, 13).'],
    ['bare decimals', 'The index stood at 8.1.'],
    ['resolutions', 'It streams in 4K and 8k.'],
    ['compounds', 'A two-factor prompt and a 64-bit key were used by 7-Eleven.'],
  ])('%s', (_what, text) => {
    expect(texts(text)).toEqual([]);
  });

  it('counts right next to a rejected number still count', () => {
    expect(texts('In 2019, 400 people were hurt.')).toEqual(['400 people']);
    expect(texts('On 19 November police arrested 12 men.')).toEqual(['12 men']);
    expect(texts('Microsoft fixed 17 other flaws in Windows 10.')).toEqual(['17 other flaws']);
  });

  it('accepts a year-shaped number when something is clearly counted', () => {
    expect(stat('They deployed about 2000 troops.', 'about 2000 troops').value).toEqual({ min: 2000, max: 2000 });
  });

  it('ignores capitalised qualifiers inside names', () => {
    expect(texts('She was named in the 40 Under 40 list.')).toEqual([]);
  });

  it('keeps words that only look like numbers out', () => {
    expect(texts('A zero-day was used once again, and the second wave followed.')).toEqual([]);
  });
});
