import type { Migration } from "kysely";

/**
 * Guess budgets and known devices (accounts/guess-budget.ts, accounts/known-devices.ts): one row per
 * budget, held while a guess is reserved, and one row per reserved guess, kept for 15 minutes.
 */
const signInGuesses: Migration = {
  async up(db) {
    await db.schema
      .createTable("guess_budgets")
      .addColumn("subject", "text", (column) => column.notNull())
      .addColumn("budget", "text", (column) => column.notNull())
      .addColumn("last_refused_at", "text")
      .addColumn("touched_at", "text", (column) => column.notNull())
      .addPrimaryKeyConstraint("guess_budgets_key", ["subject", "budget"])
      .execute();
    await db.schema.createIndex("guess_budgets_by_touch").on("guess_budgets").column("touched_at").execute();
    await db.schema
      .createTable("sign_in_guesses")
      .addColumn("id", "text", (column) => column.primaryKey())
      .addColumn("subject", "text", (column) => column.notNull())
      .addColumn("budget", "text", (column) => column.notNull())
      .addColumn("guessed_at", "text", (column) => column.notNull())
      .execute();
    await db.schema
      .createIndex("sign_in_guesses_by_budget")
      .on("sign_in_guesses")
      .columns(["subject", "budget", "guessed_at"])
      .execute();
    await db.schema
      .createIndex("sign_in_guesses_by_time")
      .on("sign_in_guesses")
      .column("guessed_at")
      .execute();
    await db.schema
      .createTable("known_devices")
      .addColumn("token_hash", "text", (column) => column.notNull())
      .addColumn("user_id", "text", (column) => column.notNull().references("users.id").onDelete("cascade"))
      .addColumn("created_at", "text", (column) => column.notNull())
      .addColumn("last_used_at", "text", (column) => column.notNull())
      .addPrimaryKeyConstraint("known_devices_key", ["token_hash", "user_id"])
      .execute();
  },
  async down(db) {
    await db.schema.dropTable("known_devices").execute();
    await db.schema.dropTable("sign_in_guesses").execute();
    await db.schema.dropTable("guess_budgets").execute();
  },
};

/** Spread into database/migrations.ts; the 0200 range belongs to sign-in and audit hardening. */
export const securityMigrations: Record<string, Migration> = {
  "0200_sign_in_guesses": signInGuesses,
};
