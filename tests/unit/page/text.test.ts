import { describe, expect, it } from 'vitest';
import { blockText } from '../../../lib/page/text';
import { docOf } from './helpers';

describe('blockText', () => {
  it('separates paragraphs with a blank line and joins inline text', () => {
    const doc = docOf('<div><p>Hello <b>wide</b>\n   world.</p><p>Second  one.</p></div>');
    expect(blockText(doc.body)).toBe('Hello wide world.\n\nSecond one.');
  });

  it('puts list items and line breaks on their own lines', () => {
    const doc = docOf('<div><p>Steps:</p><ul><li>one</li><li>two</li></ul><p>a<br>b</p></div>');
    expect(blockText(doc.body)).toBe('Steps:\n\none\ntwo\n\na\nb');
  });

  it('keeps preformatted text as written and skips scripts', () => {
    const doc = docOf('<div><p>Code:</p><pre>if (x)\n  run();</pre><script>var secret = 1;</script><style>p{}</style></div>');
    expect(blockText(doc.body)).toBe('Code:\n\nif (x)\n  run();');
  });

  it('copes with very deep nesting without recursion', () => {
    const deep = `${'<div>'.repeat(5000)}deep text${'</div>'.repeat(5000)}`;
    expect(blockText(docOf(deep).body)).toBe('deep text');
  });
});
