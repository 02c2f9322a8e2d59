#include "printfonts.h"

#include "printtext.h"

namespace ap {

using printlayout::firstInstalled;

PrintFonts PrintFonts::defaults()
{
    PrintFonts f;
    f.title = firstInstalled({QStringLiteral("方正小标宋简体"), QStringLiteral("FZXiaoBiaoSong-B05S"),
                              QStringLiteral("方正小标宋_GBK"), QStringLiteral("AR PL UMing CN")});
    f.body = firstInstalled({QStringLiteral("仿宋_GB2312"), QStringLiteral("仿宋"), QStringLiteral("FangSong"),
                             QStringLiteral("FandolFang"), QStringLiteral("AR PL UMing CN")});
    f.heading1 = firstInstalled({QStringLiteral("黑体"), QStringLiteral("SimHei"), QStringLiteral("FandolHei"),
                                 QStringLiteral("WenQuanYi Zen Hei")});
    f.heading2 = firstInstalled({QStringLiteral("楷体_GB2312"), QStringLiteral("楷体"), QStringLiteral("KaiTi"),
                                 QStringLiteral("FandolKai"), QStringLiteral("AR PL UKai CN")});
    f.pageNumber = firstInstalled({QStringLiteral("宋体"), QStringLiteral("SimSun"), QStringLiteral("FandolSong"),
                                   QStringLiteral("AR PL UMing CN")});
    return f;
}

} // namespace ap
