import { readCookie } from './cookieJar.ts'

/** True when `url` is on the page's origin, or (`same-site`) on the page's host at another port or a host sharing its parent domain. */
function isPageSite(url: string, scope: 'same-origin' | 'same-site'): boolean {
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

/**
 * The page's own `csrftoken` cookie, for a write to `url` in browser mode; none when the API is
 * elsewhere, since the token belongs to the page's site and sending it away hands it over. @internal
 */
export function pageCsrfToken(url: string, scope: 'same-origin' | 'same-site'): string | undefined {
  return typeof document === 'undefined' || typeof location === 'undefined' || !isPageSite(url, scope) ? undefined : readCookie(document.cookie, 'csrftoken')
}
