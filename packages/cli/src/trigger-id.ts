/**
 * A trigger id made here rather than by the client, so the CLI knows it before the trigger is
 * sent: Ctrl-C or a lost answer during the trigger can still print the id that finds it again.
 */
export function newTriggerId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
