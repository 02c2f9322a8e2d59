#pragma once

#include <QString>

#include <optional>

// Forms of a goal beyond "indicator, comparison, number, unit" that the target scan asks about:
// a ratio (医护比不低于1:1.6), a share of bodies that reach something (50%以上的医院达到…), and a
// count that names a programme (健康玉屏30项行动) rather than an amount of work. Folded text.
namespace ap::importrules::detail {

struct Ratio
{
    double value = 0;   // the second term per one of the first
    int end = 0;        // after the second term
};
// The ratio whose first term (first) ends at e, where the clause names a 比; nullopt otherwise.
std::optional<Ratio> ratioAt(const QString &text, int start, int e, double first);

// Whether the percentage at start, followed by 以上的 up to after, is a share goal: it opens its
// clause and a verb of reaching (达到, 建成 …) follows in the clause.
bool isShareGoal(const QString &text, int start, int after);

// Whether an age or a span of time (岁, 周, 个月), excluded as a qualifier elsewhere, is the goal
// here: a comparison states it and the clause ends after it (人均预期寿命达到80岁, 不超过12周).
bool spanStatedAsGoal(const QString &text, const QString &unit, int afterUnit, bool comparisonBefore);

// "新建急救站点3个", "选派3名医生": whether a verb of work done stands a few characters before the
// amount at `at`, which makes it a goal as surely as 达到 would.
bool workVerbBefore(const QString &text, int at);

// Whether the count of 项 at [start, end) is part of a programme's name: no verb of doing right
// before it, and 行动, 举措, 措施 or 工程 within a few characters after it.
bool isProgrammeCount(const QString &text, int start, int end);

} // namespace ap::importrules::detail
