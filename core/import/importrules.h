#pragma once

#include "domain/plan.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The recognisers that read a Chinese work plan: outline labels, responsibility clauses,
// deadlines and quantified targets. They are general rules for how such plans are written
// (GB/T 9704 outline, 责任单位 clauses, "提升至85%（2025年为80%）"), never rules for one file.
// Every function takes text already passed through fold(), which maps full-width ASCII to
// half-width one character for one, so positions stay valid in the original text.
namespace ap::importrules {

// Full-width ASCII (！…～) to half-width and the ideographic space to a space; same length.
QString fold(const QString &text);

// Value of a Chinese numeral such as 三, 十二, 二十一, 一百零五, 两千; nullopt when not one.
std::optional<int> chineseNumberValue(QStringView numeral);

enum class LabelKind {
    ChineseComma,     // 一、
    ChineseParen,     // (一)
    ArabicDot,        // 1.  1、  1 .
    ArabicParen,      // (1)
    Circled,          // ①
    Enumeration,      // 一是
};

struct Label
{
    LabelKind kind = LabelKind::ArabicDot;
    int number = 0;
    QString normalised;      // "一、", "(一)", "1.", "(1)", "①", "一是"
    int length = 0;          // characters of the label in the text, including spaces after it
};

// The outline label at position pos of folded text, if one starts exactly there.
std::optional<Label> matchLabel(const QString &folded, int pos);

// Departments named by the responsibility clauses of a work item, in order, merged across
// clauses. Units are split into lead and support only where the text marks 牵头; otherwise
// every named unit leads. clauseSpans receives [start, end) of each clause found.
struct Responsibility
{
    QStringList lead;
    QStringList support;
    QList<QPair<int, int>> clauseSpans;
    bool splitAtListComma = false;   // some names were parted at 、 (a guess the review shows)
    bool isEmpty() const { return lead.isEmpty() && support.isEmpty(); }
};
Responsibility findResponsibility(const QString &folded);

// Whether a name ends as an office, bureau, government or unit does (县卫健委, 各街道, 有关部门,
// 人民医院): the test the recognisers share for "is this a body's name".
bool endsAsBody(const QString &name);

// The units a table's cell names, split at , ; 、 and line breaks as a clause's are: a group
// sharing a prefix stays whole (各区、镇、街道), "等有关单位" and brackets are left off.
QStringList unitNames(const QString &folded);

// The latest explicit deadline in the text: 到2025年底, 2023年底前, 2026年6月底前, 到2027年,
// 9月底前 (in planYear). Programme periods, baselines and titles do not count.
// fromBareYear: whether the date came from a bare year opening a sentence ("2025年，…达到…").
QDate latestDeadline(const QString &folded, int planYear, bool *fromBareYear = nullptr);

// Recurring rhythm stated in the text (每月, 每季度, 每半年, 每年), empty when none.
QString cadenceWords(const QString &folded);

// One quantified goal found in the text, with where its number stands.
struct FoundTarget
{
    Target target;
    int start = 0;       // position of the number
    int end = 0;         // end of number, unit and operator suffix
    bool stated = true;  // a comparison word or 以上/以下 says it is a goal; false for a bare amount
};
QList<FoundTarget> findTargets(const QString &folded);

} // namespace ap::importrules
