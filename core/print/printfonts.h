#pragma once

#include <QList>
#include <QString>

namespace ap {

// Font families by role. Defaults prefer the fonts offices install (方正小标宋简体, 仿宋_GB2312,
// 黑体, 楷体_GB2312, 宋体) and fall back to free fonts that cover GB2312 and extract exactly from PDF.
struct PrintFonts
{
    QString title, body, heading1, heading2, pageNumber;
    static PrintFonts defaults();

    // A role whose 公文 font is not installed here, and the free font printed instead.
    struct Substitute
    {
        QString wanted;   // 仿宋_GB2312 …
        QString used;     // AR PL UMing CN …
    };
    // Every role printed in a fallback on this machine; empty when the 公文 fonts are all here.
    static QList<Substitute> substitutes();
};

} // namespace ap
