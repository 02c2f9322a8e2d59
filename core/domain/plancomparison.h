#pragma once

#include "plan.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ap {

// One difference between two states of a plan (a version and another, or a version and the plan
// now): an item added, removed or changed, the item matched by its identity (its id), never by its
// words, so a retitled task is a change of that task and not one removed and one added. A changed
// item names what changed (aspects) and says those parts as they were and are; an added or removed
// one says itself whole. Words are the printed documents': Chinese whatever the window's language.
struct PlanChange
{
    enum class Kind { Added, Removed, Changed };
    enum class Item { Plan, Department, Section, Task };

    Item item = Item::Task;
    Kind kind = Kind::Changed;
    Id id = 0;                // the item's id (0 for the plan's own properties)
    QString place;            // its outline label where it is (where it was, when removed): "一、（二）3."
    QString title;            // its title (a department's name), as it is or last was
    Id group = 0;             // the top-level section it is under (0: the plan's and departments')
    QString groupTitle;       // that section's label and title: "一、强化基层服务能力"
    QStringList aspects;      // what changed: "目标", "完成时限", "牵头单位" …
    QString before;           // the changed parts (the whole item when removed) as they were; empty when added
    QString after;            // … as they are now; empty when removed

    // The key the reason for this change is kept under (调整理由): "task:12", "section:3",
    // "department:4", "plan".
    QString key() const;
    static QString keyOf(Item item, Id id);
};

// What changed from one state of a plan to another, in the later plan's order (grouped by its
// top-level sections, the plan's and departments' changes first; a removed item where it stood).
// Reordering alone is no change: numbers follow places, and a 调整对照表 lists content.
QList<PlanChange> comparePlans(const PlanData &from, const PlanData &to);

// A change's kind as the documents say it: "新增", "删除", "调整".
QString changeKindWords(PlanChange::Kind kind);

} // namespace ap
