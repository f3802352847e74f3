/** A GET route open to anonymous visitors (no users-permissions check), for custom API outputs. */
export const publicRoute = (path: string, handler: string) => ({
  method: 'GET' as const,
  path,
  handler,
  config: { auth: false as const },
});
