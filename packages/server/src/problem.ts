import type { FastifyReply } from "fastify";
import { FHIR_JSON, isFhirPath } from "./fhir/fhir-paths.js";
import { operationOutcomeOf } from "./fhir/operation-outcome.js";

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

/**
 * Under /fhir the same problem goes out as a FHIR OperationOutcome (FHIR R4 http.html#summary), unless the
 * client asks for `application/problem+json` by name in Accept.
 */
export function sendProblem(reply: FastifyReply, problem: ProblemDocument): FastifyReply {
  if (
    isFhirPath(reply.request.url) &&
    !/application\/problem\+json/i.test(reply.request.headers.accept ?? "")
  )
    return reply
      .code(problem.status)
      .type(`${FHIR_JSON}; charset=utf-8`)
      .send(JSON.stringify(operationOutcomeOf(problem)));
  return reply.code(problem.status).type("application/problem+json").send(problem);
}

/**
 * Thrown by a handler or a hook to answer with a problem document; the app's error handler sends it.
 * The detail is written for the person using the app and never holds health information.
 */
export class HttpProblem extends Error {
  override readonly name = "HttpProblem";
  constructor(
    readonly status: number,
    readonly title: string,
    detail: string,
    readonly errors?: ReadonlyArray<{ readonly field: string; readonly message: string }>,
  ) {
    super(detail);
  }

  /** Fastify and its plugins read `statusCode`. */
  get statusCode(): number {
    return this.status;
  }

  toDocument(): ProblemDocument {
    return {
      type: "about:blank",
      title: this.title,
      status: this.status,
      detail: this.message,
      ...(this.errors === undefined ? {} : { errors: this.errors }),
    };
  }
}

export const notSignedIn = () =>
  new HttpProblem(401, "Unauthorized", "Sign in to continue. Your session may have ended.");
export const notAllowed = () =>
  new HttpProblem(403, "Forbidden", "Your role does not allow this. Ask an administrator if you need it.");
export const notFound = (what: string) => new HttpProblem(404, "Not Found", `There is no such ${what}.`);
