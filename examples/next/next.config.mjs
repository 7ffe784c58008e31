/** @type {import('next').NextConfig} */
const nextConfig = {
  // The example has its own lock file; the repository's is not its workspace root.
  turbopack: { root: import.meta.dirname },
  outputFileTracingRoot: import.meta.dirname,
}

export default nextConfig
