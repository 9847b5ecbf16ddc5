import rootPackage from "../../../package.json" with { type: "json" };

/** The release of Stepwise, from the root package.json, reported by `/api/health`. */
export const STEPWISE_VERSION: string = rootPackage.version;
