/**
 * Readable plain text of a DOM subtree: paragraphs and other blocks become lines separated by a
 * blank line, runs of whitespace inside a block become one space (except in `<pre>`). This is the
 * text entities are recognised in and offsets point into.
 */

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT',
  'TH', 'THEAD', 'TR', 'UL', 'CAPTION',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'IFRAME', 'OBJECT', 'HEAD', 'BUTTON', 'SELECT', 'TEXTAREA']);
/** Cells and list items read better one per line than one per paragraph. */
const LINE_BLOCKS = new Set(['LI', 'TD', 'TH', 'DT', 'DD']);

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

/**
 * The plain text of `root`, blocks separated by "\n\n" (list items and cells by "\n").
 * Iterative, so very deep pages cannot overflow the stack.
 */
export function blockText(root: Node): string {
  const out: string[] = [];
  let line = '';
  let pendingBreak = '';
  const flush = (brk: string): void => {
    const t = line.trim();
    if (t) {
      if (out.length) out.push(pendingBreak || '\n\n');
      out.push(t);
      pendingBreak = brk;
    } else if (brk === '\n\n') {
      pendingBreak = out.length ? '\n\n' : '';
    } else if (!pendingBreak && out.length) {
      pendingBreak = brk;
    }
    line = '';
  };
  // Stack of [node, leaving]: a block is flushed when entered and again when left.
  const stack: [Node, boolean][] = [[root, false]];
  let preDepth = 0;
  while (stack.length) {
    const top = stack.pop();
    if (!top) break;
    const [node, leaving] = top;
    if (node.nodeType === TEXT || node.nodeType === CDATA) {
      let v = node.nodeValue ?? '';
      if (preDepth === 0) {
        v = v.replace(/\s+/g, ' ');
        if (v.startsWith(' ') && (line === '' || line.endsWith(' '))) v = v.slice(1);
      }
      line += v;
      continue;
    }
    if (node.nodeType !== ELEMENT && node !== root) continue;
    const name = (node as Element).tagName?.toUpperCase() ?? '';
    if (leaving) {
      if (name === 'PRE') preDepth--;
      if (BLOCKS.has(name)) flush(LINE_BLOCKS.has(name) ? '\n' : '\n\n');
      continue;
    }
    if (SKIP.has(name)) continue;
    if (name === 'BR') {
      if (preDepth > 0) line += '\n';
      else flush('\n');
      continue;
    }
    if (BLOCKS.has(name)) flush(LINE_BLOCKS.has(name) ? '\n' : '\n\n');
    if (name === 'PRE') preDepth++;
    stack.push([node, true]);
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) {
      const k = kids[i];
      if (k) stack.push([k, false]);
    }
  }
  flush('\n\n');
  return out.join('').replace(/[ \t]+\n/g, '\n');
}
