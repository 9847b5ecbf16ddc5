import type { UserRole } from "../accounts/roles.js";
import type { SessionStage } from "../database/schema.js";

/**
 * Who a request acts for: the signed-in person of a complete session (second factor passed), or a
 * service account by its key. For a service account `userId` is the account's id and `role` is
 * `"service-account"`; which records it may reach is decided by its scopes (access-control.ts), and its
 * account is `request.serviceAccount`.
 */
export interface Principal {
  readonly userId: string;
  readonly organizationId: string;
  readonly role: UserRole | "service-account";
}

/** The session behind a request at any stage, including one still owing the second factor. */
export interface RequestSession {
  readonly tokenHash: string;
  readonly stage: SessionStage;
  readonly csrfToken: string;
  readonly pendingTotpSecret: string | null;
  readonly user: {
    readonly id: string;
    readonly organizationId: string;
    readonly email: string;
    readonly displayName: string;
    readonly role: UserRole;
    readonly totpSecret: string | null;
    readonly totpLastStep: number | null;
  };
}
