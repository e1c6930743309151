// Times Lede's workloads side by side in one process and prints each one's median time, MB/s
// and ratio to the read-bytes baseline. Plain Swift, no benchmark framework: Scripts/bench runs
// it after the framework's table, and alone with `Scripts/bench --quick`.
//
//   bench-summary [--runs N]    N timed rounds (default 3) after one warm-up round
//
// Each round runs every step once, in order, so a machine that slows down mid-run (two shared
// cores) slows all the steps alike and the ratios stay comparable.
import Foundation
import LedeBenchKit

var runs = 3
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    if argument == "--runs", let n = arguments.popFirst().flatMap(Int.init), n > 0 {
        runs = n
    } else {
        FileHandle.standardError.write(Data("usage: bench-summary [--runs N]\n".utf8))
        exit(2)
    }
}

guard let corpus = BBCCorpus.located else {
    print(BBCCorpus.skipMessage)
    exit(0)
}
#if DEBUG
FileHandle.standardError.write(Data("warning: debug build; string-heavy Swift runs 10-50x slower than release\n".utf8))
#endif

struct Step {
    let name: String
    let body: () throws -> Int
    var seconds: [Double] = []
    var result = 0
    var median: Double { seconds.sorted()[seconds.count / 2] }
    var fastest: Double { seconds.min() ?? 0 }
}

let articles = Workload.articles
var steps = [
    Step(name: "read bytes (baseline)") { Workload.readBytes(corpus) },
    Step(name: "load") { Workload.load(corpus).articles.count },
    Step(name: "extract") { Workload.extract(articles) },
    Step(name: "extract parallel") { Workload.extractParallel(articles) },
    Step(name: "query (end to end)") { try Workload.query(corpus) },
]

let clock = ContinuousClock()
do {
    for round in 0...runs { // round 0 is the warm-up
        for i in steps.indices {
            let start = clock.now
            let result = try steps[i].body()
            let (s, attoseconds) = (clock.now - start).components
            if round == 0 { steps[i].result = result; continue }
            steps[i].seconds.append(Double(s) + Double(attoseconds) / 1e18)
            if result != steps[i].result { print("warning: \(steps[i].name) gave \(result), then \(steps[i].result)") }
        }
    }
} catch {
    FileHandle.standardError.write(Data("bench-summary: \(error)\n".utf8))
    exit(1)
}

func grouped(_ n: Int) -> String {
    let digits = String(n)
    var out = ""
    for (i, c) in digits.enumerated() {
        if i > 0, (digits.count - i) % 3 == 0 { out += "," }
        out.append(c)
    }
    return out
}

func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
    let fill = String(repeating: " ", count: max(0, width - text.count))
    return left ? text + fill : fill + text
}

let baseline = steps[0].median
func ms(_ seconds: Double) -> String { String(format: "%.1f ms", seconds * 1000) }
func row(_ name: String, _ seconds: Double, _ fastest: Double, _ note: String) {
    let mbps = corpus.megabytes / seconds
    print(pad(name, 26, left: true) + pad(ms(seconds), 11) + pad(ms(fastest), 11)
          + pad(String(format: "%.1f", mbps), 10) + pad(String(format: "%.2fx", seconds / baseline), 12)
          + "   " + note)
}

print("""
    BBC corpus: \(grouped(corpus.files.count)) files, \(String(format: "%.2f", corpus.megabytes)) MB, \
    \(grouped(articles.count)) articles after de-duplication; \
    \(ProcessInfo.processInfo.activeProcessorCount) cores; median of \(runs) rounds after a warm-up
    """)
print(pad("step", 26, left: true) + pad("median", 11) + pad("fastest", 11) + pad("MB/s", 10) + pad("x baseline", 12) + "   result")
let notes = ["bytes", "articles", "items found", "items found", "rows"]
for (step, note) in zip(steps, notes) { row(step.name, step.median, step.fastest, "\(grouped(step.result)) \(note)") }
row("load + extract parallel", steps[1].median + steps[3].median, steps[1].fastest + steps[3].fastest,
    "sums of the two")
print("MB/s and x baseline are from the medians; the machine's other load moves them, fastest less so.")
