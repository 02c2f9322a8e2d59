#include "plancomparison.h"

#include "datetext.h"
#include "documentlanguage.h"
#include "numbering.h"
#include "targettext.h"

#include <QHash>

#include <algorithm>

namespace ap {

namespace {

QString words(const char *source)
{
    return doclang::text("ap::PlanComparison", source);
}

QString dateWords(const QDate &d)
{
    return d.isValid() ? datetext::spoken(d) : words(QT_TRANSLATE_NOOP("ap::PlanComparison", "none"));
}

QString line(const QString &aspect, const QString &value)
{
    return aspect + QStringLiteral("：") + value;
}

// A plan's items in reading order (a section, its tasks, then its subsections), with each one's
// outline label and top-level section.
struct Layout
{
    QHash<QString, double> order;       // key → position in reading order
    QHash<QString, QString> place;      // key → "一、（二）3."
    QHash<Id, Id> topOf;                // section id → its top-level section
    QStringList keys;                   // reading order

    explicit Layout(const PlanData &plan)
    {
        walk(plan, 0, QString(), 1, 0);
    }

private:
    void walk(const PlanData &plan, Id parent, const QString &prefix, int level, Id top)
    {
        const QList<Id> children = plan.childSections.value(parent);
        for (int i = 0; i < children.size(); ++i) {
            const Id s = children.at(i);
            const Id groupTop = top ? top : s;
            const QString label = prefix + outlineLabel(level, i + 1);
            add(PlanChange::keyOf(PlanChange::Item::Section, s), label);
            topOf.insert(s, groupTop);
            const QList<Id> tasks = plan.sectionTasks.value(s);
            for (int t = 0; t < tasks.size(); ++t)
                add(PlanChange::keyOf(PlanChange::Item::Task, tasks.at(t)), label + outlineLabel(level + 1, t + 1));
            walk(plan, s, label, level + 1, groupTop);
        }
    }
    void add(const QString &key, const QString &label)
    {
        order.insert(key, keys.size());
        place.insert(key, label);
        keys.append(key);
    }
};

QString departmentList(const PlanData &plan, const Task &task, DepartmentRole role)
{
    QStringList names;
    for (const Assignment &a : task.assignments)
        if (a.role == role)
            if (const Department *d = plan.department(a.departmentId))
                names << d->name;
    return names.isEmpty() ? words(QT_TRANSLATE_NOOP("ap::PlanComparison", "none")) : names.join(QStringLiteral("、"));
}

QString sectionTitleOf(const PlanData &plan, Id section, const Layout &layout)
{
    return layout.place.value(PlanChange::keyOf(PlanChange::Item::Section, section)) + plan.sections.value(section).title;
}

// The parts of a task that print, each as "aspect：value", in the order a reader meets them.
struct TaskWords
{
    QStringList aspects;
    QStringList values;

    TaskWords(const PlanData &plan, const Task &task, const Layout &layout)
    {
        add(QT_TRANSLATE_NOOP("ap::PlanComparison", "Task"), task.title);
        add(QT_TRANSLATE_NOOP("ap::PlanComparison", "Content"), task.description);
        add(QT_TRANSLATE_NOOP("ap::PlanComparison", "Targets"), targetsText(task.targets, plan.info.year));
        add(QT_TRANSLATE_NOOP("ap::PlanComparison", "Start"), dateWords(task.start));
        add(QT_TRANSLATE_NOOP("ap::PlanComparison", "Deadline"), dateWords(task.deadline));
        add(QT_TRANSLATE_NOOP("ap::PlanComparison", "Lead units"), departmentList(plan, task, DepartmentRole::Lead));
        add(QT_TRANSLATE_NOOP("ap::PlanComparison", "Supporting units"), departmentList(plan, task, DepartmentRole::Support));
        add(QT_TRANSLATE_NOOP("ap::PlanComparison", "Notes"), task.notes);
        add(QT_TRANSLATE_NOOP("ap::PlanComparison", "Under"),
            sectionTitleOf(plan, plan.taskSection.value(task.id), layout));
    }
    // The whole task, leaving out empty parts and where it stands.
    QString whole() const
    {
        QStringList out;
        for (int i = 0; i + 1 < aspects.size(); ++i)
            if (!values.at(i).isEmpty() && values.at(i) != words(QT_TRANSLATE_NOOP("ap::PlanComparison", "none")))
                out << (i == 0 ? values.at(i) : line(aspects.at(i), values.at(i)));
        return out.join(QLatin1Char('\n'));
    }

private:
    void add(const char *aspect, const QString &value)
    {
        aspects << words(aspect);
        values << value;
    }
};

void compareTask(const PlanData &from, const PlanData &to, const Task &was, const Task &is, const Layout &fromLayout,
                 const Layout &toLayout, PlanChange *change)
{
    // Most tasks are unchanged: their words are made only when a value differs.
    const bool sameSection = from.taskSection.value(was.id) == to.taskSection.value(is.id);
    if (was.title == is.title && was.description == is.description && was.targets == is.targets && was.start == is.start
        && was.deadline == is.deadline && was.notes == is.notes && was.assignments == is.assignments && sameSection)
        return;
    TaskWords before(from, was, fromLayout), after(to, is, toLayout);
    // Of the targets, only those added, removed or changed are said (matched by their ids).
    if (was.targets != is.targets) {
        QList<Target> oldOnes, newOnes;
        for (const Target &t : was.targets) {
            const auto now = std::find_if(is.targets.cbegin(), is.targets.cend(), [&](const Target &n) { return n.id == t.id; });
            if (now == is.targets.cend() || *now != t)
                oldOnes << t;
        }
        for (const Target &t : is.targets) {
            const auto old = std::find_if(was.targets.cbegin(), was.targets.cend(), [&](const Target &o) { return o.id == t.id; });
            if (old == was.targets.cend() || *old != t)
                newOnes << t;
        }
        const int targets = 2;   // TaskWords' place of the targets
        const QString none = words(QT_TRANSLATE_NOOP("ap::PlanComparison", "none"));
        before.values[targets] = oldOnes.isEmpty() ? none : targetsText(oldOnes, from.info.year);
        after.values[targets] = newOnes.isEmpty() ? none : targetsText(newOnes, to.info.year);
    }
    QStringList oldLines, newLines;
    for (int i = 0; i < before.aspects.size(); ++i) {
        if (before.values.at(i) == after.values.at(i))
            continue;
        // The section it stands under is a change only when it moved to another one (a section's
        // own renaming or renumbering is that section's change).
        if (i + 1 == before.aspects.size() && sameSection)
            continue;
        change->aspects << after.aspects.at(i);
        oldLines << line(before.aspects.at(i), before.values.at(i));
        newLines << line(after.aspects.at(i), after.values.at(i));
    }
    change->before = oldLines.join(QLatin1Char('\n'));
    change->after = newLines.join(QLatin1Char('\n'));
}

} // namespace

QString PlanChange::keyOf(Item item, Id id)
{
    switch (item) {
    case Item::Plan:
        return QStringLiteral("plan");
    case Item::Department:
        return QStringLiteral("department:%1").arg(id);
    case Item::Section:
        return QStringLiteral("section:%1").arg(id);
    case Item::Task:
        break;
    }
    return QStringLiteral("task:%1").arg(id);
}

QString PlanChange::key() const
{
    return keyOf(item, id);
}

QString changeKindWords(PlanChange::Kind kind)
{
    switch (kind) {
    case PlanChange::Kind::Added:
        return words(QT_TRANSLATE_NOOP("ap::PlanComparison", "Added"));
    case PlanChange::Kind::Removed:
        return words(QT_TRANSLATE_NOOP("ap::PlanComparison", "Removed"));
    case PlanChange::Kind::Changed:
        break;
    }
    return words(QT_TRANSLATE_NOOP("ap::PlanComparison", "Adjusted"));
}

QList<PlanChange> comparePlans(const PlanData &from, const PlanData &to)
{
    const Layout was(from), is(to);
    struct Placed
    {
        double order;
        PlanChange change;
    };
    QList<Placed> out;

    // The plan's own properties and the departments come first.
    {
        PlanChange c;
        c.item = PlanChange::Item::Plan;
        QStringList oldLines, newLines;
        auto compare = [&](const char *aspect, const QString &a, const QString &b) {
            if (a == b)
                return;
            c.aspects << words(aspect);
            oldLines << line(words(aspect), a);
            newLines << line(words(aspect), b);
        };
        compare(QT_TRANSLATE_NOOP("ap::PlanComparison", "Title"), from.info.title, to.info.title);
        compare(QT_TRANSLATE_NOOP("ap::PlanComparison", "Issued by"), from.info.organisation, to.info.organisation);
        compare(QT_TRANSLATE_NOOP("ap::PlanComparison", "Date of the document"), dateWords(from.info.documentDate),
                dateWords(to.info.documentDate));
        if (!c.aspects.isEmpty()) {
            c.title = to.info.title;
            c.before = oldLines.join(QLatin1Char('\n'));
            c.after = newLines.join(QLatin1Char('\n'));
            out.append({-2, c});
        }
    }
    for (const Department &d : to.departments) {
        const Department *old = from.department(d.id);
        if (old && old->name == d.name && old->shortName == d.shortName)
            continue;
        PlanChange c;
        c.item = PlanChange::Item::Department;
        c.id = d.id;
        c.title = d.name;
        c.kind = old ? PlanChange::Kind::Changed : PlanChange::Kind::Added;
        c.aspects << words(QT_TRANSLATE_NOOP("ap::PlanComparison", "Unit"));
        c.before = old ? line(c.aspects.first(), old->name) : QString();
        c.after = line(c.aspects.first(), d.name);
        out.append({-1.5 + d.position * 1e-6, c});
    }
    for (const Department &d : from.departments)
        if (!to.department(d.id)) {
            PlanChange c;
            c.item = PlanChange::Item::Department;
            c.kind = PlanChange::Kind::Removed;
            c.id = d.id;
            c.title = d.name;
            c.aspects << words(QT_TRANSLATE_NOOP("ap::PlanComparison", "Unit"));
            c.before = line(c.aspects.first(), d.name);
            out.append({-1.5 + d.position * 1e-6 + 5e-7, c});
        }

    // Sections and tasks: present ones by their place now, removed ones just after the nearest
    // item before them that is still there.
    auto groupOf = [&](const Layout &layout, const PlanData &plan, Id section, PlanChange *c) {
        c->group = layout.topOf.value(section);
        c->groupTitle = sectionTitleOf(plan, c->group, layout);
    };
    for (const QString &key : is.keys) {
        const Id id = key.section(QLatin1Char(':'), 1).toLongLong();
        PlanChange c;
        c.id = id;
        if (key.startsWith(QLatin1String("section:"))) {
            c.item = PlanChange::Item::Section;
            const Section &now = to.sections[id];
            c.title = now.title;
            c.place = is.place.value(key);
            groupOf(is, to, id, &c);
            const auto old = from.sections.constFind(id);
            const QString heading = words(QT_TRANSLATE_NOOP("ap::PlanComparison", "Heading"));
            if (old == from.sections.cend()) {
                c.kind = PlanChange::Kind::Added;
                c.aspects << heading;
                c.after = line(heading, c.place + now.title);
            } else {
                if (old->title != now.title) {
                    c.aspects << heading;
                    c.before = line(heading, old->title);
                    c.after = line(heading, now.title);
                }
                if (old->parentId != now.parentId) {
                    const QString under = words(QT_TRANSLATE_NOOP("ap::PlanComparison", "Under"));
                    c.aspects << under;
                    auto parentWords = [&](const PlanData &plan, const Layout &layout, Id parent) {
                        return parent ? sectionTitleOf(plan, parent, layout)
                                      : words(QT_TRANSLATE_NOOP("ap::PlanComparison", "the plan's top level"));
                    };
                    c.before += (c.before.isEmpty() ? QString() : QStringLiteral("\n"))
                        + line(under, parentWords(from, was, old->parentId));
                    c.after += (c.after.isEmpty() ? QString() : QStringLiteral("\n"))
                        + line(under, parentWords(to, is, now.parentId));
                }
                if (c.aspects.isEmpty())
                    continue;
            }
        } else {
            c.item = PlanChange::Item::Task;
            const Task &now = to.tasks[id];
            c.title = now.title;
            c.place = is.place.value(key);
            groupOf(is, to, to.taskSection.value(id), &c);
            const auto old = from.tasks.constFind(id);
            if (old == from.tasks.cend()) {
                c.kind = PlanChange::Kind::Added;
                c.aspects << words(QT_TRANSLATE_NOOP("ap::PlanComparison", "Task"));
                c.after = TaskWords(to, now, is).whole();
            } else {
                compareTask(from, to, *old, now, was, is, &c);
                if (c.aspects.isEmpty())
                    continue;
            }
        }
        out.append({is.order.value(key), c});
    }
    double after = -0.5;   // the place of the last item still there, in reading order
    int removedInRow = 0;
    for (const QString &key : was.keys) {
        if (is.order.contains(key)) {
            after = is.order.value(key);
            removedInRow = 0;
            continue;
        }
        const Id id = key.section(QLatin1Char(':'), 1).toLongLong();
        PlanChange c;
        c.kind = PlanChange::Kind::Removed;
        c.id = id;
        c.place = was.place.value(key);
        if (key.startsWith(QLatin1String("section:"))) {
            c.item = PlanChange::Item::Section;
            c.title = from.sections[id].title;
            const QString heading = words(QT_TRANSLATE_NOOP("ap::PlanComparison", "Heading"));
            c.aspects << heading;
            c.before = line(heading, c.place + c.title);
        } else {
            c.item = PlanChange::Item::Task;
            const Task &old = from.tasks[id];
            c.title = old.title;
            c.aspects << words(QT_TRANSLATE_NOOP("ap::PlanComparison", "Task"));
            c.before = TaskWords(from, old, was).whole();
        }
        // Grouped under the top-level section it was in, as that section now stands (or as it was,
        // when it went too).
        const Id top = was.topOf.value(c.item == PlanChange::Item::Section ? id : from.taskSection.value(id));
        c.group = top;
        c.groupTitle = to.sections.contains(top) ? sectionTitleOf(to, top, is) : sectionTitleOf(from, top, was);
        ++removedInRow;
        out.append({after + 1e-6 * removedInRow, c});
    }
    std::stable_sort(out.begin(), out.end(), [](const Placed &a, const Placed &b) { return a.order < b.order; });
    QList<PlanChange> changes;
    changes.reserve(out.size());
    for (Placed &p : out)
        changes.append(std::move(p.change));
    return changes;
}

} // namespace ap
