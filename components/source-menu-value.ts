/** The menu value of "Unnamed source" in the "Wrong source?" menu (actor ids never start with "~"). */
export const UNNAMED = '~unnamed';
