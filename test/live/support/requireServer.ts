import { liveTarget } from './env.ts'

/** Vitest global setup of the `live` project: without a server named in the environment, the run fails here. */
export default function requireServer(): void {
  liveTarget(process.env)
}
