// Figures: numbers with units in the body text. Placeholder until the figures
// module lands (issue 3): it finds nothing.
import type { Figure } from '../types.js';

export function extractFigures(_paragraphs: readonly string[]): Figure[] {
  return [];
}
