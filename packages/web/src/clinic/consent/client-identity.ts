/** Who a consent or an accounting is about, as the client's record shows it. */
export interface ClientIdentity {
  readonly name: string;
  readonly birthDate: string | null;
  readonly recordNumber: string | null;
}
