/** The site's name as the cards and their words give it (the pages' `og:site_name`). */
export const SITE_NAME = 'Annotated Reading';
