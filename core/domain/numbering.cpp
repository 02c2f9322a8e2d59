#include "numbering.h"

namespace ap {

namespace {
const QChar kDigits[] = {u'零', u'一', u'二', u'三', u'四', u'五', u'六', u'七', u'八', u'九'};

QString belowTenThousand(int n)
{
    static const QString units[] = {QString(), QStringLiteral("十"), QStringLiteral("百"), QStringLiteral("千")};
    QString out;
    bool pendingZero = false;
    for (int p = 3; p >= 0; --p) {
        int div = 1;
        for (int i = 0; i < p; ++i)
            div *= 10;
        const int d = (n / div) % 10;
        if (d == 0) {
            if (!out.isEmpty())
                pendingZero = true;
            continue;
        }
        if (pendingZero) {
            out += kDigits[0];
            pendingZero = false;
        }
        out += kDigits[d];
        out += units[p];
    }
    return out;
}
} // namespace

QString chineseNumeral(int n)
{
    if (n <= 0 || n > 9999)
        return QString::number(n);
    QString s = belowTenThousand(n);
    // 10..19 read 十, 十一 … not 一十, 一十一.
    if (n >= 10 && n < 20)
        s.remove(0, 1);
    return s;
}

QString circledNumber(int n)
{
    if (n >= 1 && n <= 20)
        return QString(QChar(char16_t(0x2460 + n - 1)));
    if (n >= 21 && n <= 35)
        return QString(QChar(char16_t(0x3251 + n - 21)));
    if (n >= 36 && n <= 50)
        return QString(QChar(char16_t(0x32B1 + n - 36)));
    return QStringLiteral("(%1)").arg(n);
}

QString outlineLabel(int level, int index)
{
    switch (level) {
    case 1: return chineseNumeral(index) + QStringLiteral("、");
    case 2: return QStringLiteral("（") + chineseNumeral(index) + QStringLiteral("）");
    case 3: return QString::number(index) + QLatin1Char('.');
    case 4: return QStringLiteral("（") + QString::number(index) + QStringLiteral("）");
    default: return circledNumber(index);
    }
}

} // namespace ap
