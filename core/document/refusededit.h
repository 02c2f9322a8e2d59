#pragma once

#include "domain/plan.h"
#include "domain/plancomparison.h"
#include "storage/rowconflict.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ap {

// An edit of a shared plan the server refused because someone else changed (or removed) the same
// item first: the item as the clerk saw it and as the clerk made it, with who changed it and when.
// Kept by the document when the write is refused, so that what the clerk typed is never thrown
// away with the refused command: the window shows it beside the item as it is now and the clerk
// chooses (edits::keepRefusedEdit writes it over theirs, part by part; or theirs stays).
// The edits it keeps are the ones that carry the clerk's words: a task's value, a section's title,
// a department's names, the plan's details.
struct RefusedEdit
{
    Q_DECLARE_TR_FUNCTIONS(ap::RefusedEdit)

public:
    PlanChange::Item item = PlanChange::Item::Task;
    Id id = 0;                       // the item's (0 for the plan's details)
    Task taskSeen, taskMine;
    Section sectionSeen, sectionMine;
    Department departmentSeen, departmentMine;
    PlanInfo infoSeen, infoMine;
    Id sectionOfTask = 0;            // where the task stood (to add it back when it is gone)
    int rowOfTask = 0;
    QList<Department> departments;   // the plan's when the edit was made: the names of a task's units
    int year = 0;
    RowConflict conflict;            // who changed it and when, or that it is gone

    static RefusedEdit ofTask(const PlanData &plan, const Task &mine);
    static RefusedEdit ofSection(const PlanData &plan, Id section, const QString &title);
    static RefusedEdit ofDepartment(const PlanData &plan, const Department &mine);
    static RefusedEdit ofPlanInfo(const PlanData &plan, const PlanInfo &mine);

    // One part of the item as the clerk saw it, made it, and as it is now (empty when the item is
    // gone), in the window's words.
    struct Part
    {
        QString aspect;               // "标题", "目标", "完成时限" …
        QString seen, mine, now;
        bool mineChanged = false;     // the clerk changed this part
        bool nowChanged = false;      // so did someone else (or it is gone)
    };
    // The parts either side changed, in the order a reader meets them.
    QList<Part> parts(const PlanData &now) const;
    // Whether the item is still in the plan now.
    bool existsIn(const PlanData &now) const;
    // What the clerk typed, as text to keep elsewhere (each part the clerk changed: "aspect：value").
    QString typedText() const;
    // The item as keeping the clerk's edit makes it from the item as it is now: the parts the
    // clerk changed as the clerk made them, the others as they are now (a task's targets one by
    // one, matched by their ids; its units by their ids, a unit renamed since being the same one).
    // A task someone removed is the clerk's whole, new (no ids), to be added where it stood.
    Task taskKept(const PlanData &now) const;
    PlanInfo infoKept(const PlanInfo &now) const;
    Department departmentKept(const Department &now) const;
    // Whether the plan now already has every part the clerk changed (nothing left to keep), or
    // the item cannot come back (gone, and for a task its section too).
    bool nothingToKeep(const PlanData &now) const;
    // The clerk's units of the task that the plan no longer has (left out when it is kept).
    QStringList unitsGone(const PlanData &now) const;
};

} // namespace ap
