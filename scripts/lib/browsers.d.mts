export function findBrowser(name: 'chromium' | 'firefox'): string;
export function chromiumVersion(path: string): string;
export function readJson(path: string): unknown;
export function chromiumLanguageEnv(lang: string, chromiumPath: string): Record<string, string>;
