/// Counts words the way readers do: runs of letters, digits, apostrophes and hyphens inside a word.
public enum WordCounter {
    public static func count(_ text: String) -> Int {
        var words = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let isWordChar = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
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
