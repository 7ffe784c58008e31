import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { KeystoneProvider } from 'keystone-api-react'
import { choices, endpoints, isKeystoneValidationError, KeystoneClient, normalizeBaseUrl, resources, stats, toEndpoint } from 'keystone-api-react/client'

describe('normalizeBaseUrl', () => {
  it.each([
    ['https://host', 'https://host/'],
    ['https://host/', 'https://host/'],
    ['https://host//api', 'https://host/api/'],
    ['https://host/api///', 'https://host/api/'],
    ['http://host:8000/api/v1?x=1#top', 'http://host:8000/api/v1/'],
  ])('normalises %s to %s', (input, expected) => {
    expect(normalizeBaseUrl(input)).toBe(expected)
    expect(new KeystoneClient({ url: input }).baseUrl).toBe(expected)
  })

  it.each(['host/api', 'ftp://host/', 'javascript:alert(1)', 'https://user:pw@host/', '', 42, undefined])(
    'refuses %j',
    (input) => {
      expect(() => normalizeBaseUrl(input)).toThrow(/url must be an absolute http\(s\) URL/)
      expect(() => new KeystoneClient({ url: input as string })).toSatisfy((run: () => unknown) => {
        try {
          run()
          return false
        } catch (error) {
          return isKeystoneValidationError(error)
        }
      })
    },
  )
})

describe('a relative base URL in Node', () => {
  it.each(['/api/', 'api/', './api', '//keystone.example.edu/api/'])('refuses %j and says why', (input) => {
    expect(() => new KeystoneClient({ url: input })).toThrow(
      'a relative URL needs a page to resolve against (a browser); pass an absolute URL here',
    )
  })

  it('stops a server render of <KeystoneProvider url="/api/"> with the same reason', () => {
    expect(() => renderToString(createElement(KeystoneProvider, { url: '/api/' }))).toThrow(
      'url must be an absolute http(s) URL, got "/api/": a relative URL needs a page to resolve against (a browser)',
    )
  })
})

describe('toEndpoint', () => {
  it.each([
    ['allocations/clusters', 'allocations/clusters/'],
    ['allocations/clusters/', 'allocations/clusters/'],
    ['/allocations//clusters/1', 'allocations/clusters/1/'],
    ['', ''],
  ])('turns %j into %j', (input, expected) => {
    expect(toEndpoint(input)).toBe(expected)
  })

  it.each([
    'https://evil.test/',
    'HTTP://evil.test/',
    '//evil.test/x',
    '\\\\evil.test\\x',
    'users/../../admin',
    '..',
    './users',
    'users/%2e%2e/x',
    'users%2F..%2Fx',
    'users?is_staff=true',
    'users#x',
    'users/\n',
    'mailto:x@y',
    null,
  ])('refuses %j', (input) => {
    expect(() => toEndpoint(input)).toThrow(/endpoint must be a path relative to the base URL/)
  })
})

describe('the table paths', () => {
  // The operations send these paths without checking them again on each request: this is their one check.
  it('are each a safe endpoint exactly as written', () => {
    const paths = [...Object.values(resources).map((spec) => spec.path), ...Object.values(choices), ...Object.values(stats), ...Object.values(endpoints)]
    expect(paths.length).toBeGreaterThan(30)
    for (const path of paths) expect(toEndpoint(path)).toBe(path)
  })
})
