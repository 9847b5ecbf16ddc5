import { useMemo } from "preact/hooks";
import { qrPath } from "./qr-code.js";

/** The link as a QR code, drawn here as SVG: no image is fetched from anywhere. */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { size, path } = useMemo(() => qrPath(text), [text]);
  return (
    <figure class="da-qr">
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
      <figcaption>{label}</figcaption>
    </figure>
  );
}
