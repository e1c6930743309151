/// A value the store writes in its binary form (`ByteWriter`) and reads back (`ByteReader`).
protocol StoredValue {
    func write(to writer: inout ByteWriter)
    static func read(from reader: inout ByteReader) throws(ByteReader.Malformed) -> Self
}

extension ByteWriter {
    mutating func values<T: StoredValue>(_ items: [T]) { array(items) { w, item in item.write(to: &w) } }

    mutating func value<T: StoredValue>(_ item: T?) {
        bool(item != nil)
        item?.write(to: &self)
    }
}

extension ByteReader {
    mutating func values<T: StoredValue>() throws(Malformed) -> [T] {
        try array { (r: inout ByteReader) throws(Malformed) in try T.read(from: &r) }
    }

    mutating func value<T: StoredValue>() throws(Malformed) -> T? {
        try bool() ? try T.read(from: &self) : nil
    }

    /// An enum kept by its name, so reordering its cases never misreads old rows.
    mutating func named<T: RawRepresentable>() throws(Malformed) -> T where T.RawValue == String {
        guard let value = T(rawValue: try string()) else { throw Malformed() }
        return value
    }
}
