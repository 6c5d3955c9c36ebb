/**
 * Serializes the output of `planner prfaas model`, `simulate` and `sweep` as indented JSON with a
 * trailing newline. A non-finite number becomes null, as `JSON.stringify` writes it: an unlimited
 * prefix-cache capacity, the threshold +∞ of a policy that never offloads, and any other infinite
 * bound. So every `planner prfaas` command writes an infinity the same way.
 */
export function formatPrfaasJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
