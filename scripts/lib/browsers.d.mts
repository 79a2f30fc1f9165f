export function findBrowser(name: 'chromium' | 'firefox'): string;
export function chromiumVersion(path: string): string;
export function readJson(path: string): unknown;
