#include "targettext.h"

#include <QRegularExpression>

#include <QCoreApplication>

namespace ap {

QString formatNumber(double value)
{
    QString s = QString::number(value, 'f', 6);
    if (s.contains(QLatin1Char('.'))) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
    }
    if (s == QLatin1String("-0"))
        s = QStringLiteral("0");
    return s;
}

QString targetSummary(const Target &t)
{
    QString s = t.indicator;
    if (t.value) {
        if (!s.isEmpty())
            s += QLatin1Char(' ');
        s += opDisplay(t.op) + QLatin1Char(' ') + formatNumber(*t.value) + t.unit;
    }
    if (t.baseline) {
        const QString base = formatNumber(*t.baseline) + t.unit;
        s += t.baselineYear ? QCoreApplication::translate("ap::targetSummary", " (baseline %1: %2)")
                                  .arg(QString::number(*t.baselineYear), base)
                            : QCoreApplication::translate("ap::targetSummary", " (baseline: %1)").arg(base);
    }
    if (t.due.isValid())
        s += QCoreApplication::translate("ap::targetSummary", ", due %1").arg(t.due.toString(Qt::ISODate));
    return s;
}

namespace {

QString dueWords(const QDate &due)
{
    if (!due.isValid())
        return QString();
    if (due.day() == due.daysInMonth()) {
        if (due.month() == 12)
            return QStringLiteral("到%1年底").arg(due.year());
        return QStringLiteral("到%1年%2月底").arg(due.year()).arg(due.month());
    }
    return QStringLiteral("%1年%2月%3日前").arg(due.year()).arg(due.month()).arg(due.day());
}

} // namespace

QString targetProse(const Target &t, BaselineWording wording)
{
    QString s = dueWords(t.due);
    s += t.indicator;
    if (!t.value)
        return s;
    const QString amount = formatNumber(*t.value) + t.unit;
    const bool rate = t.unit.contains(QLatin1Char('%')) || t.unit.contains(QStringLiteral("‰"));
    const bool hasBaseline = t.baseline.has_value();
    switch (t.op) {
    case TargetOp::AtLeast:
        if (hasBaseline && *t.baseline < *t.value)
            s += QStringLiteral("提升至") + amount;
        else if (rate)
            s += QStringLiteral("不低于") + amount;
        else
            s += QStringLiteral("达到") + amount + QStringLiteral("以上");
        break;
    case TargetOp::AtMost:
        if (hasBaseline && *t.baseline > *t.value)
            s += QStringLiteral("降至") + amount + QStringLiteral("以下");
        else
            s += QStringLiteral("控制在") + amount + QStringLiteral("以内");
        break;
    case TargetOp::Equal:
        s += (hasBaseline && *t.baseline == *t.value ? QStringLiteral("保持在") : QStringLiteral("达到")) + amount;
        break;
    case TargetOp::Above:
        s += QStringLiteral("超过") + amount;
        break;
    case TargetOp::Below:
        s += QStringLiteral("低于") + amount;
        break;
    }
    if (hasBaseline && t.baselineSource == BaselineSource::LastYearTarget) {
        // Last year's target is no result: named as what it is, or not printed.
        if (wording == BaselineWording::SayTarget) {
            const QString year = t.baselineYear ? QStringLiteral("%1年").arg(*t.baselineYear) : QStringLiteral("上年");
            s += QStringLiteral("（%1目标为%2）").arg(year, formatNumber(*t.baseline) + t.unit);
        }
    } else if (hasBaseline) {
        const QString year = t.baselineYear ? QStringLiteral("%1年").arg(*t.baselineYear) : QString();
        s += QStringLiteral("（%1为%2）").arg(year, formatNumber(*t.baseline) + t.unit);
    }
    return s;
}

QString targetsProse(const QList<Target> &targets, BaselineWording wording)
{
    QStringList parts;
    for (const Target &t : targets) {
        const QString p = targetProse(t, wording);
        if (!p.isEmpty())
            parts << p;
    }
    return parts.join(QStringLiteral("，"));
}

bool targetStatedIn(const Target &t, const QString &text)
{
    const QString indicator = t.indicator.trimmed();
    if (!t.value)
        return !indicator.isEmpty() && text.contains(indicator);
    const QString amount = formatNumber(*t.value) + t.unit.trimmed();
    if (!t.unit.trimmed().isEmpty())
        return text.contains(amount);
    return !indicator.isEmpty() && text.contains(indicator) && text.contains(amount);
}

QString targetsProseBeyond(const QList<Target> &targets, const QString &text, BaselineWording wording)
{
    QList<Target> left;
    for (const Target &t : targets)
        if (!targetStatedIn(t, text))
            left << t;
    return targetsProse(left, wording);
}

QList<Target> parseTargets(const QString &text)
{
    static const QRegularExpression split(QStringLiteral("[；;\\n]+"));
    static const QRegularExpression form(
        QStringLiteral("^(.*?)\\s*(≥|≤|>=|<=|=|>|<)\\s*(-?\\d+(?:\\.\\d+)?)\\s*(.*)$"));
    QList<Target> out;
    for (const QString &part : text.split(split, Qt::SkipEmptyParts)) {
        const QString p = part.trimmed();
        if (p.isEmpty())
            continue;
        Target t;
        const QRegularExpressionMatch m = form.match(p);
        if (m.hasMatch()) {
            t.indicator = m.captured(1).trimmed();
            t.op = opFromSymbol(m.captured(2)).value_or(TargetOp::AtLeast);
            t.value = m.captured(3).toDouble();
            t.unit = m.captured(4).trimmed();
        } else {
            t.indicator = p;
        }
        out << t;
    }
    return out;
}

QString targetsText(const QList<Target> &targets)
{
    QStringList parts;
    for (const Target &t : targets)
        parts << t.indicator + (t.value ? opDisplay(t.op) + formatNumber(*t.value) + t.unit : QString());
    return parts.join(QStringLiteral("；"));
}

QList<Target> mergeTargets(const QList<Target> &old, QList<Target> parsed)
{
    QList<Id> used;
    for (Target &n : parsed)
        for (const Target &o : old)
            if (n.id == 0 && o.indicator == n.indicator && !used.contains(o.id)) {
                Target merged = o;
                merged.op = n.op;
                merged.value = n.value;
                merged.unit = n.unit;
                n = merged;
                used << o.id;
            }
    return parsed;
}

} // namespace ap
