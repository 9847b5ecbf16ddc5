import type { Socket } from "node:net";
import { securityHeaders } from "./security-headers.js";

const ANSWERS: Record<string, { status: number; title: string; detail: string }> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    title: "Request Header Fields Too Large",
    detail: "The request's headers are too large.",
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: 408,
    title: "Request Timeout",
    detail: "The request took too long to arrive.",
  },
};
const MALFORMED = { status: 400, title: "Bad Request", detail: "The request could not be read." };

/**
 * Fastify's `clientErrorHandler`: Node's HTTP parser refuses a malformed request (huge headers, a bad
 * Content-Length, a broken request line) before the app sees it. The answer is a problem document with
 * the same security headers as every other answer. A socket already closed gets nothing, and nothing
 * here throws.
 */
export function clientErrorHandler(publicUrl: string | undefined) {
  return (error: Error & { code?: string }, socket: Socket): void => {
    try {
      if (error.code === "ECONNRESET" || socket.destroyed || !socket.writable) {
        socket.destroy();
        return;
      }
      const answer = ANSWERS[error.code ?? ""] ?? MALFORMED;
      const body = JSON.stringify({ type: "about:blank", ...answer });
      const headers = {
        ...securityHeaders(publicUrl),
        "content-type": "application/problem+json",
        "content-length": String(Buffer.byteLength(body)),
        "cache-control": "no-store",
        connection: "close",
      };
      const head = Object.entries(headers)
        .map(([name, value]) => `${name}: ${value}`)
        .join("\r\n");
      socket.end(`HTTP/1.1 ${answer.status} ${answer.title}\r\n${head}\r\n\r\n${body}`);
    } catch {
      socket.destroy();
    }
  };
}
