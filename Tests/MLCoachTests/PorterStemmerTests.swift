import Testing

@testable import MLCoach

@Suite struct PorterStemmerTests {
    @Test(arguments: [
        ("caresses", "caress"), ("ponies", "poni"), ("cats", "cat"), ("agreed", "agre"), ("plastered", "plaster"),
        ("motoring", "motor"), ("hopping", "hop"), ("filing", "file"), ("happy", "happi"),
        ("relational", "relat"), ("conditional", "condit"), ("calibration", "calibr"), ("calibrated", "calibr"),
        ("calibrating", "calibr"), ("transactions", "transact"), ("monitoring", "monitor"), ("monitored", "monitor"),
        ("probing", "probe"), ("gaming", "game"), ("hoping", "hope"), ("auction", "auction"), ("auc", "auc"),
        ("don't", "don't"), ("é", "é"), ("go", "go"),
    ])
    func stems(word: String, stem: String) {
        #expect(PorterStemmer.stem(word) == stem)
    }

    @Test func auctionIsNotAUC() {
        #expect(PorterStemmer.stem("auction") != PorterStemmer.stem("auc"))
    }
}
