#include "importrules.h"
#include "importtext.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace ap::importrules {

using namespace detail;

// ---------------------------------------------------------------------------------------------
// Responsibility clauses

namespace {

enum class Role { None, Lead, Support };

struct RolePiece
{
    QString name;
    Role role = Role::None;
    bool qiantou = false;    // marked lead by 牵头 itself
    bool listComma = false;  // from a 、 list read by a guess (kept whole, or parted into a non-name)
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
        // A guess the review shows: a group kept whole, or parted at 、 into a name that does
        // not end as a body's.
        bool guessed = false;
        // "各区、镇、街道": a generic group whose members are single words stays whole.
        for (int i = 0; i + 1 < names.size();) {
            const QString head = names.at(i).trimmed();
            const bool generic = head.startsWith(QChar(0x5404)) || head.startsWith(QStringLiteral("相关"))
                || head.startsWith(QStringLiteral("有关"));
            if (generic && names.at(i + 1).trimmed().size() <= 2) {
                names[i] = head + QChar(0x3001) + names.at(i + 1).trimmed();
                names.removeAt(i + 1);
                guessed = true;
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
                pieces.append({name, role, qiantou, guessed || (names.size() > 1 && !endsAsBody(name))});
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

// Whether a bracket's words are names of bodies and nothing else: each part between 、 and ,
// ends as an office, bureau, government or unit does, and none opens as an aside (含, 如, 包括).
bool unitList(const QString &content)
{
    static const QStringList asides = {QStringLiteral("含"), QStringLiteral("如"), QStringLiteral("包括"),
                                       QStringLiteral("即"), QStringLiteral("其中"), QStringLiteral("不含"),
                                       QStringLiteral("除"), QStringLiteral("简称"), QStringLiteral("以下")};
    static const QRegularExpression separators(QStringLiteral("[、,;]"));
    const QStringList parts = content.split(separators, Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return false;
    for (QString part : parts) {
        part = cleanName(part);
        // A body's name has a place or a field before its kind (县卫健委, 医政科); two characters
        // ending so are a specialty or a room (全科, 儿科, 病房 …).
        if (part.size() < 3 || part.size() > 20)
            return false;
        if (std::any_of(asides.cbegin(), asides.cend(), [&part](const QString &a) { return part.startsWith(a); }))
            return false;
        if (!endsAsBody(part))
            return false;
    }
    return true;
}

} // namespace

bool endsAsBody(const QString &name)
{
    static const QStringList endings = {
        QStringLiteral("委"), QStringLiteral("局"), QStringLiteral("办"), QStringLiteral("院"), QStringLiteral("中心"),
        QStringLiteral("政府"), QStringLiteral("部"), QStringLiteral("科"), QStringLiteral("室"), QStringLiteral("站"),
        QStringLiteral("所"), QStringLiteral("队"), QStringLiteral("会"), QStringLiteral("处"), QStringLiteral("厅"),
        QStringLiteral("社"), QStringLiteral("团"), QStringLiteral("司"), QStringLiteral("馆"), QStringLiteral("校"),
        QStringLiteral("单位"), QStringLiteral("部门"), QStringLiteral("机关"), QStringLiteral("街道"), QStringLiteral("乡镇"),
        QStringLiteral("镇"), QStringLiteral("办事处"), QStringLiteral("公司"), QStringLiteral("集团"), QStringLiteral("银行"),
        QStringLiteral("组"), QStringLiteral("署"), QStringLiteral("台"), QStringLiteral("行")};
    return std::any_of(endings.cbegin(), endings.cend(), [&name](const QString &e) { return name.endsWith(e); });
}

Responsibility findResponsibility(const QString &t)
{
    Responsibility result;
    static const QStringList cues = {QStringLiteral("单位"), QStringLiteral("部门"), QStringLiteral("科室"),
                                     QStringLiteral("主体"), QStringLiteral("牵头"), QStringLiteral("负责"),
                                     QStringLiteral("配合"), QStringLiteral("参与"), QStringLiteral("协助"),
                                     QStringLiteral("协同"), QStringLiteral("协办"), QStringLiteral("协作"),
                                     QStringLiteral(")")};
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

    // Keyword clauses: 责任单位: / 牵头单位: / 配合单位:, and the lines some plans give them of
    // their own: 牵头责任单位: / 主要协作单位: / 协办单位: / 配合部门:
    static const QRegularExpression keyword(
        QStringLiteral("(主要责任|牵头责任|主要牵头|牵头|责任|主要协作|协作|主要配合|配合|协办|主要参与|参与|协同|协助)"
                       "(单位|部门|科室|主体)\\s*[:]"));
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
        if (kind.contains(QStringLiteral("牵头")))
            role = Role::Lead;
        else if (kind != QStringLiteral("责任") && kind != QStringLiteral("主要责任"))
            role = Role::Support;
        QString content = t.mid(start, end - start);
        while (content.endsWith(QLatin1Char(';')) || content.endsWith(QLatin1Char(',')))
            content.chop(1);
        QList<RolePiece> listed = parseUnitList(content, role);
        // "牵头单位：A" names the lead, so a 责任单位 line beside it names the support.
        if (kind.contains(QStringLiteral("牵头")))
            for (RolePiece &p : listed)
                if (p.role == Role::Lead)
                    p.qiantou = true;
        pieces += listed;
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

    // A bracket closing the item that lists units and nothing else: (市卫健委、市发改委、市财政局).
    // Every name must read as a body's (委, 局, 中心, 政府 …), so that (含社区卫生服务站) or a
    // list of examples is not taken for one.
    if (pieces.isEmpty()) {
        static const QRegularExpression closingBracket(QStringLiteral("\\(([^()%\\d:]{2,160})\\)[\\s。;.]*$"));
        const auto m = closingBracket.match(t);
        if (m.hasMatch() && unitList(m.captured(1))) {
            pieces += parseUnitList(m.captured(1), Role::None);
            spans.append({int(m.capturedStart()), int(m.capturedStart()) + int(m.captured(0).indexOf(QLatin1Char(')'))) + 1});
        }
    }

    result.splitAtListComma = std::any_of(pieces.cbegin(), pieces.cend(), [](const RolePiece &q) { return q.listComma; });
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

QStringList unitNames(const QString &folded)
{
    QString cell = folded;
    cell.replace(QLatin1Char('\n'), QLatin1Char(','));
    QStringList names;
    for (const RolePiece &p : parseUnitList(cell, Role::None))
        if (!names.contains(p.name))
            names.append(p.name);
    return names;
}

} // namespace ap::importrules
