/** Serves a folder on 127.0.0.1. */
export function serve(dir: string): Promise<{ base: string; close(): Promise<void> }>;
