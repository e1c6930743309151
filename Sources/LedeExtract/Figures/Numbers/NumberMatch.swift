/// A number read from text: a value or a range, with its unit and qualifier.
public struct NumberMatch: Sendable, Hashable {
    public enum Kind: String, Sendable {
        /// One value: "1,205", "seven", "$2.5bn", "12%".
        case number
        /// Two bounds: "10-15", "10 to 15", "between 10 and 15".
        case range
        /// A plural scale: "hundreds of", "tens of thousands", "several hundred".
        case vague
    }
    public var kind: Kind
    /// The number as written, with its unit ("$2.5bn", "between 10 and 15"), without the qualifier.
    public var text: String
    /// Unicode-scalar offsets into the text that was read.
    public var span: TextSpan
    /// The value; for ranges nil, for vague figures the lower bound.
    public var value: Double?
    public var low: Double?
    public var high: Double?
    /// "%", "$", "£", "€", "km", "years old", ...
    public var unit: String?
    public var unitKind: FigureLexicons.UnitKind?
    /// "about", "at least", "more than", "up to", "or more" ...
    public var qualifier: String?
    public var qualifierKind: FigureLexicons.QualifierKind?
    public var qualifierSpan: TextSpan?
    /// True for qualified, ranged and vague figures.
    public var approximate: Bool
    /// Written in words only ("seven", "a dozen"), with no digits.
    public var inWords: Bool
    /// A bare fraction or "half" with no whole number ("two thirds", "half").
    public var fractionOnly: Bool
    // Token indices (into the reader's tokens) of the number and of its qualifier.
    var firstToken: Int
    var endToken: Int
    var qualifierToken: Int?

    /// The lower and upper bounds this match stands for: a value v gives (v, v); "at least v" gives
    /// (v, nil); "up to v" gives (nil, v); a range gives its bounds.
    public var bounds: (low: Double?, high: Double?) {
        if kind == .range || kind == .vague { return (low, high) }
        switch qualifierKind {
        case .min?: return (value, nil)
        case .max?: return (nil, value)
        default: return (value, value)
        }
    }
}
