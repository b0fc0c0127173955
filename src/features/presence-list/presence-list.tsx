/** Placeholder until issue 4: the accessible list of presences, in step with the map. */
export function PresenceList() {
  return null;
}
