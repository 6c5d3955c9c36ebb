/**
 * Freezes `value` and everything it reaches, so shared catalog entries cannot be changed by one
 * caller under another. Returns `value` with a deeply read-only type.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return value;

  for (const inner of Object.values(value)) deepFreeze(inner);
  return Object.freeze(value);
}
