/** The centre, in viewport pixels, of the first range of the highlight `name`. */
export function highlightCentre(name: string): { x: number; y: number };
