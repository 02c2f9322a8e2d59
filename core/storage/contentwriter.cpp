#include "contentwriter.h"

#include "versioncontent.h"

namespace ap {

namespace {

// The new ids of what writeContent wrote, by the old.
struct NewIds
{
    QHash<Id, Id> departments, sections, tasks, targets;
};

// An item's new id; one the plan no longer has keeps its own, made negative (no row takes one).
Id carried(const QHash<Id, Id> &ids, Id old)
{
    return old == 0 ? 0 : ids.value(old, old > 0 ? -old : old);
}

PlanData carriedPlan(const PlanData &v, const NewIds &ids)
{
    PlanData out;
    out.info = v.info;
    out.assessment = v.assessment;
    for (Department d : v.departments) {
        d.id = carried(ids.departments, d.id);
        out.departments.append(d);
    }
    for (auto it = v.sections.cbegin(); it != v.sections.cend(); ++it) {
        Section s = it.value();
        s.id = carried(ids.sections, s.id);
        s.parentId = carried(ids.sections, s.parentId);
        out.sections.insert(s.id, s);
    }
    for (auto it = v.childSections.cbegin(); it != v.childSections.cend(); ++it) {
        QList<Id> children;
        for (Id c : it.value())
            children << carried(ids.sections, c);
        out.childSections.insert(carried(ids.sections, it.key()), children);
    }
    for (auto it = v.tasks.cbegin(); it != v.tasks.cend(); ++it) {
        Task t = it.value();
        t.id = carried(ids.tasks, t.id);
        for (Target &target : t.targets)
            target.id = carried(ids.targets, target.id);
        for (Assignment &a : t.assignments)
            a.departmentId = carried(ids.departments, a.departmentId);
        out.tasks.insert(t.id, t);
    }
    for (auto it = v.sectionTasks.cbegin(); it != v.sectionTasks.cend(); ++it) {
        QList<Id> tasks;
        for (Id t : it.value())
            tasks << carried(ids.tasks, t);
        out.sectionTasks.insert(carried(ids.sections, it.key()), tasks);
    }
    for (auto it = v.taskSection.cbegin(); it != v.taskSection.cend(); ++it)
        out.taskSection.insert(carried(ids.tasks, it.key()), carried(ids.sections, it.value()));
    return out;
}

// A reason's key ("task:12") with the item's new id.
QString carriedKey(const QString &key, const NewIds &ids)
{
    const QString kind = key.section(QLatin1Char(':'), 0, 0);
    const Id old = key.section(QLatin1Char(':'), 1).toLongLong();
    const QHash<Id, Id> *map = kind == QLatin1String("task")         ? &ids.tasks
                             : kind == QLatin1String("section")      ? &ids.sections
                             : kind == QLatin1String("department")   ? &ids.departments
                                                                     : nullptr;
    return map ? QStringLiteral("%1:%2").arg(kind).arg(carried(*map, old)) : key;
}

bool writeVersions(PlanRows &rows, const QList<CarriedVersion> &versions, const NewIds &ids)
{
    for (const CarriedVersion &c : versions) {
        PlanVersion v = c.version;
        if (!rows.insertVersion(v, VersionContent::encode(carriedPlan(c.content, ids))))
            return false;
        for (auto it = c.reasons.cbegin(); it != c.reasons.cend(); ++it)
            if (!rows.writeAdjustmentReason(v.id, carriedKey(it.key(), ids), it.value()))
                return false;
    }
    return true;
}

} // namespace

bool readCarriedVersions(PlanRows &rows, QList<CarriedVersion> *out, QString *error)
{
    out->clear();
    PlanVersions versions;
    if (!rows.loadVersions(&versions, error))
        return false;
    for (const PlanVersion &v : versions.list) {
        CarriedVersion c;
        c.version = v;
        c.reasons = versions.reasons.value(v.id);
        QList<QByteArray> parts;
        if (!rows.loadVersionParts(v.id, &parts, error) || !VersionContent::decode(parts, &c.content, error))
            return false;
        out->append(std::move(c));
    }
    return true;
}

EvidenceReader evidenceOf(PlanRows &rows)
{
    return [&rows](Id id, QByteArray *content, QString *error) { return rows.readEvidence(id, content, error); };
}

bool writeContent(PlanRows &rows, const PlanData &content, const ReportLog *reports, const QList<CarriedVersion> *versions,
                  const EvidenceReader &evidence, const Progress &progress)
{
    // Asked every few hundred tasks: often enough for a bar that moves and a Cancel heard at once,
    // seldom enough to cost nothing.
    constexpr qint64 kTasksPerReport = 256;
    const qint64 totalTasks = content.tasks.size();
    qint64 written = 0;
    auto goOn = [&] {
        if (!progress || progress(written, totalTasks))
            return true;
        rows.failWith(StoreError::Stopped, QStringLiteral("stopped"));
        return false;
    };
    if (!goOn())
        return false;
    QHash<Id, Id> taskIds, targetIds;
    QHash<Id, Id> deptIds;
    for (int i = 0; i < content.departments.size(); ++i) {
        Department d = content.departments.at(i);
        const Id old = d.id;
        d.id = 0;
        if (!rows.insertDepartment(d, i))
            return false;
        deptIds.insert(old, d.id);
    }
    QHash<Id, Id> sectionIds;
    for (Id oldId : content.sectionsInOrder()) {
        Section s = content.sections.value(oldId);
        const int row = content.sectionRow(oldId);
        s.id = 0;
        s.parentId = sectionIds.value(s.parentId, 0);
        if (!rows.insertSection(s, row))
            return false;
        sectionIds.insert(oldId, s.id);
        const QList<Id> tasks = content.sectionTasks.value(oldId);
        for (int i = 0; i < tasks.size(); ++i) {
            Task t = content.tasks.value(tasks.at(i));
            t.id = 0;
            for (Target &target : t.targets)
                target.id = 0;
            for (Assignment &a : t.assignments)
                a.departmentId = deptIds.value(a.departmentId, 0);
            t.assignments.removeIf([](const Assignment &a) { return a.departmentId == 0; });
            if (!rows.insertTask(t, s.id, i))
                return false;
            if (++written % kTasksPerReport == 0 && written < totalTasks && !goOn())
                return false;
            const Task &old = content.tasks[tasks.at(i)];
            taskIds.insert(old.id, t.id);
            for (int k = 0; k < old.targets.size() && k < t.targets.size(); ++k)
                targetIds.insert(old.targets.at(k).id, t.targets.at(k).id);
        }
    }
    // The assessment's scheme (its items came with the tasks), its bonus and veto items given new ids.
    QHash<Id, Id> extraIds;
    if (!content.assessment.isEmpty() || content.assessment.published) {
        // Published last, once the marks are in (a published assessment takes none).
        AssessmentScheme scheme = content.assessment;
        scheme.published = false;
        for (AssessmentExtra &e : scheme.extras)
            e.id = 0;
        if (!rows.writeAssessmentScheme(scheme))
            return false;
        for (int i = 0; i < scheme.extras.size(); ++i)
            extraIds.insert(content.assessment.extras.at(i).id, scheme.extras.at(i).id);
    }
    auto published = [&] {
        AssessmentScheme scheme = content.assessment;
        for (AssessmentExtra &e : scheme.extras)
            e.id = extraIds.value(e.id);
        if (scheme.published && !rows.writeAssessmentScheme(scheme))
            return false;
        return !versions || writeVersions(rows, *versions, NewIds{deptIds, sectionIds, taskIds, targetIds});
    };
    if (!reports)
        return published();
    // The reports in the order they were entered (a correction after what it corrects), each
    // pointing at the new ids of its task, targets, department and the report it corrects.
    QHash<Id, Id> reportIds;
    for (const ProgressReport &entry : reports->entries) {
        if (!taskIds.contains(entry.taskId))
            continue;
        ProgressReport c = entry;
        c.id = 0;
        c.taskId = taskIds.value(entry.taskId);
        c.departmentId = deptIds.value(entry.departmentId, 0);
        c.supersedesId = reportIds.value(entry.supersedesId, 0);
        c.actuals.clear();
        for (auto it = entry.actuals.cbegin(); it != entry.actuals.cend(); ++it)
            if (targetIds.contains(it.key()))
                c.actuals.insert(targetIds.value(it.key()), it.value());
        // The report first, then its files one at a time: one file's bytes in memory at once.
        c.evidence.clear();
        if (!rows.insertReport(c))
            return false;
        reportIds.insert(entry.id, c.id);
        for (int i = 0; evidence && i < entry.evidence.size(); ++i) {
            QList<EvidenceFile> one{entry.evidence.at(i)};
            one[0].id = 0;
            QString why;
            if (one[0].content.isEmpty() && !evidence(entry.evidence.at(i).id, &one[0].content, &why)) {
                rows.failWith(StoreError::WriteFailed, why);
                return false;
            }
            if (!rows.insertEvidence(c.id, one, i))
                return false;
        }
    }
    for (const PeriodLock &lock : reports->locks)
        if (!rows.writePeriodLock(lock))
            return false;
    for (AssessmentMark mark : reports->assessment.marks) {
        mark.taskId = taskIds.value(mark.taskId, 0);
        mark.departmentId = deptIds.value(mark.departmentId, 0);
        if (mark.taskId && mark.departmentId && !rows.writeAssessmentMark(mark.taskId, mark.departmentId, mark))
            return false;
    }
    for (AssessmentAward award : reports->assessment.awards) {
        award.extraId = extraIds.value(award.extraId, 0);
        award.departmentId = deptIds.value(award.departmentId, 0);
        if (award.extraId && award.departmentId && !rows.writeAssessmentAward(award.extraId, award.departmentId, award))
            return false;
    }
    return published();
}


} // namespace ap
