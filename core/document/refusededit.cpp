#include "refusededit.h"

#include "domain/datetext.h"
#include "domain/targettext.h"

#include <algorithm>

namespace ap {

namespace {

QString dateWords(const QDate &d)
{
    return d.isValid() ? datetext::display(d) : QString();
}

QStringList unitNameList(const QList<Department> &departments, const Task &task, DepartmentRole role)
{
    QStringList names;
    for (const Assignment &a : task.assignments)
        if (a.role == role)
            for (const Department &d : departments)
                if (d.id == a.departmentId)
                    names << d.name;
    return names;
}

QString unitNames(const QList<Department> &departments, const Task &task, DepartmentRole role)
{
    return unitNameList(departments, task, role).join(QStringLiteral("、"));
}

QList<Id> unitIds(const Task &task, DepartmentRole role)
{
    QList<Id> ids;
    for (const Assignment &a : task.assignments)
        if (a.role == role)
            ids << a.departmentId;
    return ids;
}

const Target *targetById(const QList<Target> &targets, Id id)
{
    const auto it = std::find_if(targets.cbegin(), targets.cend(), [id](const Target &t) { return t.id == id; });
    return it == targets.cend() ? nullptr : &*it;
}

// The plan's details other than its title, issuer and date, as one part (the settings a clerk
// rarely changes: cadence, warnings, the 印发 notice).
bool sameSettings(const PlanInfo &a, const PlanInfo &b)
{
    PlanInfo x = a;
    x.title = b.title;
    x.organisation = b.organisation;
    x.documentDate = b.documentDate;
    return x == b;
}

} // namespace

RefusedEdit RefusedEdit::ofTask(const PlanData &plan, const Task &mine)
{
    RefusedEdit e;
    e.item = PlanChange::Item::Task;
    e.id = mine.id;
    e.taskSeen = plan.tasks.value(mine.id);
    e.taskMine = mine;
    e.sectionOfTask = plan.taskSection.value(mine.id);
    e.rowOfTask = int(plan.sectionTasks.value(e.sectionOfTask).indexOf(mine.id));
    e.departments = plan.departments;
    e.year = plan.info.year;
    return e;
}

RefusedEdit RefusedEdit::ofSection(const PlanData &plan, Id section, const QString &title)
{
    RefusedEdit e;
    e.item = PlanChange::Item::Section;
    e.id = section;
    e.sectionSeen = plan.sections.value(section);
    e.sectionMine = e.sectionSeen;
    e.sectionMine.title = title;
    e.year = plan.info.year;
    return e;
}

RefusedEdit RefusedEdit::ofDepartment(const PlanData &plan, const Department &mine)
{
    RefusedEdit e;
    e.item = PlanChange::Item::Department;
    e.id = mine.id;
    if (const Department *seen = plan.department(mine.id))
        e.departmentSeen = *seen;
    e.departmentMine = mine;
    e.year = plan.info.year;
    return e;
}

RefusedEdit RefusedEdit::ofPlanInfo(const PlanData &plan, const PlanInfo &mine)
{
    RefusedEdit e;
    e.item = PlanChange::Item::Plan;
    e.infoSeen = plan.info;
    e.infoMine = mine;
    e.year = plan.info.year;
    return e;
}

bool RefusedEdit::existsIn(const PlanData &now) const
{
    switch (item) {
    case PlanChange::Item::Task: return now.tasks.contains(id);
    case PlanChange::Item::Section: return now.sections.contains(id);
    case PlanChange::Item::Department: return now.department(id) != nullptr;
    case PlanChange::Item::Plan: return true;
    }
    return false;
}

QList<RefusedEdit::Part> RefusedEdit::parts(const PlanData &now) const
{
    const bool there = existsIn(now);
    QList<Part> out;
    auto add = [&](const QString &aspect, const QString &seen, const QString &mine, const QString &is) {
        const QString nowText = there ? is : QString();
        Part p{aspect, seen, mine, nowText, mine != seen, !there || nowText != seen};
        if (p.mineChanged || p.nowChanged)
            out << p;
    };
    switch (item) {
    case PlanChange::Item::Task: {
        const Task is = now.tasks.value(id);
        const Task &a = taskSeen, &b = taskMine;
        add(tr("Title"), a.title, b.title, is.title);
        add(tr("Content"), a.description, b.description, is.description);
        add(tr("Targets"), targetsText(a.targets, year), targetsText(b.targets, year), targetsText(is.targets, now.info.year));
        add(tr("Start"), dateWords(a.start), dateWords(b.start), dateWords(is.start));
        add(tr("Deadline"), dateWords(a.deadline), dateWords(b.deadline), dateWords(is.deadline));
        for (DepartmentRole role : {DepartmentRole::Lead, DepartmentRole::Support})
            add(role == DepartmentRole::Lead ? tr("Lead units") : tr("Supporting units"),
                unitNames(departments, a, role), unitNames(departments, b, role), unitNames(now.departments, is, role));
        add(tr("Notes"), a.notes, b.notes, is.notes);
        break;
    }
    case PlanChange::Item::Section:
        add(tr("Title"), sectionSeen.title, sectionMine.title, now.sections.value(id).title);
        break;
    case PlanChange::Item::Department: {
        const Department *is = now.department(id);
        add(tr("Name"), departmentSeen.name, departmentMine.name, is ? is->name : QString());
        add(tr("Short name"), departmentSeen.shortName, departmentMine.shortName, is ? is->shortName : QString());
        break;
    }
    case PlanChange::Item::Plan: {
        const PlanInfo &is = now.info;
        add(tr("Title"), infoSeen.title, infoMine.title, is.title);
        add(tr("Issuing body"), infoSeen.organisation, infoMine.organisation, is.organisation);
        add(tr("Document date"), dateWords(infoSeen.documentDate), dateWords(infoMine.documentDate),
            dateWords(is.documentDate));
        if (!sameSettings(infoSeen, infoMine) || !sameSettings(infoSeen, is)) {
            const QString changed = tr("changed"), asSeen = tr("as before");
            add(tr("Other settings"), asSeen, sameSettings(infoSeen, infoMine) ? asSeen : changed,
                sameSettings(infoSeen, is) ? asSeen : changed);
        }
        break;
    }
    }
    return out;
}

QString RefusedEdit::typedText() const
{
    QStringList lines;
    PlanData none;   // (the item's own parts only: as if gone now)
    for (const Part &p : parts(none))
        if (p.mineChanged)
            lines << p.aspect + QStringLiteral("：") + p.mine;
    return lines.join(QLatin1Char('\n'));
}

Task RefusedEdit::taskMerged(const Task &now) const
{
    Task t = now;
    const Task &a = taskSeen, &b = taskMine;
    if (b.title != a.title)
        t.title = b.title;
    if (b.description != a.description)
        t.description = b.description;
    if (b.start != a.start)
        t.start = b.start;
    if (b.deadline != a.deadline)
        t.deadline = b.deadline;
    if (b.notes != a.notes)
        t.notes = b.notes;
    if (b.assessment != a.assessment)
        t.assessment = b.assessment;
    // Targets one by one: the ones the clerk changed or added as the clerk made them, the ones
    // removed gone, the others as they are now (someone else's changes to them kept).
    for (const Target &mine : b.targets) {
        const Target *seen = mine.id ? targetById(a.targets, mine.id) : nullptr;
        if (seen && *seen == mine)
            continue;
        const auto it = std::find_if(t.targets.begin(), t.targets.end(), [&](const Target &x) { return mine.id && x.id == mine.id; });
        if (it != t.targets.end()) {
            *it = mine;
        } else {
            Target added = mine;
            added.id = 0;   // new, or removed by the other: written as a new one
            t.targets << added;
        }
    }
    for (const Target &seen : a.targets)
        if (!targetById(b.targets, seen.id))
            t.targets.removeIf([&](const Target &x) { return x.id == seen.id; });
    return t;
}

PlanInfo RefusedEdit::infoMerged(const PlanInfo &now) const
{
    PlanInfo i = sameSettings(infoSeen, infoMine) ? now : infoMine;
    i.title = infoMine.title != infoSeen.title ? infoMine.title : now.title;
    i.organisation = infoMine.organisation != infoSeen.organisation ? infoMine.organisation : now.organisation;
    i.documentDate = infoMine.documentDate != infoSeen.documentDate ? infoMine.documentDate : now.documentDate;
    return i;
}

Department RefusedEdit::departmentMerged(const Department &now) const
{
    Department d = now;
    if (departmentMine.name != departmentSeen.name)
        d.name = departmentMine.name;
    if (departmentMine.shortName != departmentSeen.shortName)
        d.shortName = departmentMine.shortName;
    return d;
}

QStringList RefusedEdit::mineUnitNames(DepartmentRole role) const
{
    return unitNameList(departments, taskMine, role);
}

bool RefusedEdit::mineChangedUnits(DepartmentRole role) const
{
    return unitIds(taskMine, role) != unitIds(taskSeen, role);
}

} // namespace ap
