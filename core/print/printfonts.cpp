#include "printfonts.h"

#include "printtext.h"

#include <QFontDatabase>

namespace ap {

using printlayout::firstInstalled;

namespace {

// Each role's fonts, the 公文 font first, then its other names, then free fallbacks.
const QList<QStringList> &candidates()
{
    static const QList<QStringList> all = {
        {QStringLiteral("方正小标宋简体"), QStringLiteral("FZXiaoBiaoSong-B05S"), QStringLiteral("方正小标宋_GBK"),
         QStringLiteral("AR PL UMing CN")},
        {QStringLiteral("仿宋_GB2312"), QStringLiteral("仿宋"), QStringLiteral("FangSong"), QStringLiteral("FandolFang"),
         QStringLiteral("AR PL UMing CN")},
        {QStringLiteral("黑体"), QStringLiteral("SimHei"), QStringLiteral("FandolHei"), QStringLiteral("WenQuanYi Zen Hei")},
        {QStringLiteral("楷体_GB2312"), QStringLiteral("楷体"), QStringLiteral("KaiTi"), QStringLiteral("FandolKai"),
         QStringLiteral("AR PL UKai CN")},
        {QStringLiteral("宋体"), QStringLiteral("SimSun"), QStringLiteral("FandolSong"), QStringLiteral("AR PL UMing CN")},
    };
    return all;
}

// How many of a role's names are the 公文 font itself (the rest are fallbacks).
const int kOfficialNames[] = {3, 3, 2, 3, 2};

} // namespace

PrintFonts PrintFonts::defaults()
{
    PrintFonts f;
    f.title = firstInstalled(candidates().at(0));
    f.body = firstInstalled(candidates().at(1));
    f.heading1 = firstInstalled(candidates().at(2));
    f.heading2 = firstInstalled(candidates().at(3));
    f.pageNumber = firstInstalled(candidates().at(4));
    return f;
}

QList<PrintFonts::Substitute> PrintFonts::substitutes()
{
    const QStringList families = QFontDatabase::families();
    QList<Substitute> out;
    for (int role = 0; role < candidates().size(); ++role) {
        const QStringList &names = candidates().at(role);
        bool official = false;
        for (int i = 0; i < kOfficialNames[role] && !official; ++i)
            official = families.contains(names.at(i), Qt::CaseInsensitive);
        if (!official)
            out << Substitute{names.first(), firstInstalled(names)};
    }
    return out;
}

} // namespace ap
