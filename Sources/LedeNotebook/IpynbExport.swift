import Foundation
import LedeLanguage

/// A notebook as a Jupyter notebook (nbformat 4.5): Markdown cells for the prose, code cells for
/// the Lede cells with their outputs (tables as text and HTML, charts as SVG), cell ids, and a
/// `lede` kernelspec and language_info, so Jupyter, VS Code and code hosts show it as it ran.
public enum IpynbExport {
    public static func json(_ notebook: Notebook, results: [CellRun?], style: TableStyle, staleLines: [Int], version: String) throws -> String {
        var cells: [[String: Any]] = []
        if !staleLines.isEmpty {
            cells.append(markdown("**Stale outputs.** " + Export.staleNote(notebook.name, staleLines), id: "stale-note"))
        }
        var count = 0
        for segment in notebook.segments {
            switch segment {
            case .prose(let text):
                cells.append(markdown(text, id: "prose-\(cells.count + 1)"))
            case .cell(let index):
                let result = results[index]
                if result != nil { count += 1 }
                cells.append([
                    "id": "cell-\(index + 1)",
                    "cell_type": "code",
                    "metadata": [String: Any](),
                    "execution_count": result == nil ? NSNull() : count as Any,
                    "source": lines(notebook.cells[index].code),
                    "outputs": (result?.items ?? []).map { output($0, style: style) },
                ])
            }
        }
        let document: [String: Any] = [
            "nbformat": 4,
            "nbformat_minor": 5,
            "metadata": [
                "kernelspec": ["name": "lede", "display_name": "Lede", "language": "lede"],
                "language_info": ["name": "lede", "version": version, "file_extension": ".lede", "mimetype": "text/x-lede",
                                  "codemirror_mode": "text/plain", "pygments_lexer": "text"],
                "lede": ["source": notebook.name, "stale_cells": staleLines],
            ],
            "cells": cells,
        ]
        let data = try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private static func markdown(_ text: String, id: String) -> [String: Any] {
        ["id": id, "cell_type": "markdown", "metadata": [String: Any](), "source": lines(text)]
    }

    private static func output(_ item: CellRun.Item, style: TableStyle) -> [String: Any] {
        switch item {
        case .table(let table, let text):
            var data: [String: Any] = ["text/plain": lines(text.trimmingFinalNewline)]
            if let chart = table.chart {
                data["image/svg+xml"] = lines(ChartSVG.svg(chart))
            } else if !table.schema.isText, !table.schema.isScalar {
                data["text/html"] = lines(HTMLHandout.html(item, style: style))
            }
            return ["output_type": "display_data", "metadata": [String: Any](), "data": data]
        case .text(let text):
            return ["output_type": "stream", "name": "stdout", "text": lines(text.trimmingFinalNewline + "\n")]
        case .message(let text):
            return ["output_type": "stream", "name": "stderr", "text": lines(text.trimmingFinalNewline + "\n")]
        }
    }

    /// Jupyter keeps multi-line text as a list of lines, each but the last ending in "\n".
    static func lines(_ text: String) -> [String] {
        let parts = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return parts.enumerated().compactMap { i, line in
            i < parts.count - 1 ? line + "\n" : (line.isEmpty ? nil : line)
        }
    }
}
