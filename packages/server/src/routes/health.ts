import type { FastifyInstance } from "fastify";
import { addRoute } from "../access/access-control.js";
import { publicRoute } from "../access/policy.js";
import type { StepwiseDatabase } from "../database/connection.js";
import { STEPWISE_VERSION } from "../version.js";

/** `GET /api/health`: the release and whether the database answers, for load balancers and people. */
export function registerHealthRoute(app: FastifyInstance, database: StepwiseDatabase): void {
  addRoute(app, {
    method: "GET",
    url: "/api/health",
    policy: publicRoute(
      "load balancers probe it; it reports only the version and whether the database answers",
    ),
    handler: async (_request, reply) => {
      const databaseReachable = await database.ping();
      return reply.code(databaseReachable ? 200 : 503).send({
        status: databaseReachable ? "ok" : "degraded",
        version: STEPWISE_VERSION,
        database: { dialect: database.dialect, reachable: databaseReachable },
      });
    },
  });
}
