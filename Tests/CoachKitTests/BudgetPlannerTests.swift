import Testing
@testable import CoachKit

@Suite struct BudgetPlannerTests {
    let prompt = InterviewFixtures.prompt()

    @Test func withoutMinutesThePromptsOwnBudgetsAreUsed() {
        let budgets = BudgetPlanner().budgets(for: prompt)
        #expect(Phase.allCases.map { budgets[$0]! } == [300, 300, 480, 600, 480, 540])
    }

    @Test func budgetsScaleProportionallyAndAddUpExactly() {
        for minutes in [1, 7, 20, 30, 44, 45, 46, 60, 90, 600] {
            let budgets = BudgetPlanner().budgets(for: prompt, totalMinutes: minutes)
            #expect(budgets.values.reduce(0, +) == minutes * 60, "total for \(minutes) minutes")
            // Proportions are kept to within a second.
            for phase in Phase.allCases {
                let exact = Double(minutes * 60) * Double(InterviewFixtures.minutes[phase]!) / 45
                #expect(abs(Double(budgets[phase]!) - exact) < 1, "\(phase) at \(minutes) minutes")
            }
        }
    }

    @Test func aDrillUsesThePhasesOwnMinutesOrTheRequestedTotal() {
        #expect(BudgetPlanner().budgets(for: prompt, phases: [.model]) == [.model: 600])
        #expect(BudgetPlanner().budgets(for: prompt, phases: [.model], totalMinutes: 3) == [.model: 180])
    }

    @Test func apportionHandlesRemaindersAndZeroWeights() {
        #expect(BudgetPlanner.apportion(total: 10, weights: [1, 1, 1]) == [4, 3, 3])
        #expect(BudgetPlanner.apportion(total: 7, weights: [0, 0]) == [4, 3])
        #expect(BudgetPlanner.apportion(total: 5, weights: []) == [])
        #expect(BudgetPlanner.apportion(total: 100, weights: [1, 3]) == [25, 75])
    }
}
