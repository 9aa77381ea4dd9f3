import { stringifyEntities } from 'stringify-entities';

/*
 * Every piece of HTML this project writes as a string is escaped here. `escapeHtml` serves the search's
 * records and results (the browser uses it, so it needs nothing else); the claims' share pages, written
 * as strings for speed, escape as hast-util-to-html does, through its own library, so that they stay
 * byte for byte the pages a hast tree gave.
 */

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe to put inside HTML, as an element's content or a quoted attribute's value. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITY[c]!);

/** An element's text as hast-util-to-html escapes it. */
export const escapeHtmlText = (value: string): string => stringifyEntities(value, { subset: ['<', '&'] });

/** A double-quoted attribute's value as hast-util-to-html escapes it. */
export const escapeHtmlAttribute = (value: string): string => stringifyEntities(value, { subset: ['"', '&', "'", '`'] });
