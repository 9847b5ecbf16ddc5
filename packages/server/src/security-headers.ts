/**
 * Only our own origin may supply scripts, styles, fonts, images or connections: no third-party
 * requests from any page (docs/design.md "Safe and private"; docs/design/consumer.md §6 on tracking pixels).
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join("; ");

/**
 * Headers every answer carries, also the ones Node writes itself for a malformed request
 * (client-errors.ts). HSTS only when the public address is https (ASVS 5.0 3.4.1: a year, and
 * subdomains at L2); over plain http a browser ignores it anyway (RFC 6797 §8.1).
 */
export function securityHeaders(publicUrl: string | undefined): Record<string, string> {
  return {
    "content-security-policy": contentSecurityPolicy,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
    ...(publicUrl?.startsWith("https://")
      ? { "strict-transport-security": "max-age=31536000; includeSubDomains" }
      : {}),
  };
}
