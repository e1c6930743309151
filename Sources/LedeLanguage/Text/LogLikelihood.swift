import Foundation

/// Keyness statistics for one word in two corpora, as corpus linguists report them.
enum LogLikelihood {
    /// Dunning's log-likelihood G2 as computed by Rayson & Garside (2000): `a` and `b` are the word's
    /// frequencies in corpora of `c` and `d` words. 3.84 is p < 0.05, 6.63 p < 0.01, 10.83 p < 0.001.
    static func g2(_ a: Double, _ b: Double, _ c: Double, _ d: Double) -> Double {
        guard c > 0, d > 0, a + b > 0 else { return 0 }
        let e1 = c * (a + b) / (c + d)
        let e2 = d * (a + b) / (c + d)
        var sum = 0.0
        if a > 0 { sum += a * log(a / e1) }
        if b > 0 { sum += b * log(b / e2) }
        return 2 * sum
    }

    /// Hardie's Log Ratio: the binary log of the ratio of relative frequencies; a zero frequency
    /// counts as 0.5 so the ratio stays finite. +1 means twice as common in the first corpus.
    static func logRatio(_ a: Double, _ b: Double, _ c: Double, _ d: Double) -> Double {
        guard c > 0, d > 0 else { return 0 }
        return log2((max(a, 0.5) / c) / (max(b, 0.5) / d))
    }
}

extension Double {
    /// Rounded to `places` decimals, for tables people read.
    func rounded(places: Int) -> Double {
        let p = pow(10.0, Double(places))
        return (self * p).rounded() / p
    }
}
