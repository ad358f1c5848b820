// Functions the e2e tests of both browsers evaluate in a page (Playwright and puppeteer both take
// a function and its argument).

/**
 * The centre, in viewport pixels, of the first range of the highlight `name`. Entity ranges are
 * static and cannot measure themselves, so a live copy is measured.
 */
export function highlightCentre(name) {
  const s = [...(CSS.highlights.get(name) ?? [])][0];
  const r = new Range();
  r.setStart(s.startContainer, s.startOffset);
  r.setEnd(s.endContainer, s.endOffset);
  const b = r.getBoundingClientRect();
  return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
}
