func runPolnearEval(dir: String, split: String, verbose: Bool) {}
