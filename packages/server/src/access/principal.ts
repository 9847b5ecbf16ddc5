import type { UserRole } from "../accounts/roles.js";
import type { SessionStage } from "../database/schema.js";

/** The signed-in person a request acts for; set only for a complete session (second factor passed). */
export interface Principal {
  readonly userId: string;
  readonly organizationId: string;
  readonly role: UserRole;
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
