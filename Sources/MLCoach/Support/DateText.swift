/// Dates as text without Foundation: seconds since 1970 to `YYYY-MM-DD HH:MM`, shifted by a time
/// zone offset the caller supplies (the engine has no clock or time zone of its own).
public enum DateText {
    /// `epoch` (seconds since 1970, UTC) as `YYYY-MM-DD HH:MM` at `offset` seconds from UTC.
    public static func minute(_ epoch: Double, offset: Int = 0) -> String {
        let (date, seconds) = parts(epoch, offset: offset)
        return date + " " + pad(seconds / 3600) + ":" + pad(seconds % 3600 / 60)
    }

    /// `epoch` as `YYYY-MM-DD` at `offset` seconds from UTC.
    public static func day(_ epoch: Double, offset: Int = 0) -> String {
        parts(epoch, offset: offset).date
    }

    private static func parts(_ epoch: Double, offset: Int) -> (date: String, seconds: Int) {
        let total = Int((epoch.isFinite ? epoch : 0).rounded(.down)) + offset
        var days = total / 86_400
        var seconds = total % 86_400
        if seconds < 0 {
            seconds += 86_400
            days -= 1
        }
        // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (String(year) + "-" + pad(month) + "-" + pad(day), seconds)
    }

    private static func pad(_ value: Int) -> String {
        value < 10 ? "0" + String(value) : String(value)
    }
}
