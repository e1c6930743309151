import Foundation
@testable import LedeLanguage
import Testing

/// The seed article's count of Russian losses, joined to the Ukrainian daily reports in
/// ../shared (skipped, with a message, without them): the ten figures are the report of
/// 2022-03-12, two days before the article. The same program as Scripts/examples/seed-vs-losses.lede.
@Suite struct SeedLossesTests {
    @Test func seedFiguresEqualTheReportOfTwoDaysBefore() throws {
        guard let seed = Fixture.shared("seed/000_ab75134ec4b81449.txt"),
              let losses = Fixture.shared("corpora/ukraine-losses/data/russia_losses_equipment.json") else {
            print("skipped: ../shared/seed or ../shared/corpora/ukraine-losses is absent")
            return
        }
        let categories = Fixture.root.appendingPathComponent("Scripts/examples/loss-categories.csv").path
        let session = Session()
        try CompareSupport.table(session, """
            load "\(seed)"
            load table "\(losses)" as losses
            load table "\(categories)" as categories
            let reports = losses | unpivot aircraft, helicopter, tank, APC, `field artillery`, MRL,
                `anti-aircraft warfare`, `fuel tank`, drone, `naval ship`
            let claimed = figures | where claimant ~ "Ukrain" | join categories on lemma
            """ + "\nclaimed | count")
        #expect(CompareSupport.column(try CompareSupport.table(session, "claimed | sum value"), "sum") == ["2008"])
        let days = try CompareSupport.table(session, "claimed | join reports on field, value | group by reports_date | count | sort count desc | take 1")
        #expect(days.rows.map { $0.map(\.plain) } == [["2022-03-12", "10"]])
        let sideBySide = try CompareSupport.table(session, """
            claimed | select lemma, field, value, date - 2 as report_date | join reports on field, report_date = date |
                select field, value, reports_value, report_date
            """)
        #expect(sideBySide.count == 10)
        #expect(Set(CompareSupport.column(sideBySide, "field")).count == 10)
        #expect(sideBySide.rows.allSatisfy { $0[1] == $0[2] && $0[3].plain == "2022-03-12" })
    }
}
