/** Hosts the extension may read: Workers' Daily and its subdomains, nothing else. */
export const WORKERCN_MATCHES = ['*://workercn.cn/*', '*://*.workercn.cn/*'];

export function isWorkercnHost(hostname: string): boolean {
  const h = hostname.toLowerCase();
  return h === 'workercn.cn' || h.endsWith('.workercn.cn');
}
