import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { publicRoute } from "../access/policy.js";
import type { StepwiseDatabase } from "../database/connection.js";
import { STEPWISE_VERSION } from "../version.js";
import { addApiRoute } from "./api-route.js";

const healthView = z.object({
  status: z.enum(["ok", "degraded"]).describe("`degraded` when the database does not answer."),
  version: z.string().describe("The Stepwise release."),
  database: z.object({
    dialect: z.enum(["sqlite", "postgres"]),
    reachable: z.boolean(),
  }),
});

/** `GET /api/health`: the release and whether the database answers, for load balancers and people. */
export function registerHealthRoute(app: FastifyInstance, database: StepwiseDatabase): void {
  addApiRoute(app, {
    method: "GET",
    url: "/api/health",
    operationId: "readHealth",
    tag: "Service",
    summary: "Whether the server and its database answer",
    description: "For load balancers and monitoring: the release, the database kind and whether it answers.",
    policy: publicRoute(
      "load balancers probe it; it reports only the version and whether the database answers",
    ),
    responses: {
      200: { description: "The server and its database answer.", schema: healthView },
      503: { description: "The database does not answer.", schema: healthView },
    },
    handle: async ({ reply }) => {
      const databaseReachable = await database.ping();
      return reply.code(databaseReachable ? 200 : 503).send({
        status: databaseReachable ? "ok" : "degraded",
        version: STEPWISE_VERSION,
        database: { dialect: database.dialect, reachable: databaseReachable },
      });
    },
  });
}
