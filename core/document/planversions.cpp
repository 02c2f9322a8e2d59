// PlanDocument's named versions and the reasons for changes since one, apart from
// plandocument.cpp, which keeps the plan's own edits: the same write order (one transaction,
// commit, memory, signal).
#include "plandocument.h"

#include "domain/documentlanguage.h"
#include "storage/store.h"
#include "storage/versioncontent.h"

#include <QTemporaryDir>

namespace ap {

QString PlanDocument::issuedVersionName()
{
    return doclang::text("ap::PlanDocument", QT_TRANSLATE_NOOP("ap::PlanDocument", "Issued version"));
}

bool PlanDocument::saveVersion(const QString &name, PlanVersion *saved)
{
    const QString trimmed = name.trimmed();
    // A name refused is said by whoever asked for it (where it was typed), not as a failed write.
    auto refuse = [&](const QString &why) {
        m_lastCode = StoreError::None;
        m_lastKept = false;
        m_lastError = why;
        return false;
    };
    if (trimmed.isEmpty())
        return refuse(tr("A version needs a name, such as “%1”.").arg(issuedVersionName()));
    if (trimmed.size() > 100)
        return refuse(tr("A version's name is at most 100 characters long."));
    if (m_versions.byName(trimmed))
        return refuse(tr("The plan has a version named “%1” already. Give this one another name.").arg(trimmed));
    PlanVersion version;
    version.name = trimmed;
    version.taskCount = int(m_plan.tasks.size());
    const QList<QByteArray> parts = VersionContent::encode(m_plan);
    if (!write([&](PlanRows &rows) { return rows.insertVersion(version, parts); }))
        return false;
    m_versions.list.append(version);
    if (saved)
        *saved = version;
    Q_EMIT versionsChanged();
    return true;
}

bool PlanDocument::removeVersion(Id id)
{
    if (!m_versions.byId(id))
        return false;
    if (!write([&](PlanRows &rows) { return rows.deleteVersion(id); }))
        return false;
    m_versions.list.removeIf([&](const PlanVersion &v) { return v.id == id; });
    m_versionPlans.remove(id);
    m_versions.reasons.remove(id);
    Q_EMIT versionsChanged();
    return true;
}

std::shared_ptr<const PlanData> PlanDocument::versionPlan(Id id, QString *error) const
{
    // A version never changes once saved: it is read and checked once, then kept.
    if (const std::shared_ptr<const PlanData> kept = m_versionPlans.value(id))
        return kept;
    const PlanVersion *version = m_versions.byId(id);
    if (!version) {
        if (error)
            *error = tr("The plan has no such version.");
        return nullptr;
    }
    QList<QByteArray> parts;
    QString why;
    auto plan = std::make_shared<PlanData>();
    if (!m_store->rows().loadVersionParts(id, &parts, &why) || !VersionContent::decode(parts, plan.get(), &why)) {
        if (error)
            *error = tr("The version “%1” could not be read: %2").arg(version->name, why);
        return nullptr;
    }
    m_versionPlans.insert(id, plan);
    return plan;
}

std::unique_ptr<PlanDocument> PlanDocument::openVersion(Id id, QString *error) const
{
    const std::shared_ptr<const PlanData> plan = versionPlan(id, error);
    if (!plan)
        return nullptr;
    // Written as a plan file of its own and opened read-only: every view, print and export then
    // reads it as it reads a plan, and nothing can write to it.
    auto scratch = std::make_unique<QTemporaryDir>();
    if (!scratch->isValid()) {
        if (error)
            *error = tr("The version could not be opened: no room for its scratch file (%1).").arg(scratch->errorString());
        return nullptr;
    }
    const QString path = scratch->filePath(QStringLiteral("version.aplan"));
    if (!PlanStore::create(path, plan->info, error, nullptr, plan.get()))
        return nullptr;
    std::unique_ptr<PlanDocument> doc = open(path, Mode::ReadOnly, error);
    if (!doc)
        return nullptr;
    doc->m_scratch = std::move(scratch);
    doc->m_shown = *m_versions.byId(id);
    doc->m_shownFrom = m_shown ? m_shownFrom : m_location;
    return doc;
}

bool PlanDocument::readVersion(Id id, PlanData *out, QString *error) const
{
    const std::shared_ptr<const PlanData> plan = versionPlan(id, error);
    if (!plan)
        return false;
    *out = *plan;
    return true;
}

std::shared_ptr<const PlanData> PlanDocument::planInForce(const QDate &day, const PlanVersion **version) const
{
    const PlanVersion *inForce = m_versions.inForceOn(day);
    // A version that cannot be read leaves the plan now to measure with (its refusal is told
    // where the version itself is opened).
    const std::shared_ptr<const PlanData> saved = inForce ? versionPlan(inForce->id, nullptr) : nullptr;
    if (version)
        *version = saved ? inForce : nullptr;
    if (!saved)
        return std::shared_ptr<const PlanData>(&m_plan, [](const PlanData *) {});
    auto measured = std::make_shared<PlanData>(m_plan);
    for (auto it = measured->tasks.begin(); it != measured->tasks.end();) {
        const auto then = saved->tasks.constFind(it.key());
        if (then == saved->tasks.cend()) {
            const Id section = measured->taskSection.take(it.key());
            measured->sectionTasks[section].removeOne(it.key());
            it = measured->tasks.erase(it);
            continue;
        }
        it->targets = then->targets;
        it->start = then->start;
        it->deadline = then->deadline;
        ++it;
    }
    return measured;
}

bool PlanDocument::applyAdjustmentReason(Id versionId, const QString &item, const QString &reason)
{
    if (!m_versions.byId(versionId))
        return false;
    if (!write([&](PlanRows &rows) { return rows.writeAdjustmentReason(versionId, item, reason); }))
        return false;
    if (reason.isEmpty())
        m_versions.reasons[versionId].remove(item);
    else
        m_versions.reasons[versionId].insert(item, reason);
    Q_EMIT versionsChanged();
    return true;
}

} // namespace ap
