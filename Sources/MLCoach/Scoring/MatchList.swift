/// A list of matches in raw storage, emptied and refilled pattern after pattern. An array would
/// check that its buffer is unique on every append and empty itself through a generic routine:
/// both cost more than the matching of a typical pattern.
final class MatchList {
    private var base: UnsafeMutablePointer<PatternMatch>
    private var capacity: Int
    /// The number of matches.
    private(set) var count = 0

    /// An empty list with room for `capacity` matches before it grows.
    init(capacity: Int = 64) {
        self.capacity = max(1, capacity)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deallocate()
    }

    /// The matches, valid until the list next changes.
    var items: UnsafeBufferPointer<PatternMatch> { UnsafeBufferPointer(start: base, count: count) }

    /// The matches as an array.
    var array: [PatternMatch] { Array(items) }

    /// Adds a match at the end.
    @inline(__always)
    func append(_ match: PatternMatch) {
        if count == capacity { grow() }
        // `count` is below `capacity` here.
        (base + count).initialize(to: match)
        count += 1
    }

    /// Empties the list, keeping its storage.
    func removeAll() {
        count = 0
    }

    /// Puts the matches in order of start, then end (equal starts and ends are equal matches: the
    /// sentence follows from the start). Insertion sort for the short, nearly sorted lists of one
    /// pattern's spans.
    func sortByPosition() {
        var spans = UnsafeMutableBufferPointer(start: base, count: count)
        guard count > 1 else { return }
        if count > 24 {
            spans.sort { $0.start < $1.start || ($0.start == $1.start && $0.end < $1.end) }
            return
        }
        for index in 1..<count {
            let value = spans[index]
            var position = index
            while position > 0,
                spans[position - 1].start > value.start
                    || (spans[position - 1].start == value.start && spans[position - 1].end > value.end)
            {
                spans[position] = spans[position - 1]
                position -= 1
            }
            spans[position] = value
        }
    }

    private func grow() {
        let larger = UnsafeMutablePointer<PatternMatch>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = larger
        capacity *= 2
    }
}
