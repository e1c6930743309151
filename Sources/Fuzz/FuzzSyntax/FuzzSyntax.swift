import LedeLanguage

/// libFuzzer entry: any bytes through the lexer and the parser (`Scripts/fuzz syntax`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSyntax(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = try? Parser.parse(Source(name: "fuzz", text: text))
    _ = Continuation.of(text)
    return 0
}
