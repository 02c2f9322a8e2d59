#include "importtext.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace ap::importrules::detail {

extern const QString kChineseDigits;
const QString kChineseDigits = QStringLiteral("零〇一二两三四五六七八九");
extern const QString kChineseNumeralChars;
const QString kChineseNumeralChars = QStringLiteral("零〇一二两三四五六七八九十百千万");

bool isChineseNumeralChar(QChar c)
{
    return kChineseNumeralChars.contains(c);
}

bool isClauseBoundary(QChar c)
{
    return c == QLatin1Char(',') || c == QLatin1Char(';') || c == QChar(0x3002) /* 。 */
        || c == QLatin1Char(':') || c == QLatin1Char('!') || c == QLatin1Char('?') || c == QLatin1Char('\n')
        || c == QLatin1Char('(') || c == QLatin1Char(')');
}

bool isSentenceEnd(QChar c)
{
    return c == QChar(0x3002) || c == QLatin1Char(';') || c == QLatin1Char('!') || c == QLatin1Char('?')
        || c == QLatin1Char('\n');
}

bool isCjk(QChar c)
{
    return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF;
}

namespace {

// Units a plan writes after a number. Excluded ones mark ages, dates, grades and durations of
// programmes, which qualify a sentence and are never goals.
struct UnitWord
{
    const char16_t *word;
    bool excluded;
};
const UnitWord kUnits[] = {
    {u"个百分点", false}, {u"百分点", false}, {u"万平方米", false}, {u"万人次", false}, {u"万元", false},
    {u"亿元", false},     {u"万例", false},   {u"万名", false},     {u"万人", false},   {u"万户", false},
    {u"万份", false},     {u"万次", false},   {u"万台", false},     {u"万册", false},   {u"万剂", false},
    {u"万剂次", false},   {u"人次", false},   {u"场次", false},     {u"户次", false},   {u"批次", false},
    {u"台次", false},     {u"例次", false},   {u"平方米", false},   {u"公里", false},   {u"千米", false},
    {u"分钟", false},     {u"小时", false},   {u"工作日", false},   {u"个工作日", false}, {u"张床位", false},
    {u"床位", false},     {u"学时", false},   {u"课时", false},     {u"吨/日", false},  {u"/10万", false},    {u"/万", false},    {u"/千", false},
    {u"%", false},        {u"‰", false},      {u"家", false},       {u"个", false},     {u"名", false},
    {u"次", false},       {u"项", false},     {u"类", false},       {u"例", false},     {u"人", false},
    {u"户", false},       {u"辆", false},     {u"台", false},       {u"套", false},     {u"张", false},
    {u"所", false},       {u"座", false},     {u"条", false},       {u"支", false},     {u"件", false},
    {u"篇", false},       {u"份", false},     {u"期", false},       {u"批", false},     {u"班", false},
    {u"轮", false},       {u"场", false},     {u"村", false},       {u"镇", false},     {u"乡", false},
    {u"校", false},       {u"园", false},     {u"天", false},       {u"吨", false},     {u"元", false},
    {u"倍", false},       {u"门", false},     {u"块", false},       {u"处", false},     {u"册", false},
    {u"本", false},       {u"间", false},     {u"对", false},       {u"组", false},     {u"队", false},
    {u"站", false},       {u"剂", false},     {u"万", false},       {u"米", false},     {u"亩", false},
    {u"周岁", true},      {u"岁", true},      {u"个月", true},      {u"年", true},      {u"月", true},
    {u"日", true},        {u"号", true},      {u"级", true},        {u"周", true},      {u"届", true},
    {u"代", true},        {u"层", true},      {u"型", true},        {u"点", true},      {u"时", true},
    {u"字", true},        {u"位", true},      {u"度", true},
};

} // namespace

bool startsWithAt(const QString &text, int pos, QStringView word)
{
    return pos >= 0 && pos + word.size() <= text.size() && QStringView(text).mid(pos, word.size()) == word;
}

bool endsWithAt(const QString &text, int end, QStringView word)
{
    return end - word.size() >= 0 && QStringView(text).mid(end - word.size(), word.size()) == word;
}

int skipSpaces(const QString &text, int pos)
{
    while (pos < text.size() && (text.at(pos) == QLatin1Char(' ') || text.at(pos) == QLatin1Char('\t')))
        ++pos;
    return pos;
}

int skipSpacesBack(const QString &text, int end)
{
    while (end > 0 && (text.at(end - 1) == QLatin1Char(' ') || text.at(end - 1) == QLatin1Char('\t')))
        --end;
    return end;
}

// Units by their first character, so a number looks at a handful of candidates, not all.
const QHash<QChar, QList<QPair<QString, bool>>> &unitsByFirstChar()
{
    static const QHash<QChar, QList<QPair<QString, bool>>> table = [] {
        QHash<QChar, QList<QPair<QString, bool>>> t;
        for (const UnitWord &u : kUnits) {
            const QString w = QString::fromUtf16(u.word);
            t[w.front()].append({w, u.excluded});
        }
        return t;
    }();
    return table;
}

UnitMatch matchUnit(const QString &text, int pos)
{
    UnitMatch best;
    if (pos >= text.size())
        return best;
    const auto it = unitsByFirstChar().constFind(text.at(pos));
    if (it == unitsByFirstChar().cend())
        return best;
    for (const auto &u : *it) {
        if (u.first.size() > best.length && startsWithAt(text, pos, u.first)) {
            best.unit = u.first;
            best.excluded = u.second;
            best.length = int(u.first.size());
        }
    }
    // "24学时/人", "2次/年": a unit per person, year, month or household goes with it.
    static const QStringList per = {QStringLiteral("/人"), QStringLiteral("/年"), QStringLiteral("/月"),
                                    QStringLiteral("/户"), QStringLiteral("/人·年")};
    if (best.length > 0 && !best.excluded && !best.unit.contains(QLatin1Char('/')))
        for (const QString &p : per)
            if (startsWithAt(text, pos + best.length, p)) {
                best.unit += p;
                best.length += int(p.size());
                break;
            }
    return best;
}

QList<bool> quotedMask(const QString &text)
{
    QList<bool> mask(text.size(), false);
    int depth = 0;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QChar(0x201C) || c == QChar(0x300A) || c == QChar(0x300C)) {
            ++depth;
        } else if (c == QChar(0x201D) || c == QChar(0x300B) || c == QChar(0x300D)) {
            depth = std::max(0, depth - 1);
        } else if (c == QChar(0x3002) || c == QLatin1Char('\n')) {
            depth = 0;   // an unbalanced quote never spans sentences
        }
        mask[i] = depth > 0;
    }
    return mask;
}

int clauseStart(const QString &text, int pos, bool listCommaEnds)
{
    int i = pos;
    while (i > 0) {
        const QChar c = text.at(i - 1);
        if (isClauseBoundary(c) || (listCommaEnds && c == QChar(0x3001)))
            break;
        --i;
    }
    return i;
}

QString stripFillers(QString s)
{
    static const QStringList leading = {
        QStringLiteral("全年目标"), QStringLiteral("年度目标"), QStringLiteral("全年"), QStringLiteral("年度"),
        QStringLiteral("确保"), QStringLiteral("实现"), QStringLiteral("力争"), QStringLiteral("推动"),
        QStringLiteral("要求"), QStringLiteral("目标"), QStringLiteral("其中"), QStringLiteral("并"),
        QStringLiteral("且"), QStringLiteral("将"), QStringLiteral("使"), QStringLiteral("完成"),
        QStringLiteral("开展"), QStringLiteral("如")};
    static const QStringList trailing = {QStringLiteral("需"), QStringLiteral("要"), QStringLiteral("均"),
                                         QStringLiteral("的"), QStringLiteral("将"), QStringLiteral("再")};
    bool changed = true;
    while (changed) {
        changed = false;
        s = s.trimmed();
        for (const QString &w : leading)
            if (s.startsWith(w) && s.size() > w.size() + 1) {
                s.remove(0, w.size());
                changed = true;
            }
        for (const QString &w : trailing)
            if (s.endsWith(w) && s.size() > w.size() + 1) {
                s.chop(w.size());
                changed = true;
            }
    }
    return s.left(60);
}

QDate endOfMonth(int year, int month)
{
    const QDate first(year, month, 1);
    return first.isValid() ? first.addMonths(1).addDays(-1) : QDate();
}

bool isPageNumber(const QString &line)
{
    static const QRegularExpression pageNumber(QStringLiteral(
        "^(?:[—\\-–]\\s*\\d+\\s*[—\\-–]|第\\s*\\d+\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d+\\s*页)?|\\d+\\s*/\\s*\\d+|\\d{1,3})$"));
    return pageNumber.match(line).hasMatch();
}

} // namespace ap::importrules::detail
