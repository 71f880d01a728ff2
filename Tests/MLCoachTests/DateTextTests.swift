import Testing

@testable import MLCoach

/// Dates as text, checked against known instants.
@Suite struct DateTextTests {
    @Test(arguments: [
        (0.0, 0, "1970-01-01 00:00"),
        (1_796_126_400.0, 0, "2026-12-01 12:00"),
        (1_796_126_400.0, 3_600, "2026-12-01 13:00"),
        (1_796_126_400.0, -13 * 3_600, "2026-11-30 23:00"),
        (951_782_400.0, 0, "2000-02-29 00:00"),
        (-86_400.0, 0, "1969-12-31 00:00"),
    ])
    func instantsFormatAsCalendarDates(epoch: Double, offset: Int, text: String) {
        #expect(DateText.minute(epoch, offset: offset) == text)
    }
}
