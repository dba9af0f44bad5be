/** Bounds of the reading history's retention setting (days), as data with a reason. */
export const HISTORY_DAYS = Object.freeze({
  min: 1,
  max: 3650,
  /** Choices offered in Options. */
  choices: [7, 30, 90, 365] as const,
  reason: 'Less than a day keeps nothing worth remembering; ten years of reading is far past what a browser profile lives.',
});
