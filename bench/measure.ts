/**
 * Wall time, CPU time (user + system, all threads of the process) and peak resident memory of an
 * async piece of work, memory sampled every 20 ms. CPU time is the steadier figure on a shared
 * machine: other guests stretch the wall time, much less the CPU time.
 */
export async function measure<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number; cpuSeconds: number; peakMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const start = performance.now();
  const cpu = process.cpuUsage();
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    const used = process.cpuUsage(cpu);
    return { result, seconds: (performance.now() - start) / 1000, cpuSeconds: (used.user + used.system) / 1e6, peakMb: peak / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}
