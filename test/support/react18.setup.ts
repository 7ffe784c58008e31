// Setup of the `unit-react18` project: React 18.3 in place of the React 19 the repo installs.
// Vite's aliases reach only the modules Vite transforms; CommonJS code loaded by Node (react-dom's
// own `require('react')`, Testing Library's CJS build) resolves through Node, so that is pointed at
// the aliased copies too. Without it two Reacts would meet in one tree.
import Module from 'node:module'

const swaps: [RegExp, string][] = [
  [/^react-dom(\/.*)?$/, 'react-dom-18'],
  [/^react(\/.*)?$/, 'react-18'],
]
type Resolve = (request: string, ...rest: unknown[]) => string
const loader = Module as unknown as { _resolveFilename: Resolve }
const resolve = loader._resolveFilename
loader._resolveFilename = function (request, ...rest) {
  for (const [pattern, target] of swaps) {
    const match = pattern.exec(request)
    if (match) return resolve.call(this, `${target}${match[1] ?? ''}`, ...rest)
  }
  return resolve.call(this, request, ...rest)
}

// Fail loudly rather than pass on the wrong React.
const { version } = Module.createRequire(import.meta.url)('react') as { version: string }
if (!version.startsWith('18.')) throw new Error(`unit-react18 runs on React ${version}: the react-18 alias did not apply`)
