/**
 * True when `url` is on the page's origin, or (`same-site`) on the page's host at another port or
 * a host sharing its parent domain: where the page's own `csrftoken` cookie may be sent. @internal
 */
export function isPageSite(url: string, scope: 'same-origin' | 'same-site'): boolean {
  if (typeof location === 'undefined') return false
  const api = new URL(url)
  if (api.origin === location.origin) return true
  if (scope !== 'same-site' || api.protocol !== location.protocol) return false
  // Cookies are not kept per port: on the page's own host (an IP address too) the cookie is the API's.
  if (api.hostname === location.hostname) return true
  const parent = location.hostname.split('.').slice(1).join('.')
  // An IP address has no parent domain: 10.0.0.1 and 192.0.0.1 are not one site.
  const named = !/^[\d.]+$|^\[/.test(location.hostname)
  return named && parent.includes('.') && `.${api.hostname}`.endsWith(`.${parent}`)
}
