#include "targettext.h"

#include "progressreport.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

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
    if (t.hasSteps()) {
        QStringList steps;
        for (const TargetStep &step : t.milestones)
            steps << (step.value ? formatNumber(*step.value) + t.unit : QStringLiteral("—"))
                    + (step.due.isValid() ? QStringLiteral(" (%1)").arg(step.due.toString(Qt::ISODate)) : QString());
        steps << (t.value ? formatNumber(*t.value) + t.unit : QStringLiteral("—"));
        if (!s.isEmpty())
            s += QLatin1Char(' ');
        s += opDisplay(t.op) + QLatin1Char(' ') + steps.join(QStringLiteral("、"));
    } else if (t.value) {
        if (!s.isEmpty())
            s += QLatin1Char(' ');
        s += opDisplay(t.op) + QLatin1Char(' ') + formatNumber(*t.value) + t.unit;
    }
    if (t.baseline) {
        const QString base = formatNumber(*t.baseline) + t.unit;
        const QString when = t.baselineSource == BaselineSource::LastYearPeriod && period::parse(t.baselinePeriod, nullptr, nullptr)
            ? period::display(t.baselinePeriod)
            : t.baselinePeriod;
        if (!when.isEmpty())
            s += QCoreApplication::translate("ap::targetSummary", " (baseline %1: %2)").arg(when, base);
        else
            s += t.baselineYear ? QCoreApplication::translate("ap::targetSummary", " (baseline %1: %2)")
                                  .arg(QString::number(*t.baselineYear), base)
                            : QCoreApplication::translate("ap::targetSummary", " (baseline: %1)").arg(base);
    }
    if (t.due.isValid())
        s += QCoreApplication::translate("ap::targetSummary", ", due %1").arg(t.due.toString(Qt::ISODate));
    return s;
}

QString periodBaselineWords(const QString &key)
{
    QDate first, last;
    if (period::parse(key, &first, &last)) {
        const bool quarter = key.contains(QLatin1Char('Q'));
        if (quarter && last.month() == 3)
            return QStringLiteral("%1年一季度").arg(last.year());
        if (quarter && last.month() == 6)
            return QStringLiteral("%1年上半年").arg(last.year());
        return QStringLiteral("截至%1年%2月").arg(last.year()).arg(last.month());
    }
    const QDate day = QDate::fromString(key, Qt::ISODate);
    if (day.isValid())
        return QStringLiteral("截至%1年%2月%3日").arg(day.year()).arg(day.month()).arg(day.day());
    return QStringLiteral("上年");
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

// A step's date after the first, in the first's year: "9月底", "年底"; the year's own value
// without a date is due at the year's end.
QString laterDueWords(const QDate &due, int year)
{
    if (!due.isValid() || (due.year() == year && due.month() == 12 && due.day() == 31))
        return QStringLiteral("年底");
    const QString words = dueWords(due).mid(1);   // without 到
    const QString sameYear = QStringLiteral("%1年").arg(year);
    return due.year() == year && words.startsWith(sameYear) && due.day() == due.daysInMonth() ? words.mid(sameYear.size())
                                                                                                : words;
}

// What a step's amount is said with: "达到" + "3家" + "以上". Without a baseline, so the same
// for every step.
QPair<QString, QString> amountWords(TargetOp op, bool rate)
{
    switch (op) {
    case TargetOp::AtLeast: return rate ? qMakePair(QStringLiteral("不低于"), QString()) : qMakePair(QStringLiteral("达到"), QStringLiteral("以上"));
    case TargetOp::AtMost: return {QStringLiteral("控制在"), QStringLiteral("以内")};
    case TargetOp::Equal: return {QStringLiteral("达到"), QString()};
    case TargetOp::Above: return {QStringLiteral("超过"), QString()};
    case TargetOp::Below: return {QStringLiteral("低于"), QString()};
    }
    return {};
}

bool isRateUnit(const QString &unit)
{
    return unit.contains(QLatin1Char('%')) || unit.contains(QStringLiteral("‰"));
}

QString baselineWords(const Target &t, BaselineWording wording)
{
    if (!t.baseline)
        return QString();
    if (t.baselineSource == BaselineSource::LastYearPeriod)
        return QStringLiteral("（%1为%2）").arg(periodBaselineWords(t.baselinePeriod), formatNumber(*t.baseline) + t.unit);
    if (t.baselineSource == BaselineSource::LastYearTarget) {
        // Last year's target is no result: named as what it is, or not printed.
        if (wording != BaselineWording::SayTarget)
            return QString();
        const QString year = t.baselineYear ? QStringLiteral("%1年").arg(*t.baselineYear) : QStringLiteral("上年");
        return QStringLiteral("（%1目标为%2）").arg(year, formatNumber(*t.baseline) + t.unit);
    }
    const QString year = t.baselineYear ? QStringLiteral("%1年").arg(*t.baselineYear) : QString();
    return QStringLiteral("（%1为%2）").arg(year, formatNumber(*t.baseline) + t.unit);
}

// A target with steps, as a 公文 says milestones: "到2026年6月底、9月底、年底，完成改造的中心分别
// 达到3家以上、6家以上、10家以上（2025年为1家）".
QString stepsProse(const Target &t, BaselineWording wording)
{
    const QList<TargetStep> steps = t.steps();
    int year = 0;
    for (const TargetStep &step : steps)
        if (step.due.isValid()) {
            year = step.due.year();
            break;
        }
    QStringList dues, amounts;
    const auto [verb, suffix] = amountWords(t.op, isRateUnit(t.unit));
    for (const TargetStep &step : steps) {
        dues << (dues.isEmpty() && step.due.isValid() ? dueWords(step.due) : laterDueWords(step.due, year));
        amounts << (step.value ? formatNumber(*step.value) + t.unit + suffix : QStringLiteral("—"));
    }
    if (!dues.first().startsWith(QStringLiteral("到")))
        dues.first().prepend(year ? QStringLiteral("到%1").arg(year) : QStringLiteral("到"));
    return dues.join(QStringLiteral("、")) + QStringLiteral("，") + t.indicator + QStringLiteral("分别") + verb
        + amounts.join(QStringLiteral("、")) + baselineWords(t, wording);
}

} // namespace

QString targetProse(const Target &t, BaselineWording wording)
{
    if (t.hasSteps() && t.value)
        return stepsProse(t, wording);
    QString s = dueWords(t.due);
    s += t.indicator;
    if (!t.value)
        return s;
    const QString amount = formatNumber(*t.value) + t.unit;
    const bool rate = isRateUnit(t.unit);
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
    return s + baselineWords(t, wording);
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

namespace {

// A step's date as the grammar writes it: "6月底", "6月15日", "年底" in year, ISO otherwise.
QString dueText(const QDate &due, int year)
{
    if (due.year() != year)
        return due.toString(Qt::ISODate);
    if (due.month() == 12 && due.day() == 31)
        return QStringLiteral("年底");
    if (due.day() == due.daysInMonth())
        return QStringLiteral("%1月底").arg(due.month());
    return QStringLiteral("%1月%2日").arg(due.month()).arg(due.day());
}

// The dates dueText writes, and "2026年6月底", "年末", "6月末", "2026年底"; invalid when none.
QDate dueFrom(const QString &text, int year)
{
    const QString t = text.trimmed();
    const QDate iso = QDate::fromString(t, Qt::ISODate);
    if (iso.isValid())
        return iso;
    static const QRegularExpression form(
        QStringLiteral("^(?:(\\d{4})年)?(?:(年底|年末)|(\\d{1,2})月(?:(底|末)|(\\d{1,2})日)?)$"));
    const QRegularExpressionMatch m = form.match(t);
    if (!m.hasMatch())
        return QDate();
    const int y = m.captured(1).isEmpty() ? year : m.captured(1).toInt();
    if (!m.captured(2).isEmpty())
        return QDate(y, 12, 31);
    const QDate first(y, m.captured(3).toInt(), 1);
    if (!first.isValid())
        return QDate();
    if (!m.captured(5).isEmpty())
        return QDate(y, first.month(), m.captured(5).toInt());
    return QDate(y, first.month(), first.daysInMonth());   // "6月", "6月底"
}

// One step as the grammar writes it: "3家(6月底)" — amount, unit, the date in brackets (optional).
const QRegularExpression &stepPattern()
{
    static const QRegularExpression step(QStringLiteral(
        "(-?\\d+(?:\\.\\d+)?)([^\\d\\s(（、,，；;]*)\\s*(?:[(（]([^)）]*)[)）])?"));
    return step;
}

QString stepText(const TargetStep &step, const QString &unit, int year)
{
    return (step.value ? formatNumber(*step.value) : QStringLiteral("0")) + unit
        + (step.due.isValid() ? QStringLiteral("(%1)").arg(dueText(step.due, year)) : QString());
}

// "…3家(6月底)、6家(9月底)、10家(年底)" at the end of a part: its steps, the text before them.
bool parseSteps(const QString &part, int year, Target *out)
{
    static const QRegularExpression list(QStringLiteral(
        "^(.*?)\\s*(≥|≤|>=|<=|=|>|<)?\\s*((?:-?\\d+(?:\\.\\d+)?[^\\d\\s(（、,，；;]*\\s*[(（][^)）]*[)）]\\s*[、,，]\\s*)*"
        "-?\\d+(?:\\.\\d+)?[^\\d\\s(（、,，；;]*\\s*(?:[(（][^)）]*[)）])?)\\s*$"));
    const QRegularExpression &step = stepPattern();
    const QRegularExpressionMatch m = list.match(part);
    if (!m.hasMatch() || (m.captured(2).isEmpty() && m.captured(1).isEmpty()))
        return false;
    QList<TargetStep> steps;
    QString unit;
    auto it = step.globalMatch(m.captured(3));
    while (it.hasNext()) {
        const QRegularExpressionMatch s = it.next();
        TargetStep st{s.captured(1).toDouble(), QDate()};
        if (s.capturedLength(3) > 0) {
            st.due = dueFrom(s.captured(3), year);
            if (!st.due.isValid())
                return false;
        }
        if (!steps.isEmpty() && !steps.last().due.isValid())
            return false;   // only the year's value may go without a date
        const QString u = s.captured(2).trimmed();
        if (!unit.isEmpty() && !u.isEmpty() && u != unit)
            return false;
        if (!u.isEmpty())
            unit = u;
        steps.append(st);
    }
    // A lone amount without a date and without a comparison is no step form ("培训500人次").
    if (steps.isEmpty() || (steps.size() == 1 && !steps.first().due.isValid() && m.captured(2).isEmpty()))
        return false;
    out->indicator = m.captured(1).trimmed();
    out->op = opFromSymbol(m.captured(2)).value_or(TargetOp::AtLeast);
    out->unit = unit;
    out->value = steps.last().value;
    out->due = steps.last().due;
    steps.removeLast();
    out->milestones = steps;
    return true;
}

} // namespace

const QList<ComparisonWord> &comparisonWords()
{
    static const QList<ComparisonWord> words = {
        {u"不超过", TargetOp::AtMost},  {u"不高于", TargetOp::AtMost},  {u"不大于", TargetOp::AtMost},
        {u"不多于", TargetOp::AtMost},  {u"控制在", TargetOp::AtMost},  {u"控制到", TargetOp::AtMost},
        {u"降低至", TargetOp::AtMost},  {u"降低到", TargetOp::AtMost},  {u"下降至", TargetOp::AtMost},
        {u"下降到", TargetOp::AtMost},  {u"减少至", TargetOp::AtMost},  {u"减少到", TargetOp::AtMost},
        {u"缩短至", TargetOp::AtMost},  {u"缩短到", TargetOp::AtMost},  {u"压缩至", TargetOp::AtMost},
        {u"压缩到", TargetOp::AtMost},  {u"降至", TargetOp::AtMost},    {u"降到", TargetOp::AtMost},
        {u"≤", TargetOp::AtMost},       {u"<=", TargetOp::AtMost},
        {u"不低于", TargetOp::AtLeast}, {u"不少于", TargetOp::AtLeast}, {u"不小于", TargetOp::AtLeast},
        {u"至少", TargetOp::AtLeast},   {u"达到", TargetOp::AtLeast},   {u"提升至", TargetOp::AtLeast},
        {u"提升到", TargetOp::AtLeast}, {u"提高至", TargetOp::AtLeast}, {u"提高到", TargetOp::AtLeast},
        {u"增加至", TargetOp::AtLeast}, {u"增加到", TargetOp::AtLeast}, {u"增长至", TargetOp::AtLeast},
        {u"增长到", TargetOp::AtLeast}, {u"上升至", TargetOp::AtLeast}, {u"上升到", TargetOp::AtLeast},
        {u"扩大至", TargetOp::AtLeast}, {u"增至", TargetOp::AtLeast},   {u"保持在", TargetOp::AtLeast},
        {u"稳定在", TargetOp::AtLeast}, {u"巩固在", TargetOp::AtLeast}, {u"维持在", TargetOp::AtLeast},
        {u"保持", TargetOp::AtLeast},   {u"≥", TargetOp::AtLeast},      {u">=", TargetOp::AtLeast},
        {u"超过", TargetOp::Above},     {u"高于", TargetOp::Above},     {u"大于", TargetOp::Above},
        {u"多于", TargetOp::Above},     {u"超", TargetOp::Above},       {u"低于", TargetOp::Below},
        {u"少于", TargetOp::Below},     {u"小于", TargetOp::Below},     {u"达", TargetOp::AtLeast},
        {u"为", TargetOp::AtLeast},     {u"至", TargetOp::AtLeast},     {u"到", TargetOp::AtLeast},
        {u">", TargetOp::Above},        {u"<", TargetOp::Below},        {u"=", TargetOp::Equal},
    };
    return words;
}

namespace {

// A baseline in brackets closing a part: "（2026年为60%）", "(2025年：80%)", "（2025年3家）",
// "（基数60%）", "（基线为60%）", "（上年为80%）". The part is left without it. A step's date in
// brackets ("(2026年6月底)") is no baseline.
bool takeBaseline(QString *part, Target *t)
{
    static const QRegularExpression form(QStringLiteral(
        "[(（]\\s*(?:(\\d{4})\\s*年(?:底|末)?|(基数|基线|现状|上年))\\s*(?:为|是|:|：)?\\s*"
        "(-?\\d+(?:\\.\\d+)?)\\s*([^()（）\\d]*?)\\s*[)）]\\s*$"));
    const QRegularExpressionMatch m = form.match(*part);
    if (!m.hasMatch() || m.captured(4).contains(QStringLiteral("月")) || m.captured(4).contains(QStringLiteral("日")))
        return false;
    t->baseline = m.captured(3).toDouble();
    if (!m.captured(1).isEmpty())
        t->baselineYear = m.captured(1).toInt();
    t->baselineSource = BaselineSource::Given;
    *part = part->left(m.capturedStart()).trimmed();
    return true;
}

// "签约率提升至85%", "培训达到500人次以上", "投诉率控制在0.5%以内": indicator, word, amount, unit and
// the closing 以上/以下/以内 (which say the comparison when the word does not).
bool parseWords(const QString &part, Target *t)
{
    // A typed part is read by its words of two characters and more: a lone "达", "为" or "到" (which
    // the importer weighs in its sentence) would take "到2027年底" for an amount here.
    static const QHash<QString, TargetOp> words = [] {
        QHash<QString, TargetOp> out;
        for (const ComparisonWord &w : comparisonWords()) {
            const QString word = QString::fromUtf16(w.word);
            if (word.size() >= 2 && word.front().unicode() >= 0x80)
                out.insert(word, w.op);
        }
        return out;
    }();
    static const QRegularExpression form = [] {
        QStringList alternatives = words.keys();
        std::sort(alternatives.begin(), alternatives.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
        return QRegularExpression(QStringLiteral("^(.*?)\\s*(%1)\\s*(-?\\d+(?:\\.\\d+)?)\\s*(.*?)\\s*(及以上|及以下|以上|以下|以内)?$")
                                      .arg(alternatives.join(QLatin1Char('|'))));
    }();
    const QRegularExpressionMatch m = form.match(part);
    if (!m.hasMatch())
        return false;
    t->indicator = m.captured(1).trimmed();
    t->op = words.value(m.captured(2));
    const QString closing = m.captured(5);
    if (closing.endsWith(QStringLiteral("以上")))
        t->op = TargetOp::AtLeast;
    else if (!closing.isEmpty())
        t->op = TargetOp::AtMost;
    t->value = m.captured(3).toDouble();
    t->unit = m.captured(4).trimmed();
    return true;
}

// A unit that holds more than a unit: brackets, figures (a rate's "/10万" aside), a whole clause.
bool doubtfulUnit(const QString &unit)
{
    static const QRegularExpression odd(QStringLiteral("[()（）≥≤<>=，,、]"));
    static const QRegularExpression figure(QStringLiteral("\\d"));
    static const QRegularExpression rate(QStringLiteral("^/\\d+(?:\\.\\d+)?[万千百]?[^\\d]{0,3}$"));
    return unit.contains(odd) || (unit.contains(figure) && !rate.match(unit).hasMatch()) || unit.size() > 6;
}

} // namespace

QList<Target> parseTargets(const QString &text, int year, QStringList *doubts)
{
    if (year == 0)
        year = QDate::currentDate().year();
    static const QRegularExpression split(QStringLiteral("[；;\\n]+"));
    static const QRegularExpression form(
        QStringLiteral("^(.*?)\\s*(≥|≤|>=|<=|=|>|<)\\s*(-?\\d+(?:\\.\\d+)?)\\s*(.*)$"));
    static const QRegularExpression figure(QStringLiteral("\\d"));
    QList<Target> out;
    for (const QString &part : text.split(split, Qt::SkipEmptyParts)) {
        QString p = part.trimmed();
        if (p.isEmpty())
            continue;
        Target t;
        takeBaseline(&p, &t);
        if (parseSteps(p, year, &t)) {
            out << t;
            continue;
        }
        const QRegularExpressionMatch m = form.match(p);
        if (m.hasMatch()) {
            t.indicator = m.captured(1).trimmed();
            t.op = opFromSymbol(m.captured(2)).value_or(TargetOp::AtLeast);
            t.value = m.captured(3).toDouble();
            t.unit = m.captured(4).trimmed();
        } else if (!parseWords(p, &t)) {
            t.indicator = p;
        }
        // What the grammar did not take apart is kept as typed, and said.
        if (doubts && ((t.value && doubtfulUnit(t.unit)) || (!t.value && t.indicator.contains(figure))))
            doubts->append(part.trimmed());
        out << t;
    }
    return out;
}

QString targetsText(const QList<Target> &targets, int year)
{
    QStringList parts;
    for (const Target &t : targets) {
        if (!t.value && !t.hasSteps()) {
            parts << t.indicator;
            continue;
        }
        QStringList steps;
        for (const TargetStep &step : t.steps())
            steps << stepText(step, t.unit, year);
        QString part = t.indicator + opDisplay(t.op) + steps.join(QStringLiteral("、"));
        // A baseline the clerk gave is written as it is typed; one taken from last year's file
        // (a result or a target) is the roll forward's and stays out of the text.
        if (t.baseline && t.baselineSource == BaselineSource::Given)
            part += t.baselineYear ? QStringLiteral("（%1年为%2）").arg(*t.baselineYear).arg(formatNumber(*t.baseline) + t.unit)
                                   : QStringLiteral("（基数%1）").arg(formatNumber(*t.baseline) + t.unit);
        parts << part;
    }
    return parts.join(QStringLiteral("；"));
}

QString stepsText(const Target &t, int year)
{
    QStringList parts;
    for (const TargetStep &step : t.milestones)
        parts << stepText(step, t.unit, year);
    return parts.join(QStringLiteral("、"));
}

bool parseStepsText(const QString &text, int year, QList<TargetStep> *out)
{
    if (year == 0)
        year = QDate::currentDate().year();
    static const QRegularExpression split(QStringLiteral("[、,，;；]+"));
    QList<TargetStep> steps;
    for (const QString &part : text.split(split, Qt::SkipEmptyParts)) {
        // The grammar's step, the whole part, with its date (a step before the year's has one).
        const QString p = part.trimmed();
        const QRegularExpressionMatch m = stepPattern().match(p);
        if (!m.hasMatch() || m.capturedStart() != 0 || m.capturedLength() != p.size() || m.capturedLength(3) == 0)
            return false;
        const QDate due = dueFrom(m.captured(3), year);
        if (!due.isValid())
            return false;
        steps.append({m.captured(1).toDouble(), due});
    }
    std::sort(steps.begin(), steps.end(), [](const TargetStep &a, const TargetStep &b) { return a.due < b.due; });
    *out = steps;
    return true;
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
                // The text says the steps and the year's date (targetsText writes them).
                merged.due = n.due;
                merged.milestones = n.milestones;
                // A baseline the text gives is the clerk's; none keeps the old one.
                if (n.baseline) {
                    merged.baseline = n.baseline;
                    merged.baselineYear = n.baselineYear;
                    merged.baselineSource = BaselineSource::Given;
                    merged.baselinePeriod.clear();
                }
                n = merged;
                used << o.id;
            }
    return parsed;
}

} // namespace ap
