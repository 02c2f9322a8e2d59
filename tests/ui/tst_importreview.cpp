// The import's review, driven by keyboard as a clerk checks an import: each row says how it was
// found, the rows the importer guessed are tinted and F8 walks them, and each guess is fixed in
// one action (checked, merged with the item before, lead and support exchanged).
#include "dialogs/importdialog.h"
#include "models/importreviewmodel.h"

#include "../support/testutil.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace ap;

namespace {

// A heading with two unnumbered paragraphs (no labels: guesses), an item whose 、 list was read by
// a guess (各镇、街道 kept whole), an item whose date is a bare year, and one the importer is sure of.
const char *const kPlan = "平川县2027年卫生健康工作计划\n"
                          "一、基层卫生\n"
                          "扩大签约覆盖，签约率达到85%。\n"
                          "强化履约服务，全年健康讲座12场。\n"
                          "二、医疗服务\n"
                          "1.推进医共体建设，县域就诊率达到90%。（责任单位：县卫健局、各镇、街道）\n"
                          "2.2027年，门诊满意度达到92%。\n"
                          "3.加强院感防控，手卫生依从率达到90%以上。\n";

int currentRow(ImportReviewDialog &d)
{
    return d.view()->currentIndex().row();
}

} // namespace

TEST_CASE("The review tints the import's guesses, F8 walks them, and each is fixed in one keyboard action")
{
    const ImportResult read = PlanImport::parseText(QString::fromUtf8(kPlan));
    ImportReviewDialog d(read, QStringLiteral("平川县.txt"), false);
    d.show();
    REQUIRE(QTest::qWaitForWindowActive(&d));
    ImportReviewModel *m = d.model();
    REQUIRE(m->rowCount() == 7);
    auto found = [&](int row) { return m->index(row, ImportReviewModel::FoundColumn).data().toString(); };
    auto doubts = [&](int row) { return m->index(row, 0).data(ImportReviewModel::DoubtsRole).toUInt(); };
    auto *count = d.findChild<QLabel *>(QStringLiteral("GuessCount"));
    REQUIRE(count);

    // How each row was found, and what was guessed.
    CHECK(found(1).contains(QStringLiteral("paragraph under its heading")));
    CHECK(found(1).startsWith(QStringLiteral("⚠")));
    CHECK(doubts(1) == ImportNode::NoLabel);
    CHECK(doubts(2) == (ImportNode::NoLabel | ImportNode::BareAmount));   // 讲座12场: no comparison word, no verb
    CHECK(doubts(4) == ImportNode::UnitsSplit);
    CHECK(doubts(5) == ImportNode::BareYearDate);
    CHECK(doubts(6) == 0);
    CHECK(found(6) == QStringLiteral("label"));
    CHECK(m->index(6, 0).data(Qt::BackgroundRole).isNull());
    CHECK_FALSE(m->index(4, ImportReviewModel::TitleColumn).data(Qt::BackgroundRole).isNull());
    CHECK(m->index(4, ImportReviewModel::TitleColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("list of units")));
    CHECK(count->text() == QStringLiteral("4 guess(es) to check"));

    // F8 from the top goes to the first guess, and on; Shift+F8 goes back.
    d.view()->setFocus();
    d.view()->setCurrentIndex(m->index(0, ImportReviewModel::TitleColumn));
    QTest::keyClick(d.view(), Qt::Key_F8);
    CHECK(currentRow(d) == 1);
    QTest::keyClick(d.view(), Qt::Key_F8);
    CHECK(currentRow(d) == 2);
    QTest::keyClick(d.view(), Qt::Key_F8, Qt::ShiftModifier);
    CHECK(currentRow(d) == 1);

    // Ctrl+K: the first paragraph is a work item as it stands.
    QTest::keyClick(d.view(), Qt::Key_K, Qt::ControlModifier);
    CHECK(doubts(1) == 0);
    CHECK(count->text() == QStringLiteral("3 guess(es) to check"));

    // The second paragraph belongs to the first: Alt+M merges it into the item before.
    QTest::keyClick(d.view(), Qt::Key_F8);
    REQUIRE(currentRow(d) == 2);
    // (a mnemonic clicks its button as a mouse would, a moment later: waited for, not slept)
    QTest::keyClick(d.view(), Qt::Key_M, Qt::AltModifier);
    REQUIRE(QTest::qWaitFor([&] { return m->rowCount() == 6; }));
    CHECK(currentRow(d) == 1);
    const ImportNode merged = m->source().nodes.at(1);
    CHECK(merged.title == QStringLiteral("扩大签约覆盖"));
    CHECK(merged.text.contains(QStringLiteral("健康讲座12场")));
    CHECK(merged.targets.size() == 2);
    // The guess in the words merged in is still a guess until the clerk has looked at it.
    CHECK(merged.doubts == ImportNode::BareAmount);
    QTest::keyClick(d.view(), Qt::Key_K, Qt::ControlModifier);
    CHECK(doubts(1) == 0);

    // The units parted at 、: read the wrong way round, they are exchanged with Alt+P.
    QTest::keyClick(d.view(), Qt::Key_F8);
    REQUIRE(currentRow(d) == 3);
    QTest::keyClick(d.view(), Qt::Key_P, Qt::AltModifier);
    REQUIRE(QTest::qWaitFor([&] { return m->source().nodes.at(3).lead.isEmpty(); }));
    CHECK(m->source().nodes.at(3).support == (QStringList{QStringLiteral("县卫健局"), QStringLiteral("各镇、街道")}));
    CHECK(doubts(3) == 0);

    // The last guess, then none: F8 stays where it is with a beep, and the count says so.
    QTest::keyClick(d.view(), Qt::Key_F8);
    REQUIRE(currentRow(d) == 4);
    CHECK(m->source().nodes.at(4).deadline == QDate(2027, 12, 31));
    QTest::keyClick(d.view(), Qt::Key_K, Qt::ControlModifier);
    QTest::keyClick(d.view(), Qt::Key_F8);
    CHECK(currentRow(d) == 4);
    CHECK(count->text() == QStringLiteral("No guesses left to check"));
    // What the clerk checked is what is imported.
    const ImportResult out = d.result();
    CHECK(out.count(ImportNode::Kind::Task) == 4);
}
