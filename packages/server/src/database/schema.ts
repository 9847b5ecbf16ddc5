/**
 * Table types for Kysely. Each issue that stores something adds its tables here and a migration in
 * `migrations.ts`; the two must agree (the storage suite runs every migration on SQLite and PostgreSQL).
 */
// biome-ignore lint/complexity/noBannedTypes: tables are added by migrations as features land
export type DatabaseSchema = {};
