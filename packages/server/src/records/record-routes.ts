import { assess } from "@stepwise/engine";
import type { FastifyInstance } from "fastify";
import { assessmentRoutes } from "./assessment-routes.js";
import { clientRoutes } from "./client-routes.js";
import { consentRoutes } from "./consent-routes.js";
import { decisionRoutes } from "./decision-routes.js";
import { disclosureRoutes } from "./disclosure-routes.js";
import { episodeRoutes } from "./episode-routes.js";
import type { RecordsOptions } from "./record-context.js";
import { type RecordRoute, registerRecordRouteTable } from "./record-route.js";
import { writeTransactionsFor } from "./write-transactions.js";

/** The whole records API as one table of route declarations (routes/api-route.ts). */
export function recordRouteTable(options: RecordsOptions): RecordRoute[] {
  return [
    ...clientRoutes(options),
    ...assessmentRoutes(options),
    ...decisionRoutes(options),
    ...episodeRoutes(options),
    ...consentRoutes(options),
    ...disclosureRoutes(options),
  ];
}

export function registerRecordRoutes(app: FastifyInstance, options: RecordsOptions): RecordRoute[] {
  const routes = recordRouteTable(options);
  registerRecordRouteTable(app, routes);
  return routes;
}

/** The one call app.ts makes: the records API with the real placement engine. */
export function registerRecordsApi(
  app: FastifyInstance,
  options: Pick<RecordsOptions, "database" | "clock"> & { readonly assess?: RecordsOptions["assess"] },
): RecordRoute[] {
  const routes = registerRecordRoutes(app, {
    ...options,
    assess: options.assess ?? assess,
    writes: writeTransactionsFor(options.database),
  });
  return routes;
}
