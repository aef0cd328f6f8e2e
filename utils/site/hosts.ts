/** Hosts the extension may read: Workers' Daily and its subdomains, nothing else. */
export const WORKERCN_MATCHES = ['*://workercn.cn/*', '*://*.workercn.cn/*'];
