#include "importrules.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace ap::importrules {

namespace {

const QString kChineseDigits = QStringLiteral("零〇一二两三四五六七八九");
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

// Words before a number that state the comparison, longest first where one contains another.
struct OpWord
{
    const char16_t *word;
    TargetOp op;
};
const OpWord kPrefixOps[] = {
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
    {u"扩大至", TargetOp::AtLeast}, {u"增至", TargetOp::AtLeast},   {u"保持在", TargetOp::AtLeast},
    {u"稳定在", TargetOp::AtLeast}, {u"巩固在", TargetOp::AtLeast}, {u"维持在", TargetOp::AtLeast},
    {u"保持", TargetOp::AtLeast},   {u"≥", TargetOp::AtLeast},      {u">=", TargetOp::AtLeast},
    {u"超过", TargetOp::Above},     {u"高于", TargetOp::Above},     {u"大于", TargetOp::Above},
    {u"多于", TargetOp::Above},     {u"超", TargetOp::Above},       {u"低于", TargetOp::Below},
    {u"少于", TargetOp::Below},     {u"小于", TargetOp::Below},     {u"达", TargetOp::AtLeast},
    {u"为", TargetOp::AtLeast},     {u"至", TargetOp::AtLeast},     {u"到", TargetOp::AtLeast},
    {u">", TargetOp::Above},        {u"<", TargetOp::Below},        {u"=", TargetOp::Equal},
};

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
    {u"床位", false},     {u"吨/日", false},  {u"/10万", false},    {u"/万", false},    {u"/千", false},
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

// Unit at pos: its text and whether it disqualifies the number; length 0 when none.
struct UnitMatch
{
    QString unit;
    bool excluded = false;
    int length = 0;
};
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
    return best;
}

// Marks characters inside “…”, 《…》 and 「…」: numbers there are names, not goals.
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

} // namespace

QString fold(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const ushort u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(ushort(u - 0xFEE0));
        else if (u == 0x3000)
            c = QLatin1Char(' ');
    }
    return out;
}

std::optional<int> chineseNumberValue(QStringView numeral)
{
    if (numeral.isEmpty())
        return std::nullopt;
    qint64 total = 0, section = 0, digit = -1;
    for (QChar c : numeral) {
        const int d = int(kChineseDigits.indexOf(c));
        if (d >= 0) {
            static const int values[] = {0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9};
            digit = values[d];
            continue;
        }
        int unit = 0;
        if (c == QChar(0x5341)) unit = 10;         // 十
        else if (c == QChar(0x767E)) unit = 100;   // 百
        else if (c == QChar(0x5343)) unit = 1000;  // 千
        else if (c == QChar(0x4E07)) unit = 10000; // 万
        else return std::nullopt;
        if (unit == 10000) {
            section += std::max<qint64>(digit, 0);
            total += std::max<qint64>(section, 1) * 10000;
            section = 0;
        } else {
            section += (digit < 0 ? 1 : digit) * unit;
        }
        digit = -1;
    }
    const qint64 v = total + section + std::max<qint64>(digit, 0);
    if (v > 100000000)
        return std::nullopt;
    return int(v);
}

std::optional<Label> matchLabel(const QString &t, int pos)
{
    if (pos < 0 || pos >= t.size())
        return std::nullopt;
    Label label;
    int i = pos;
    const QChar c = t.at(i);
    auto finish = [&](int end) {
        // A trailing 、 or . after a bracketed label is decoration: "(一)、".
        if (label.kind == LabelKind::ChineseParen || label.kind == LabelKind::ArabicParen) {
            const int j = skipSpaces(t, end);
            if (j < t.size() && (t.at(j) == QChar(0x3001) || t.at(j) == QLatin1Char('.')))
                end = j + 1;
        }
        label.length = skipSpaces(t, end) - pos;
        return std::optional<Label>(label);
    };
    if (c == QLatin1Char('(')) {
        i = skipSpaces(t, i + 1);
        int j = i;
        if (j < t.size() && t.at(j).isDigit()) {
            while (j < t.size() && t.at(j).isDigit() && j - i < 3)
                ++j;
            if (j < t.size() && t.at(j).isDigit())
                return std::nullopt;
            label.kind = LabelKind::ArabicParen;
            label.number = QStringView(t).mid(i, j - i).toInt();
        } else {
            while (j < t.size() && isChineseNumeralChar(t.at(j)) && j - i < 4)
                ++j;
            const auto n = chineseNumberValue(QStringView(t).mid(i, j - i));
            if (!n || *n == 0 || *n > 99)
                return std::nullopt;
            label.kind = LabelKind::ChineseParen;
            label.number = *n;
        }
        const int close = skipSpaces(t, j);
        if (close >= t.size() || t.at(close) != QLatin1Char(')'))
            return std::nullopt;
        label.normalised = label.kind == LabelKind::ArabicParen
            ? QStringLiteral("(%1)").arg(label.number)
            : QStringLiteral("(") + QStringView(t).mid(i, j - i).toString() + QStringLiteral(")");
        if (label.number == 0)
            return std::nullopt;
        return finish(close + 1);
    }
    if (c.unicode() >= 0x2460 && c.unicode() <= 0x2473) {
        label.kind = LabelKind::Circled;
        label.number = c.unicode() - 0x245F;
        label.normalised = QString(c);
        return finish(i + 1);
    }
    if (c.isDigit() && c.unicode() < 128) {
        int j = i;
        while (j < t.size() && t.at(j).isDigit())
            ++j;
        // Lists run past 999 in long plans; a four-digit number from 1900 to 2099 is a year
        // ("2026.") and five digits are no list at all.
        if (j - i > 4)
            return std::nullopt;
        if (j - i == 4) {
            const int n = QStringView(t).mid(i, 4).toInt();
            if (n >= 1900 && n <= 2099)
                return std::nullopt;
        }
        const int k = skipSpaces(t, j);
        if (k >= t.size())
            return std::nullopt;
        const QChar sep = t.at(k);
        if (sep != QLatin1Char('.') && sep != QChar(0x3001))
            return std::nullopt;
        if (k + 1 < t.size() && t.at(k + 1).isDigit())
            return std::nullopt;   // 1.5万例 is a number, not a label
        label.kind = LabelKind::ArabicDot;
        label.number = QStringView(t).mid(i, j - i).toInt();
        if (label.number == 0)
            return std::nullopt;
        label.normalised = QString::number(label.number) + QLatin1Char('.');
        return finish(k + 1);
    }
    if (isChineseNumeralChar(c) && c != QChar(0x4E24) && c != QChar(0x96F6) && c != QChar(0x3007)) {
        int j = i;
        while (j < t.size() && isChineseNumeralChar(t.at(j)) && j - i < 4)
            ++j;
        if (j >= t.size())
            return std::nullopt;
        const auto n = chineseNumberValue(QStringView(t).mid(i, j - i));
        if (!n || *n == 0 || *n > 99)
            return std::nullopt;
        const QString numeral = t.mid(i, j - i);
        if (t.at(j) == QChar(0x3001)) {   // 、
            // "一、二级医院" reads as a list of grades, not a heading.
            if (j + 1 < t.size() && isChineseNumeralChar(t.at(j + 1)) && j + 2 < t.size()
                && (t.at(j + 2) == QChar(0x7EA7) || t.at(j + 2) == QChar(0x7C7B)))
                return std::nullopt;
            label.kind = LabelKind::ChineseComma;
            label.number = *n;
            label.normalised = numeral + QChar(0x3001);
            return finish(j + 1);
        }
        if (t.at(j) == QChar(0x662F) && *n <= 30) {   // 是
            label.kind = LabelKind::Enumeration;
            label.number = *n;
            label.normalised = numeral + QChar(0x662F);
            return finish(j + 1);
        }
    }
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// Responsibility clauses

namespace {

enum class Role { None, Lead, Support };

struct RolePiece
{
    QString name;
    Role role = Role::None;
    bool qiantou = false;    // marked lead by 牵头 itself
};

const QStringList &leadMarkers()
{
    static const QStringList m = {QStringLiteral("按职责分工负责"), QStringLiteral("按职责负责"),
                                  QStringLiteral("分工负责"), QStringLiteral("共同负责"),
                                  QStringLiteral("牵头负责"), QStringLiteral("牵头"), QStringLiteral("负责")};
    return m;
}
const QStringList &supportMarkers()
{
    static const QStringList m = {QStringLiteral("配合落实"), QStringLiteral("协助配合"), QStringLiteral("配合"),
                                  QStringLiteral("参与"), QStringLiteral("协助"), QStringLiteral("协同"),
                                  QStringLiteral("协办")};
    return m;
}

QString cleanName(QString n)
{
    n = n.trimmed();
    static const QStringList tails = {QStringLiteral("等有关单位"), QStringLiteral("等相关单位"),
                                      QStringLiteral("等部门"), QStringLiteral("等单位"), QStringLiteral("等")};
    for (const QString &t : tails)
        if (n.endsWith(t) && n.size() > t.size()) {
            n.chop(t.size());
            break;
        }
    if (n.startsWith(QChar(0x7531)) && n.size() > 2)   // 由
        n.remove(0, 1);
    // Closing marks of the clause itself: 。 and the brackets some offices use, 【…】 and [...].
    static const QString closing = QStringLiteral("。.】]〕");
    static const QString opening = QStringLiteral("【[〔");
    while (!n.isEmpty() && closing.contains(n.back()))
        n.chop(1);
    while (!n.isEmpty() && opening.contains(n.front()))
        n.remove(0, 1);
    return n.trimmed();
}

// Reads "A、B牵头,C配合" into pieces with roles; unmarked pieces keep Role::None.
QList<RolePiece> parseUnitList(QString clause, Role defaultRole)
{
    clause.replace(QStringLiteral("(牵头)"), QStringLiteral("牵头"));
    clause.replace(QStringLiteral("(负责)"), QStringLiteral("负责"));
    clause.replace(QStringLiteral("(配合)"), QStringLiteral("配合"));
    QList<RolePiece> pieces;
    static const QRegularExpression separators(QStringLiteral("[,;]"));
    const QStringList groups = clause.split(separators, Qt::SkipEmptyParts);
    for (const QString &group : groups) {
        QStringList names = group.split(QChar(0x3001), Qt::SkipEmptyParts);
        // "各区、镇、街道": a generic group whose members are single words stays whole.
        for (int i = 0; i + 1 < names.size();) {
            const QString head = names.at(i).trimmed();
            const bool generic = head.startsWith(QChar(0x5404)) || head.startsWith(QStringLiteral("相关"))
                || head.startsWith(QStringLiteral("有关"));
            if (generic && names.at(i + 1).trimmed().size() <= 2) {
                names[i] = head + QChar(0x3001) + names.at(i + 1).trimmed();
                names.removeAt(i + 1);
            } else {
                ++i;
            }
        }
        const int groupStart = int(pieces.size());
        for (QString name : names) {
            name = name.trimmed();
            Role role = Role::None;
            bool qiantou = false;
            for (const QString &m : leadMarkers())
                if (name.endsWith(m)) {
                    name.chop(m.size());
                    role = Role::Lead;
                    qiantou = m.contains(QStringLiteral("牵头"));
                    break;
                }
            if (role == Role::None)
                for (const QString &m : supportMarkers())
                    if (name.endsWith(m)) {
                        name.chop(m.size());
                        role = Role::Support;
                        break;
                    }
            name = cleanName(name);
            if (role != Role::None) {
                // "A、B牵头": the marker covers the unmarked names before it in its group.
                for (int k = int(pieces.size()) - 1; k >= groupStart && pieces.at(k).role == Role::None; --k) {
                    pieces[k].role = role;
                    pieces[k].qiantou = qiantou;
                }
            }
            if (name.size() >= 2 && name.size() <= 30)
                pieces.append({name, role, qiantou});
        }
    }
    if (defaultRole != Role::None)
        for (RolePiece &p : pieces)
            if (p.role == Role::None)
                p.role = defaultRole;
    return pieces;
}

// End of a clause that starts at pos: the bracket that closes an enclosing "(", else the end
// of the sentence.
int clauseEnd(const QString &t, int pos, bool inBracket)
{
    int depth = 0;
    for (int i = pos; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (c == QLatin1Char('(')) {
            ++depth;
        } else if (c == QLatin1Char(')')) {
            if (depth == 0)
                return i;
            --depth;
        } else if (c == QChar(0x3002) || c == QLatin1Char('\n') || (!inBracket && c == QLatin1Char(';') && depth == 0)) {
            return i;
        }
    }
    return int(t.size());
}

bool insideBracket(const QString &t, int pos)
{
    for (int i = pos - 1; i >= 0; --i) {
        const QChar c = t.at(i);
        if (c == QLatin1Char(')') || c == QChar(0x3002))
            return false;
        if (c == QLatin1Char('('))
            return true;
    }
    return false;
}

} // namespace

Responsibility findResponsibility(const QString &t)
{
    Responsibility result;
    static const QStringList cues = {QStringLiteral("单位"), QStringLiteral("部门"), QStringLiteral("科室"),
                                     QStringLiteral("主体"), QStringLiteral("牵头"), QStringLiteral("负责"),
                                     QStringLiteral("配合"), QStringLiteral("参与"), QStringLiteral("协助"),
                                     QStringLiteral("协同"), QStringLiteral("协办")};
    if (std::none_of(cues.cbegin(), cues.cend(), [&t](const QString &c) { return t.contains(c); }))
        return result;
    QList<RolePiece> pieces;
    QList<QPair<int, int>> spans;

    auto addSpan = [&](int keywordStart, int contentEnd) {
        int s = keywordStart, e = contentEnd;
        if (s > 0 && t.at(s - 1) == QLatin1Char('(') && e < t.size() && t.at(e) == QLatin1Char(')')) {
            --s;
            ++e;
        }
        spans.append({s, e});
    };

    // Keyword clauses: 责任单位: / 牵头单位: / 配合单位:
    static const QRegularExpression keyword(
        QStringLiteral("(主要责任|牵头|责任|配合|协办|参与|协同|协助)(单位|部门|科室|主体)\\s*[:]"));
    auto it = keyword.globalMatch(t);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString kind = m.captured(1);
        const bool bracket = insideBracket(t, int(m.capturedStart()));
        const int start = int(m.capturedEnd());
        int end = clauseEnd(t, start, bracket);
        // In "牵头单位:A;配合单位:B" each keyword ends the previous list.
        const auto next = keyword.match(t, start);
        if (next.hasMatch() && next.capturedStart() < end)
            end = int(next.capturedStart());
        Role role = Role::None;
        if (kind == QStringLiteral("牵头"))
            role = Role::Lead;
        else if (kind != QStringLiteral("责任") && kind != QStringLiteral("主要责任"))
            role = Role::Support;
        QString content = t.mid(start, end - start);
        while (content.endsWith(QLatin1Char(';')) || content.endsWith(QLatin1Char(',')))
            content.chop(1);
        pieces += parseUnitList(content, role);
        addSpan(int(m.capturedStart()), end);
    }

    // Bracketed clauses without a keyword: (区卫健委牵头,区财政局配合) / (区卫健委负责).
    static const QRegularExpression bracketed(QStringLiteral("\\(([^()%\\d]{2,120})\\)"));
    static const QRegularExpression marker(
        QStringLiteral("(牵头|负责|配合|参与|协助|协同|协办)(落实)?$|(牵头|负责|配合|参与)(落实)?[,;、]"));
    auto bt = bracketed.globalMatch(t);
    while (bt.hasNext()) {
        const auto m = bt.next();
        const QString content = m.captured(1);
        if (keyword.match(content).hasMatch() || !marker.match(content).hasMatch())
            continue;
        if (content.contains(QChar(0x3002)) || content.contains(QStringLiteral("如")))
            continue;
        const QList<RolePiece> found = parseUnitList(content, Role::None);
        // Every piece must be a plausible unit name: short, no clause of its own.
        bool plausible = !found.isEmpty();
        for (const RolePiece &p : found)
            if (p.name.size() > 20)
                plausible = false;
        if (!plausible)
            continue;
        pieces += found;
        spans.append({int(m.capturedStart()), int(m.capturedEnd())});
    }

    // Unmarked units support only when some unit is marked 牵头; otherwise all of them lead.
    const bool qiantou = std::any_of(pieces.cbegin(), pieces.cend(), [](const RolePiece &q) { return q.qiantou; });
    for (const RolePiece &p : pieces) {
        Role role = p.role;
        if (role == Role::None)
            role = qiantou ? Role::Support : Role::Lead;
        if (result.lead.contains(p.name) || result.support.contains(p.name))
            continue;
        (role == Role::Lead ? result.lead : result.support).append(p.name);
    }
    std::sort(spans.begin(), spans.end());
    result.clauseSpans = spans;
    return result;
}

// ---------------------------------------------------------------------------------------------
// Deadlines

QDate latestDeadline(const QString &t, int planYear)
{
    QDate latest;
    if (!t.contains(QChar(0x5E74)) && !t.contains(QChar(0x6708)))   // 年 / 月: no date at all
        return latest;
    auto consider = [&](const QDate &d) {
        if (d.isValid() && (!latest.isValid() || d > latest))
            latest = d;
    };
    auto precededBy = [&](int pos, const QStringList &words) {
        const int end = skipSpacesBack(t, pos);
        for (const QString &w : words)
            if (endsWithAt(t, end, w))
                return true;
        return false;
    };
    static const QStringList toWords = {QStringLiteral("到"), QStringLiteral("至"), QStringLiteral("于"),
                                        QStringLiteral("在"), QStringLiteral("截至"), QStringLiteral("截止")};

    static const QRegularExpression fullDate(
        QStringLiteral("(20\\d\\d)\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*(前|之前|以前|完成)?"));
    for (auto it = fullDate.globalMatch(t); it.hasNext();) {
        const auto m = it.next();
        if (!m.captured(4).isEmpty() || precededBy(int(m.capturedStart()), toWords))
            consider(QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()));
    }
    static const QRegularExpression monthEnd(QStringLiteral("(20\\d\\d)\\s*年\\s*(\\d{1,2})\\s*月\\s*(底|末|前|份前|以前)"));
    for (auto it = monthEnd.globalMatch(t); it.hasNext();) {
        const auto m = it.next();
        consider(endOfMonth(m.captured(1).toInt(), m.captured(2).toInt()));
    }
    static const QRegularExpression yearEnd(QStringLiteral("(20\\d\\d)\\s*年\\s*(年底|年末|底|末)"));
    for (auto it = yearEnd.globalMatch(t); it.hasNext();) {
        const auto m = it.next();
        consider(QDate(m.captured(1).toInt(), 12, 31));
    }
    static const QRegularExpression byYear(QStringLiteral("(?:到|至)\\s*(20\\d\\d)\\s*年(?![\\d底末为是年上下前一二三])"));
    for (auto it = byYear.globalMatch(t); it.hasNext();) {
        const auto m = it.next();
        if (m.capturedStart() > 0 && t.at(m.capturedStart() - 1).isDigit())
            continue;
        consider(QDate(m.captured(1).toInt(), 12, 31));
    }
    static const QRegularExpression part(
        QStringLiteral("(20\\d\\d)\\s*年\\s*(上半年|一季度|第一季度|二季度|第二季度|三季度|第三季度|前三季度)(底|末|前|完成)?"));
    for (auto it = part.globalMatch(t); it.hasNext();) {
        const auto m = it.next();
        if (m.captured(3).isEmpty() && !precededBy(int(m.capturedStart()), toWords))
            continue;
        const QString p = m.captured(2);
        const int month = p.contains(QStringLiteral("一")) ? 3 : p.contains(QStringLiteral("三")) ? 9 : 6;
        consider(endOfMonth(m.captured(1).toInt(), month));
    }
    if (planYear > 0) {
        static const QRegularExpression monthOnly(QStringLiteral("(?<![\\d年])(\\d{1,2})\\s*月\\s*(底|末)(前)?"));
        for (auto it = monthOnly.globalMatch(t); it.hasNext();) {
            const auto m = it.next();
            consider(endOfMonth(planYear, m.captured(1).toInt()));
        }
        static const QRegularExpression monthDay(QStringLiteral("(?<![\\d年])(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*(前|之前|以前)"));
        for (auto it = monthDay.globalMatch(t); it.hasNext();) {
            const auto m = it.next();
            consider(QDate(planYear, m.captured(1).toInt(), m.captured(2).toInt()));
        }
    }
    return latest;
}

QString cadenceWords(const QString &t)
{
    static const QRegularExpression re(QStringLiteral("每(月|季度|季|半年|年|周|旬)"));
    const auto m = re.match(t);
    if (!m.hasMatch())
        return QString();
    return m.captured(1) == QStringLiteral("季") ? QStringLiteral("每季度") : m.captured(0);
}

// ---------------------------------------------------------------------------------------------
// Targets

namespace {

struct Quantity
{
    int start = 0;         // first character of the number
    int end = 0;           // after number, unit and suffix
    int opStart = -1;      // where an explicit comparison word starts, -1 when none
    double value = 0;
    QString unit;
    TargetOp op = TargetOp::AtLeast;
    std::optional<double> baseline;
    std::optional<int> baselineYear;
    QDate due;
    QString indicator;
    bool dropped = false;
};

// Comparison words by their last character, in the order of kPrefixOps.
const QHash<QChar, QList<QPair<QString, TargetOp>>> &opsByLastChar()
{
    static const QHash<QChar, QList<QPair<QString, TargetOp>>> table = [] {
        QHash<QChar, QList<QPair<QString, TargetOp>>> t;
        for (const OpWord &w : kPrefixOps) {
            const QString word = QString::fromUtf16(w.word);
            t[word.back()].append({word, w.op});
        }
        return t;
    }();
    return table;
}

std::optional<TargetOp> opBefore(const QString &t, int pos, int floor, int *opStart)
{
    const int end = skipSpacesBack(t, pos);
    if (end <= floor)
        return std::nullopt;
    const auto candidates = opsByLastChar().constFind(t.at(end - 1));
    if (candidates == opsByLastChar().cend())
        return std::nullopt;
    for (const auto &w : *candidates) {
        const QString &word = w.first;
        if (end - word.size() >= floor && endsWithAt(t, end, word)) {
            TargetOp op = w.second;
            if (word == u"至" || word == u"到") {
                // Direction from the verb earlier in the clause: 降低…至 / 提升…至.
                static const QRegularExpression down(QStringLiteral("降|减|缩短|压缩|控制|下降"));
                const QString clause = t.mid(floor, end - floor);
                op = down.match(clause).hasMatch() ? TargetOp::AtMost : TargetOp::AtLeast;
                // A bare 至/到 after a number is a range, never a comparison.
                const int before = end - 1;
                if (before > 0 && t.at(before - 1).isDigit())
                    return std::nullopt;
            }
            if (opStart)
                *opStart = int(end - word.size());
            return op;
        }
    }
    return std::nullopt;
}

double parseNumber(QString digits)
{
    digits.remove(QLatin1Char(','));
    return digits.toDouble();
}

} // namespace

QList<FoundTarget> findTargets(const QString &t)
{
    const QList<bool> quoted = quotedMask(t);
    QList<Quantity> found;

    static const QRegularExpression number(
        QStringLiteral("(\\d+(?:,\\d{3})*(?:\\.\\d+)?)(?:\\s*[-~～—–]\\s*(\\d+(?:\\.\\d+)?))?"));
    static const QRegularExpression chineseQuantity(
        QStringLiteral("([一二两三四五六七八九十百千万]{1,6})\\s*(倍|个|家|名|人次|人|次|项|所|户|例|场)"));
    static const QRegularExpression baselineParen(QStringLiteral(
        "^\\s*\\(\\s*(20\\d\\d)\\s*年\\s*(?:底|末)?\\s*(?:为|是|达|达到)?\\s*(?:(无)|(\\d+(?:\\.\\d+)?))"));
    static const QRegularExpression compareYear(QStringLiteral("(较|比|与)\\s*(20\\d\\d)\\s*年"));

    // Baselines in brackets, "(2025年为96%)", "(2025年3家)", "(2025年无)": their numbers are
    // never goals; one that does not directly follow its goal ("达到6级(2025年3家)") is given
    // to the goal before it in the same clause.
    struct BaselineParen
    {
        int start, end, year;
        double value;
        bool used = false;
    };
    QList<BaselineParen> baselineParens;
    {
        static const QRegularExpression paren(
            QStringLiteral("\\(\\s*(20\\d\\d)\\s*年\\s*(?:底|末)?\\s*(?:为|是|达|达到)?\\s*(?:(无)|(\\d+(?:\\.\\d+)?)[^()]{0,8})\\)"));
        for (auto it = paren.globalMatch(t); it.hasNext();) {
            const auto m = it.next();
            baselineParens.append({int(m.capturedStart()), int(m.capturedEnd()), m.captured(1).toInt(),
                                   m.captured(2).isEmpty() ? parseNumber(m.captured(3)) : 0.0});
        }
    }
    auto inBaselineParen = [&](int at) {
        for (BaselineParen &b : baselineParens)
            if (at > b.start && at < b.end)
                return true;
        return false;
    };

    auto scanSuffixAndBaseline = [&](Quantity &q, int pos) {
        pos = skipSpaces(t, pos);
        if (startsWithAt(t, pos, u"及以上") || startsWithAt(t, pos, u"以上")) {
            const int len = startsWithAt(t, pos, u"及以上") ? 3 : 2;
            if (startsWithAt(t, pos + len, u"的"))
                q.dropped = true;   // "2000户以上的社区": a qualifier
            q.op = TargetOp::AtLeast;
            q.opStart = pos;
            pos += len;
        } else if (startsWithAt(t, pos, u"及以下") || startsWithAt(t, pos, u"以下") || startsWithAt(t, pos, u"以内")) {
            const int len = startsWithAt(t, pos, u"及以下") ? 3 : 2;
            if (startsWithAt(t, pos + len, u"的"))
                q.dropped = true;
            q.op = TargetOp::AtMost;
            q.opStart = pos;
            pos += len;
        } else if (startsWithAt(t, pos, u"内") && q.unit != QStringLiteral("%")) {
            q.op = TargetOp::AtMost;
            q.opStart = pos;
            pos += 1;
        }
        q.end = pos;
        // Baseline in brackets right after: "(2025年为96%)", "(2025年3家)", "(2025年无)".
        const auto b = baselineParen.match(QStringView(t).mid(pos));
        if (b.hasMatch()) {
            const int close = int(t.indexOf(QLatin1Char(')'), pos + b.capturedEnd()));
            if (close >= 0 && close - pos < 40) {
                for (BaselineParen &bp : baselineParens)
                    if (bp.start >= pos && bp.start < close)
                        bp.used = true;
                q.baselineYear = b.captured(1).toInt();
                q.baseline = b.captured(2).isEmpty() ? parseNumber(b.captured(3)) : 0.0;
                q.end = close + 1;
            }
        }
        return q.end;
    };

    int pos = 0;
    while (pos < t.size()) {
        const auto m = number.match(t, pos);
        if (!m.hasMatch())
            break;
        const int s = int(m.capturedStart());
        int e = int(m.capturedEnd());
        pos = e;
        // Part of a word or code: PM2.5, 5G, H7N9, 1+N; inside quotes or book titles: a name.
        if (s > 0) {
            const QChar p = t.at(s - 1);
            if ((p.unicode() < 128 && p.isLetter()) || p == QLatin1Char('.') || p == QLatin1Char('/')
                || p == QLatin1Char('+') || p == QLatin1Char('-'))
                continue;
        }
        if (quoted.at(s) || inBaselineParen(s))
            continue;
        Quantity q;
        q.start = s;
        q.value = parseNumber(m.captured(1));
        int u = skipSpaces(t, e);
        if (u < t.size() && (t.at(u) == QChar(0x4F59) || t.at(u) == QChar(0x591A)))   // 余 / 多
            ++u;
        UnitMatch unit = matchUnit(t, u);
        if (unit.length == 0 && u < t.size() && t.at(u) == QLatin1Char('/')) {
            // "10/10万": a rate per population.
            static const QRegularExpression per(QStringLiteral("^/\\s*(\\d*\\s*[万千百]?)"));
            const auto pm = per.match(QStringView(t).mid(u));
            if (pm.hasMatch() && pm.capturedLength() > 1) {
                unit.unit = QStringLiteral("/") + pm.captured(1).remove(QLatin1Char(' '));
                unit.length = int(pm.capturedLength());
            }
        }
        if (unit.excluded) {
            pos = u + unit.length;
            continue;
        }
        if (u < t.size() && t.at(u).isLetter() && t.at(u).unicode() < 128)
            continue;   // 5G
        const int clauseFloor = clauseStart(t, s, false);
        // Existing counts, per-capita bases and ordinals qualify; they are not goals.
        {
            const int b = skipSpacesBack(t, s);
            static const QStringList qualifiers = {QStringLiteral("现有"), QStringLiteral("原有"), QStringLiteral("已有"),
                                                   QStringLiteral("共有"), QStringLiteral("现存"), QStringLiteral("每"),
                                                   QStringLiteral("第"), QStringLiteral("前"), QStringLiteral("近"),
                                                   QStringLiteral("过去")};
            bool qualifier = false;
            for (const QString &w : qualifiers)
                if (endsWithAt(t, b, w))
                    qualifier = true;
            if (qualifier && !endsWithAt(t, b, QStringLiteral("提前"))) {
                pos = u + unit.length;
                continue;
            }
        }
        int opStart = -1;
        const auto op = opBefore(t, s, clauseFloor, &opStart);
        if (unit.length == 0) {
            // A bare number is a goal only right after a comparison: 指数达80, 医师数达3.19.
            const bool yearLike = !m.captured(1).contains(QLatin1Char('.')) && q.value >= 1900 && q.value <= 2100;
            if (!op || yearLike || (u < t.size() && isCjk(t.at(u)) && !isSentenceEnd(t.at(u))
                                    && t.at(u) != QChar(0x3001) && !startsWithAt(t, u, u"以")))
                continue;
        }
        q.unit = unit.unit;
        if (op) {
            q.op = *op;
            q.opStart = opStart;
        }
        e = scanSuffixAndBaseline(q, u + unit.length);
        pos = e;
        // "12类55项": a count qualifying the count after it.
        if (e < t.size() && t.at(e).isDigit())
            q.dropped = true;
        if (const auto c = compareYear.match(t.mid(clauseFloor, s - clauseFloor)); c.hasMatch())
            q.baselineYear = c.captured(2).toInt();
        found.append(q);
    }

    // Chinese numerals count only as amounts of work: 扩大一倍, 一千个.
    for (auto it = chineseQuantity.globalMatch(t); it.hasNext();) {
        const auto m = it.next();
        const QString numeral = m.captured(1);
        const QString unit = m.captured(2);
        const bool big = numeral.size() >= 2 && (numeral.contains(QChar(0x767E)) || numeral.contains(QChar(0x5343))
                                                 || numeral.contains(QChar(0x4E07)));
        if (unit != QStringLiteral("倍") && !big)
            continue;
        if (quoted.at(int(m.capturedStart())))
            continue;
        const auto v = chineseNumberValue(numeral);
        if (!v || *v == 0)
            continue;
        if (m.capturedStart() > 0 && t.at(m.capturedStart() - 1) == QChar(0x6BCF))   // 每
            continue;
        Quantity q;
        q.start = int(m.capturedStart());
        q.value = *v;
        q.unit = unit;
        const int clauseFloor = clauseStart(t, q.start, false);
        int opStart = -1;
        if (const auto op = opBefore(t, q.start, clauseFloor, &opStart)) {
            q.op = *op;
            q.opStart = opStart;
        }
        scanSuffixAndBaseline(q, int(m.capturedEnd()));
        if (const auto c = compareYear.match(t.mid(clauseFloor, q.start - clauseFloor)); c.hasMatch())
            q.baselineYear = c.captured(2).toInt();
        found.append(q);
    }
    std::sort(found.begin(), found.end(), [](const Quantity &a, const Quantity &b) { return a.start < b.start; });
    for (const BaselineParen &b : baselineParens) {
        if (b.used)
            continue;
        for (int i = int(found.size()) - 1; i >= 0; --i) {
            Quantity &q = found[i];
            if (q.end > b.start)
                continue;
            bool boundary = false;
            for (int k = q.end; k < b.start && !boundary; ++k)
                boundary = isClauseBoundary(t.at(k)) || t.at(k) == QChar(0x3001);
            if (!boundary && !q.baselineYear) {
                q.baseline = b.value;
                q.baselineYear = b.year;
            }
            break;
        }
    }

    // A count before an indicator that has its own rate goal in the same clause qualifies it:
    // "12类55项基本公共卫生服务规范执行率达95%".
    for (int i = 0; i < found.size(); ++i) {
        for (int j = i + 1; j < found.size(); ++j) {
            const Quantity &later = found.at(j);
            bool boundary = false;
            for (int k = found.at(i).end; k < later.start && !boundary; ++k)
                boundary = isClauseBoundary(t.at(k)) || t.at(k) == QChar(0x3001);
            if (boundary)
                break;
            if (later.opStart > found.at(i).end
                && t.mid(found.at(i).end, later.opStart - found.at(i).end).contains(QChar(0x7387))) {   // 率
                found[i].dropped = true;
                break;
            }
        }
    }

    // Indicators: the words before the comparison, else the words after the unit.
    for (Quantity &q : found) {
        const int from = clauseStart(t, q.start, true);
        const int to = q.opStart >= 0 && q.opStart < q.start ? q.opStart : q.start;
        QString ind = stripFillers(t.mid(from, to - from));
        if (ind.size() <= 2) {
            // "完成50家医疗机构校验": the verb before, the object after the amount.
            int k = q.end;
            while (k < t.size() && !isClauseBoundary(t.at(k)) && t.at(k) != QChar(0x3001))
                ++k;
            const QString after = t.mid(q.end, k - q.end).trimmed();
            if (!after.isEmpty())
                ind = stripFillers(ind + after);
        }
        q.indicator = ind;
    }

    // 均: "新生儿访视率、0-6岁儿童健康管理率均达99%" is one goal per indicator.
    QList<Quantity> expanded;
    for (const Quantity &q : found) {
        if (q.dropped)
            continue;
        const int opAt = q.opStart >= 0 && q.opStart < q.start ? q.opStart : q.start;
        const int b = skipSpacesBack(t, opAt);
        if (endsWithAt(t, b, u"均") || endsWithAt(t, b, u"都")) {
            const int from = clauseStart(t, b, false);
            const QString list = t.mid(from, b - 1 - from);
            QStringList parts = list.split(QChar(0x3001), Qt::SkipEmptyParts);
            if (parts.size() < 2)
            {
                static const QRegularExpression conjunctions(QStringLiteral("[和及与]"));
                parts = list.split(conjunctions, Qt::SkipEmptyParts);
            }
            if (parts.size() >= 2) {
                for (const QString &p : parts) {
                    Quantity copy = q;
                    copy.indicator = stripFillers(p);
                    expanded.append(copy);
                }
                continue;
            }
        }
        expanded.append(q);
    }

    // 分别: "到2023年底、2024年底、2025年底,数量分别达到5个、10个、15个" are milestones.
    static const QRegularExpression respectively(QStringLiteral("分别"));
    for (auto it = respectively.globalMatch(t); it.hasNext();) {
        const auto m = it.next();
        int sentenceStart = int(m.capturedStart());
        while (sentenceStart > 0 && !isSentenceEnd(t.at(sentenceStart - 1)))
            --sentenceStart;
        int sentenceEnd = int(m.capturedEnd());
        while (sentenceEnd < t.size() && !isSentenceEnd(t.at(sentenceEnd)))
            ++sentenceEnd;
        QList<int> members;
        for (int i = 0; i < expanded.size(); ++i)
            if (expanded.at(i).start > m.capturedStart() && expanded.at(i).start < sentenceEnd)
                members.append(i);
        if (members.size() < 2)
            continue;
        static const QRegularExpression dates(QStringLiteral("(20\\d\\d)\\s*年\\s*(?:(\\d{1,2})\\s*月)?\\s*(底|末)?"));
        QList<QDate> dues;
        const QString before = t.mid(sentenceStart, m.capturedStart() - sentenceStart);
        for (auto d = dates.globalMatch(before); d.hasNext();) {
            const auto dm = d.next();
            dues.append(dm.captured(2).isEmpty() ? QDate(dm.captured(1).toInt(), 12, 31)
                                                 : endOfMonth(dm.captured(1).toInt(), dm.captured(2).toInt()));
        }
        if (dues.size() == members.size()) {
            // Milestone dates are not baselines even when their year was compared before.
            for (int k = 0; k < members.size(); ++k)
                expanded[members.at(k)].due = dues.at(k);
        }
    }

    QList<FoundTarget> out;
    for (const Quantity &q : expanded) {
        FoundTarget f;
        f.target.indicator = q.indicator;
        f.target.op = q.op;
        f.target.value = q.value;
        f.target.unit = q.unit;
        f.target.baseline = q.baseline;
        f.target.baselineYear = q.baselineYear;
        f.target.due = q.due;
        f.start = q.start;
        f.end = q.end;
        out.append(f);
    }
    return out;
}

} // namespace ap::importrules
