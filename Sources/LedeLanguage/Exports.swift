// The language speaks in the corpus's terms (Article, Day, Diagnostic) everywhere, and so do its
// users (REPL, command line): re-export them rather than importing in every file.
@_exported import LedeCorpus
@_exported import LedeExtract
