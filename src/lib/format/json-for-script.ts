/**
 * JSON to stand inside a `<script>` element: a "<" in any string is escaped, so that no text from the
 * content (a quote containing "</script>") can close the element early.
 */
export const jsonForScript = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');
