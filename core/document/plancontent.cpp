// PlanDocument's content added in one step (an import's departments and sections) and taken away
// by its undo, apart from plandocument.cpp, which keeps the plan's own edits.
#include "plandocument.h"

#include "storage/store.h"

#include <QSet>

namespace ap {

bool PlanDocument::applyInsertContent(ContentInsert &content)
{
    ContentInsert c = content;
    const int firstRow = int(m_plan.childSections.value(0).size());
    if (!write([&](PlanRows &rows) { return writeInsert(rows, c); }))
        return false;
    content = c;

    if (!c.departments.isEmpty()) {
        Q_EMIT departmentsAboutToChange();
        m_plan.departments += c.departments;
        renumberDepartments();
        Q_EMIT departmentsChanged();
    }
    for (int k = 0; k < c.sections.size(); ++k)
        rememberSubtree(c.sections.at(k), firstRow + k);
    return true;
}

bool PlanDocument::writeInsert(PlanRows &rows, ContentInsert &c) const
{
    QHash<Id, Id> departmentIds, sectionIds;
    const int firstDepartmentRow = int(m_plan.departments.size());
    for (int i = 0; i < c.departments.size(); ++i) {
        Department &d = c.departments[i];
        const Id provisional = d.id;
        if (d.id <= 0)
            d.id = 0;
        if (!rows.insertDepartment(d, firstDepartmentRow + i))
            return false;
        departmentIds.insert(provisional, d.id);
    }
    const int firstRow = int(m_plan.childSections.value(0).size());
    for (int k = 0; k < c.sections.size(); ++k) {
        SectionSnapshot &snap = c.sections[k];
        QHash<Id, int> childCount;
        for (int i = 0; i < snap.sections.size(); ++i) {
            Section &sec = snap.sections[i];
            const Id provisional = sec.id;
            if (sec.id <= 0)
                sec.id = 0;
            sec.parentId = i == 0 ? 0 : sectionIds.value(sec.parentId, sec.parentId);
            const int row = i == 0 ? firstRow + k : childCount[sec.parentId]++;
            if (!rows.insertSection(sec, row))
                return false;
            sectionIds.insert(provisional, sec.id);
        }
        QHash<Id, int> taskCount;
        for (auto &[sectionId, task] : snap.tasks) {
            sectionId = sectionIds.value(sectionId, sectionId);
            for (Assignment &a : task.assignments)
                a.departmentId = departmentIds.value(a.departmentId, a.departmentId);
            if (task.id <= 0)
                task.id = 0;
            if (!rows.insertTask(task, sectionId, taskCount[sectionId]++))
                return false;
        }
    }
    return true;
}

bool PlanDocument::applyRemoveContent(const ContentInsert &content)
{
    const bool written = write([&](PlanRows &rows) {
        for (const SectionSnapshot &snap : content.sections)
            if (!rows.deleteSection(snap.sections.first().id))
                return false;
        for (const Department &d : content.departments)
            if (!rows.deleteDepartment(d.id))
                return false;
        return true;
    });
    if (!written)
        return false;
    for (int k = int(content.sections.size()) - 1; k >= 0; --k) {
        const Id id = content.sections.at(k).sections.first().id;
        const int row = m_plan.sectionRow(id);
        Q_EMIT sectionAboutToBeRemoved(id);
        forgetSubtree(id, 0, row);
        Q_EMIT sectionRemoved(0, row);
    }
    if (!content.departments.isEmpty()) {
        Q_EMIT departmentsAboutToChange();
        for (const Department &d : content.departments)
            m_plan.departments.removeIf([&d](const Department &x) { return x.id == d.id; });
        renumberDepartments();
        Q_EMIT departmentsChanged();
    }
    return true;
}

} // namespace ap
