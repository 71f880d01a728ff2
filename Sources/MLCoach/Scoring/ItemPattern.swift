/// One pattern of a rubric item, in a flat list of all of them: matching runs over every pattern
/// of every item for each answer, and reading a class reference out of nested arrays costs a
/// reference count (an atomic operation) each time. The pattern is held unretained: the item's
/// own arrays in the same grader keep it alive for as long as the list exists.
struct ItemPattern: @unchecked Sendable {
    /// The item's index in the grader's items.
    var item: Int32
    /// Whether the pattern is one of the item's paraphrases (else one of its phrasings).
    var isParaphrase: Bool
    /// Its index among the item's phrasings or paraphrases.
    var number: Int32
    /// Whether the item names a harm, so that its negation counts (see `RubricItem.isHarm`).
    var isHarm: Bool
    let pattern: Unmanaged<CompiledPattern>

    /// The patterns of `items`, item by item, phrasings before paraphrases.
    static func list(_ items: [CompiledItem]) -> [ItemPattern] {
        var list: [ItemPattern] = []
        for (index, item) in items.enumerated() {
            for (isParaphrase, patterns) in [(false, item.phrasings), (true, item.paraphrases)] {
                for (number, pattern) in patterns.enumerated() {
                    list.append(
                        ItemPattern(
                            item: Int32(index), isParaphrase: isParaphrase, number: Int32(number),
                            isHarm: item.item.isHarm, pattern: .passUnretained(pattern)))
                }
            }
        }
        return list
    }
}
