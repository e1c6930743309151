import LedeCorpus

/// A notebook: a Markdown file whose fenced ```lede blocks are cells, each followed by its output
/// in a fenced ```output block. Everything else is prose and stays byte for byte as written, so
/// the file reads well on a code host and a run changes only the outputs.
///
/// ````
/// ```lede
/// load "samples"
/// ```
///
/// ```output
/// loaded 10 articles from 8 files in [..]
/// ```
/// ````
public struct Notebook: Sendable {
    /// The file name diagnostics name (`lesson.md`), so outputs read the same from any folder.
    public var name: String
    /// The file's lines, without their "\n" ("\r" stays on CRLF lines, so writing them back
    /// keeps the line endings).
    public var lines: [String]
    public var cells: [Cell]

    public struct Cell: Sendable, Equatable {
        /// The code between the fences.
        public var code: String
        /// 1-based line of the opening ```lede fence.
        public var fenceLine: Int
        /// 0-based index of the closing fence line in `lines`.
        var closingIndex: Int
        /// The output block under the cell, when there is one.
        public var output: OutputBlock?

        /// 1-based line of the cell's first line of code.
        public var codeLine: Int { fenceLine + 1 }
    }

    /// A fenced output block: its text and the lines it spans (0-based, fences included).
    public struct OutputBlock: Sendable, Equatable {
        public var text: String
        var lines: ClosedRange<Int>
    }

    static let cellInfo = "lede"
    static let outputInfo = "output"

    /// Reads a notebook. An unclosed fence is an error at its line: everything after it would be
    /// read as code.
    public init(name: String, text: String) throws(Diagnostic) {
        self.name = name
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        cells = []
        var index = 0
        while index < lines.count {
            guard let open = Fence(opening: lines[index]) else { index += 1; continue }
            guard let close = (index + 1 ..< lines.count).first(where: { open.isClosed(by: lines[$0]) }) else {
                throw Diagnostic(.error, "this ``` block is never closed", at: SourceSpan(file: name, line: index + 1, column: open.column, length: open.length),
                                 sourceLine: lines[index].withoutCR, help: "end it with a line of \(String(repeating: open.marker, count: open.length))")
            }
            if open.info == Self.outputInfo, let last = cells.indices.last, cells[last].output == nil, Self.onlyBlank(lines, after: cells[last].closingIndex, before: index) {
                cells[last].output = OutputBlock(text: lines[(index + 1) ..< close].map(\.withoutCR).joined(separator: "\n"), lines: index ... close)
            } else if open.info == Self.cellInfo {
                let code = lines[(index + 1) ..< close].map(\.withoutCR).joined(separator: "\n")
                cells.append(Cell(code: code, fenceLine: index + 1, closingIndex: close, output: nil))
            }
            index = close + 1
        }
    }

    private static func onlyBlank(_ lines: [String], after: Int, before: Int) -> Bool {
        (after + 1 ..< before).allSatisfy { lines[$0].allSatisfy(\.isWhitespace) }
    }

    /// How many lines writing `output` under cell `index` adds to the file (negative when it
    /// removes some), so a cell's diagnostics can name lines of the file as it will be written.
    func lineDelta(cell index: Int, output: String?) -> Int {
        guard let output else { return 0 }
        let cell = cells[index]
        let block = OutputBlock.fenced(output).count
        if let existing = cell.output { return block - existing.lines.count }
        let next = cell.closingIndex + 1
        return 1 + block + (next < lines.count && !lines[next].allSatisfy(\.isWhitespace) ? 1 : 0)
    }

    /// The file with each cell's output replaced by `outputs[i]` (nil leaves that cell as it is),
    /// and nothing else changed. A cell without an output block gets one after a blank line.
    public func text(withOutputs outputs: [String?]) -> String {
        var result: [String] = []
        var next = 0
        let crlf = lines.first?.hasSuffix("\r") == true ? "\r" : ""
        for (cell, output) in zip(cells, outputs) {
            guard let output else { continue }
            let block = OutputBlock.fenced(output).map { $0 + crlf }
            if let existing = cell.output {
                result += lines[next ..< existing.lines.lowerBound]
                result += block
                next = existing.lines.upperBound + 1
            } else {
                result += lines[next ... cell.closingIndex]
                result.append(crlf)
                result += block
                next = cell.closingIndex + 1
                if next < lines.count, !lines[next].allSatisfy(\.isWhitespace) { result.append(crlf) }
            }
        }
        result += lines[next...]
        return result.joined(separator: "\n") + "\n"
    }
}

extension Notebook.OutputBlock {
    /// The lines of an output block for `text`: the fence is longer than any run of backticks
    /// that opens a line of the text, so no output can close its block early.
    static func fenced(_ text: String) -> [String] {
        let body = text.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let longest = body.map { $0.drop { $0 == " " }.prefix { $0 == "`" }.count }.max() ?? 0
        let fence = String(repeating: "`", count: max(3, longest + 1))
        return [fence + Notebook.outputInfo] + body + [fence]
    }
}

/// A CommonMark code fence: three or more backticks or tildes, indented at most three spaces.
struct Fence {
    var marker: Character
    var length: Int
    var column: Int
    var info: String

    init?(opening line: String) {
        let text = line.withoutCR
        let indent = text.prefix { $0 == " " }.count
        guard indent <= 3, let first = text.dropFirst(indent).first, first == "`" || first == "~" else { return nil }
        let run = text.dropFirst(indent).prefix { $0 == first }.count
        guard run >= 3 else { return nil }
        let rest = text.dropFirst(indent + run)
        // A backtick fence's info string may not hold a backtick (CommonMark), else it is inline code.
        if first == "`", rest.contains("`") { return nil }
        marker = first
        length = run
        column = indent + 1
        info = rest.split(whereSeparator: \.isWhitespace).first.map { String($0).lowercased() } ?? ""
    }

    func isClosed(by line: String) -> Bool {
        let text = line.withoutCR
        let indent = text.prefix { $0 == " " }.count
        guard indent <= 3 else { return false }
        let rest = text.dropFirst(indent)
        let run = rest.prefix { $0 == marker }.count
        return run >= length && rest.dropFirst(run).allSatisfy(\.isWhitespace)
    }
}

extension String {
    var withoutCR: String { hasSuffix("\r") ? String(dropLast()) : self }
}

extension Notebook {
    /// The file in reading order: prose (everything that is not a cell or its output) and cells.
    public enum Segment: Sendable, Equatable {
        case prose(String)
        case cell(Int)
    }

    public var segments: [Segment] {
        var result: [Segment] = []
        var next = 0
        func prose(upTo end: Int) {
            let text = lines[next ..< max(next, end)].map(\.withoutCR).joined(separator: "\n")
            if !text.allSatisfy(\.isWhitespace) { result.append(.prose(text)) }
        }
        for (index, cell) in cells.enumerated() {
            prose(upTo: cell.fenceLine - 1)
            result.append(.cell(index))
            next = (cell.output?.lines.upperBound ?? cell.closingIndex) + 1
        }
        prose(upTo: lines.count)
        return result
    }
}

extension Notebook {
    /// A notebook of statements and their outputs (`save notebook` at the prompt): a cell per
    /// statement, each with its output block, under a heading.
    public static func markdown(title: String, cells: [(code: String, output: String)]) -> String {
        var out = "# \(title)\n\nSaved from a Lede session. `lede notebook run` runs the cells again, top to bottom, and writes their outputs under them.\n"
        for cell in cells {
            out += "\n```\(cellInfo)\n\(cell.code)\n```\n\n" + OutputBlock.fenced(cell.output).joined(separator: "\n") + "\n"
        }
        return out
    }
}
