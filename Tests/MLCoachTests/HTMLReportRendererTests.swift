import Foundation
import Testing

@testable import MLCoach

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The HTML report: well-formed XML, self-contained, escaped, deterministic, and its golden file.
@Suite struct HTMLReportRendererTests {
    /// 2026-12-01 12:00 UTC.
    static let noon = 1_796_126_400.0

    /// A sample attempt with items of every outcome, a red flag, step times and a transcript.
    static func sample(
        id: String = "s3", startedAt: Double = noon, score: Int = 68, transcript: String? = nil
    ) -> HistoryRecord {
        let text =
            transcript
                ?? """
                # Problem statement
                Predict which subscribers cancel within 30 days so retention can act.

                # Metrics
                Optimise recall at a fixed precision of 0.8 & track AUC-PR; business metric is saved revenue.

                # Data
                Labels come from cancellations; features from usage logs.
                Just use all the data, leakage is not a concern.

                # Model
                Gradient-boosted trees as a baseline, then compare with a "sequence" model.
                """
        return HistoryRecord(
            id: id, problemID: "churn-prediction", problemTitle: "Churn prediction <for> \"subscriptions\"",
            source: .practice, status: .finished, startedAt: startedAt, endedAt: startedAt + 2_730,
            file: "answers/churn & co.md", score: score, signal: Signal(score: score),
            dimensionScores: [.goals: 85, .metrics: 90, .data: 55, .model: 70, .serving: 40, .monitoring: 20],
            steps: [
                .init(step: .problemStatement, seconds: 330),
                .init(step: .metrics, seconds: 421),
                .init(step: .requirements, seconds: 750),
            ],
            items: [
                .init(
                    itemID: "goal", dimension: .goals, title: "Business goal", credit: 1, outcome: .covered, line: 2,
                    text: "so retention can act"),
                .init(
                    itemID: "pr", dimension: .metrics, title: "Precision/recall trade-off", credit: 1,
                    outcome: .covered, line: 5, text: "recall at a fixed precision of 0.8 & track AUC-PR"),
                .init(
                    itemID: "labels", dimension: .data, title: "Label definition", credit: 0.5, outcome: .mentioned,
                    line: 8, text: "Labels come from cancellations"),
                .init(
                    itemID: "leakage", dimension: .data, title: "Leakage", credit: 0, outcome: .missed, line: 0,
                    text: "Split by time so features never see the future."),
                .init(
                    itemID: "baseline", dimension: .model, title: "Baseline", credit: 1, outcome: .covered, line: 12,
                    text: "Gradient-boosted trees as a baseline"),
                .init(
                    itemID: "latency", dimension: .serving, title: "Latency budget", credit: 0, outcome: .missed,
                    line: 0, text: "State how fast scores must be ready (<100 ms?)."),
            ],
            flags: [.init(id: "ignore-leakage", line: 9, message: "Dismisses leakage: -10 data.")],
            transcript: text)
    }

    /// Three attempts at the same problem, oldest first, ending with `sample()`.
    static let trend: [HistoryRecord] = {
        var first = sample(id: "s1", startedAt: noon - 9 * 86_400, score: 41)
        first.dimensionScores = [.goals: 60, .metrics: 50, .data: 30, .model: 45, .serving: 20, .monitoring: 0]
        first.steps = []
        var second = sample(id: "s2", startedAt: noon - 4 * 86_400, score: 55)
        second.dimensionScores = [.goals: 70, .metrics: 75, .data: 45, .model: 60, .serving: 35, .monitoring: 10]
        return [first, second, sample()]
    }()

    @Test func pageIsWellFormedWithARadarAndATrendChart() throws {
        let root = try Self.parse(HTMLReportRenderer.render(Self.sample(), trend: Self.trend, version: "1.0.0"))
        let svgs = Self.elements(root, named: "svg")
        #expect(svgs.count == 2)
        for svg in svgs {
            #expect(Self.attribute(svg, "role") == "img")
            #expect(Self.elements(svg, named: "title").first?.stringValue?.isEmpty == false)
        }
        let polygons = Self.elements(root, named: "polygon").filter { Self.attribute($0, "class") == "scores" }
        #expect(polygons.count == 1)
        let points = Self.attribute(polygons.first, "points")?.split(separator: " ") ?? []
        #expect(points.count == 6)
        #expect(points.allSatisfy { $0.split(separator: ",").count == 2 })
        let trend = try #require(svgs.last)
        #expect(Self.elements(trend, named: "polyline").count == 7)
        let ids = Self.elements(root, named: nil).compactMap { Self.attribute($0, "id") }
        #expect(ids.count > 20 && Set(ids).count == ids.count, "ids are unique")
    }

    @Test func transcriptIsPresentAndEscaped() throws {
        let transcript = "Intro line\n<script>alert(1)</script> & \"quotes\" 'single'\nlast line\n"
        let page = HTMLReportRenderer.render(
            Self.sample(transcript: transcript), trend: Self.trend, version: "1.0.0")
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"))
        #expect(!page.contains("<script"))
        let root = try Self.parse(page)
        #expect(Self.elements(root, named: "script").isEmpty)
        let pre = try #require(Self.elements(root, named: "pre").first)
        #expect(pre.stringValue == transcript)
        #expect(Self.elements(pre, named: "span").count == 3)
    }

    @Test func nothingIsLoadedFromTheNetwork() throws {
        let page = HTMLReportRenderer.render(Self.sample(), trend: Self.trend, version: "1.0.0")
        let root = try Self.parse(page)
        for element in Self.elements(root, named: nil) {
            for attribute in element.attributes ?? [] {
                #expect(attribute.name != "src")
                let value = attribute.stringValue ?? ""
                #expect(!(attribute.name == "href" && !value.hasPrefix("#")), "href=\(value)")
            }
        }
        #expect(Self.elements(root, named: "link").isEmpty)
        #expect(Self.elements(root, named: "img").isEmpty)
        let allowed = ["http://www.w3.org/2000/svg", "http://www.w3.org/1999/xhtml"]
        var rest = page
        for url in allowed { rest = rest.replacingOccurrences(of: url, with: "") }
        #expect(!rest.contains("http"))
        #expect(!rest.contains("@import") && !rest.contains("url("))
    }

    @Test func textIsEscapedEverywhere() throws {
        let page = HTMLReportRenderer.render(Self.sample(), trend: Self.trend, version: "1.0.0 <beta>")
        let root = try Self.parse(page)
        let title = try #require(Self.elements(root, named: "title").first)
        #expect(
            title.stringValue
                == "Churn prediction <for> \"subscriptions\" \u{2014} 2026-12-01 12:00 \u{2014} mlcoach report")
        #expect(page.contains("answers/churn &amp; co.md"))
        #expect(page.contains("(&lt;100 ms?)"))
        #expect(page.contains("mlcoach 1.0.0 &lt;beta&gt;"))
    }

    @Test(arguments: [
        (0, "2026-12-01 12:00", "UTC+00:00"), (5_400, "2026-12-01 13:30", "UTC+01:30"),
        (-13 * 3_600, "2026-11-30 23:00", "UTC-13:00"),
    ])
    func datesAreShownAtTheOffset(offset: Int, minute: String, zone: String) throws {
        let page = HTMLReportRenderer.render(Self.sample(), trend: Self.trend, offset: offset, version: "1")
        let root = try Self.parse(page)
        #expect(Self.elements(root, named: "title").first?.stringValue?.contains(minute) == true)
        #expect(Self.elements(root, named: "time").first?.stringValue == minute)
        #expect(page.contains(zone))
        #expect(page.contains(String(minute.prefix(10))))
    }

    @Test func emptyTrendOmitsTheChart() throws {
        let page = HTMLReportRenderer.render(Self.sample(), trend: [], version: "1.0.0")
        let root = try Self.parse(page)
        #expect(Self.elements(root, named: "svg").count == 1)
        #expect(page.contains("No history to chart yet."))
    }

    @Test func singleAttemptTrendDrawsPointsOnly() throws {
        let page = HTMLReportRenderer.render(Self.sample(), trend: [Self.sample()], version: "1.0.0")
        let root = try Self.parse(page)
        let svgs = Self.elements(root, named: "svg")
        #expect(svgs.count == 2)
        let trend = try #require(svgs.last)
        #expect(Self.elements(trend, named: "polyline").isEmpty)
        #expect(Self.elements(trend, named: "circle").count == 2, "one overall point plus its legend marker")
        #expect(page.contains("over 1 attempt</title>"))
    }

    @Test func stepTimesShowMinutesWithOneDecimal() throws {
        let page = HTMLReportRenderer.render(Self.sample(), trend: Self.trend, version: "1.0.0")
        #expect(page.contains("<td>Problem statement</td><td class=\"num\">5.5</td>"))
        #expect(page.contains("<td>Metrics</td><td class=\"num\">7.0</td>"))
        #expect(page.contains("<th scope=\"row\">Total</th><td class=\"num\">25.0</td>"))
        var untimed = Self.sample()
        untimed.steps = []
        let plain = HTMLReportRenderer.render(untimed, trend: [], version: "1.0.0")
        #expect(!plain.contains("Time per step"))
        _ = try Self.parse(plain)
    }

    @Test func itemsAndFlagsAreListedUnderTheirDimensions() throws {
        let root = try Self.parse(HTMLReportRenderer.render(Self.sample(), trend: [], version: "1.0.0"))
        let sections = Self.elements(root, named: "section")
        let data = try #require(sections.first { Self.attribute($0, "id") == "dim-data" })
        let text = data.stringValue ?? ""
        #expect(text.contains("Mentioned only (1)") && text.contains("Label definition"))
        #expect(text.contains("Missed (1)") && text.contains("Split by time so features never see the future."))
        let monitoring = try #require(sections.first { Self.attribute($0, "id") == "dim-monitoring" })
        #expect(monitoring.stringValue?.contains("No rubric items recorded.") == true)
        let links = Self.elements(root, named: "a").compactMap { Self.attribute($0, "href") }
        #expect(links.contains("#L9") && links.contains("#L12"))
        #expect(root.stringValue?.contains("Dismisses leakage: -10 data.") == true)
    }

    @Test func renderingIsDeterministic() {
        let first = HTMLReportRenderer.render(Self.sample(), trend: Self.trend, offset: 3_600, version: "1.0.0")
        let second = HTMLReportRenderer.render(Self.sample(), trend: Self.trend, offset: 3_600, version: "1.0.0")
        #expect(first == second)
    }

    @Test(arguments: [(0.0, "0"), (1.25, "1.3"), (-0.5, "-0.5"), (230.04, "230"), (-12.35, "-12.4")])
    func chartNumbersHaveOneDecimalAtMost(value: Double, text: String) {
        #expect(SVGChart.number(value) == text)
    }

    @Test func radarAxesStartAtTheTopAndGoClockwise() {
        let top = SVGChart.axis(0, of: 6)
        let right = SVGChart.axis(1, of: 4)
        let last = SVGChart.axis(5, of: 6)
        #expect(abs(top.x) < 1e-12 && abs(top.y + 1) < 1e-12)
        #expect(abs(right.x - 1) < 1e-12 && abs(right.y) < 1e-12)
        #expect(abs(last.x + 3.0.squareRoot() / 2) < 1e-12 && abs(last.y + 0.5) < 1e-12)
    }

    @Test func goldenReport() {
        expectGolden(
            HTMLReportRenderer.render(Self.sample(), trend: Self.trend, offset: 3_600, version: "1.0.0"),
            "report.html")
    }

    /// The page parsed as XML, returning its root element.
    static func parse(_ page: String) throws -> XMLElement {
        let document = try XMLDocument(xmlString: page, options: [])
        return try #require(document.rootElement())
    }

    /// `node` and its descendant elements named `name` (by local name), or all of them for nil.
    static func elements(_ node: XMLNode, named name: String?) -> [XMLElement] {
        var out: [XMLElement] = []
        if let element = node as? XMLElement, name == nil || (element.localName ?? element.name) == name {
            out.append(element)
        }
        for child in node.children ?? [] { out += elements(child, named: name) }
        return out
    }

    /// The value of attribute `name` of `element`.
    static func attribute(_ element: XMLElement?, _ name: String) -> String? {
        // Looked up by hand: `attribute(forName:)` misses attributes of namespaced elements on Linux.
        element?.attributes?.first { ($0.localName ?? $0.name) == name }?.stringValue
    }
}
