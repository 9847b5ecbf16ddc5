import { Migrator } from "kysely";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { migrations } from "./migrations.js";
import { type OpenedDatabase, storageTargets } from "./storage-targets.js";

/** Migration 0202 rebuilds `users` on SQLite: accounts and everything that points at them survive. */
describe.each(storageTargets(inject("postgresUrl")))(
  "email per organization migration on $dialect",
  (target) => {
    describe.skipIf(!target.available)("upgrade", () => {
      let opened: OpenedDatabase;
      beforeAll(async () => {
        opened = await target.open();
      });
      afterAll(async () => {
        await opened?.dispose();
      });

      it("keeps accounts and their sessions, and then allows one address in two organizations", async () => {
        const db = opened.database.kysely;
        const migrator = new Migrator({
          db,
          provider: { getMigrations: async () => migrations },
          ...(opened.database.postgresSchema === undefined
            ? {}
            : { migrationTableSchema: opened.database.postgresSchema }),
        });
        expect((await migrator.migrateTo("0201_audit_chain")).error).toBeUndefined();
        const at = "2026-03-02T09:00:00.000Z";
        await db
          .insertInto("organizations")
          .values([
            { id: "org-1", name: "One", created_at: at },
            { id: "org-2", name: "Two", created_at: at },
          ])
          .execute();
        const user = {
          id: "user-1",
          organization_id: "org-1",
          email: "pat@example.org",
          display_name: "Pat",
          role: "clinician" as const,
          status: "active" as const,
          password_hash: null,
          password_changed_at: null,
          totp_secret: null,
          totp_last_step: null,
          failed_sign_ins: 0,
          locked_until: null,
          created_at: at,
        };
        await db.insertInto("users").values(user).execute();
        await db
          .insertInto("sessions")
          .values({
            token_hash: "t",
            user_id: "user-1",
            stage: "full",
            csrf_token: "c",
            pending_totp_secret: null,
            created_at: at,
            last_seen_at: at,
            expires_at: at,
            ip: null,
          })
          .execute();
        await expect(
          db
            .insertInto("users")
            .values({ ...user, id: "user-2", organization_id: "org-2" })
            .execute(),
        ).rejects.toThrow();

        expect((await migrator.migrateToLatest()).error).toBeUndefined();
        expect(await db.selectFrom("sessions").select("user_id").execute()).toEqual([{ user_id: "user-1" }]);
        await db
          .insertInto("users")
          .values({ ...user, id: "user-2", organization_id: "org-2" })
          .execute();
        await expect(
          db
            .insertInto("users")
            .values({ ...user, id: "user-3" })
            .execute(),
        ).rejects.toThrow();
        // Foreign keys still hold after the rebuild.
        await expect(
          db
            .insertInto("sessions")
            .values({
              token_hash: "u",
              user_id: "nobody",
              stage: "full",
              csrf_token: "c",
              pending_totp_secret: null,
              created_at: at,
              last_seen_at: at,
              expires_at: at,
              ip: null,
            })
            .execute(),
        ).rejects.toThrow();
      });
    });
  },
);
