/**
 * Strapi's documentIds (cuid2) are lowercase letters and digits. Anything else cannot exist, and
 * some of it (a NUL byte) makes PostgreSQL fail the query: such ids are a 404 before the database.
 */
export const DOCUMENT_ID = /^[a-z0-9]{1,64}$/;
