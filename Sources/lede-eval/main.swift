// Measures extraction against annotated corpora; run through Scripts/eval in a release build.
//   lede-eval seed [SHARED]     the seed article's quotes, speakers, titles and sources
//   lede-eval polnear DIR       direct and indirect quotes against PolNeAR (DIR holds train/ dev/)
//   lede-eval numbers DIR       figures (NumbersEval.swift)
//   lede-eval speakers GOLD.tsv DIR   speakers against a hand-annotated quote sample (SpeakerGoldEval.swift)
//   lede-eval figures GOLD.tsv DIR    figure values, categories and claimants (FigureGoldEval.swift)
//   lede-eval html DIR [-v]     HTML article bodies against the extraction benchmark (HTMLEval.swift)
//   lede-eval speed DIR         extraction time over every .txt file under DIR
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
let usage = "usage: lede-eval seed [SHARED_DIR] | polnear DIR [train|dev] [-v] | numbers DIR | speakers GOLD.tsv DIR [-v] | figures GOLD.tsv DIR [-v] | html DIR [-v] | speed DIR"
switch arguments.first {
case "seed":
    exit(runSeedEval(shared: arguments.count > 1 ? arguments[1] : "../shared") ? 0 : 1)
case "polnear" where arguments.count > 1:
    runPolnearEval(dir: arguments[1], split: arguments.count > 2 ? arguments[2] : "dev", verbose: arguments.contains("-v"))
case "numbers" where arguments.count > 1:
    runNumbersEval(dir: arguments[1])
case "speakers" where arguments.count > 2:
    runSpeakerGoldEval(gold: arguments[1], corpus: arguments[2], verbose: arguments.contains("-v"))
case "figures" where arguments.count > 2:
    runFigureGoldEval(gold: arguments[1], corpus: arguments[2], verbose: arguments.contains("-v"))
case "html" where arguments.count > 1:
    runHTMLEval(dir: arguments[1], verbose: arguments.contains("-v"))
case "speed" where arguments.count > 1:
    runSpeedEval(dir: arguments[1])
default:
    FileHandle.standardError.write(Data((usage + "\n").utf8))
    exit(2)
}
