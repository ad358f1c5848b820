/**
 * The page UI lives in an open shadow root (for tests and assistive technology), so page script
 * can reach its controls. Only the reader's own input may act on them: a page must not be able
 * to press Save, switch types off or turn Threatlight off by script.
 */

const ACTIVATING = ['click', 'mousedown', 'keydown'] as const;
const CHANGING = ['input', 'change', 'submit'] as const;

function refuse(e: Event): void {
  e.preventDefault();
  e.stopImmediatePropagation();
}

/**
 * Stops script-made (untrusted) events at `root` before they reach a control. A script-made click
 * that is not cancelable still toggles a checkbox, and the browser's own trusted `change` follows;
 * so a change counts only when the click or key just before it was the reader's.
 */
export function guardAgainstForgedInput(root: ShadowRoot): void {
  let lastInputTrusted = false;
  for (const type of ACTIVATING) {
    root.addEventListener(
      type,
      (e) => {
        lastInputTrusted = e.isTrusted;
        if (!e.isTrusted) refuse(e);
      },
      true,
    );
  }
  for (const type of CHANGING) {
    root.addEventListener(
      type,
      (e) => {
        if (e.isTrusted && lastInputTrusted) return;
        refuse(e);
        // Undo what the forged click did to the box, so it shows the real setting again.
        const box = e.target as HTMLInputElement | null;
        if (type === 'change' && box?.tagName === 'INPUT' && box.type === 'checkbox') box.checked = !box.checked;
      },
      true,
    );
  }
}
