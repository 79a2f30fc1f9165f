// web-ext ships no types; this is the one call Dose Guard makes (scripts/lib/lint-firefox.ts).
declare module 'web-ext' {
  export const cmd: {
    lint(params: Record<string, unknown>, options?: { shouldExitProgram?: boolean }): Promise<unknown>;
  };
}
