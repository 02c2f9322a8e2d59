#include "refusededit.h"

#include "domain/datetext.h"
#include "domain/targettext.h"

#include <algorithm>
#include <functional>

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

QList<Assignment> assignmentsIn(const Task &task, DepartmentRole role)
{
    QList<Assignment> out;
    for (const Assignment &a : task.assignments)
        if (a.role == role)
            out << a;
    return out;
}

const Target *targetById(const QList<Target> &targets, Id id)
{
    const auto it = std::find_if(targets.cbegin(), targets.cend(), [id](const Target &t) { return t.id == id; });
    return it == targets.cend() ? nullptr : &*it;
}

bool sameApartFromId(Target a, const Target &b)
{
    a.id = b.id;
    return a == b;
}

// One field of the plan's details: its words in the window, and how it is taken from one PlanInfo
// into another (the three-way merge goes field by field).
struct InfoField
{
    const char *aspect;
    std::function<QString(const PlanInfo &)> text;
    std::function<void(PlanInfo &, const PlanInfo &)> take;
};

QString yesNo(bool on)
{
    return on ? RefusedEdit::tr("yes") : RefusedEdit::tr("no");
}

const QList<InfoField> &infoFields()
{
    static const QList<InfoField> fields = {
        {QT_TRANSLATE_NOOP("ap::RefusedEdit", "Title"), [](const PlanInfo &i) { return i.title; },
         [](PlanInfo &to, const PlanInfo &from) { to.title = from.title; }},
        {QT_TRANSLATE_NOOP("ap::RefusedEdit", "Issuing body"), [](const PlanInfo &i) { return i.organisation; },
         [](PlanInfo &to, const PlanInfo &from) { to.organisation = from.organisation; }},
        {QT_TRANSLATE_NOOP("ap::RefusedEdit", "Document date"), [](const PlanInfo &i) { return dateWords(i.documentDate); },
         [](PlanInfo &to, const PlanInfo &from) { to.documentDate = from.documentDate; }},
        {QT_TRANSLATE_NOOP("ap::RefusedEdit", "Reporting cadence"), [](const PlanInfo &i) { return i.cadence == Cadence::Monthly ? RefusedEdit::tr("monthly") : RefusedEdit::tr("quarterly"); },
         [](PlanInfo &to, const PlanInfo &from) { to.cadence = from.cadence; }},
        {QT_TRANSLATE_NOOP("ap::RefusedEdit", "Days of warning before a deadline"),
         [](const PlanInfo &i) { return QString::number(i.warnDays); },
         [](PlanInfo &to, const PlanInfo &from) { to.warnDays = from.warnDays; }},
        {QT_TRANSLATE_NOOP("ap::RefusedEdit", "Points behind for a warning"),
         [](const PlanInfo &i) { return QString::number(i.behindPoints); },
         [](PlanInfo &to, const PlanInfo &from) { to.behindPoints = from.behindPoints; }},
        {QT_TRANSLATE_NOOP("ap::RefusedEdit", "Issued by a notice"), [](const PlanInfo &i) { return yesNo(i.notice.enabled); },
         [](PlanInfo &to, const PlanInfo &from) { to.notice.enabled = from.notice.enabled; }},
        {QT_TRANSLATE_NOOP("ap::RefusedEdit", "Issuer's mark"), [](const PlanInfo &i) { return i.notice.issuerMark; },
         [](PlanInfo &to, const PlanInfo &from) { to.notice.issuerMark = from.notice.issuerMark; }},
        {QT_TRANSLATE_NOOP("ap::RefusedEdit", "Document number"), [](const PlanInfo &i) { return i.notice.number; },
         [](PlanInfo &to, const PlanInfo &from) { to.notice.number = from.notice.number; }},
        {QT_TRANSLATE_NOOP("ap::RefusedEdit", "Addressees"), [](const PlanInfo &i) { return i.notice.addressees; },
         [](PlanInfo &to, const PlanInfo &from) { to.notice.addressees = from.notice.addressees; }},
        {QT_TRANSLATE_NOOP("ap::RefusedEdit", "Notice text"), [](const PlanInfo &i) { return i.notice.text; },
         [](PlanInfo &to, const PlanInfo &from) { to.notice.text = from.notice.text; }},
        {QT_TRANSLATE_NOOP("ap::RefusedEdit", "Copies to"), [](const PlanInfo &i) { return i.notice.copiesTo; },
         [](PlanInfo &to, const PlanInfo &from) { to.notice.copiesTo = from.notice.copiesTo; }},
        {QT_TRANSLATE_NOOP("ap::RefusedEdit", "Printed by"), [](const PlanInfo &i) { return i.notice.printedBy; },
         [](PlanInfo &to, const PlanInfo &from) { to.notice.printedBy = from.notice.printedBy; }},
        {QT_TRANSLATE_NOOP("ap::RefusedEdit", "Print date"), [](const PlanInfo &i) { return dateWords(i.notice.printDate); },
         [](PlanInfo &to, const PlanInfo &from) { to.notice.printDate = from.notice.printDate; }},
    };
    return fields;
}

// Whether the field of seen and mine differ (the clerk changed it): by its value, not its words.
bool infoFieldChanged(const InfoField &f, const PlanInfo &seen, const PlanInfo &mine)
{
    PlanInfo probe = seen;
    f.take(probe, mine);
    return probe != seen;
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
    auto add = [&](const QString &aspect, const QString &seen, const QString &mine, const QString &is, bool mineChanged) {
        const QString nowText = there ? is : QString();
        Part p{aspect, seen, mine, nowText, mineChanged, !there || nowText != seen};
        if (p.mineChanged || p.nowChanged)
            out << p;
    };
    auto addText = [&](const QString &aspect, const QString &seen, const QString &mine, const QString &is) {
        add(aspect, seen, mine, is, mine != seen);
    };
    switch (item) {
    case PlanChange::Item::Task: {
        const Task is = now.tasks.value(id);
        const Task &a = taskSeen, &b = taskMine;
        addText(tr("Title"), a.title, b.title, is.title);
        addText(tr("Content"), a.description, b.description, is.description);
        add(tr("Targets"), targetsText(a.targets, year), targetsText(b.targets, year), targetsText(is.targets, now.info.year),
            a.targets != b.targets);
        addText(tr("Start"), dateWords(a.start), dateWords(b.start), dateWords(is.start));
        addText(tr("Deadline"), dateWords(a.deadline), dateWords(b.deadline), dateWords(is.deadline));
        for (DepartmentRole role : {DepartmentRole::Lead, DepartmentRole::Support})
            add(role == DepartmentRole::Lead ? tr("Lead units") : tr("Supporting units"), unitNames(departments, a, role),
                unitNames(departments, b, role), unitNames(now.departments, is, role),
                assignmentsIn(a, role) != assignmentsIn(b, role));
        addText(tr("Notes"), a.notes, b.notes, is.notes);
        break;
    }
    case PlanChange::Item::Section:
        addText(tr("Title"), sectionSeen.title, sectionMine.title, now.sections.value(id).title);
        break;
    case PlanChange::Item::Department: {
        const Department *is = now.department(id);
        addText(tr("Name"), departmentSeen.name, departmentMine.name, is ? is->name : QString());
        addText(tr("Short name"), departmentSeen.shortName, departmentMine.shortName, is ? is->shortName : QString());
        break;
    }
    case PlanChange::Item::Plan:
        for (const InfoField &f : infoFields())
            add(tr(f.aspect), f.text(infoSeen), f.text(infoMine), f.text(now.info), infoFieldChanged(f, infoSeen, infoMine));
        break;
    }
    return out;
}

QString RefusedEdit::typedText() const
{
    QStringList lines;
    const PlanData none;   // (the clerk's parts only)
    for (const Part &p : parts(none))
        if (p.mineChanged)
            lines << p.aspect + QStringLiteral("：") + p.mine;
    return lines.join(QLatin1Char('\n'));
}

Task RefusedEdit::taskKept(const PlanData &now) const
{
    const Task &a = taskSeen, &b = taskMine;
    const bool whole = !now.tasks.contains(id);
    // Removed by someone else: the clerk's whole task, new.
    Task t = whole ? b : now.tasks.value(id);
    if (whole) {
        t.id = 0;
        for (Target &x : t.targets)
            x.id = 0;
    } else {
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
            const auto it = std::find_if(t.targets.begin(), t.targets.end(),
                                         [&](const Target &x) { return mine.id && x.id == mine.id; });
            if (it != t.targets.end()) {
                *it = mine;
            } else if (std::none_of(t.targets.cbegin(), t.targets.cend(),
                                    [&](const Target &x) { return sameApartFromId(x, mine); })) {
                Target added = mine;
                added.id = 0;   // new, or removed by the other: written as a new one (once)
                t.targets << added;
            }
        }
        for (const Target &seen : a.targets)
            if (!targetById(b.targets, seen.id))
                t.targets.removeIf([&](const Target &x) { return x.id == seen.id; });
    }
    // Units by their ids (a unit renamed since is the same unit); one the plan no longer has is
    // left out (unitsGone), never made again under its old name.
    for (DepartmentRole role : {DepartmentRole::Lead, DepartmentRole::Support}) {
        if (!whole && assignmentsIn(a, role) == assignmentsIn(b, role))
            continue;
        QList<Assignment> kept;
        for (const Assignment &x : t.assignments)
            if (x.role != role)
                kept << x;
        QList<Assignment> mine;
        for (const Assignment &x : assignmentsIn(b, role))
            if (now.department(x.departmentId))
                mine << x;
        // A unit keeps one role: the clerk's choice wins.
        kept.removeIf([&](const Assignment &x) {
            return std::any_of(mine.cbegin(), mine.cend(), [&](const Assignment &m) { return m.departmentId == x.departmentId; });
        });
        t.assignments = role == DepartmentRole::Lead ? mine + kept : kept + mine;
    }
    return t;
}

PlanInfo RefusedEdit::infoKept(const PlanInfo &now) const
{
    PlanInfo i = now;
    for (const InfoField &f : infoFields())
        if (infoFieldChanged(f, infoSeen, infoMine))
            f.take(i, infoMine);
    return i;
}

Department RefusedEdit::departmentKept(const Department &now) const
{
    Department d = now;
    if (departmentMine.name != departmentSeen.name)
        d.name = departmentMine.name;
    if (departmentMine.shortName != departmentSeen.shortName)
        d.shortName = departmentMine.shortName;
    return d;
}

bool RefusedEdit::nothingToKeep(const PlanData &now) const
{
    if (!existsIn(now))
        return item != PlanChange::Item::Task || !now.sections.contains(sectionOfTask);
    switch (item) {
    case PlanChange::Item::Task: return taskKept(now) == now.tasks.value(id);
    case PlanChange::Item::Section: return now.sections.value(id).title == sectionMine.title;
    case PlanChange::Item::Department: return departmentKept(*now.department(id)) == *now.department(id);
    case PlanChange::Item::Plan: return infoKept(now.info) == now.info;
    }
    return true;
}

QStringList RefusedEdit::unitsGone(const PlanData &now) const
{
    QStringList gone;
    if (item != PlanChange::Item::Task)
        return gone;
    for (const Assignment &x : taskMine.assignments)
        if (!now.department(x.departmentId))
            for (const Department &d : departments)
                if (d.id == x.departmentId)
                    gone << d.name;
    return gone;
}

} // namespace ap
