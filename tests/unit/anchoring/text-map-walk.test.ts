/**
 * `buildTextMap` walks without a filter callback; this holds it to the filtered walk it replaced:
 * the same nodes, starts and text on a varied page and on random trees, with an excluded host
 * and with every `maxChars`.
 */
import { describe, expect, it } from 'vitest';
import { buildTextMap, type TextMap } from '../../../lib/anchoring/text-map';
import { prng } from '../hostile/mutate';

const SKIP_BEFORE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'SVG', 'IFRAME', 'OBJECT']);

/** The implementation before: a TreeWalker with a JS filter that rejects left-out subtrees. */
function buildTextMapBefore(root: Node, opts: { exclude?: Element | null; maxChars?: number } = {}): TextMap {
  const doc = root.ownerDocument ?? (root as Document);
  const maxChars = opts.maxChars ?? 5_000_000;
  const walker = doc.createTreeWalker(root, 0x1 | 0x4, {
    acceptNode(n: Node): number {
      if (n.nodeType === 1) {
        const el = n as Element;
        if (SKIP_BEFORE.has(el.tagName.toUpperCase()) || el === opts.exclude) return 2;
        return 3;
      }
      return 1;
    },
  });
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  for (let n = walker.nextNode(); n && length < maxChars; n = walker.nextNode()) {
    const t = n as Text;
    nodes.push(t);
    starts.push(length);
    parts.push(t.data);
    length += t.data.length;
  }
  return { root, text: parts.join(''), nodes, starts };
}

function expectSame(root: Node, opts: { exclude?: Element | null; maxChars?: number } = {}): TextMap {
  const got = buildTextMap(root, opts);
  const want = buildTextMapBefore(root, opts);
  expect(got.text).toBe(want.text);
  expect(got.starts).toEqual(want.starts);
  expect(got.nodes.length).toBe(want.nodes.length);
  got.nodes.forEach((n, i) => expect(n).toBe(want.nodes[i]));
  return got;
}

const VARIED = `
  <header>Menu <nav><a>Home</a><!-- a comment --><a>World</a></nav></header>
  <article><h1>MI5 <em>warns</em></h1>
    <p>The <b>National <i>Cyber</i></b> Security Centre<script>var a = "x";</script> said.</p>
    <div><div><div><p>Deep <span>inside<style>.x{}</style></span></p><noscript>no js</noscript></div></div></div>
    <svg viewBox="0 0 10 10"><text>chart <tspan>label</tspan></text><foreignObject><p>in svg</p></foreignObject></svg>
    <figure><object data="x"><p>fallback</p></object><figcaption>Caption</figcaption></figure>
    <form><select><option>One</option><optgroup><option>Two</option></optgroup></select><textarea>typed</textarea></form>
    <template><p>template text</p></template>
    <div id="host"><p>Threatlight panel <b>inside host</b></p></div>
    <p>After the host, <span>the <u>end<script>1</script></u></span></p><p></p>
  </article>
  <footer><div><div><style>.y{}</style></div></div></footer>
  <p>Last words</p>`;

describe('buildTextMap', () => {
  it('maps a varied page as the filtered walk did, with an excluded host and every maxChars', () => {
    document.body.innerHTML = VARIED;
    // An empty text node too: it is mapped (with no characters) like any other.
    document.querySelector('article p')?.appendChild(document.createTextNode(''));
    const host = document.getElementById('host');
    const full = expectSame(document.body, { exclude: host });
    expect(full.text).toContain('Deep inside');
    expect(full.text).not.toContain('Threatlight panel');
    expect(full.text).not.toMatch(/chart|in svg|fallback|typed|no js|var a|\.x\{/);
    expectSame(document.body);
    for (let max = 0; max <= full.text.length + 1; max++) expectSame(document.body, { exclude: host, maxChars: max });
    // Rooted inside the page, and at a left-out element (a root is always walked).
    expectSame(document.querySelector('article') as Element, { exclude: host });
    expectSame(host as Element, { exclude: host });
    expectSame(document.querySelector('svg') as Element);
  });

  it('maps random trees as the filtered walk did', () => {
    const rand = prng(4242);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
    const tags = ['div', 'p', 'span', 'b', 'section', 'script', 'style', 'svg', 'select', 'option', 'object', 'noscript', 'textarea'];
    for (let round = 0; round < 60; round++) {
      document.body.textContent = '';
      const elements: Element[] = [document.body];
      for (let i = 0; i < 80; i++) {
        const parent = pick(elements);
        if (rand() < 0.45) parent.appendChild(document.createTextNode(rand() < 0.1 ? '' : `w${i} `));
        else if (rand() < 0.05) parent.appendChild(document.createComment('c'));
        else elements.push(parent.appendChild(document.createElement(pick(tags))));
      }
      const exclude = rand() < 0.5 ? pick(elements.slice(1)) : null;
      const full = expectSame(document.body, { exclude });
      expectSame(document.body, { exclude, maxChars: Math.floor(rand() * (full.text.length + 2)) });
    }
  });
});
