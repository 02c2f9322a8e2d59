#include "reportrules.h"

#include "evidenceintake.h"

#include <QCryptographicHash>

#include <cmath>

#include <algorithm>

namespace ap {

QString ReportRules::lockedRefusal(const QString &period)
{
    return tr("%1 has been reported and is locked; unlock it (with a reason) to change its reports.")
        .arg(period::display(period));
}

QString ReportRules::periodRefusal(const PlanData &plan, const QString &period)
{
    return tr("“%1” is not a reporting period of the %2 plan (for example %3).")
        .arg(period)
        .arg(plan.info.year)
        .arg(period::ofYear(plan.info.year, plan.info.cadence).value(0));
}

bool ReportRules::admit(const PlanData &plan, const QHash<QString, PeriodLock> &locks, ProgressReport *report, QString *error)
{
    auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const auto task = plan.tasks.constFind(report->taskId);
    if (task == plan.tasks.cend())
        return refuse(tr("The task the report is on is no longer in the plan."));
    // A report without a period (from an older plan) is kept as it is.
    if (!report->period.isEmpty()) {
        QDate first, last;
        if (!period::parse(report->period, &first, &last) || first.year() != plan.info.year)
            return refuse(periodRefusal(plan, report->period));
        if (const PeriodLock *lock = ReportLog::lockOn(locks, report->period))
            return refuse(lockedRefusal(lock->period));
    }
    // The year's final values come with the year's last period (or a report without a period).
    if (report->yearEnd && !report->period.isEmpty()) {
        const QList<QString> periods = period::ofYear(plan.info.year, plan.info.cadence);
        if (periods.isEmpty() || report->period != periods.last())
            return refuse(tr("The year's final values (年终实绩) are reported with the year's last period, %1, not with %2.")
                              .arg(period::display(periods.value(periods.size() - 1)), period::display(report->period)));
    }
    // (Written so that NaN, which compares false with everything, is refused too.)
    if (report->percent && !(*report->percent >= 0 && *report->percent <= 100))
        return refuse(tr("The progress %1% is not from 0 to 100.").arg(*report->percent));
    for (auto it = report->actuals.cbegin(); it != report->actuals.cend(); ++it)
        if (!std::isfinite(it.value()))
            return refuse(tr("A figure of the report is not a number (%1).").arg(it.value()));
    for (auto it = report->actuals.begin(); it != report->actuals.end();) {
        const bool own = std::any_of(task->targets.cbegin(), task->targets.cend(),
                                     [&](const Target &t) { return t.id == it.key(); });
        it = own ? std::next(it) : report->actuals.erase(it);
    }
    if (!report->enteredAt.isValid())
        report->enteredAt = QDateTime::currentDateTimeUtc();
    return true;
}

bool ReportRules::admitEvidence(const ReportLog &log, const ProgressReport &report, QString *error)
{
    auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (report.evidence.size() > evidence::kMaxFilesPerReport)
        return refuse(tr("A report carries at most %1 evidence files; this one has %2. Leave some out, or put several "
                         "photos into one PDF.")
                          .arg(evidence::kMaxFilesPerReport)
                          .arg(report.evidence.size()));
    qint64 adding = 0;
    for (const EvidenceFile &f : report.evidence) {
        const bool whole = f.content.size() == f.size && !f.content.isEmpty()
                           && QCryptographicHash::hash(f.content, QCryptographicHash::Sha256).toHex() == f.sha256.toLatin1()
                           && EvidenceIntake::kindOf(f.content, f.name) == f.kind && !f.name.isEmpty()
                           && f.name.size() <= evidence::kMaxNameLength;
        if (!whole)
            return refuse(tr("The evidence file “%1” is not what it was when it was added; add it again.").arg(f.name));
        adding += f.size;
    }
    qint64 kept = 0;
    for (const ProgressReport &c : log.entries)
        if (c.id != report.id || report.id == 0)
            for (const EvidenceFile &f : c.evidence)
                kept += f.size;
    if (kept + adding > evidence::kMaxPlanBytes)
        return refuse(tr("The plan's evidence files would together be %1, more than a plan keeps (%2). Leave some out, "
                         "or make them smaller.")
                          .arg(evidence::sizeText(kept + adding), evidence::sizeText(evidence::kMaxPlanBytes)));
    return true;
}

} // namespace ap
