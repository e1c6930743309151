extension Int {
    /// The whole part of `value`, or nil when it is not finite or lies beyond ±2^53, the whole
    /// numbers a Double holds exactly. `Int(_: Double)` traps on NaN, infinity and anything past
    /// Int's range, and user input reaches every such conversion; the ±2^53 bound also leaves
    /// room to add, subtract or negate the result without overflow.
    public init?(checked value: Double) {
        guard value.isFinite, Swift.abs(value) <= Self.exactDoubleLimit else { return nil }
        self.init(value)
    }

    /// 2^53: beyond it not every whole number has a Double.
    public static let exactDoubleLimit = 9_007_199_254_740_992.0
}
