// Speed benches of issue 6, each a ratio measured within one run (machines are noisy).
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
