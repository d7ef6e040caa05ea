import XCTest
@testable import StorylineModel

/// `KnowledgeBase.wordFacts(hash:)`, one look-up, says of a word what the tries and the organisation words say of it each.
final class ExtractionWordFactsTests: XCTestCase {
    func testOneLookUpSaysWhatEachTableSays() {
        let knowledge = KnowledgeBase.shared
        var words = ["Germany", "United", "New", "President", "Council", "council", "john", "smith", "paris", "the",
                     "said", "Boeing", "Super", "los", "Kremlin", "zzzqx", "", "Rio", "rio"]
        for file in ["countries.tsv", "organizations.tsv", "places.tsv", "titles.tsv", "named-things.tsv", "organization-words.tsv"] {
            for row in Knowledge.rows(file).prefix(300) { words += KnowledgeBase.keyTokens(row[0]) }
        }
        for row in Knowledge.rows("person-names.tsv").prefix(300) { words.append(row[0].lowercased()) }
        for row in Knowledge.rows("cities.tsv").prefix(300) { words += row[0].lowercased().split(separator: " ").map(String.init) }
        for word in words {
            let hash = EntityFeatures.wordHash(word)
            let facts = knowledge.wordFacts(hash: hash)
            XCTAssertEqual(facts.entityNode, knowledge.entities.firstNode(hash) ?? -1, word)
            XCTAssertEqual(facts.namedThingNode, knowledge.namedThings.firstNode(hash) ?? -1, word)
            XCTAssertEqual(facts.titleNode, knowledge.titles.firstNode(hash) ?? -1, word)
            XCTAssertEqual(facts.longCityNode, knowledge.longCities.firstNode(hash) ?? -1, word)
            XCTAssertEqual(facts.isOrganizationWord, knowledge.organizationKind(hash: hash) != nil, word)
        }
    }
}
