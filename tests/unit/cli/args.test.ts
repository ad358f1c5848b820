import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../cli/args';

describe('parseArgs', () => {
  it('reads analyze with its options in any order', () => {
    expect(parseArgs(['analyze', '--format', 'jsonl', 'a.html', 'dir'])).toEqual({ command: 'analyze', format: 'jsonl', url: null, paths: ['a.html', 'dir'], jobs: 0 });
    expect(parseArgs(['analyze', 'a.html', '--url=https://example.org/x', '--format=json', '--jobs', '2'])).toEqual({
      command: 'analyze', format: 'json', url: 'https://example.org/x', paths: ['a.html'], jobs: 2,
    });
    expect(parseArgs(['analyze', '--', '--odd-name.html'])).toMatchObject({ paths: ['--odd-name.html'] });
  });

  it('answers help and version', () => {
    expect(parseArgs(['--help'])).toEqual({ command: 'help' });
    expect(parseArgs(['analyze', '-h'])).toEqual({ command: 'help' });
    expect(parseArgs(['--version'])).toEqual({ command: 'version' });
  });

  it('refuses planned formats as not yet supported', () => {
    for (const f of ['md', 'csv', 'stix']) {
      expect(parseArgs(['analyze', '--format', f, 'a.html'])).toEqual({ command: 'error', message: `--format ${f} is not yet supported (use json or jsonl)` });
    }
  });

  it('explains every usage error', () => {
    expect(parseArgs([])).toEqual({ command: 'error', message: 'no command given' });
    expect(parseArgs(['scan', 'x'])).toEqual({ command: 'error', message: 'unknown command "scan"' });
    expect(parseArgs(['analyze'])).toEqual({ command: 'error', message: 'no PATH given' });
    expect(parseArgs(['analyze', '--format', 'xml', 'a'])).toEqual({ command: 'error', message: 'unknown format "xml" (use json or jsonl)' });
    expect(parseArgs(['analyze', '--format'])).toEqual({ command: 'error', message: '--format needs a value' });
    expect(parseArgs(['analyze', '--url', 'ftp://x', 'a'])).toEqual({ command: 'error', message: '--url needs an absolute http(s) URL, got "ftp://x"' });
    expect(parseArgs(['analyze', '--jobs', '0', 'a'])).toMatchObject({ command: 'error' });
    expect(parseArgs(['analyze', '--fast', 'a'])).toEqual({ command: 'error', message: 'unknown option "--fast"' });
  });
});
