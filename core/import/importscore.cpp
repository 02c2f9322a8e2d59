#include "importscore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace ap {

ImportScore &ImportScore::operator+=(const ImportScore &o)
{
    goldNodes += o.goldNodes; foundNodes += o.foundNodes; matchedNodes += o.matchedNodes;
    goldSections += o.goldSections; foundSections += o.foundSections; matchedSections += o.matchedSections;
    goldTasks += o.goldTasks; foundTasks += o.foundTasks; matchedTasks += o.matchedTasks;
    departmentTasks += o.departmentTasks; departmentCorrect += o.departmentCorrect;
    goldTargets += o.goldTargets; foundTargets += o.foundTargets; matchedTargets += o.matchedTargets;
    return *this;
}

double ImportScore::f1(int matched, int gold, int found)
{
    if (gold == 0 && found == 0)
        return 1.0;
    if (matched == 0)
        return 0.0;
    const double p = double(matched) / found;
    const double r = double(matched) / gold;
    return 2 * p * r / (p + r);
}

QString ImportScorer::normalise(const QString &s, int maxChars)
{
    const QString n = s.normalized(QString::NormalizationForm_KC);
    QString out;
    for (QChar c : n)
        if (!c.isSpace() && !c.isPunct())
            out.append(c);
    return maxChars >= 0 ? out.left(maxChars) : out;
}

namespace {

struct Node
{
    QString kind;
    int level = 0;
    QString label;
    QString titleKey;
    QSet<QString> lead, support;
    bool namesDepartments = false;
    QList<QString> targets;   // "op|value|unit"
};

bool readNodes(const QByteArray &json, QList<Node> *out, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (!doc.isObject()) {
        *error = pe.errorString();
        return false;
    }
    for (const QJsonValue &v : doc.object().value(QLatin1String("nodes")).toArray()) {
        const QJsonObject o = v.toObject();
        Node n;
        n.kind = o.value(QLatin1String("kind")).toString();
        n.level = o.value(QLatin1String("level")).toInt();
        n.label = ImportScorer::normalise(o.value(QLatin1String("label")).toString());
        n.titleKey = ImportScorer::normalise(o.value(QLatin1String("title")).toString(), 6);
        for (const QJsonValue &d : o.value(QLatin1String("lead")).toArray())
            n.lead.insert(ImportScorer::normalise(d.toString()));
        for (const QJsonValue &d : o.value(QLatin1String("support")).toArray())
            n.support.insert(ImportScorer::normalise(d.toString()));
        n.namesDepartments = !n.lead.isEmpty() || !n.support.isEmpty();
        for (const QJsonValue &t : o.value(QLatin1String("targets")).toArray()) {
            const QJsonObject to = t.toObject();
            const double value = to.value(QLatin1String("value")).toDouble(std::nan(""));
            n.targets.append(to.value(QLatin1String("op")).toString() + QLatin1Char('|')
                             + QString::number(value, 'g', 12) + QLatin1Char('|')
                             + ImportScorer::normalise(to.value(QLatin1String("unit")).toString()));
        }
        out->append(n);
    }
    return true;
}

} // namespace

bool ImportScorer::score(const QByteArray &goldJson, const QByteArray &foundJson, ImportScore *out, QString *error)
{
    QList<Node> gold, found;
    QString e;
    if (!readNodes(goldJson, &gold, &e)) {
        if (error)
            *error = QStringLiteral("gold: ") + e;
        return false;
    }
    if (!readNodes(foundJson, &found, &e)) {
        if (error)
            *error = QStringLiteral("extraction: ") + e;
        return false;
    }
    ImportScore s;
    for (const Node &n : gold) {
        ++s.goldNodes;
        (n.kind == QLatin1String("section") ? s.goldSections : s.goldTasks)++;
    }
    for (const Node &n : found) {
        ++s.foundNodes;
        (n.kind == QLatin1String("section") ? s.foundSections : s.foundTasks)++;
    }
    int next = 0;
    for (const Node &g : gold) {
        const bool task = g.kind == QLatin1String("task");
        if (task && g.namesDepartments)
            ++s.departmentTasks;
        int match = -1;
        for (int j = next; j < found.size(); ++j) {
            const Node &f = found.at(j);
            if (f.kind == g.kind && f.level == g.level && f.label == g.label && f.titleKey == g.titleKey) {
                match = j;
                break;
            }
        }
        if (match < 0)
            continue;
        next = match + 1;
        const Node &f = found.at(match);
        ++s.matchedNodes;
        (task ? s.matchedTasks : s.matchedSections)++;
        if (task && g.namesDepartments && f.lead == g.lead && f.support == g.support)
            ++s.departmentCorrect;
        s.goldTargets += int(g.targets.size());
        s.foundTargets += int(f.targets.size());
        QList<QString> remaining = f.targets;
        for (const QString &t : g.targets)
            if (remaining.removeOne(t))
                ++s.matchedTargets;
    }
    *out = s;
    return true;
}

} // namespace ap
