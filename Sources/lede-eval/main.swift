// Measures extraction against annotated corpora; run through Scripts/eval in a release build.
import LedeExtract
