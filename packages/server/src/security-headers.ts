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
