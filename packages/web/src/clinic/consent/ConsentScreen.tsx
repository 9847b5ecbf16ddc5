import { useCallback, useEffect, useState } from "preact/hooks";
import { useCatalog } from "../../i18n/language.js";
import { callApi } from "../clinic-api.js";
import { FormMessage, ScreenHeading, useProblemText } from "../form-parts.js";
import { useClinicNavigation } from "../workspace/clinic-route.js";
import { useClinicSession } from "../workspace/clinic-session-context.js";
import { AccountingPrint } from "./AccountingPrint.js";
import { type AccountingPeriod, AccountingSection } from "./AccountingSection.js";
import { ConsentFormPrint } from "./ConsentFormPrint.js";
import { ConsentList } from "./ConsentList.js";
import { ConsentRecordForm } from "./ConsentRecordForm.js";
import type { ClientIdentity } from "./client-identity.js";
import { accountingQuery, type ConsentRecord, type DisclosureRecord } from "./consent-form.js";
import { consentCatalog } from "./consent-messages.js";
import { DisclosureForm } from "./DisclosureForm.js";
import "./consent.css";

interface Page<Item> {
  readonly items: readonly Item[];
}

/** Which part of the screen shows: the working view, or one of the two pages made for paper. */
type Showing =
  | { readonly kind: "records" }
  | { readonly kind: "consent-form"; readonly consentId: string }
  | { readonly kind: "accounting" };

/**
 * A client's consents and disclosures (42 CFR Part 2): record a consent, revoke it with a reason,
 * record a disclosure under an active consent, see the accounting of disclosures, and print the
 * consent form and the accounting for the client.
 */
export function ConsentScreen({ clientId }: { readonly clientId: string }) {
  const t = useCatalog(consentCatalog);
  const { go } = useClinicNavigation();
  const session = useClinicSession();
  const problemText = useProblemText();
  const [client, setClient] = useState<ClientIdentity | undefined>(undefined);
  const [consents, setConsents] = useState<readonly ConsentRecord[]>([]);
  const [disclosures, setDisclosures] = useState<readonly DisclosureRecord[]>([]);
  const [period, setPeriod] = useState<AccountingPeriod>({ from: "", to: "" });
  const [showing, setShowing] = useState<Showing>({ kind: "records" });
  const [failure, setFailure] = useState<unknown>(undefined);
  const writer = session.user.role !== "reviewer";

  const loadAccounting = useCallback(
    (wanted: AccountingPeriod) =>
      callApi<Page<DisclosureRecord>>(
        "GET",
        `/api/clients/${clientId}/disclosures?${accountingQuery(wanted.from, wanted.to)}`,
      ).then((page) => setDisclosures(page.items), setFailure),
    [clientId],
  );
  const loadConsents = useCallback(
    () =>
      callApi<Page<ConsentRecord>>("GET", `/api/clients/${clientId}/consents?limit=200`).then(
        (page) => setConsents(page.items),
        setFailure,
      ),
    [clientId],
  );

  useEffect(() => {
    callApi<ClientIdentity>("GET", `/api/clients/${clientId}`).then(setClient, setFailure);
    void loadConsents();
    void loadAccounting({ from: "", to: "" });
  }, [clientId, loadConsents, loadAccounting]);

  if (failure !== undefined && client === undefined) {
    return <FormMessage kind="error" text={problemText(failure)} />;
  }
  if (client === undefined) return <p role="status">{t.text("consent.loading")}</p>;

  const back = () => setShowing({ kind: "records" });
  if (showing.kind === "consent-form") {
    const consent = consents.find((candidate) => candidate.id === showing.consentId);
    if (consent !== undefined) {
      return (
        <ConsentFormPrint
          client={client}
          organization={session.organization.name}
          consent={consent}
          onBack={back}
        />
      );
    }
  }
  if (showing.kind === "accounting") {
    return (
      <AccountingPrint
        client={client}
        organization={session.organization.name}
        disclosures={disclosures}
        from={period.from}
        to={period.to}
        onBack={back}
      />
    );
  }

  return (
    <section class="panel panel--wide consent-screen">
      <ScreenHeading>
        {t.text("consent.title")}: {client.name}
      </ScreenHeading>
      <p>{t.text("consent.intro")}</p>
      <FormMessage kind="error" text={failure === undefined ? undefined : problemText(failure)} />
      <ConsentList
        consents={consents}
        canRevoke={writer}
        onChanged={(changed) => {
          setConsents(consents.map((consent) => (consent.id === changed.id ? changed : consent)));
        }}
        onPrint={(consent) => setShowing({ kind: "consent-form", consentId: consent.id })}
      />
      {writer ? (
        <ConsentRecordForm
          clientId={clientId}
          onRecorded={(consent) => setConsents([...consents, consent])}
        />
      ) : null}
      {writer ? (
        <DisclosureForm
          clientId={clientId}
          consents={consents}
          onRecorded={() => void loadAccounting(period)}
        />
      ) : null}
      <AccountingSection
        disclosures={disclosures}
        period={period}
        onPeriod={(wanted) => {
          setPeriod(wanted);
          void loadAccounting(wanted);
        }}
        onPrint={() => setShowing({ kind: "accounting" })}
      />
      <button type="button" class="secondary" onClick={() => go({ view: "client", clientId })}>
        {t.text("consent.back")}
      </button>
    </section>
  );
}
