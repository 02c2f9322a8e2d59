#include "versioncontent.h"

#include "rowvalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtEndian>

namespace ap::VersionContent {

namespace {

// The format of the JSON inside; a later program reads older formats and refuses newer ones.
constexpr int kFormat = 1;
// Far above any plan's (100,000 tasks take some 40 MB): a size claimed beyond it is damage, and
// never allocated.
constexpr quint32 kMaxPlainBytes = 512u << 20;

QJsonValue number(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonValue date(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject infoObject(const PlanInfo &info)
{
    const IssueNotice &n = info.notice;
    return {{QStringLiteral("year"), info.year},
            {QStringLiteral("title"), info.title},
            {QStringLiteral("organisation"), info.organisation},
            {QStringLiteral("documentDate"), date(info.documentDate)},
            {QStringLiteral("cadence"), cadenceKey(info.cadence)},
            {QStringLiteral("warnDays"), info.warnDays},
            {QStringLiteral("behindPoints"), info.behindPoints},
            {QStringLiteral("notice"),
             QJsonObject{{QStringLiteral("enabled"), n.enabled},
                         {QStringLiteral("issuerMark"), n.issuerMark},
                         {QStringLiteral("number"), n.number},
                         {QStringLiteral("addressees"), n.addressees},
                         {QStringLiteral("text"), n.text},
                         {QStringLiteral("copiesTo"), n.copiesTo},
                         {QStringLiteral("printedBy"), n.printedBy},
                         {QStringLiteral("printDate"), date(n.printDate)}}}};
}

QJsonObject targetObject(const Target &t)
{
    QJsonArray steps;
    for (const TargetStep &s : t.milestones)
        steps.append(QJsonArray{number(s.value), date(s.due)});
    return {{QStringLiteral("id"), t.id},
            {QStringLiteral("indicator"), t.indicator},
            {QStringLiteral("op"), opSymbol(t.op)},
            {QStringLiteral("value"), number(t.value)},
            {QStringLiteral("unit"), t.unit},
            {QStringLiteral("baseline"), number(t.baseline)},
            {QStringLiteral("baselineYear"), t.baselineYear ? QJsonValue(*t.baselineYear) : QJsonValue()},
            {QStringLiteral("baselineSource"), baselineSourceKey(t.baselineSource)},
            {QStringLiteral("baselinePeriod"), t.baselinePeriod},
            {QStringLiteral("due"), date(t.due)},
            {QStringLiteral("measure"), measureKey(t.measure)},
            {QStringLiteral("steps"), steps}};
}

QJsonObject taskObject(const Task &task, Id section)
{
    QJsonArray targets, departments;
    for (const Target &t : task.targets)
        targets.append(targetObject(t));
    for (const Assignment &a : task.assignments)
        departments.append(QJsonArray{a.departmentId, a.role == DepartmentRole::Lead ? QStringLiteral("lead")
                                                                                     : QStringLiteral("support")});
    return {{QStringLiteral("id"), task.id},
            {QStringLiteral("section"), section},
            {QStringLiteral("title"), task.title},
            {QStringLiteral("description"), task.description},
            {QStringLiteral("start"), date(task.start)},
            {QStringLiteral("deadline"), date(task.deadline)},
            {QStringLiteral("notes"), task.notes},
            {QStringLiteral("targets"), targets},
            {QStringLiteral("departments"), departments}};
}

// Reading: each accessor checks its value and, on the first that fails, remembers what was wrong;
// the result is then refused whole.
class Reader
{
public:
    bool ok() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }
    void fail(const QString &what)
    {
        if (m_problem.isEmpty())
            m_problem = what;
    }

    QString text(const QJsonObject &o, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString() || v.toString().size() > kMaxTextLength)
            fail(QString::fromLatin1(key));
        return v.toString();
    }
    std::optional<double> number(const QJsonValue &v, const char *key, double lo = -rowvalues::kMaxFigure)
    {
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isDouble() || !rowvalues::isNumber(v.toDouble(), lo, rowvalues::kMaxFigure)) {
            fail(QString::fromLatin1(key));
            return std::nullopt;
        }
        return v.toDouble();
    }
    std::optional<double> number(const QJsonObject &o, const char *key, double lo = -rowvalues::kMaxFigure)
    {
        return number(o.value(QLatin1String(key)), key, lo);
    }
    qint64 whole(const QJsonValue &v, const char *key, qint64 lo, qint64 hi)
    {
        const double x = v.toDouble(-1e300);
        if (!v.isDouble() || x != double(qint64(x)) || x < double(lo) || x > double(hi)) {
            fail(QString::fromLatin1(key));
            return lo;
        }
        return qint64(x);
    }
    qint64 whole(const QJsonObject &o, const char *key, qint64 lo, qint64 hi)
    {
        return whole(o.value(QLatin1String(key)), key, lo, hi);
    }
    // A row's id; one a copied version kept for an item its plan no longer has is negative.
    Id id(const QJsonValue &v, const char *key)
    {
        const Id x = whole(v, key, -(qint64(1) << 52), qint64(1) << 52);
        if (x == 0)
            fail(QString::fromLatin1(key));
        return x;
    }
    QDate date(const QJsonValue &v, const char *key)
    {
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString() || !rowvalues::isDateOrNone(v.toString())) {
            fail(QString::fromLatin1(key));
            return {};
        }
        return QDate::fromString(v.toString(), Qt::ISODate);
    }
    QDate date(const QJsonObject &o, const char *key) { return date(o.value(QLatin1String(key)), key); }

private:
    QString m_problem;
};

PlanInfo readInfo(Reader &r, const QJsonObject &o)
{
    PlanInfo info;
    info.year = int(r.whole(o, "year", 1900, 2999));
    info.title = r.text(o, "title");
    info.organisation = r.text(o, "organisation");
    info.documentDate = r.date(o, "documentDate");
    const std::optional<Cadence> cadence = cadenceFromKey(r.text(o, "cadence"));
    if (!cadence)
        r.fail(QStringLiteral("cadence"));
    info.cadence = cadence.value_or(Cadence::Quarterly);
    info.warnDays = int(r.whole(o, "warnDays", 0, 366));
    info.behindPoints = r.number(o, "behindPoints", 0).value_or(10);
    const QJsonObject n = o.value(QLatin1String("notice")).toObject();
    info.notice.enabled = n.value(QLatin1String("enabled")).toBool();
    info.notice.issuerMark = r.text(n, "issuerMark");
    info.notice.number = r.text(n, "number");
    info.notice.addressees = r.text(n, "addressees");
    info.notice.text = r.text(n, "text");
    info.notice.copiesTo = r.text(n, "copiesTo");
    info.notice.printedBy = r.text(n, "printedBy");
    info.notice.printDate = r.date(n, "printDate");
    return info;
}

Target readTarget(Reader &r, const QJsonObject &o)
{
    Target t;
    t.id = r.id(o.value(QLatin1String("id")), "target id");
    t.indicator = r.text(o, "indicator");
    const std::optional<TargetOp> op = opFromSymbol(r.text(o, "op"));
    if (!op)
        r.fail(QStringLiteral("op"));
    t.op = op.value_or(TargetOp::AtLeast);
    t.value = r.number(o, "value");
    t.unit = r.text(o, "unit");
    t.baseline = r.number(o, "baseline");
    const QJsonValue year = o.value(QLatin1String("baselineYear"));
    if (!year.isNull() && !year.isUndefined())
        t.baselineYear = int(r.whole(year, "baselineYear", 1900, 2999));
    t.baselineSource = baselineSourceFromKey(r.text(o, "baselineSource"));
    t.baselinePeriod = r.text(o, "baselinePeriod");
    if (!rowvalues::isPeriodOrNone(t.baselinePeriod) && !rowvalues::isDateOrNone(t.baselinePeriod))
        r.fail(QStringLiteral("baselinePeriod"));
    t.due = r.date(o, "due");
    const std::optional<TargetMeasure> measure = measureFromKey(r.text(o, "measure"));
    if (!measure)
        r.fail(QStringLiteral("measure"));
    t.measure = measure.value_or(TargetMeasure::ByUnit);
    for (const QJsonValue &s : o.value(QLatin1String("steps")).toArray()) {
        const QJsonArray step = s.toArray();
        if (step.size() != 2)
            r.fail(QStringLiteral("steps"));
        t.milestones.append({r.number(step.at(0), "step value"), r.date(step.at(1), "step due")});
    }
    return t;
}

Task readTask(Reader &r, const QJsonObject &o, const QSet<Id> &departments, QSet<Id> *targetIds)
{
    Task task;
    task.id = r.id(o.value(QLatin1String("id")), "task id");
    task.title = r.text(o, "title");
    task.description = r.text(o, "description");
    task.start = r.date(o, "start");
    task.deadline = r.date(o, "deadline");
    task.notes = r.text(o, "notes");
    for (const QJsonValue &t : o.value(QLatin1String("targets")).toArray()) {
        task.targets.append(readTarget(r, t.toObject()));
        if (targetIds->contains(task.targets.last().id))
            r.fail(QStringLiteral("target id"));
        targetIds->insert(task.targets.last().id);
    }
    QSet<Id> named;
    for (const QJsonValue &a : o.value(QLatin1String("departments")).toArray()) {
        const QJsonArray pair = a.toArray();
        const Id dept = r.id(pair.at(0), "department");
        const QString role = pair.at(1).toString();
        if (!departments.contains(dept) || named.contains(dept)
            || (role != QLatin1String("lead") && role != QLatin1String("support")))
            r.fail(QStringLiteral("departments"));
        named.insert(dept);
        task.assignments.append({dept, role == QLatin1String("lead") ? DepartmentRole::Lead : DepartmentRole::Support});
    }
    return task;
}

bool readPlan(const QJsonObject &root, PlanData *out, QString *problem)
{
    Reader r;
    if (root.value(QLatin1String("format")).toInt(-1) < 1 || root.value(QLatin1String("format")).toInt() > kFormat) {
        *problem = QStringLiteral("format");
        return false;
    }
    PlanData plan;
    plan.info = readInfo(r, root.value(QLatin1String("info")).toObject());
    QSet<Id> departments;
    for (const QJsonValue &v : root.value(QLatin1String("departments")).toArray()) {
        const QJsonObject o = v.toObject();
        Department d;
        d.id = r.id(o.value(QLatin1String("id")), "department id");
        d.name = r.text(o, "name");
        d.shortName = r.text(o, "shortName");
        d.position = int(plan.departments.size());
        if (departments.contains(d.id))
            r.fail(QStringLiteral("department id"));
        departments.insert(d.id);
        plan.departments.append(d);
    }
    for (const QJsonValue &v : root.value(QLatin1String("sections")).toArray()) {
        const QJsonObject o = v.toObject();
        Section s;
        s.id = r.id(o.value(QLatin1String("id")), "section id");
        const QJsonValue parent = o.value(QLatin1String("parent"));
        s.parentId = parent.toDouble() == 0 ? 0 : r.id(parent, "section parent");
        s.title = r.text(o, "title");
        if (plan.sections.contains(s.id))
            r.fail(QStringLiteral("section id"));
        plan.sections.insert(s.id, s);
        plan.childSections[s.parentId].append(s.id);
    }
    QSet<Id> targetIds;
    for (const QJsonValue &v : root.value(QLatin1String("tasks")).toArray()) {
        const QJsonObject o = v.toObject();
        const Id section = r.id(o.value(QLatin1String("section")), "task section");
        Task task = readTask(r, o, departments, &targetIds);
        if (plan.tasks.contains(task.id) || !plan.sections.contains(section))
            r.fail(QStringLiteral("task id"));
        plan.sectionTasks[section].append(task.id);
        plan.taskSection.insert(task.id, section);
        plan.tasks.insert(task.id, std::move(task));
        if (!r.ok())
            break;
    }
    if (r.ok() && !rowvalues::isOutline(plan))
        r.fail(QStringLiteral("sections"));
    if (!r.ok()) {
        *problem = r.problem();
        return false;
    }
    *out = std::move(plan);
    return true;
}

} // namespace

QList<QByteArray> encode(const PlanData &plan)
{
    QJsonArray departments, sections, tasks;
    for (const Department &d : plan.departments)
        departments.append(QJsonObject{{QStringLiteral("id"), d.id},
                                       {QStringLiteral("name"), d.name},
                                       {QStringLiteral("shortName"), d.shortName}});
    // Sections before their subsections (pre-order), each list in its order: reading them back in
    // turn rebuilds the tree.
    for (Id s : plan.sectionsInOrder()) {
        const Section &section = plan.sections[s];
        sections.append(QJsonObject{{QStringLiteral("id"), section.id},
                                    {QStringLiteral("parent"), section.parentId},
                                    {QStringLiteral("title"), section.title}});
        for (Id t : plan.sectionTasks.value(s))
            tasks.append(taskObject(plan.tasks[t], s));
    }
    const QJsonObject root{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("info"), infoObject(plan.info)},
                           {QStringLiteral("departments"), departments},
                           {QStringLiteral("sections"), sections},
                           {QStringLiteral("tasks"), tasks}};
    const QByteArray all = qCompress(QJsonDocument(root).toJson(QJsonDocument::Compact), 6);
    QList<QByteArray> parts;
    for (qsizetype at = 0; at < all.size(); at += kPartBytes)
        parts.append(all.mid(at, kPartBytes));
    return parts;
}

bool decode(const QList<QByteArray> &parts, PlanData *out, QString *error)
{
    auto damaged = [&](const QString &what) {
        if (error)
            *error = QCoreApplication::translate("ap::VersionContent", "the version's content is damaged (%1)").arg(what);
        return false;
    };
    QByteArray all;
    for (const QByteArray &p : parts)
        all += p;
    // qCompress's first four bytes are the plain size, big-endian: checked before anything is
    // allocated for it.
    if (all.size() < 4)
        return damaged(QStringLiteral("size"));
    const quint32 plain = qFromBigEndian<quint32>(all.constData());
    if (plain == 0 || plain > kMaxPlainBytes)
        return damaged(QStringLiteral("size"));
    const QByteArray json = qUncompress(all);
    if (json.size() != qsizetype(plain))
        return damaged(QStringLiteral("zlib"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return damaged(QStringLiteral("JSON"));
    QString problem;
    if (!readPlan(doc.object(), out, &problem))
        return damaged(problem);
    return true;
}

} // namespace ap::VersionContent
