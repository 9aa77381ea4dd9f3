/** The `rel` of every link that leaves the site: marked external, with no opener and no referrer. */
export const EXTERNAL_REL = ['external', 'noopener', 'noreferrer'];
export const EXTERNAL_REL_ATTRIBUTE = EXTERNAL_REL.join(' ');
