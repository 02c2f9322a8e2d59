#include "importrules.h"
#include "importtext.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace ap::importrules {

using namespace detail;

// Outline labels and Chinese numerals.

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
        // 1.5万例 is a number, not a label; "2.2025年，…" is item 2 opening with a year.
        if (k + 1 < t.size() && t.at(k + 1).isDigit()) {
            static const QRegularExpression year(QStringLiteral("^(19|20)\\d\\d\\s*年"));
            if (!year.match(QStringView(t).mid(k + 1, 8)).hasMatch())
                return std::nullopt;
        }
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

} // namespace ap::importrules
