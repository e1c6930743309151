/// Counts words the way readers do: runs of letters, digits, apostrophes and hyphens inside a word.
public enum WordCounter {
    public static func count(_ text: String) -> Int {
        var words = 0
        var inWord = false
        // ASCII bytes are classified from the byte itself: the Unicode property lookups are only
        // for other scalars, so counting runs near the speed of reading the bytes.
        for scalar in text.unicodeScalars {
            let isWordChar: Bool
            if scalar.isASCII {
                let v = scalar.value
                isWordChar = (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
            } else {
                isWordChar = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            }
            if isWordChar {
                if !inWord { words += 1 }
                inWord = true
            } else if !(inWord && (scalar == "'" || scalar == "\u{2019}" || scalar == "-")) {
                inWord = false
            }
        }
        return words
    }
}
