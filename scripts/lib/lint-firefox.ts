// Mozilla's web-ext lint, run on the Firefox package itself (the zip we upload), as
// addons.mozilla.org runs the same linter on every upload. web-ext's lint command hands its
// source to addons-linter, which reads a zip as well as a folder.
import { cmd } from 'web-ext';

export interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

export interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

export async function lintFirefoxPackage(zipPath: string): Promise<LintReport> {
  const report = await cmd.lint(
    { sourceDir: zipPath, output: 'none', boring: true, selfHosted: false, privileged: false, warningsAsErrors: false, metadata: false, pretty: false, verbose: false, enterprise: false },
    { shouldExitProgram: false },
  );
  return report as LintReport;
}

/** One line per finding, for a person reading the package output or a failed test. */
export function lintLines(report: LintReport): string[] {
  return (['errors', 'warnings', 'notices'] as const).flatMap((kind) =>
    report[kind].map((m) => `${kind.slice(0, -1)} ${m.code}: ${m.message}${m.file ? ` (${m.file})` : ''}`));
}
