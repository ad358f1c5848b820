/**
 * The `::highlight(tl-*)` rules must live in the page's own style scope. A constructed sheet
 * adds no element to the page; a `<style>` element is the fallback where adoption fails.
 */
import { highlightCss, type ColorOverrides } from '../../lib/paint/colors';

/** Installs or replaces the highlight styles; returns a function that removes them. */
export function installHighlightStyles(doc: Document, hidden: ReadonlySet<string>, colors: ColorOverrides = {}): () => void {
  const css = highlightCss(hidden, colors);
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return () => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  } catch {
    const style = doc.createElement('style');
    style.dataset.threatlight = '';
    style.textContent = css;
    (doc.head ?? doc.documentElement).append(style);
    return () => style.remove();
  }
}
