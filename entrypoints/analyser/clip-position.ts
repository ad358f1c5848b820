/**
 * Where the selection's Clip button goes. The button is `position: fixed` (page-ui styles), so
 * its place is in viewport coordinates, the ones getBoundingClientRect gives.
 */

/** Room kept for the button: it is about 60×30 px, with a little to spare. */
const BUTTON_WIDTH = 120;
const BUTTON_HEIGHT = 34;
/** Gap kept between the button and the viewport's edges. */
const MARGIN = 4;

const clamp = (v: number, lo: number, hi: number): number => Math.max(lo, Math.min(v, Math.max(lo, hi)));

/**
 * The Clip button's top-left corner for a selection whose bounding box is `rect`: just above the
 * selection's top right, kept inside the viewport of `width` × `height`. A selection that runs
 * past the top of the viewport gets the button at the top edge, one that starts below it at the
 * bottom edge, so the button is always on screen.
 */
export function clipButtonPosition(rect: { top: number; right: number }, width: number, height: number): { x: number; y: number } {
  return {
    x: clamp(rect.right, MARGIN, width - BUTTON_WIDTH),
    y: clamp(rect.top - BUTTON_HEIGHT, MARGIN, height - BUTTON_HEIGHT - MARGIN),
  };
}
