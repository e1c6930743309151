// Measures extraction against annotated corpora; run through Scripts/eval in a release build.
import LedeExtract

let args = Array(CommandLine.arguments.dropFirst())
switch args.first {
case "numbers"?:
    runNumbersEval(dir: args.count > 1 ? args[1] : "../shared/corpora/recognizers-numbers")
case "figures-speed"?:
    runFiguresSpeed(dir: args.count > 1 ? args[1] : "../shared/corpora/bbc")
default:
    print("usage: lede-eval numbers DIR | figures-speed DIR")
}
