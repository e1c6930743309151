/// A unified diff of two texts by lines (`diff -u`), with three lines of context: what
/// `lede notebook check` prints where outputs drifted.
public enum UnifiedDiff {
    public static func of(_ old: String, _ new: String, oldName: String, newName: String, context: Int = 3) -> String {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let edits = script(a, b)
        guard edits.contains(where: { $0.kind != .same }) else { return "" }
        var out = "--- \(oldName)\n+++ \(newName)\n"
        var start = 0
        while let firstChange = edits[start...].firstIndex(where: { $0.kind != .same }) {
            // A hunk runs from `context` lines before a change to `context` lines after the last
            // change that lies within 2 * context lines of the one before it.
            var end = firstChange
            var i = firstChange
            while i < edits.count {
                if edits[i].kind != .same { end = i; i += 1; continue }
                if i - end > 2 * context { break }
                i += 1
            }
            let from = max(start, firstChange - context)
            let to = min(edits.count, end + context + 1)
            let hunk = edits[from ..< to]
            let oldStart = hunk.first?.oldLine ?? 0, newStart = hunk.first?.newLine ?? 0
            let oldCount = hunk.filter { $0.kind != .added }.count, newCount = hunk.filter { $0.kind != .removed }.count
            out += "@@ -\(oldStart + (oldCount > 0 ? 1 : 0)),\(oldCount) +\(newStart + (newCount > 0 ? 1 : 0)),\(newCount) @@\n"
            for edit in hunk {
                out += (edit.kind == .same ? " " : edit.kind == .removed ? "-" : "+") + edit.text + "\n"
            }
            start = to
        }
        return out
    }

    struct Edit {
        enum Kind { case same, removed, added }
        var kind: Kind
        var text: String
        /// Lines of each side before this one (0-based positions).
        var oldLine: Int
        var newLine: Int
    }

    /// The shortest edit script by a longest-common-subsequence table; notebooks are small.
    static func script(_ a: [String], _ b: [String]) -> [Edit] {
        var lcs = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var edits: [Edit] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                edits.append(Edit(kind: .same, text: a[i], oldLine: i, newLine: j)); i += 1; j += 1
            } else if i < a.count, j == b.count || lcs[i + 1][j] >= lcs[i][j + 1] {
                // Removals before additions, as `diff -u` prints them.
                edits.append(Edit(kind: .removed, text: a[i], oldLine: i, newLine: j)); i += 1
            } else {
                edits.append(Edit(kind: .added, text: b[j], oldLine: i, newLine: j)); j += 1
            }
        }
        return edits
    }
}
