import LedeCorpus

/// Checks a whole pipeline before it runs: resolves its source, then plans each verb against the
/// schema the previous one produces, so a misspelt field in the last stage fails before any work.
struct PipelinePlanner {
    enum Origin {
        case table(String)
        case variable(String)
    }

    struct Plan {
        var origin: Origin
        var steps: [Step]
        /// For each step, the index in the pipeline's stages of the stage it runs (a pending
        /// group's closing count counts as the last stage's), so a backend that runs a prefix of
        /// the stages elsewhere knows which steps remain.
        var stageOfStep: [Int]
        var output: Schema
    }

    let context: CheckContext
    /// The schema of a table or variable name, or nil.
    let lookup: (String) -> (Origin, Schema)?
    let names: [String]

    func plan(_ pipeline: Pipeline) throws(Diagnostic) -> Plan {
        var stages = pipeline.stages[...]
        // The parser never makes an empty pipeline; say so rather than trap if one comes.
        guard let first = stages.first else { throw Diagnostic(.error, "an empty pipeline: expected a table name") }
        let origin: Origin
        var schema: Schema
        if first.items.isEmpty, first.clauses.isEmpty, let (o, s) = lookup(first.name) {
            (origin, schema) = (o, s)
            stages = stages.dropFirst()
        } else if Verbs.byName[first.name] != nil, let (o, s) = lookup("articles") {
            // A pipeline may start with a verb that reads the articles: `compare outlets`.
            (origin, schema) = (o, s)
        } else {
            throw context.error("unknown table or variable `\(first.name)`", at: first.nameSpan,
                                help: Suggestions.help(for: first.name, in: names + Verbs.byName.keys,
                                                       otherwise: "the tables are: " + names.joined(separator: ", ")))
        }
        var steps: [Step] = []
        var stageOfStep: [Int] = []
        for (index, stage) in zip(stages.indices, stages) {
            let wanted = ArticleFieldAccess.missing(in: stage, from: schema)
            if !wanted.isEmpty, let (_, articles) = lookup(ArticleTable.name) {
                let widening = try ArticleFieldAccess.widening(schema, with: wanted, articles: articles, context: context)
                steps.append(widening)
                stageOfStep.append(index)
                schema = widening.output
            }
            guard let verb = Verbs.byName[stage.name] else {
                throw context.error("unknown verb `\(stage.name)`", at: stage.nameSpan,
                                    help: Suggestions.help(for: stage.name, in: Array(Verbs.byName.keys),
                                                           otherwise: "`help verbs` lists them"))
            }
            let step = try verb.plan(stage, input: schema, context: context)
            steps.append(step)
            stageOfStep.append(index)
            schema = step.output
        }
        // A group with no aggregate after it counts its rows.
        if !schema.groupKeys.isEmpty {
            let count = GroupBy.aggregating(schema, keys: schema.groupKeys, aggregates: [.count(named: "count")])
            steps.append(count)
            stageOfStep.append(pipeline.stages.count - 1)
            schema = count.output
        }
        return Plan(origin: origin, steps: steps, stageOfStep: stageOfStep, output: schema)
    }
}
