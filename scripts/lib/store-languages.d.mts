export const STORE_LANGUAGES: string[];
