// Speed benches, each a ratio measured within one run (machines are noisy).
import { performance } from 'node:perf_hooks'
import axios from 'axios'
import { KeystoneClient } from '../dist/client.js'
import { startListServer } from './server.mjs'

/** 3. Overhead: sequential GETs through KeystoneClient vs a bare axios instance, interleaved in blocks. */
export async function measureOverhead({ requests = 2000, blocks = 10 } = {}) {
  const server = await startListServer({ total: 20 })
  try {
    const client = new KeystoneClient({ url: server.url, cookies: 'jar' })
    const bare = axios.create()
    const perBlock = requests / blocks
    const time = async (run) => {
      const start = performance.now()
      for (let i = 0; i < perBlock; i++) await run()
      return performance.now() - start
    }
    const ours = () => client.httpGet('allocations/clusters', { params: { _limit: 5 } })
    const theirs = () => bare.get(`${server.url}allocations/clusters/`, { params: { _limit: 5 } })
    await time(ours)
    await time(theirs) // warm-up
    let clientMs = 0
    let axiosMs = 0
    for (let block = 0; block < blocks; block++) {
      if (block % 2) {
        clientMs += await time(ours)
        axiosMs += await time(theirs)
      } else {
        axiosMs += await time(theirs)
        clientMs += await time(ours)
      }
    }
    const ratio = clientMs / axiosMs
    return [
      {
        name: `overhead: ${requests} GETs, KeystoneClient / bare axios (${clientMs.toFixed(0)} ms / ${axiosMs.toFixed(0)} ms)`,
        value: Number(ratio.toFixed(3)),
        target: '<= 1.05',
        ok: ratio <= 1.05,
      },
    ]
  } finally {
    await server.close()
  }
}

/** Median timings (ms) of two runs, alternated `runs` times so both meet the same machine noise. */
async function medians(runs, first, second) {
  const times = [[], []]
  const time = async (run, into) => {
    const start = performance.now()
    await run()
    into.push(performance.now() - start)
  }
  for (let i = 0; i < runs; i++) {
    await time(first, times[0])
    await time(second, times[1])
  }
  return times.map((list) => list.sort((a, b) => a - b)[Math.floor(runs / 2)])
}

/** 4. Fetch-all: retrieveCluster() vs following `next` one page at a time, 20 ms per response. */
export async function measureFetchAll({ total = 10_000, delayMs = 20, runs = 9, concurrency } = {}) {
  const server = await startListServer({ total, delayMs })
  try {
    const client = new KeystoneClient({ url: server.url, cookies: 'jar', concurrency })
    const ours = async () => {
      const all = await client.retrieveCluster()
      if (all.length !== total) throw new Error(`fetch-all returned ${all.length} of ${total}`)
    }
    const sequential = async () => {
      const records = []
      let next = `${server.url}allocations/clusters/?_limit=1000`
      while (next) {
        const { data } = await axios.get(next)
        records.push(...data.results)
        next = data.next
      }
    }
    await ours()
    await sequential() // warm-up: connections, JIT
    const [oursMs, theirsMs] = await medians(runs, ours, sequential)
    // Peak memory in a run of its own: sampling the heap every 2 ms would slow the timed runs.
    let peak = 0
    const before = process.memoryUsage().heapUsed
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 2)
    await ours()
    clearInterval(sampler)
    const speedup = theirsMs / oursMs
    return [
      {
        name: `fetch-all: ${total} records, sequential next / retrieveCluster() (median ${theirsMs.toFixed(0)} ms / ${oursMs.toFixed(0)} ms)`,
        value: Number(speedup.toFixed(2)),
        target: '>= 3',
        ok: speedup >= 3,
      },
      {
        name: 'fetch-all: peak heap growth during retrieveCluster()',
        value: `${((peak - before) / 2 ** 20).toFixed(1)} MiB`,
        target: 'reported',
        ok: true,
      },
    ]
  } finally {
    await server.close()
  }
}

/** A bare axios instance on the same session as a logged-in client: the baseline of the live overhead. */
async function bareSession(url, username, password) {
  const bare = axios.create({ baseURL: url })
  const login = await bare.post('authentication/login/', { username, password })
  const cookie = (login.headers['set-cookie'] ?? []).map((line) => line.split(';')[0]).join('; ')
  return axios.create({ baseURL: url, headers: { Cookie: cookie } })
}

/**
 * 3 and 4 against a real Keystone (`KEYSTONE_URL`, a staff `KEYSTONE_USERNAME`/`KEYSTONE_PASSWORD`),
 * read-only: the overhead on its cluster list, and fetch-all over its request log (every request
 * it has answered, so the largest list a server holds without creating anything). Reported only:
 * the figures are the server's as much as the client's.
 */
export async function measureLive({ url, username, password, requests = 200, runs = 3 }) {
  const client = new KeystoneClient({ url, cookies: 'jar' })
  try {
    await client.login({ username, password })
    const bare = await bareSession(client.baseUrl, username, password)
    const ours = () => client.httpGet('allocations/clusters', { params: { _limit: 5 } })
    const theirs = () => bare.get('allocations/clusters/', { params: { _limit: 5 } })
    const [clientMs, axiosMs] = await medians(runs, async () => {
      for (let i = 0; i < requests / runs; i++) await ours()
    }, async () => {
      for (let i = 0; i < requests / runs; i++) await theirs()
    })
    const total = (await client.listRequestLogs({ limit: 1 })).count
    const fetchAll = async () => {
      const all = await client.retrieveRequestLog()
      if (all.length < total) throw new Error(`fetch-all returned ${all.length} of at least ${total}`)
    }
    const sequential = async () => {
      let next = 'logs/requests/?_limit=1000'
      while (next) {
        const { data } = await bare.get(next)
        next = data.next
      }
    }
    await fetchAll()
    const [oursAll, theirsAll] = await medians(runs, fetchAll, sequential)
    const host = new URL(client.baseUrl).host
    return [
      {
        name: `live ${host} overhead: ${requests} GETs, KeystoneClient / bare axios (median block ${clientMs.toFixed(0)} ms / ${axiosMs.toFixed(0)} ms)`,
        value: Number((clientMs / axiosMs).toFixed(3)),
        target: 'reported',
        ok: true,
      },
      {
        name: `live ${host} fetch-all: ${total} request logs, sequential next / retrieveRequestLog() (median ${theirsAll.toFixed(0)} ms / ${oursAll.toFixed(0)} ms)`,
        value: Number((theirsAll / oursAll).toFixed(2)),
        target: 'reported',
        ok: true,
      },
    ]
  } finally {
    await client.logout().catch(() => undefined)
    client.close()
  }
}
