import { useEffect, useState } from "preact/hooks";
import { callApi, type Role } from "../clinic-api.js";

export interface StaffName {
  readonly id: string;
  readonly displayName: string;
  readonly role: Role;
  readonly status: "active" | "disabled";
}

/** The organisation's staff by name (GET /api/users/names, any role), so screens show names, not ids. */
export function useStaffNames(): readonly StaffName[] {
  const [people, setPeople] = useState<readonly StaffName[]>([]);
  useEffect(() => {
    let current = true;
    callApi<{ people: StaffName[] }>("GET", "/api/users/names").then(
      (result) => {
        if (current) setPeople(result.people);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);
  return people;
}

/** Who can be assigned clients: active clinicians and admins. */
export function assignable(people: readonly StaffName[]): StaffName[] {
  return people.filter((person) => person.status === "active" && person.role !== "reviewer");
}
