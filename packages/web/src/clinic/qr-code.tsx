import { useMemo } from "preact/hooks";
import qrcode from "qrcode-generator";

/**
 * The enrolment QR code, drawn on the device by qrcode-generator as a data: image, so the secret
 * never goes to any other service (docs/design.md "no third-party requests").
 */
export function QrCode({ text, label }: { readonly text: string; readonly label: string }) {
  const source = useMemo(() => {
    const code = qrcode(0, "M");
    code.addData(text);
    code.make();
    return code.createDataURL(5, 4);
  }, [text]);
  return <img class="qr-code" src={source} alt={label} width={220} height={220} />;
}
