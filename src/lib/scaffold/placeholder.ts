/** The marker `npm run new` puts wherever a contributor must write something; the content check rejects any left over. */
export const PLACEHOLDER = 'FILL-IN';
