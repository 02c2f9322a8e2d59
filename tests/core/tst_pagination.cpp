// The rules the print and the Word file break their pages by: where pages begin for paragraphs
// that keep with the next, keep together or split under widow and orphan control
// (print/pagination), and which paragraphs of a notice or plan keep with what, with the blank
// lines between its parts (print/paragraphflow).
#include "print/pagination.h"
#include "print/paragraphflow.h"

#include <catch2/catch.hpp>

using namespace ap;
using namespace ap::printlayout;
using Role = PrintedParagraph::Role;

namespace {

FlowItem lines(int n)
{
    return FlowItem{n, false, false};
}

FlowItem heading()
{
    return FlowItem{1, true, false};
}

} // namespace

TEST_CASE("A page fills to its last line and the next begins where it is full")
{
    CHECK(paginate({lines(10), lines(12)}, 22).isEmpty());
    // 23 lines: the 13-line paragraph would leave one line at the head of the next page, too
    // few (widows): it splits after 11, two go over.
    CHECK(paginate({lines(10), lines(13)}, 22) == QList<int>{21});
    // Two lines at least at the foot of a page (orphans): a paragraph that would leave one there
    // begins on the next.
    CHECK(paginate({lines(21), lines(5)}, 22) == QList<int>{21});
    CHECK(paginate({lines(20), lines(5)}, 22) == QList<int>{22});
}

TEST_CASE("A paragraph of three lines or fewer is never split")
{
    CHECK(paginate({lines(20), lines(3)}, 22) == QList<int>{20});
    CHECK(paginate({lines(21), lines(2)}, 22) == QList<int>{21});
}

TEST_CASE("A heading never ends a page: it goes over with the first two lines of its text")
{
    // The heading on line 21, its text from 22: both go over.
    CHECK(paginate({lines(20), heading(), lines(6)}, 22) == QList<int>{20});
    // Room for the heading and two lines: it stays, the text splits after two.
    CHECK(paginate({lines(19), heading(), lines(6)}, 22) == QList<int>{22});
    // A chain of headings (一、 over （一）) goes over together.
    CHECK(paginate({lines(19), heading(), heading(), lines(6)}, 22) == QList<int>{19});
}

TEST_CASE("A paragraph that keeps with the next goes over whole, as a word processor moves it")
{
    const FlowItem lastText{4, true, false};
    // Two of its lines would fit with the next: it goes over entire.
    CHECK(paginate({lines(18), lastText, lines(2)}, 22) == QList<int>{18});
}

TEST_CASE("A block kept together goes over whole, and one longer than a page breaks where the page is full")
{
    const FlowItem together{5, false, true};
    CHECK(paginate({lines(19), together}, 22) == QList<int>{19});
    // Nothing on a page may break: the page breaks where it is full rather than never.
    QList<FlowItem> chain(30, heading());
    CHECK(paginate(chain, 22) == QList<int>{22});
}

TEST_CASE("The first page's free lines count from where the flow begins; a full first page means a page before the first line")
{
    CHECK(paginate({lines(6)}, 5) == QList<int>{4});   // 4 + 2: two at least on the next
    CHECK(paginate({lines(4)}, 0) == QList<int>{0});
    CHECK(paginate({}, 0).isEmpty());
    // Under a notice's 版头, a title that does not fit with its first lines goes to the next page.
    CHECK(paginate({heading(), lines(6)}, 2) == QList<int>{0});
    // On an empty page it cannot: it breaks where the page is full.
    QList<FlowItem> chain(30, heading());
    CHECK(paginate(chain, 22) == QList<int>{22});
}

TEST_CASE("A notice's flow puts blank lines between its parts and keeps the 附件说明 and signature with the text")
{
    const QList<PrintedParagraph> notice = {
        {Role::IssuerMark, QStringLiteral("某区卫生健康委员会文件")},
        {Role::DocumentNumber, QStringLiteral("某卫发〔2026〕1号")},
        {Role::Title, QStringLiteral("关于印发某计划的通知")},
        {Role::Addressee, QStringLiteral("各单位：")},
        {Role::Body, QStringLiteral("现将计划印发给你们。")},
        {Role::Attachment, QStringLiteral("附件：1.计划"), 5},
        {Role::Attachment, QStringLiteral("2.分解表"), 2},
        {Role::Signature, QStringLiteral("某区卫生健康委员会")},
        {Role::Date, QStringLiteral("2026年1月20日")},
    };
    const QList<FlowParagraph> flow = flowOf(notice);
    QStringList shape;
    for (const FlowParagraph &f : flow)
        shape << (f.blank ? QStringLiteral("·") : f.text.left(2)) + (f.keepWithNext ? QStringLiteral("+") : QString());
    // Two blank lines under the mark and under the red line, one under the title, one over the
    // 附件说明, two over the organisation; every blank line keeps with what follows it.
    CHECK(shape == QStringList{QStringLiteral("某区+"), QStringLiteral("·+"), QStringLiteral("·+"), QStringLiteral("某卫+"),
                               QStringLiteral("·+"), QStringLiteral("·+"), QStringLiteral("关于+"), QStringLiteral("·+"),
                               QStringLiteral("各单"), QStringLiteral("现将+"), QStringLiteral("·+"), QStringLiteral("附件+"),
                               QStringLiteral("2.+"), QStringLiteral("·+"), QStringLiteral("·+"), QStringLiteral("某区+"),
                               QStringLiteral("20")});
    // The red line under the 发文字号; the 附件说明 not split, its lines numbered in order.
    CHECK(flow.at(3).redRuleUnder);
    CHECK_FALSE(flow.at(0).redRuleUnder);
    CHECK(flow.at(11).keepTogether);
    CHECK(flow.at(11).attachment == 0);
    CHECK(flow.at(12).attachment == 1);
    CHECK(flow.at(12).leadIn == 2);
}

TEST_CASE("A plan's flow keeps headings with their text and lets the last paragraph keep with nothing")
{
    const QList<PrintedParagraph> plan = {
        {Role::Title, QStringLiteral("计划")},
        {Role::Heading1, QStringLiteral("一、总体要求")},
        {Role::Heading2, QStringLiteral("（一）目标")},
        {Role::Body, QStringLiteral("1.任务。")},
        {Role::Heading1, QStringLiteral("二、保障")},
    };
    const QList<FlowParagraph> flow = flowOf(plan);
    REQUIRE(flow.size() == 6);   // a blank line under the title
    CHECK(flow.at(0).keepWithNext);
    CHECK(flow.at(1).blank);
    CHECK(flow.at(2).keepWithNext);
    CHECK(flow.at(3).keepWithNext);
    CHECK_FALSE(flow.at(4).keepWithNext);
    CHECK_FALSE(flow.at(5).keepWithNext);   // the last, though a heading
    // What the Word file's styles say by role is what the flow says of a paragraph of that role.
    CHECK(keepsWithNext(Role::Heading1));
    CHECK(keepsWithNext(Role::Attachment));
    CHECK_FALSE(keepsWithNext(Role::Body));
    CHECK_FALSE(keepsWithNext(Role::Date));
}
