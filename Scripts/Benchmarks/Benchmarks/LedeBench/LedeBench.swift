// Lede's workloads over the BBC corpus, for ordo-one/benchmark:
//   cd Scripts/Benchmarks && swift package --disable-sandbox benchmark
// Corpus-scale steps take tenths of a second, so each runs a few iterations only.
import Benchmark
import LedeBenchKit

let benchmarks: @Sendable () -> Void = {
    guard let corpus = BBCCorpus.located else {
        print(BBCCorpus.skipMessage)
        return
    }
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .throughput, .mallocCountTotal, .peakMemoryResident],
        warmupIterations: 1,
        maxDuration: .seconds(5),
        maxIterations: 5
    )
    // The extraction steps share one load, done before their warm-up.
    let loadArticles: Benchmark.BenchmarkSetupHook = { blackHole(Workload.articles.count) }

    Benchmark("read bytes (baseline)") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(Workload.readBytes(corpus)) }
    }
    Benchmark("load") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(Workload.load(corpus)) }
    }
    Benchmark("extract", closure: { benchmark in
        for _ in benchmark.scaledIterations { blackHole(Workload.extract(Workload.articles)) }
    }, setup: loadArticles)
    Benchmark("extract parallel", closure: { benchmark in
        for _ in benchmark.scaledIterations { blackHole(Workload.extractParallel(Workload.articles)) }
    }, setup: loadArticles)
    Benchmark("query (end to end)") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try Workload.query(corpus)) }
    }
}
