#include "plandocument.h"

#include "domain/numbering.h"

namespace ap {

PlanDocument::PlanDocument(std::unique_ptr<PlanStore> store)
    : m_store(std::move(store))
{
}

PlanDocument::~PlanDocument()
{
    // Commands point at the document; drop them before the document goes.
    m_undo.clear();
}

std::unique_ptr<PlanDocument> PlanDocument::open(const QString &path, PlanStore::Mode mode, QString *error,
                                                 StoreError *code, LockOwner *owner)
{
    auto store = PlanStore::open(path, mode, error, code, owner);
    if (!store)
        return nullptr;
    std::unique_ptr<PlanDocument> doc(new PlanDocument(std::move(store)));
    if (!doc->m_store->load(&doc->m_plan, error)) {
        if (code)
            *code = StoreError::Damaged;
        return nullptr;
    }
    return doc;
}

std::unique_ptr<PlanDocument> PlanDocument::create(const QString &path, const PlanInfo &info, QString *error,
                                                   StoreError *code)
{
    auto store = PlanStore::create(path, info, error, code);
    if (!store)
        return nullptr;
    std::unique_ptr<PlanDocument> doc(new PlanDocument(std::move(store)));
    if (!doc->m_store->load(&doc->m_plan, error))
        return nullptr;
    return doc;
}

bool PlanDocument::fail()
{
    m_lastError = m_store->lastError();
    Q_EMIT writeFailed(m_lastError);
    return false;
}

QString PlanDocument::sectionLabel(Id sectionId) const
{
    return outlineLabel(m_plan.sectionDepth(sectionId), m_plan.sectionRow(sectionId) + 1);
}

QString PlanDocument::taskLabel(Id taskId) const
{
    const Id section = m_plan.taskSection.value(taskId);
    const int row = m_plan.sectionTasks.value(section).indexOf(taskId);
    return outlineLabel(m_plan.sectionDepth(section) + 1, row + 1);
}

QString PlanDocument::departmentNames(const Task &task, DepartmentRole role, const QString &separator) const
{
    QStringList names;
    for (const Assignment &a : task.assignments)
        if (a.role == role)
            if (const Department *dep = m_plan.department(a.departmentId))
                names << dep->name;
    return names.join(separator);
}

bool PlanDocument::isInSubtree(Id candidate, Id root) const
{
    for (Id id = candidate; id != 0; id = m_plan.sections.value(id).parentId)
        if (id == root)
            return true;
    return false;
}

SectionSnapshot PlanDocument::snapshot(Id sectionId) const
{
    SectionSnapshot snap;
    for (Id id : m_plan.sectionSubtree(sectionId)) {
        snap.sections.append(m_plan.sections.value(id));
        for (Id t : m_plan.sectionTasks.value(id))
            snap.tasks.append({id, m_plan.tasks.value(t)});
    }
    return snap;
}

bool PlanDocument::applyPlanInfo(const PlanInfo &info)
{
    PlanStore::Transaction tx(*m_store);
    if (!tx.isActive() || !m_store->writePlanInfo(info) || !tx.commit(nullptr))
        return fail();
    m_plan.info = info;
    Q_EMIT planInfoChanged();
    return true;
}

bool PlanDocument::applyInsertSection(Section &section, int row)
{
    PlanStore::Transaction tx(*m_store);
    Section s = section;
    if (!tx.isActive() || !m_store->insertSection(s, row) || !tx.commit(nullptr))
        return fail();
    section = s;
    Q_EMIT sectionAboutToBeInserted(s.parentId, row);
    m_plan.sections.insert(s.id, s);
    m_plan.childSections[s.parentId].insert(row, s.id);
    Q_EMIT sectionInserted(s.id);
    return true;
}

bool PlanDocument::applyRestoreSection(const SectionSnapshot &snap, int row)
{
    if (snap.sections.isEmpty())
        return false;
    PlanStore::Transaction tx(*m_store);
    if (!tx.isActive())
        return fail();
    QHash<Id, int> childCount;
    for (int i = 0; i < snap.sections.size(); ++i) {
        Section s = snap.sections.at(i);
        const int r = i == 0 ? row : childCount[s.parentId]++;
        if (!m_store->insertSection(s, r))
            return fail();
    }
    QHash<Id, int> taskCount;
    for (const auto &[sectionId, task] : snap.tasks) {
        Task t = task;
        if (!m_store->insertTask(t, sectionId, taskCount[sectionId]++))
            return fail();
    }
    if (!tx.commit(nullptr))
        return fail();

    const Section &root = snap.sections.first();
    Q_EMIT sectionAboutToBeInserted(root.parentId, row);
    for (int i = 0; i < snap.sections.size(); ++i) {
        const Section &s = snap.sections.at(i);
        m_plan.sections.insert(s.id, s);
        if (i == 0)
            m_plan.childSections[s.parentId].insert(row, s.id);
        else
            m_plan.childSections[s.parentId].append(s.id);
    }
    for (const auto &[sectionId, task] : snap.tasks) {
        m_plan.tasks.insert(task.id, task);
        m_plan.sectionTasks[sectionId].append(task.id);
        m_plan.taskSection.insert(task.id, sectionId);
    }
    Q_EMIT sectionInserted(root.id);
    return true;
}

bool PlanDocument::applyRemoveSection(Id id)
{
    if (!m_plan.sections.contains(id))
        return false;
    PlanStore::Transaction tx(*m_store);
    if (!tx.isActive() || !m_store->deleteSection(id) || !tx.commit(nullptr))
        return fail();
    const Id parent = m_plan.sections.value(id).parentId;
    const int row = m_plan.sectionRow(id);
    Q_EMIT sectionAboutToBeRemoved(id);
    for (Id s : m_plan.sectionSubtree(id)) {
        for (Id t : m_plan.sectionTasks.value(s)) {
            m_plan.tasks.remove(t);
            m_plan.taskSection.remove(t);
        }
        m_plan.sectionTasks.remove(s);
        m_plan.childSections.remove(s);
        m_plan.sections.remove(s);
    }
    m_plan.childSections[parent].removeAt(row);
    Q_EMIT sectionRemoved(parent, row);
    return true;
}

bool PlanDocument::applyMoveSection(Id id, Id newParent, int newRow)
{
    if (!m_plan.sections.contains(id) || isInSubtree(newParent, id))
        return false;
    PlanStore::Transaction tx(*m_store);
    if (!tx.isActive() || !m_store->moveSection(id, newParent, newRow) || !tx.commit(nullptr))
        return fail();
    Q_EMIT sectionAboutToBeMoved(id, newParent, newRow);
    Section &s = m_plan.sections[id];
    m_plan.childSections[s.parentId].removeOne(id);
    s.parentId = newParent;
    m_plan.childSections[newParent].insert(newRow, id);
    Q_EMIT sectionMoved(id);
    return true;
}

bool PlanDocument::applyRenameSection(Id id, const QString &title)
{
    PlanStore::Transaction tx(*m_store);
    if (!tx.isActive() || !m_store->renameSection(id, title) || !tx.commit(nullptr))
        return fail();
    m_plan.sections[id].title = title;
    Q_EMIT sectionChanged(id);
    return true;
}

bool PlanDocument::applyInsertTask(Task &task, Id sectionId, int row)
{
    PlanStore::Transaction tx(*m_store);
    Task t = task;
    if (!tx.isActive() || !m_store->insertTask(t, sectionId, row) || !tx.commit(nullptr))
        return fail();
    task = t;
    Q_EMIT taskAboutToBeInserted(sectionId, row);
    m_plan.tasks.insert(t.id, t);
    m_plan.sectionTasks[sectionId].insert(row, t.id);
    m_plan.taskSection.insert(t.id, sectionId);
    Q_EMIT taskInserted(t.id);
    return true;
}

bool PlanDocument::applyRemoveTask(Id id)
{
    if (!m_plan.tasks.contains(id))
        return false;
    PlanStore::Transaction tx(*m_store);
    if (!tx.isActive() || !m_store->deleteTask(id) || !tx.commit(nullptr))
        return fail();
    const Id section = m_plan.taskSection.value(id);
    const int row = m_plan.sectionTasks.value(section).indexOf(id);
    Q_EMIT taskAboutToBeRemoved(id);
    m_plan.tasks.remove(id);
    m_plan.taskSection.remove(id);
    m_plan.sectionTasks[section].removeAt(row);
    Q_EMIT taskRemoved(section, row);
    return true;
}

bool PlanDocument::applyMoveTask(Id id, Id newSection, int newRow)
{
    if (!m_plan.tasks.contains(id) || !m_plan.sections.contains(newSection))
        return false;
    PlanStore::Transaction tx(*m_store);
    if (!tx.isActive() || !m_store->moveTask(id, newSection, newRow) || !tx.commit(nullptr))
        return fail();
    Q_EMIT taskAboutToBeMoved(id, newSection, newRow);
    const Id old = m_plan.taskSection.value(id);
    m_plan.sectionTasks[old].removeOne(id);
    m_plan.sectionTasks[newSection].insert(newRow, id);
    m_plan.taskSection.insert(id, newSection);
    Q_EMIT taskMoved(id);
    return true;
}

bool PlanDocument::applyReplaceTask(Task &task)
{
    if (!m_plan.tasks.contains(task.id))
        return false;
    PlanStore::Transaction tx(*m_store);
    Task t = task;
    if (!tx.isActive() || !m_store->updateTask(t) || !tx.commit(nullptr))
        return fail();
    task = t;
    m_plan.tasks.insert(t.id, t);
    Q_EMIT taskChanged(t.id);
    return true;
}

void PlanDocument::renumberDepartments()
{
    for (int i = 0; i < m_plan.departments.size(); ++i)
        m_plan.departments[i].position = i;
}

bool PlanDocument::applyInsertDepartment(Department &dept, int row, const QList<Task> &restoreTasks)
{
    PlanStore::Transaction tx(*m_store);
    Department d = dept;
    if (!tx.isActive() || !m_store->insertDepartment(d, row))
        return fail();
    QList<Task> tasks = restoreTasks;
    for (Task &t : tasks)
        if (!m_store->updateTask(t))
            return fail();
    if (!tx.commit(nullptr))
        return fail();
    dept = d;
    Q_EMIT departmentsAboutToChange();
    m_plan.departments.insert(row, d);
    renumberDepartments();
    Q_EMIT departmentsChanged();
    for (const Task &t : tasks) {
        m_plan.tasks.insert(t.id, t);
        Q_EMIT taskChanged(t.id);
    }
    return true;
}

bool PlanDocument::applyRemoveDepartment(Id id, const QList<Task> &replaceTasks)
{
    PlanStore::Transaction tx(*m_store);
    if (!tx.isActive())
        return fail();
    QList<Task> tasks = replaceTasks;
    for (Task &t : tasks)
        if (!m_store->updateTask(t))
            return fail();
    if (!m_store->deleteDepartment(id) || !tx.commit(nullptr))
        return fail();
    for (const Task &t : std::as_const(tasks))
        m_plan.tasks.insert(t.id, t);
    Q_EMIT departmentsAboutToChange();
    m_plan.departments.removeIf([id](const Department &d) { return d.id == id; });
    renumberDepartments();
    QList<Id> touched;
    for (Task &t : m_plan.tasks) {
        if (t.assignments.removeIf([id](const Assignment &a) { return a.departmentId == id; }) > 0)
            touched << t.id;
    }
    Q_EMIT departmentsChanged();
    for (const Task &t : std::as_const(tasks))
        if (!touched.contains(t.id))
            touched << t.id;
    for (Id t : touched)
        Q_EMIT taskChanged(t);
    return true;
}

bool PlanDocument::applyReplaceDepartment(const Department &dept)
{
    PlanStore::Transaction tx(*m_store);
    if (!tx.isActive() || !m_store->updateDepartment(dept) || !tx.commit(nullptr))
        return fail();
    Q_EMIT departmentsAboutToChange();
    for (Department &d : m_plan.departments)
        if (d.id == dept.id) {
            d.name = dept.name;
            d.shortName = dept.shortName;
        }
    Q_EMIT departmentsChanged();
    // Tasks show department names; tell their views.
    for (const Task &t : std::as_const(m_plan.tasks))
        for (const Assignment &a : t.assignments)
            if (a.departmentId == dept.id) {
                Q_EMIT taskChanged(t.id);
                break;
            }
    return true;
}

bool PlanDocument::applyMoveDepartment(Id id, int newRow)
{
    PlanStore::Transaction tx(*m_store);
    if (!tx.isActive() || !m_store->moveDepartment(id, newRow) || !tx.commit(nullptr))
        return fail();
    Q_EMIT departmentsAboutToChange();
    int from = -1;
    for (int i = 0; i < m_plan.departments.size(); ++i)
        if (m_plan.departments.at(i).id == id)
            from = i;
    if (from >= 0)
        m_plan.departments.move(from, newRow);
    renumberDepartments();
    Q_EMIT departmentsChanged();
    return true;
}

bool PlanDocument::applyInsertContent(ContentInsert &content)
{
    ContentInsert c = content;
    PlanStore::Transaction tx(*m_store);
    if (!tx.isActive())
        return fail();
    QHash<Id, Id> departmentIds, sectionIds;
    const int firstDepartmentRow = int(m_plan.departments.size());
    for (int i = 0; i < c.departments.size(); ++i) {
        Department &d = c.departments[i];
        const Id provisional = d.id;
        if (d.id <= 0)
            d.id = 0;
        if (!m_store->insertDepartment(d, firstDepartmentRow + i))
            return fail();
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
            if (!m_store->insertSection(sec, row))
                return fail();
            sectionIds.insert(provisional, sec.id);
        }
        QHash<Id, int> taskCount;
        for (auto &[sectionId, task] : snap.tasks) {
            sectionId = sectionIds.value(sectionId, sectionId);
            for (Assignment &a : task.assignments)
                a.departmentId = departmentIds.value(a.departmentId, a.departmentId);
            if (task.id <= 0)
                task.id = 0;
            if (!m_store->insertTask(task, sectionId, taskCount[sectionId]++))
                return fail();
        }
    }
    if (!tx.commit(nullptr))
        return fail();
    content = c;

    if (!c.departments.isEmpty()) {
        Q_EMIT departmentsAboutToChange();
        m_plan.departments += c.departments;
        renumberDepartments();
        Q_EMIT departmentsChanged();
    }
    for (int k = 0; k < c.sections.size(); ++k) {
        const SectionSnapshot &snap = c.sections.at(k);
        const Section &root = snap.sections.first();
        Q_EMIT sectionAboutToBeInserted(0, firstRow + k);
        for (const Section &sec : snap.sections) {
            m_plan.sections.insert(sec.id, sec);
            m_plan.childSections[sec.parentId].append(sec.id);
        }
        for (const auto &[sectionId, task] : snap.tasks) {
            m_plan.tasks.insert(task.id, task);
            m_plan.sectionTasks[sectionId].append(task.id);
            m_plan.taskSection.insert(task.id, sectionId);
        }
        Q_EMIT sectionInserted(root.id);
    }
    return true;
}

bool PlanDocument::applyRemoveContent(const ContentInsert &content)
{
    PlanStore::Transaction tx(*m_store);
    if (!tx.isActive())
        return fail();
    for (const SectionSnapshot &snap : content.sections)
        if (!m_store->deleteSection(snap.sections.first().id))
            return fail();
    for (const Department &d : content.departments)
        if (!m_store->deleteDepartment(d.id))
            return fail();
    if (!tx.commit(nullptr))
        return fail();
    for (int k = int(content.sections.size()) - 1; k >= 0; --k) {
        const Id id = content.sections.at(k).sections.first().id;
        const int row = m_plan.sectionRow(id);
        Q_EMIT sectionAboutToBeRemoved(id);
        for (Id s : m_plan.sectionSubtree(id)) {
            for (Id t : m_plan.sectionTasks.value(s)) {
                m_plan.tasks.remove(t);
                m_plan.taskSection.remove(t);
            }
            m_plan.sectionTasks.remove(s);
            m_plan.childSections.remove(s);
            m_plan.sections.remove(s);
        }
        m_plan.childSections[0].removeAt(row);
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
