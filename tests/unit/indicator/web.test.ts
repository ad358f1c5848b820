import { describe, expect, it } from 'vitest';
import { indicatorRecognizer } from '../../../lib/entities/recognizers/indicator';
import { refang } from '../../../lib/entities/indicators/refang';

const found = (text: string) => indicatorRecognizer.recognize(text).map((e) => [e.text, e.kind, e.value]);

describe('refanging', () => {
  it('undoes every common defanging', () => {
    expect(refang('hxxps://evil[.]example(.)com{.}net[dot]org')).toBe('https://evil.example.com.net.org');
    expect(refang('hXXp[:]//a[.]b')).toBe('http://a.b');
    expect(refang('user[at]mail[.]ru')).toBe('user@mail.ru');
    expect(refang('fxp://files[.]example[.]com')).toBe('ftp://files.example.com');
  });
});

describe('URLs', () => {
  it('keeps the defanged text as the span and refangs the value', () => {
    const text = 'The loader fetched hxxps://cdn[.]badsite[.]com/a/payload.exe, then slept.';
    const [e, ...rest] = indicatorRecognizer.recognize(text);
    expect(rest).toHaveLength(0);
    expect(e).toMatchObject({
      kind: 'url',
      text: 'hxxps://cdn[.]badsite[.]com/a/payload.exe',
      value: 'https://cdn.badsite.com/a/payload.exe',
      start: text.indexOf('hxxps'),
    });
  });

  it('trims sentence punctuation and unbalanced brackets, lower-cases scheme and host', () => {
    expect(found('(see HTTP://Example.COM/Path?q=1).')).toEqual([['HTTP://Example.COM/Path?q=1', 'url', 'http://example.com/Path?q=1']]);
    expect(found('Wiki: https://en.example.org/wiki/Foo_(bar).')).toEqual([
      ['https://en.example.org/wiki/Foo_(bar)', 'url', 'https://en.example.org/wiki/Foo_(bar)'],
    ]);
  });

  it('accepts IP hosts and ports', () => {
    expect(found('Beacon to http://203.0.113.7:8080/gate.php now')).toEqual([
      ['http://203.0.113.7:8080/gate.php', 'url', 'http://203.0.113.7:8080/gate.php'],
    ]);
  });

  it('makes a bare domain with a path a URL', () => {
    expect(found('Posted at twitter.com/someone today.')).toEqual([['twitter.com/someone', 'url', 'twitter.com/someone']]);
  });
});

describe('domains', () => {
  it('finds domains under ICANN suffixes, including news sites and defanged ones', () => {
    expect(found('Visit BBC.com, www.example.co.uk or evil[.]com.')).toEqual([
      ['BBC.com', 'domain', 'bbc.com'],
      ['www.example.co.uk', 'domain', 'www.example.co.uk'],
      ['evil[.]com', 'domain', 'evil.com'],
    ]);
  });

  it('does not take file names, abbreviations or library names for domains', () => {
    expect(found('Open report.pdf and setup.exe, e.g. with Node.js; U.S. and i.e. are not sites, nor is ASP.NET.')).toEqual([]);
  });

  it('rejects extension-like TLDs unless defanged', () => {
    expect(found('Run install.sh and open archive.zip.')).toEqual([]);
    expect(found('Payload host: update[.]zip')).toEqual([['update[.]zip', 'domain', 'update.zip']]);
  });

  it('cuts a run-on sentence back to the domain', () => {
    expect(found('It was hosted on evil.com.Researchers said so.')).toEqual([['evil.com', 'domain', 'evil.com']]);
    expect(found('They fled the attack.It was over.')).toEqual([]);
  });
});

describe('emails', () => {
  it('finds plain and defanged emails, lower-casing the domain', () => {
    expect(found('Write to Press@BBC.co.uk or analyst[at]example[.]com.')).toEqual([
      ['Press@BBC.co.uk', 'email', 'Press@bbc.co.uk'],
      ['analyst[at]example[.]com', 'email', 'analyst@example.com'],
    ]);
  });

  it('rejects handles and image names', () => {
    expect(found('Follow @someone; see logo@2x.png.')).toEqual([]);
  });
});

describe('code and tickers are not domains', () => {
  it('skips property access in code snippets', () => {
    expect(found('function Cow(name) { this.name = name; } expect(cow.name).to.equal(x); return json.photos;')).toEqual([]);
  });

  it('skips stock tickers and words glued to accented letters', () => {
    expect(found('Shares of 0700.HK rose; read it on Libération.fr today.')).toEqual([]);
  });

  it('skips hosts inside percent-encoded text', () => {
    expect(found('redirect_uri=https%3A%2F%2Fapp.example.com%2F')).toEqual([]);
  });
});
