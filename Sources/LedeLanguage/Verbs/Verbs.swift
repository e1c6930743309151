/// Every verb, by name. A new verb is one file and one line here.
public enum Verbs {
    public static let all: [any Verb] = [
        Where(), Select(), Sort(), Take(keepsFirst: true), Take(keepsFirst: false), Top(), Distinct(), GroupBy(), Join(), Unpivot(), Explain(),
        Compare(), Stories(), Versions(), Disagreements(), Kwic(), Terms(), Keyness(), Timeline(), Chart(),
    ] + Aggregate.Kind.allCases.map { Aggregate(kind: $0) }

    public static let byName: [String: any Verb] = Dictionary(all.map { ($0.help.name, $0) }, uniquingKeysWith: { a, _ in a })
}
