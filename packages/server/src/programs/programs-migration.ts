import { type Kysely, type Migration, SqliteAdapter } from "kysely";

function onSqlite(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof SqliteAdapter;
}

/** The program finder's tables (docs/programs.md): the locator directory, its version, organizations' programs. */
const programDirectory: Migration = {
  async up(db) {
    const coordinate = onSqlite(db) ? "real" : "double precision";
    await db.schema
      .createTable("directory_facilities")
      .addColumn("frid", "text", (column) => column.primaryKey())
      .addColumn("name", "text", (column) => column.notNull())
      .addColumn("program_name", "text")
      .addColumn("street1", "text")
      .addColumn("street2", "text")
      .addColumn("city", "text")
      .addColumn("state", "text")
      .addColumn("zip", "text")
      .addColumn("phone", "text")
      .addColumn("intake_phone", "text")
      .addColumn("website", "text")
      .addColumn("latitude", coordinate, (column) => column.notNull())
      .addColumn("longitude", coordinate, (column) => column.notNull())
      .addColumn("facility_type", "text")
      .addColumn("substance_use_care", "integer", (column) => column.notNull())
      .addColumn("profile", "text", (column) => column.notNull())
      .addColumn("services", "text", (column) => column.notNull())
      .addColumn("content_hash", "text", (column) => column.notNull())
      .addColumn("imported_at", "text", (column) => column.notNull())
      .addColumn("updated_at", "text", (column) => column.notNull())
      .execute();
    await db.schema
      .createTable("program_directory_state")
      .addColumn("id", "integer", (column) => column.primaryKey())
      .addColumn("version", "integer", (column) => column.notNull())
      .addColumn("changed_at", "text", (column) => column.notNull())
      .execute();
    await db
      .insertInto("program_directory_state" as never)
      .values({ id: 1, version: 0, changed_at: new Date(0).toISOString() } as never)
      .execute();
    await db.schema
      .createTable("organization_programs")
      .addColumn("id", "text", (column) => column.primaryKey())
      .addColumn("organization_id", "text", (column) => column.notNull().references("organizations.id"))
      .addColumn("name", "text", (column) => column.notNull())
      .addColumn("street1", "text")
      .addColumn("city", "text")
      .addColumn("state", "text")
      .addColumn("zip", "text", (column) => column.notNull())
      .addColumn("phone", "text")
      .addColumn("website", "text")
      .addColumn("latitude", coordinate, (column) => column.notNull())
      .addColumn("longitude", coordinate, (column) => column.notNull())
      .addColumn("profile", "text", (column) => column.notNull())
      .addColumn("openings", "integer")
      .addColumn("waitlist_days", "integer")
      .addColumn("availability_updated_on", "text", (column) => column.notNull())
      .addColumn("version", "integer", (column) => column.notNull())
      .addColumn("created_at", "text", (column) => column.notNull())
      .addColumn("created_by", "text", (column) => column.notNull())
      .addColumn("updated_at", "text", (column) => column.notNull())
      .execute();
    await db.schema
      .createIndex("organization_programs_by_organization")
      .on("organization_programs")
      .columns(["organization_id", "name"])
      .execute();
  },
  async down(db) {
    await db.schema.dropTable("organization_programs").execute();
    await db.schema.dropTable("program_directory_state").execute();
    await db.schema.dropTable("directory_facilities").execute();
  },
};

export const programMigrations: Record<string, Migration> = {
  "0400_program_directory": programDirectory,
};
