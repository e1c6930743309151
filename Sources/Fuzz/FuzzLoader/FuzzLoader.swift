import Foundation
import LedeCorpus

/// libFuzzer entry: any bytes through one loader, chosen by `LEDE_FUZZ_FORMAT` (txt, md, json,
/// jsonl, csv, tsv, html) as a file name's extension would choose it (`Scripts/fuzz json`).
private let path = "fuzz." + (ProcessInfo.processInfo.environment["LEDE_FUZZ_FORMAT"] ?? "txt")

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLoader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var corpus = Corpus()
    _ = corpus.load(bytes: Array(UnsafeBufferPointer(start: data, count: size)), path: path)
    return 0
}
