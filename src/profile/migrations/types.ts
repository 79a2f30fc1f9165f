export interface Migration {
  /** the schemaVersion this migration produces; it runs on data of version `version - 1` */
  version: number;
  /** what it changes, for logs and tests */
  name: string;
  /** takes the previous version's object (never null, never an array) and returns the next; must not throw */
  up(old: Record<string, unknown>): Record<string, unknown>;
}
