/**
 * A QR code drawn on the device as one SVG path (qrcode-generator, no network, no canvas): the clinic's
 * authenticator enrolment and the decision aid's weigh-it-together link both use it, so a secret or a
 * person's ratings never go to another service. Error correction "M" keeps the code readable from a
 * screen with some glare.
 */
import qrcode from "qrcode-generator";

export interface QrPath {
  /** Modules per side, including the 4-module quiet zone on each side. */
  readonly size: number;
  /** One SVG path: a 1×1 square for each dark module. */
  readonly path: string;
}

const QUIET_ZONE = 4;

export function qrPath(text: string): QrPath {
  const code = qrcode(0, "M");
  code.addData(text, "Byte");
  code.make();
  const count = code.getModuleCount();
  const squares: string[] = [];
  for (let row = 0; row < count; row += 1) {
    for (let column = 0; column < count; column += 1) {
      if (code.isDark(row, column)) squares.push(`M${column + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`);
    }
  }
  return { size: count + QUIET_ZONE * 2, path: squares.join("") };
}
