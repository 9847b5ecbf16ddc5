import type { FastifyServerOptions } from "fastify";
import { sendProblem } from "../problem.js";

/**
 * Errors Fastify answers before any route runs (a malformed percent-encoding in the address, a path
 * segment longer than the router allows) as RFC 9457 problem documents like every other error. The
 * detail never repeats the address, which could hold an identifier.
 */
export const frameworkErrorAsProblem: NonNullable<FastifyServerOptions["frameworkErrors"]> = (
  error,
  _request,
  reply,
) => {
  const status =
    error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500
      ? error.statusCode
      : 400;
  sendProblem(reply, {
    type: "about:blank",
    title: status === 414 ? "URI Too Long" : "Bad Request",
    status,
    detail:
      status === 414
        ? "A part of the address is too long."
        : "The address is not valid: check its percent-encoding (%XX) and try again.",
  });
};
