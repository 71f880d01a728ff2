import Testing

@testable import MLCoach

/// Table-driven tests, one group per grading mechanism, on the stable fixture problem
/// `churn-prediction` (its own items plus the general ones).
@Suite struct GraderMechanismTests {
    private func credits(_ text: String, _ item: String, problem: String = "churn-prediction") -> Bool {
        TestSupport.credited(TestSupport.grade(text, problem: problem)).contains(item)
    }

    private func credit(_ text: String, _ item: String, problem: String = "churn-prediction") -> Double {
        let evaluation = TestSupport.grade(text, problem: problem)
        return evaluation.dimensions.flatMap(\.covered).first { $0.itemID == item }?.credit ?? 0
    }

    @Test(arguments: [
        ("Churn means cancelling within the next 30 days.", "churn-definition"),
        ("The subscriber cancelled within 30 days: that is our churn label.", "churn-definition"),
        ("We monitored drifting features with PSI.", "drift-monitoring"),
        ("Retrained models are promoted weekly.", "retraining"),
    ])
    func stemmingMatchesInflections(text: String, item: String) {
        #expect(credits(text, item))
    }

    @Test(arguments: [
        ("Payers who stop paying at renewal have churned.", "churn-definition"),
        ("We score every customer once a week in a batch job.", "weekly-batch-scoring"),
    ])
    func synonymsAndTheProblemLexiconMatch(text: String, item: String) {
        #expect(credits(text, item))
    }

    @Test(arguments: [
        ("Check that what the model sees in production still looks like what it was trained on.", "drift-monitoring"),
        ("Offers should go to the subscribers they actually keep.", "uplift-not-risk"),
        (
            "Before launch we compare on held-out data, and after launch we look at retention in production.",
            "offline-online-metrics"
        ),
    ])
    func plainLanguageParaphrasesMatch(text: String, item: String) {
        #expect(credits(text, item))
    }

    @Test(arguments: [
        ("We don't need a baseline.", "baseline-first"),
        ("No need for a baseline; a deep network wins.", "baseline-first"),
        ("Latency is not a concern here.", "latency-budget"),
        ("There is no need to monitor drift.", "drift-monitoring"),
        ("We would never run an A/B test for this.", "ab-test"),
        ("Uplift is irrelevant for this team.", "uplift-not-risk"),
        ("Log loss is too hard to interpret.", "loss-function"),
        ("There is little point in asking clarifying questions.", "clarify-scope"),
        ("Class imbalance won't be an issue with enough data.", "class-imbalance"),
        ("A survival model is too complicated for this team.", "survival-model"),
    ])
    func negatedOrDismissedConceptsDoNotCount(text: String, item: String) {
        #expect(!credits(text, item))
    }

    @Test func negationOnlyCoversItsClause() {
        #expect(credits("We don't use accuracy, but we A/B test the model on 5% of users.", "ab-test"))
        #expect(credits("Not only do we A/B test for two weeks, we also watch guardrails.", "ab-test"))
    }

    @Test(arguments: [
        "Features are computed point-in-time so nothing from after the prediction leaks in.",
        "We must avoid leakage, so we split by time.",
    ])
    func aNegatedHarmStillCounts(text: String) {
        #expect(credits(text, "time-split-leakage"))
    }

    @Test func aDismissedHarmDoesNotCount() {
        #expect(!credits("We don't need to worry about leakage.", "time-split-leakage"))
    }

    @Test func dismissalsAreReportedAndCostPoints() {
        let evaluation = TestSupport.grade(
            "We skip monitoring. There is no need to monitor drift.", problem: "churn-prediction")
        #expect(evaluation.dismissals.contains { $0.itemID == "drift-monitoring" && $0.line == 1 })
        #expect(evaluation.flags.contains { $0.id == "no-monitoring" })
    }

    @Test func wholeWordsOnly() {
        #expect(!credits("We run a second-price auction.", "log-loss-auc-placeholder"))
        let evaluation = TestSupport.grade("The online store sells shoes.", problem: "churn-prediction")
        #expect(!TestSupport.credited(evaluation).contains("feature-pipeline"))
    }

    @Test func aKeywordListEarnsLittleComparedWithReasonedProse() {
        let list = "- Baseline, A/B test, PSI, drift, retraining, feature store, log loss, guardrails, canary, rollback"
        let prose =
            "I'd start with a logistic regression baseline because it is cheap and gives the deep model a bar to beat within two weeks."
        #expect(credit(list, "baseline-first") < 0.2)
        #expect(credit(prose, "baseline-first") > 0.7)
    }

    @Test func aTerseSpecWithNumbersIsNotAKeywordList() {
        var profile = SentenceProfile()
        profile.words = 11
        profile.separators = 2
        let list = profile.listiness
        profile.hasNumber = true
        #expect(profile.listiness < list / 2)
        profile.separators = 6
        profile.words = 12
        #expect(profile.listiness > 0.7, "a long enumeration stays a list even with a number")
    }

    @Test(arguments: [
        "We use a baseline.",
        "Baseline: a popularity rule.",
    ])
    func depthCuesRaiseAMentionToCovered(bare: String) {
        let deep = "We start with a simple baseline because it ships in a week and sets the bar at 0.62 AUC."
        #expect(credit(bare, "baseline-first") < credit(deep, "baseline-first"))
        let evaluation = TestSupport.grade(deep, problem: "churn-prediction")
        #expect(evaluation.dimensions.flatMap(\.covered).first { $0.itemID == "baseline-first" }?.depth == .covered)
    }

    @Test func aSentenceThatOnlyRestatesThePromptEarnsLittle() {
        let restated =
            "We predict which subscribers of the music streaming service will cancel next month so the retention team can act."
        #expect(credit(restated, "churn-definition") < 0.3)
    }

    @Test(arguments: [
        // "ones" stems to "on" and "use" to "us": a function word never stands in for a content word.
        "Segment the ones who churn on Monday.",
        "Most of us use the app daily.",
    ])
    func aFunctionWordDoesNotMatchAContentWordWithTheSameStem(text: String) {
        var vocabulary = Vocabulary(synonyms: [], functionWords: ["on", "us"])
        #expect(vocabulary.intern("ones") != vocabulary.intern("on"))
        #expect(vocabulary.intern("use") != vocabulary.intern("us"))
        #expect(vocabulary.intern("ones") == vocabulary.intern("one"))
        #expect(vocabulary.analyze("on").term == vocabulary.intern("on"))
        #expect(TestSupport.grade(text, problem: "churn-prediction").dimensions.allSatisfy { $0.covered.isEmpty })
    }

    @Test(arguments: [
        "In short, we predict churn as cancelling within the next 30 days because that is when offers work.",
        "## Summary\n\nWe predict churn as cancelling within the next 30 days because that is when offers work.",
        "To sum up: churn means cancelling within the next 30 days, because that is when offers work.",
    ])
    func aClosingSummaryEarnsLikeARestatement(summary: String) {
        let body = "Churn means cancelling within the next 30 days, because that is when offers still work."
        #expect(credit(summary, "churn-definition") < credit(body, "churn-definition") / 2)
        #expect(credit(summary, "churn-definition") > 0)
    }

    @Test func aDimensionTalkedAboutWronglyIsNamedNotAbsent() {
        // Data is discussed, wrongly and without a rubric concept: "named only", above nothing.
        let named = TestSupport.grade(
            "The labels are whatever the sales team typed in last year.", problem: "churn-prediction")
        #expect(TestSupport.score(named, .data) > 0)
        #expect(TestSupport.score(named, .data) <= 10)
        // ... and the report says why the score is not zero.
        #expect(named.result(for: .data)?.namedOnlyLine == 1)
        #expect(named.result(for: .serving)?.namedOnlyLine == nil)
        let graded = GradedAnswer(file: "a.md", evaluation: named)
        #expect(EvaluationJSONRenderer.report([graded]).contains("\"namedOnlyLine\": 1"))
        #expect(EvaluationTextRenderer.render(graded, problemTitle: "Churn").contains("Named only (line 1)"))
        // A dimension the answer dismisses or gets flagged on stays at nothing.
        let dismissed = TestSupport.grade(
            "There is no need to monitor anything after launch.", problem: "churn-prediction")
        #expect(TestSupport.score(dismissed, .monitoring) == 0)
        let flagged = TestSupport.grade("Accuracy is the metric we optimise.", problem: "churn-prediction")
        #expect(TestSupport.score(flagged, .metrics) == 0)
        #expect(TestSupport.score(named, .serving) == 0)
    }

    @Test func redFlagsFireWithTheirLineUnlessNegatedOrExcused() {
        let text = "# Metrics\n\nAccuracy is the metric we optimise.\n"
        let evaluation = TestSupport.grade(text, problem: "churn-prediction")
        #expect(evaluation.flags.map(\.id) == ["accuracy-for-churn"])
        #expect(evaluation.flags.first?.line == 3)
        #expect(
            TestSupport.grade("Accuracy is misleading with 3% churners.", problem: "churn-prediction").flags.isEmpty)
        #expect(
            TestSupport.grade("We never split at random; splits are by time.", problem: "churn-prediction").flags
                .isEmpty)
        #expect(
            TestSupport.grade("We shuffle and split 80/20 at random.", problem: "churn-prediction").flags.map(\.id) == [
                "random-split"
            ])
    }

    @Test func aWrongStatementEarnsNothingInItsDimension() {
        // The sentence names months, training and testing, but splits at random: a red flag, and no
        // credit for the time split it seems to mention.
        let wrong = TestSupport.grade(
            "We mix all months together and split randomly into train and test.", problem: "churn-prediction")
        #expect(wrong.flags.map(\.id) == ["random-split"])
        #expect(!TestSupport.credited(wrong).contains("time-split-leakage"))
        let right = TestSupport.grade(
            "We train on earlier months and test on the last month.", problem: "churn-prediction")
        #expect(TestSupport.credited(right).contains("time-split-leakage"))
    }

    @Test func redFlagsCostPointsInTheirDimension() {
        let metrics = """
            Offline I use log loss on a held-out month; online, an A/B test on 5% of subscribers for four weeks, \
            because churn takes a month to show. We target by uplift, the difference the offer makes.
            """
        let clean = TestSupport.grade(metrics, problem: "churn-prediction")
        let flagged = TestSupport.grade(
            metrics + "\nAccuracy is the metric we optimise.\n", problem: "churn-prediction")
        #expect(TestSupport.score(clean, .metrics) > 40)
        #expect(TestSupport.score(flagged, .metrics) < TestSupport.score(clean, .metrics))
    }

    @Test(arguments: [
        ("## Clarifying questions", StepID.problemStatement),
        ("## 2. Success metrics", .metrics),
        ("### Data and features", .requirements),
        ("## Model", .trainEvaluate),
        ("## Architecture", .highLevelDesign),
        ("## Serving", .highLevelDesign),
        ("## Monitoring", .scaling),
        ("**Scope.**", .problemStatement),
        ("## Requirements (training and inference)", .requirements),
        ("## Identify requirements", .requirements),
        ("## Product requirements", .requirements),
        ("## Scale the design", .scaling),
        ("## Design the high-level system", .highLevelDesign),
        ("## Train and evaluate the model", .trainEvaluate),
        ("## Metrics: offline ranking quality vs. visits online", .metrics),
    ])
    func headingsMapToStepsByMeaning(heading: String, step: StepID) {
        let evaluation = TestSupport.grade("\(heading)\nSome text.\n", problem: "churn-prediction")
        #expect(evaluation.sections.map(\.step) == [step])
    }

    @Test func theProblemsTitleAsAHeadingNamesNoStep() {
        let evaluation = TestSupport.grade("# Subscriber churn prediction\nSome text.\n", problem: "churn-prediction")
        #expect(evaluation.sections.isEmpty)
    }

    @Test func aModelNamedMultiTaskIsNotTheProblemStatement() {
        let evaluation = TestSupport.grade(
            "**Ranking: multi-task network.** Three heads.\n", problem: "churn-prediction")
        #expect(!evaluation.sections.contains { $0.step == .problemStatement })
    }

    @Test func theSameAnswerAlwaysGetsTheSameReport() {
        let text = TestSupport.fixture("answers/churn-strong.md").text
        #expect(
            TestSupport.grade(text, problem: "churn-prediction") == TestSupport.grade(text, problem: "churn-prediction")
        )
    }

    @Test func aStrongAnswerScoresHighAndFindsItsWeakDimension() {
        let evaluation = TestSupport.grade(
            TestSupport.fixture("answers/churn-strong.md").text, problem: "churn-prediction")
        #expect(evaluation.score >= 60)
        let monitoring = TestSupport.score(evaluation, .monitoring)
        for dimension in [Dimension.goals, .metrics, .data, .model] {
            #expect(TestSupport.score(evaluation, dimension) > monitoring + 20, "\(dimension)")
        }
    }

    @Test func anAnswerToAnotherProblemScoresLow() {
        let churn = TestSupport.fixture("answers/churn-strong.md").text
        let onTopic = TestSupport.grade(churn, problem: "churn-prediction")
        let offTopic = TestSupport.grade(churn, problem: "fraud-detection")
        #expect(offTopic.topicality < 0.3)
        #expect(offTopic.score < 30)
        #expect(offTopic.score < onTopic.score / 2)
        // The objective is the other problem's: goals and metrics fall below the practice that
        // carries over.
        let objective = max(TestSupport.score(offTopic, .goals), TestSupport.score(offTopic, .metrics))
        for dimension in [Dimension.data, .model] {
            #expect(TestSupport.score(offTopic, dimension) > objective, "\(dimension)")
        }
    }

    @Test func paddingDoesNotRaiseTheScore() {
        let strong = TestSupport.fixture("answers/churn-strong.md").text
        let filler = String(
            repeating:
                "It is important to keep the bigger picture in mind, since good design is ultimately about people and trust. ",
            count: 60)
        let padded = strong + "\n\n" + filler
        #expect(
            TestSupport.grade(padded, problem: "churn-prediction").score
                < TestSupport.grade(strong, problem: "churn-prediction").score)
    }
}

@Suite struct NegationListTests {
    @Test func aNegationCarriesOverAShortCommaList() {
        let evaluation = TestSupport.grade(
            "We don't need a baseline, drift checks or retraining.", problem: "churn-prediction")
        let credited = TestSupport.credited(evaluation)
        #expect(!credited.contains("baseline-first"))
        #expect(!credited.contains("drift-monitoring"))
        #expect(!credited.contains("retraining"))
    }

    @Test func butNotIntoALongerClauseAfterTheComma() {
        let evaluation = TestSupport.grade(
            "We don't use accuracy, so the model is retrained weekly on matured labels to keep up.",
            problem: "churn-prediction")
        #expect(TestSupport.credited(evaluation).contains("retraining"))
    }
}
