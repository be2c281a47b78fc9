// Code-unit order for strings, the same on every machine: no locale, so the
// same input sorts, and is written, the same way everywhere.
export const compareCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
