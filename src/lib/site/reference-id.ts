/** Where a reference marker's explanation lives on the page: "[2]" → "ref-2". */
export const referenceId = (marker: string) => `ref-${marker.replace(/\D/g, '')}`;
