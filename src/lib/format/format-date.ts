const formatter = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2026-11-24" → "24 November 2026". */
export const formatDate = (iso: string) => formatter.format(new Date(`${iso}T00:00:00Z`));
