import { type Migration, sql } from "kysely";

/**
 * Service accounts (docs/service-accounts.md): one per integration, with its scopes and the digest of its
 * current key. Revoking keeps the row, so audit lines and disclosures that name the account still resolve.
 */
const serviceAccounts: Migration = {
  async up(db) {
    await db.schema
      .createTable("service_accounts")
      .addColumn("id", "text", (column) => column.primaryKey())
      .addColumn("organization_id", "text", (column) => column.notNull().references("organizations.id"))
      .addColumn("name", "text", (column) => column.notNull())
      .addColumn("recipient_name", "text")
      .addColumn("scopes", "text", (column) => column.notNull())
      .addColumn("key_digest", "text", (column) => column.notNull().unique())
      .addColumn("status", "text", (column) => column.notNull().check(sql`status in ('active', 'revoked')`))
      .addColumn("created_at", "text", (column) => column.notNull())
      .addColumn("created_by", "text")
      .addColumn("key_issued_at", "text", (column) => column.notNull())
      .addColumn("revoked_at", "text")
      .addColumn("revoked_by", "text")
      .addColumn("last_used_at", "text")
      .addUniqueConstraint("service_accounts_name_per_organization", ["organization_id", "name"])
      .execute();
  },
  async down(db) {
    await db.schema.dropTable("service_accounts").execute();
  },
};

/** Spread into database/migrations.ts; the 0500 range belongs to interoperability. */
export const serviceAccountMigrations: Record<string, Migration> = {
  "0510_service_accounts": serviceAccounts,
};
