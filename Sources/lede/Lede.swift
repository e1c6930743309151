import ArgumentParser
import LedeREPL

@main
struct Lede: ParsableCommand {
    func run() throws {}
}
