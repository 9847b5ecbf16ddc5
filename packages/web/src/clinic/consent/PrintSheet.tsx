import type { ComponentChildren } from "preact";
import { useCatalog } from "../../i18n/language.js";
import { ScreenHeading } from "../form-parts.js";
import { consentCatalog } from "./consent-messages.js";

/**
 * A page made for paper: "Print" and "Back" on screen only, the page itself with its heading. The
 * style sheet (consent.css, @media print) hides the workspace around it when printing.
 */
export function PrintSheet({
  title,
  onBack,
  children,
}: {
  readonly title: string;
  readonly onBack: () => void;
  readonly children: ComponentChildren;
}) {
  const t = useCatalog(consentCatalog);
  return (
    <section class="print-sheet panel panel--wide">
      <div class="no-print print-sheet__actions">
        <button type="button" class="primary" onClick={() => window.print()}>
          {t.text("print.print")}
        </button>
        <button type="button" class="secondary" onClick={onBack}>
          {t.text("print.back")}
        </button>
        <p class="quiet">{t.text("print.hint")}</p>
      </div>
      <article class="printable">
        <ScreenHeading>{title}</ScreenHeading>
        {children}
      </article>
    </section>
  );
}

/** Who the page is about, as at the top of every printed page. */
export function ClientLines({
  client,
}: {
  readonly client: { name: string; birthDate: string | null; recordNumber: string | null };
}) {
  const t = useCatalog(consentCatalog);
  return (
    <dl class="identity">
      <dt>{t.text("print.client")}</dt>
      <dd>{client.name}</dd>
      <dt>{t.text("print.birthDate")}</dt>
      <dd>{client.birthDate ?? t.text("print.notRecorded")}</dd>
      <dt>{t.text("print.recordNumber")}</dt>
      <dd>{client.recordNumber ?? t.text("print.notRecorded")}</dd>
    </dl>
  );
}
