// Placeholder until the figures evaluation lands; the figures engineer replaces this file.
func runNumbersEval(dir: String) {
    print("numbers: not implemented yet")
}
