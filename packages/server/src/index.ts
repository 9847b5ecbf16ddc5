export { type AppOptions, buildApp, requestLogSerializers } from "./app.js";
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
  type StepwiseDatabase,
  sqliteTargetIn,
} from "./database/connection.js";
export { STEPWISE_VERSION } from "./version.js";
