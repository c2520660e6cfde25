/** The movement runs 2025–2030: phase 1 ends with the preliminary summary, phase 2 with the final one. */
export const MOVEMENT_FIRST_YEAR = 2025;
export const MOVEMENT_LAST_YEAR = 2030;
export const PRELIMINARY_SUMMARY_YEAR = 2027;
export const FINAL_SUMMARY_YEAR = 2030;
