import type { ReactNode } from 'react'
import { PUBLIC_KEYSTONE_URL, requestCid } from '../lib/keystone'
import { Providers } from './providers'

export const metadata = { title: 'Keystone with Next.js' }

export default function RootLayout({ children }: { children: ReactNode }): ReactNode {
  return (
    <html lang="en">
      <body>
        <Providers url={PUBLIC_KEYSTONE_URL} cid={requestCid()}>
          {children}
        </Providers>
      </body>
    </html>
  )
}
