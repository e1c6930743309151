/// Loads one file of any supported format; never fails, only reports.
enum FileLoader {
    /// Nil when Ctrl-C stopped it; nothing loaded when its bytes fall outside `slice`.
    static func load(_ path: String, metadata: MetadataTable?, access: FileAccess, cancellation: Cancellation = .never,
                     slice: LoadSlice? = nil) -> LoadedFile? {
        switch SourceFile.read(path, access: access, cancellation: cancellation) {
        case .success(let bytes)? where slice?.contains(bytes) == false: return LoadedFile()
        case .success(let bytes)?: return load(bytes, path: path, metadata: metadata, cancellation: cancellation)
        case .failure(let problem)?: return LoadedFile(skipped: [problem])
        case nil: return nil
        }
    }

    /// A file's bytes, read as the format its name says.
    static func load(_ raw: [UInt8], path: String, metadata: MetadataTable?, cancellation: Cancellation = .never) -> LoadedFile? {
        var out = LoadedFile()
        out.bytes = raw.count
        if TextDecoder.utf16(raw) == nil, let nul = raw.offset(of: 0) {
            out.skipped.append(Diagnostic(.error, "binary file (NUL byte at offset \(nul)), not text",
                                          at: SourceSpan(file: path, line: 1, column: 1)))
            return out
        }
        let file = PathExpander.split(path).name
        let format = PathExpander.format(of: path)
        let isHTML = format == "html" || format == "htm"
        let start = SourceSpan(file: path, line: 1, column: 1)
        // A page declares its own charset.
        let text: String
        if isHTML {
            let decoded = HTMLCharset.decode(raw)
            text = decoded.text
            if let note = decoded.note { out.notes.append(Diagnostic(.note, note, at: start)) }
        } else {
            let decoded = TextDecoder.decode(raw)
            text = decoded.text
            if let encoding = decoded.encoding {
                out.notes.append(Diagnostic(.note, encoding == "Windows-1252" ? "not valid UTF-8; decoded as Windows-1252" : "decoded as \(encoding)", at: start))
            }
        }
        if cancellation.isCancelled { return nil }
        if text.isBlank {
            out.skipped.append(PathExpander.problem(path, "empty file"))
            return out
        }
        switch format {
        case "json", "jsonl":
            guard JSONLoader.load(Array(text.utf8), path: path, file: file, into: &out, cancellation: cancellation) else { return nil }
        case "csv", "tsv":
            guard CSVLoader.load(Array(text.utf8), path: path, file: file, into: &out, cancellation: cancellation) else { return nil }
        default:
            var fields: ArticleFields
            if isHTML {
                let page = HTMLLoader.page(text)
                fields = page.fields
                out.notes += page.notes.map { Diagnostic(.note, $0, at: start) }
            } else {
                fields = PlainTextLoader.fields(text, markdown: format == "md")
            }
            if let metadata, let row = metadata.fields(forFile: file) {
                fields.overlay(row)
                out.attachedTable = metadata.path
            }
            guard fields.hasText else {
                out.skipped.append(PathExpander.problem(path, "no article text found"))
                return out
            }
            let content = Fingerprint(raw)
            out.add(fields.article(id: content.hex, path: path, file: file), content: content, line: 1)
        }
        return out
    }
}
