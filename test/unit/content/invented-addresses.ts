// Addresses of our own pages that no store serves, so the reader rightly stays off them (the answer
// files are kept as their writers made them): the address test and the gate test leave them out.

/** An invented Amazon address whose ASIN is not Amazon's ten characters (round 47's
 *  "/dp/B0EXAMPLE47", round 59's "/dp/B0QF800G120"). */
export const NOT_AN_ASIN_RE = /amazon\.[a-z.]+\/(?:[^?#]*\/)?dp\/(?![A-Z0-9]{10}(?:[/?#]|$))/i;
