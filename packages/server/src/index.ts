export {
  type AccessControlOptions,
  CSRF_HEADER,
  declareScopePolicy,
  principalOf,
  type RegisteredRoute,
  type RequestAudit,
  type RequestAuditEvent,
  serviceAccountOf,
  sessionOf,
} from "./access/access-control.js";
export { inOrganizationOf, organizationStamp, readOwnRecord } from "./access/organization-scope.js";
export {
  anyRole,
  orServiceAccount,
  publicRoute,
  type RoutePolicy,
  serviceAccount,
  signedIn,
  signingIn,
} from "./access/policy.js";
export type { Principal, RequestSession } from "./access/principal.js";
export { parseBody, parseRequestPart, type RequestPart } from "./access/request-body.js";
export {
  addAccountFromCommandLine,
  disableAccountFromCommandLine,
} from "./accounts/command-line-accounts.js";
export { isUserRole, USER_ROLES, type UserRole } from "./accounts/roles.js";
export { type AppOptions, buildApp, requestLogSerializers } from "./app.js";
export { type ChainReport, verifyAuditChains } from "./audit/audit-chain.js";
export { type AuditKey, loadAuditKey, useAuditKey } from "./audit/audit-key.js";
export { type AuditEvent, appendAuditEvent, auditEventsOf } from "./audit/audit-log.js";
export { readCdsClientsFile } from "./cds-hooks/cds-client-file.js";
export { type Clock, systemClock } from "./clock.js";
export {
  ConfigError,
  parsePort,
  prepareDataDirectory,
  readServerConfig,
  type ServerConfig,
} from "./config.js";
export {
  DatabaseStartupError,
  type DatabaseTarget,
  migrateToLatest,
  openDatabase,
  SQLITE_FILE_NAME,
  type StepwiseDatabase,
  sqliteTargetIn,
} from "./database/connection.js";
export { openServingDatabase, type ServingDatabase } from "./database/serving-database.js";
export { backUpSqliteDatabase } from "./database/sqlite-backup.js";
export { HttpProblem } from "./problem.js";
export {
  type DirectoryImport,
  type DirectoryImportSummary,
  startDirectoryImport,
} from "./programs/directory-import.js";
export {
  API_BODY_LIMIT,
  type ApiResponse,
  type ApiRoute,
  type ApiRouteInput,
  addApiRoute,
  apiRoute,
  registerApiRoutes,
} from "./routes/api-route.js";
export {
  addServiceAccountFromCommandLine,
  changeServiceAccountFromCommandLine,
  listServiceAccountsFromCommandLine,
  parseScopes,
} from "./service-accounts/command-line-service-accounts.js";
export {
  SERVICE_ACCOUNT_SCOPES,
  type ServiceAccountScope,
} from "./service-accounts/service-account-scopes.js";
export type { ServiceAccountCaller } from "./service-accounts/service-account-store.js";
export { STEPWISE_VERSION } from "./version.js";
