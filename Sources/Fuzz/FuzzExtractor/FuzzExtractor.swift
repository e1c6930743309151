import LedeCorpus
import LedeExtract

/// libFuzzer entry: any text as an article body through every extractor (`Scripts/fuzz extractor`).
private let extractor = Extractor(lexicons: .standard)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtractor(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let body = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = extractor.analyze(Article(id: "fuzz", path: "fuzz.txt", file: "fuzz.txt", outlet: nil, headline: nil,
                                  date: nil, body: body, extra: []))
    return 0
}
