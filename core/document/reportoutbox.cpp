#include "reportoutbox.h"

#include "fs/atomicfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace ap {

namespace {

constexpr int kFormat = 1;
constexpr qint64 kMaxEntryBytes = 4 * 1024 * 1024;   // a report's texts are far below this

QJsonObject reportJson(const ProgressReport &c)
{
    QJsonObject actuals;
    for (auto it = c.actuals.cbegin(); it != c.actuals.cend(); ++it)
        actuals.insert(QString::number(it.key()), it.value());
    QJsonObject o{{QStringLiteral("task"), QString::number(c.taskId)},
                  {QStringLiteral("period"), c.period},
                  {QStringLiteral("reportDate"), c.reportDate.toString(Qt::ISODate)},
                  {QStringLiteral("status"), statusKey(c.status)},
                  {QStringLiteral("progress"), c.progress},
                  {QStringLiteral("problems"), c.problems},
                  {QStringLiteral("nextSteps"), c.nextSteps},
                  {QStringLiteral("department"), QString::number(c.departmentId)},
                  {QStringLiteral("supersedes"), QString::number(c.supersedesId)},
                  {QStringLiteral("correctionReason"), c.correctionReason},
                  {QStringLiteral("yearEnd"), c.yearEnd},
                  {QStringLiteral("actuals"), actuals}};
    if (c.percent)
        o.insert(QStringLiteral("percent"), *c.percent);
    // Its files' details; their bytes are files of their own beside the entry (evidencePath).
    QJsonArray files;
    for (const EvidenceFile &f : c.evidence)
        files.append(QJsonObject{{QStringLiteral("name"), f.name},
                                 {QStringLiteral("kind"), f.kind},
                                 {QStringLiteral("size"), QString::number(f.size)},
                                 {QStringLiteral("sha256"), f.sha256}});
    if (!files.isEmpty())
        o.insert(QStringLiteral("evidence"), files);
    return o;
}

bool reportFromJson(const QJsonObject &o, ProgressReport *out)
{
    ProgressReport c;
    bool ok = false;
    c.taskId = o.value(QStringLiteral("task")).toString().toLongLong(&ok);
    if (!ok || c.taskId <= 0)
        return false;
    c.period = o.value(QStringLiteral("period")).toString();
    c.reportDate = QDate::fromString(o.value(QStringLiteral("reportDate")).toString(), Qt::ISODate);
    const std::optional<TaskStatus> status = statusFromKey(o.value(QStringLiteral("status")).toString());
    if (!status)
        return false;
    c.status = *status;
    if (o.contains(QStringLiteral("percent")))
        c.percent = o.value(QStringLiteral("percent")).toDouble();
    c.progress = o.value(QStringLiteral("progress")).toString();
    c.problems = o.value(QStringLiteral("problems")).toString();
    c.nextSteps = o.value(QStringLiteral("nextSteps")).toString();
    c.departmentId = o.value(QStringLiteral("department")).toString().toLongLong();
    c.supersedesId = o.value(QStringLiteral("supersedes")).toString().toLongLong();
    c.correctionReason = o.value(QStringLiteral("correctionReason")).toString();
    c.yearEnd = o.value(QStringLiteral("yearEnd")).toBool();
    const QJsonObject actuals = o.value(QStringLiteral("actuals")).toObject();
    for (auto it = actuals.constBegin(); it != actuals.constEnd(); ++it) {
        const Id target = it.key().toLongLong(&ok);
        if (!ok || !it.value().isDouble())
            return false;
        c.actuals.insert(target, it.value().toDouble());
    }
    static const QRegularExpression digest(QStringLiteral("^[0-9a-f]{64}$"));
    for (const QJsonValue &v : o.value(QStringLiteral("evidence")).toArray()) {
        const QJsonObject file = v.toObject();
        EvidenceFile f;
        f.name = file.value(QStringLiteral("name")).toString();
        f.kind = file.value(QStringLiteral("kind")).toString();
        f.size = file.value(QStringLiteral("size")).toString().toLongLong(&ok);
        f.sha256 = file.value(QStringLiteral("sha256")).toString();
        if (!ok || f.size <= 0 || f.size > evidence::kMaxFileBytes || f.name.isEmpty() || !evidence::kinds().contains(f.kind)
            || !digest.match(f.sha256).hasMatch() || c.evidence.size() >= evidence::kMaxFilesPerReport)
            return false;
        c.evidence.append(f);
    }
    *out = c;
    return true;
}

bool isKey(const QString &key)
{
    return !QUuid::fromString(key).isNull() && key == QUuid::fromString(key).toString(QUuid::WithoutBraces);
}

} // namespace

ReportOutbox::ReportOutbox(const ServerAddress &address, const QString &root)
{
    // The plan's and the login's own folder: another login on this machine, or another plan,
    // never sends these.
    const QString identity = QStringList{address.user, address.host.toLower(), QString::number(address.port),
                                         address.database, ServerAddress::planKey(address.plan)}
                                 .join(QChar(0x1f));
    const QString name = QString::fromLatin1(QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
    m_folder = (root.isEmpty() ? defaultRoot() : root) + QLatin1Char('/') + name;
}

QString ReportOutbox::keyOf(const ProgressReport &report, const QString &planUid)
{
    QJsonObject o = reportJson(report);
    o.remove(QStringLiteral("reportDate"));
    o.insert(QStringLiteral("plan"), planUid);
    // A name-based (version 5) UUID in a namespace of AnnualPlan's own.
    static const QUuid space(QStringLiteral("{6f1c2a9e-3b7d-4e58-9a41-0d2c5e7b8f13}"));
    return QUuid::createUuidV5(space, QJsonDocument(o).toJson(QJsonDocument::Compact)).toString(QUuid::WithoutBraces);
}

QString ReportOutbox::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/outbox");
}

QString ReportOutbox::pathOf(const QString &key) const
{
    return m_folder + QLatin1Char('/') + key + QStringLiteral(".json");
}

QString ReportOutbox::evidencePath(const QString &key, int index) const
{
    return m_folder + QLatin1Char('/') + key + QLatin1Char('.') + QString::number(index) + QStringLiteral(".evidence");
}

bool ReportOutbox::readEvidence(WaitingReport &waiting, QString *error) const
{
    for (int i = 0; i < waiting.report.evidence.size(); ++i) {
        EvidenceFile &f = waiting.report.evidence[i];
        if (!f.content.isEmpty())
            continue;
        QFile file(evidencePath(waiting.key, i));
        if (file.size() != f.size || !file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = tr("The evidence file “%1” kept with the report on this computer is missing or cut short.").arg(f.name);
            return false;
        }
        const QByteArray bytes = file.readAll();
        if (QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()) != f.sha256) {
            if (error)
                *error = tr("The evidence file “%1” kept with the report on this computer has been changed.").arg(f.name);
            return false;
        }
        f.content = bytes;
    }
    return true;
}

bool ReportOutbox::keep(WaitingReport &waiting, QString *error)
{
    if (waiting.key.isEmpty())
        waiting.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!waiting.typedAt.isValid())
        waiting.typedAt = QDateTime::currentDateTimeUtc();
    if (!QDir().mkpath(m_folder)) {
        if (error)
            *error = tr("The folder for reports waiting to be sent (%1) cannot be made.").arg(QDir::toNativeSeparators(m_folder));
        return false;
    }
    QJsonObject o{{QStringLiteral("format"), kFormat},
                  {QStringLiteral("key"), waiting.key},
                  {QStringLiteral("typedAt"), waiting.typedAt.toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("taskTitle"), waiting.taskTitle},
                  {QStringLiteral("report"), reportJson(waiting.report)}};
    if (!waiting.refusal.isEmpty())
        o.insert(QStringLiteral("refusal"), waiting.refusal);
    QString why;
    // The files first, each whole: the entry that names them is written last.
    for (int i = 0; i < waiting.report.evidence.size(); ++i) {
        const EvidenceFile &f = waiting.report.evidence.at(i);
        if (!f.content.isEmpty() && !fs::writeFile(evidencePath(waiting.key, i), f.content, fs::OutputTarget::Kind::Document, &why)) {
            if (error)
                *error = tr("The report could not be kept on this computer: %1").arg(why);
            return false;
        }
    }
    if (!fs::writeFile(pathOf(waiting.key), QJsonDocument(o).toJson(QJsonDocument::Indented), fs::OutputTarget::Kind::Document,
                       &why)) {
        if (error)
            *error = tr("The report could not be kept on this computer: %1").arg(why);
        return false;
    }
    return true;
}

bool ReportOutbox::remove(const QString &key)
{
    if (!isKey(key))
        return false;
    if (!QFile::remove(pathOf(key)))
        return false;
    // Its files after it, and only once it is gone: an entry never names files that are not there.
    for (const QString &file : QDir(m_folder).entryList({key + QStringLiteral(".*.evidence")}, QDir::Files))
        QFile::remove(m_folder + QLatin1Char('/') + file);
    fs::syncDirectoryOf(pathOf(key));
    return true;
}

QList<WaitingReport> ReportOutbox::waiting() const
{
    QList<WaitingReport> out;
    const QStringList names = QDir(m_folder).entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &name : names) {
        QFile file(m_folder + QLatin1Char('/') + name);
        if (file.size() > kMaxEntryBytes || !file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
        WaitingReport w;
        w.key = o.value(QStringLiteral("key")).toString();
        if (o.value(QStringLiteral("format")).toInt() != kFormat || !isKey(w.key)
            || name != w.key + QStringLiteral(".json")
            || !reportFromJson(o.value(QStringLiteral("report")).toObject(), &w.report))
            continue;
        w.typedAt = QDateTime::fromString(o.value(QStringLiteral("typedAt")).toString(), Qt::ISODateWithMs);
        w.taskTitle = o.value(QStringLiteral("taskTitle")).toString();
        w.refusal = o.value(QStringLiteral("refusal")).toString();
        w.report.requestKey = w.key;
        out.append(w);
    }
    std::sort(out.begin(), out.end(), [](const WaitingReport &a, const WaitingReport &b) {
        return a.typedAt != b.typedAt ? a.typedAt < b.typedAt : a.key < b.key;
    });
    return out;
}

int ReportOutbox::count() const
{
    return int(waiting().size());
}

} // namespace ap
