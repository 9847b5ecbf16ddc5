import type { Voice } from "../session/answers-store.js";

/** The message-key suffix for a voice: `.self` speaks to the person, `.other` about their loved one. */
export function voiceKey(voice: Voice | null): "self" | "other" {
  return voice === "family-or-friend" ? "other" : "self";
}
