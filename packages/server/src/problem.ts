import type { FastifyReply } from "fastify";

/**
 * An RFC 9457 problem document. `errors` names each bad field with what was expected, so a client
 * can show the message beside the field.
 */
export interface ProblemDocument {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly errors?: ReadonlyArray<{ readonly field: string; readonly message: string }>;
}

export function sendProblem(reply: FastifyReply, problem: ProblemDocument): FastifyReply {
  return reply.code(problem.status).type("application/problem+json").send(problem);
}
