export function seedClippings(): unknown[];
export function seedFile(): Buffer;
