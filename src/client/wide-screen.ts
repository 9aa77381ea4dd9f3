/**
 * The one breakpoint, as the browser scripts ask for it: from this width the notes sit in the margin.
 * The stylesheets name the same query `--ar-wide` (tokens.css); a unit test holds the two equal.
 */
export const WIDE_SCREEN = '(width >= 68.75rem)';
