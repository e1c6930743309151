import Foundation
import LedeLanguage

// The generated-program fuzzer's helper (`Scripts/fuzz programs`):
//   lede-fuzz programs COUNT SEED    COUNT random programs, one a line
//   lede-fuzz seeds DIR              the help examples as seed files for the libFuzzer targets
//   lede-fuzz dictionary             the language's words as a libFuzzer dictionary
let arguments = CommandLine.arguments.dropFirst()
switch arguments.first {
case "programs":
    let count = arguments.dropFirst().first.flatMap { Int($0) } ?? 1000
    var generator = ProgramGenerator(random: SplitMix(state: arguments.dropFirst(2).first.flatMap { UInt64($0) } ?? 1))
    var out = ""
    for _ in 0..<count {
        // One program a line: the runner reads statements line by line, and `quit` would end the batch.
        let program = generator.program().replacingOccurrences(of: "\n", with: "; ")
        if program.split(separator: ";").contains(where: { ["quit", "exit", "clear"].contains(String($0).strippingSpaces()) }) { continue }
        out += program + "\n"
    }
    FileHandle.standardOutput.write(Data(out.utf8))
case "seeds":
    guard let dir = arguments.dropFirst().first else { fatalError("usage: lede-fuzz seeds DIR") }
    for (i, example) in Help.entries.flatMap(\.examples).enumerated() {
        try Data(example.utf8).write(to: URL(fileURLWithPath: dir).appendingPathComponent("example-\(i).lede"))
    }
case "dictionary":
    let words = Set(Help.entries.map(\.name) + ["by", "vs", "window", "with", "to", "as", "desc", "asc", "and", "or", "not", "in",
                                                "null", "true", "false", "overwrite", "let", "|", "~", "!~", "==", "!=", "<=", ">=",
                                                "/", "(", ")", "[", "]", ",", ";", "\"", "1e308", "2022-03-14"])
    let escaped = words.sorted().map { "\"" + $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
    print(escaped.joined(separator: "\n"))
default:
    FileHandle.standardError.write(Data("usage: lede-fuzz programs COUNT SEED | seeds DIR | dictionary\n".utf8))
    exit(2)
}
