#include "planjson.h"

#include "domain/targetsteps.h"

#include "domain/numbering.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace ap {

namespace {

std::optional<double> optionalNumber(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    return std::nullopt;
}

} // namespace

QJsonValue PlanJson::number(const std::optional<double> &v)
{
    if (!v)
        return QJsonValue::Null;
    // Whole numbers stay integers in the output (85, not 85.0). The range test comes first:
    // converting a double outside qint64's range (an imported "98333…3%") is undefined.
    if (std::isfinite(*v) && std::abs(*v) < 9.0e15 && *v == std::trunc(*v))
        return QJsonValue(qint64(*v));
    return QJsonValue(*v);
}

QJsonValue PlanJson::date(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

bool PlanJson::read(const QByteArray &json, PlanData *out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.isObject()) {
        if (error)
            *error = tr("The plan data is not valid JSON: %1").arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    // What is given must mean something: a wrong year, date, operator or cadence is refused with
    // where it is, never read as a default.
    QString problem;
    auto refuse = [&](const QString &why) {
        if (problem.isEmpty())
            problem = why;
    };
    auto dateField = [&](const QJsonObject &o, const char *key, const QString &where) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty()))
            return QDate();
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        if (!d.isValid())
            refuse(tr("%1: “%2” is not a date (YYYY-MM-DD).").arg(where, v.toVariant().toString()));
        return d;
    };
    auto numberField = [&](const QJsonObject &o, const char *key, const QString &where) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull() && !v.isDouble())
            refuse(tr("%1: “%2” is not a number.").arg(where, v.toVariant().toString()));
        return optionalNumber(v);
    };
    PlanData plan;
    const QJsonValue year = root.value(QLatin1String("year"));
    plan.info.year = year.isDouble() && year.toDouble() == std::floor(year.toDouble()) ? year.toInt() : 0;
    if (plan.info.year < 1900 || plan.info.year > 2999)
        refuse(tr("The plan year “%1” is not a year from 1900 to 2999.").arg(year.toVariant().toString()));
    plan.info.title = root.value(QLatin1String("title")).toString();
    plan.info.organisation = root.value(QLatin1String("organisation")).toString();
    plan.info.documentDate = dateField(root, "document_date", tr("The plan"));
    // The notice the plan is issued in: optional, every key in it too.
    const QJsonObject notice = root.value(QLatin1String("notice")).toObject();
    plan.info.notice.enabled = notice.value(QLatin1String("enabled")).toBool();
    plan.info.notice.issuerMark = notice.value(QLatin1String("issuer_mark")).toString();
    plan.info.notice.number = notice.value(QLatin1String("number")).toString();
    plan.info.notice.addressees = notice.value(QLatin1String("addressees")).toString();
    plan.info.notice.text = notice.value(QLatin1String("text")).toString();
    plan.info.notice.copiesTo = notice.value(QLatin1String("copies_to")).toString();
    plan.info.notice.printedBy = notice.value(QLatin1String("printed_by")).toString();
    plan.info.notice.printDate = dateField(notice, "print_date", tr("The notice"));
    const QString cadence = root.value(QLatin1String("cadence")).toString();
    plan.info.cadence = cadenceFromKey(cadence).value_or(Cadence::Quarterly);
    if (!cadence.isEmpty() && !cadenceFromKey(cadence))
        refuse(tr("The reporting cadence “%1” is not monthly or quarterly.").arg(cadence));

    Id nextId = 1;
    auto departmentId = [&](const QString &rawName) -> Id {
        const QString name = rawName.trimmed();
        if (const Department *d = plan.departmentByName(name))
            return d->id;
        plan.departments.append({nextId, name, QString(), int(plan.departments.size())});
        return nextId++;
    };
    for (const QJsonValue &v : root.value(QLatin1String("departments")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(QLatin1String("name")).toString().trimmed();
        if (name.isEmpty())
            refuse(tr("A department has no name."));
        else if (plan.departmentByName(name))
            refuse(tr("The department “%1” is listed twice.").arg(name));
        const Id id = departmentId(name);
        for (Department &d : plan.departments)
            if (d.id == id)
                d.shortName = o.value(QLatin1String("short_name")).toString();
    }

    // Stack of open sections by level; a node's parent is the nearest section above its level.
    QList<QPair<int, Id>> open;
    int index = 0;
    for (const QJsonValue &v : root.value(QLatin1String("nodes")).toArray()) {
        ++index;
        const QJsonObject o = v.toObject();
        const QString kind = o.value(QLatin1String("kind")).toString();
        const int level = o.value(QLatin1String("level")).toInt();
        if (level < 1) {
            if (error)
                *error = tr("Node %1 has no valid level.").arg(index);
            return false;
        }
        while (!open.isEmpty() && open.last().first >= level)
            open.removeLast();
        const Id parent = open.isEmpty() ? 0 : open.last().second;
        if (kind == QLatin1String("section")) {
            Section s{nextId++, parent, o.value(QLatin1String("title")).toString()};
            plan.sections.insert(s.id, s);
            plan.childSections[parent].append(s.id);
            open.append({level, s.id});
        } else if (kind == QLatin1String("task")) {
            if (parent == 0) {
                if (error)
                    *error = tr("Task %1 (“%2”) is not inside any section.")
                                 .arg(index)
                                 .arg(o.value(QLatin1String("title")).toString());
                return false;
            }
            Task t;
            t.id = nextId++;
            t.title = o.value(QLatin1String("title")).toString();
            t.description = o.value(QLatin1String("description")).toString();
            t.notes = o.value(QLatin1String("notes")).toString();
            const QString where = tr("Task %1 (“%2”)").arg(index).arg(t.title);
            t.start = dateField(o, "start", where);
            t.deadline = dateField(o, "deadline", where);
            for (const QJsonValue &n : o.value(QLatin1String("lead")).toArray())
                t.assignments.append({departmentId(n.toString()), DepartmentRole::Lead});
            for (const QJsonValue &n : o.value(QLatin1String("support")).toArray())
                t.assignments.append({departmentId(n.toString()), DepartmentRole::Support});
            for (const QJsonValue &tv : o.value(QLatin1String("targets")).toArray()) {
                const QJsonObject to = tv.toObject();
                Target target;
                target.indicator = to.value(QLatin1String("indicator")).toString();
                const QString op = to.value(QLatin1String("op")).toString();
                target.op = opFromSymbol(op).value_or(TargetOp::AtLeast);
                if (!op.isEmpty() && !opFromSymbol(op))
                    refuse(tr("%1: the operator “%2” is not one of ≥ ≤ = > <.").arg(where, op));
                target.value = numberField(to, "value", where);
                target.unit = to.value(QLatin1String("unit")).toString();
                target.baseline = numberField(to, "baseline", where);
                if (to.value(QLatin1String("baseline_year")).isDouble())
                    target.baselineYear = to.value(QLatin1String("baseline_year")).toInt();
                target.baselineSource = baselineSourceFromKey(to.value(QLatin1String("baseline_source")).toString());
                target.baselinePeriod = to.value(QLatin1String("baseline_period")).toString();
                target.due = dateField(to, "due", where);
                for (const QJsonValue &sv : to.value(QLatin1String("steps")).toArray()) {
                    const QJsonObject so = sv.toObject();
                    target.milestones.append({numberField(so, "value", where), dateField(so, "due", where)});
                }
                const QString measure = to.value(QLatin1String("measure")).toString();
                target.measure = measureFromKey(measure).value_or(TargetMeasure::ByUnit);
                if (!measureFromKey(measure))
                    refuse(tr("%1: the measure “%2” is not one of level, cumulative, steady.").arg(where, measure));
                t.targets.append(target);
            }
            // Steps given as targets of their own (the samples' form) are one target's steps.
            t.targets = foldSteps(t.targets);
            plan.tasks.insert(t.id, t);
            plan.sectionTasks[parent].append(t.id);
            plan.taskSection.insert(t.id, parent);
        } else {
            if (error)
                *error = tr("Node %1 has an unknown kind “%2”.").arg(index).arg(kind);
            return false;
        }
    }
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    *out = std::move(plan);
    return true;
}

QByteArray PlanJson::write(const PlanData &plan)
{
    QJsonObject root;
    root.insert(QLatin1String("format"), QLatin1String("annualplan-plan"));
    root.insert(QLatin1String("format_version"), 1);
    root.insert(QLatin1String("title"), plan.info.title);
    root.insert(QLatin1String("year"), plan.info.year == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(plan.info.year));
    root.insert(QLatin1String("organisation"), plan.info.organisation);
    root.insert(QLatin1String("document_date"), date(plan.info.documentDate));
    root.insert(QLatin1String("cadence"), cadenceKey(plan.info.cadence));
    const IssueNotice &n = plan.info.notice;
    if (n != IssueNotice())
        root.insert(QLatin1String("notice"),
                    QJsonObject{{QLatin1String("enabled"), n.enabled},
                                {QLatin1String("issuer_mark"), n.issuerMark},
                                {QLatin1String("number"), n.number},
                                {QLatin1String("addressees"), n.addressees},
                                {QLatin1String("text"), n.text},
                                {QLatin1String("copies_to"), n.copiesTo},
                                {QLatin1String("printed_by"), n.printedBy},
                                {QLatin1String("print_date"), date(n.printDate)}});
    QJsonArray deps;
    for (const Department &d : plan.departments)
        deps.append(QJsonObject{{QLatin1String("name"), d.name}, {QLatin1String("short_name"), d.shortName}});
    root.insert(QLatin1String("departments"), deps);

    auto names = [&](const Task &t, DepartmentRole role) {
        QJsonArray a;
        for (const Assignment &as : t.assignments)
            if (as.role == role)
                if (const Department *d = plan.department(as.departmentId))
                    a.append(d->name);
        return a;
    };
    QJsonArray nodes;
    for (Id sid : plan.sectionsInOrder()) {
        const int level = plan.sectionDepth(sid);
        const Section &s = *plan.sections.constFind(sid);
        nodes.append(QJsonObject{{QLatin1String("kind"), QLatin1String("section")},
                                 {QLatin1String("level"), level},
                                 {QLatin1String("label"), outlineLabel(level, plan.sectionRow(sid) + 1)},
                                 {QLatin1String("title"), s.title}});
        const QList<Id> tasks = plan.sectionTasks.value(sid);
        for (int i = 0; i < tasks.size(); ++i) {
            const Task &t = *plan.tasks.constFind(tasks.at(i));
            QJsonArray targets;
            for (const Target &target : t.targets) {
                QJsonObject object{{QLatin1String("indicator"), target.indicator},
                                           {QLatin1String("op"), opSymbol(target.op)},
                                           {QLatin1String("value"), number(target.value)},
                                           {QLatin1String("unit"), target.unit},
                                           {QLatin1String("baseline"), number(target.baseline)},
                                           {QLatin1String("baseline_year"),
                                            target.baselineYear ? QJsonValue(*target.baselineYear)
                                                                : QJsonValue(QJsonValue::Null)},
                                           {QLatin1String("due"), date(target.due)}};
                // Only a baseline that is no given result says where it came from.
                if (target.baselineSource != BaselineSource::Given)
                    object.insert(QLatin1String("baseline_source"), baselineSourceKey(target.baselineSource));
                if (!target.baselinePeriod.isEmpty())
                    object.insert(QLatin1String("baseline_period"), target.baselinePeriod);
                if (target.hasSteps()) {
                    QJsonArray steps;
                    for (const TargetStep &step : target.milestones)
                        steps.append(QJsonObject{{QLatin1String("value"), number(step.value)},
                                                 {QLatin1String("due"), date(step.due)}});
                    object.insert(QLatin1String("steps"), steps);
                }
                if (target.measure != TargetMeasure::ByUnit)
                    object.insert(QLatin1String("measure"), measureKey(target.measure));
                targets.append(object);
            }
            nodes.append(QJsonObject{{QLatin1String("kind"), QLatin1String("task")},
                                     {QLatin1String("level"), level + 1},
                                     {QLatin1String("label"), outlineLabel(level + 1, i + 1)},
                                     {QLatin1String("title"), t.title},
                                     {QLatin1String("description"), t.description},
                                     {QLatin1String("lead"), names(t, DepartmentRole::Lead)},
                                     {QLatin1String("support"), names(t, DepartmentRole::Support)},
                                     {QLatin1String("start"), date(t.start)},
                                     {QLatin1String("deadline"), date(t.deadline)},
                                     {QLatin1String("notes"), t.notes},
                                     {QLatin1String("targets"), targets}});
        }
    }
    root.insert(QLatin1String("nodes"), nodes);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace ap
