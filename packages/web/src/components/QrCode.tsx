import { useMemo } from "preact/hooks";
import { qrPath } from "./qr-path.js";

/**
 * A text as a QR code, drawn here as SVG: no image is fetched from anywhere. `label` names it for screen
 * readers; with `caption` it is also shown under the code.
 */
export function QrCode({
  text,
  label,
  caption = false,
  class: className,
}: {
  readonly text: string;
  readonly label: string;
  readonly caption?: boolean;
  readonly class?: string;
}) {
  const { size, path } = useMemo(() => qrPath(text), [text]);
  return (
    <figure class={className === undefined ? "qr-code" : `qr-code ${className}`}>
      <svg
        role="img"
        aria-label={label}
        viewBox={`0 0 ${size} ${size}`}
        width={Math.max(200, size * 4)}
        height={Math.max(200, size * 4)}
        shape-rendering="crispEdges"
      >
        <rect width={size} height={size} fill="#ffffff" />
        <path d={path} fill="#000000" />
      </svg>
      {caption ? <figcaption>{label}</figcaption> : null}
    </figure>
  );
}
