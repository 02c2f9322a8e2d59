#pragma once

#include <QString>

namespace ap {

// Font families by role. Defaults prefer the fonts offices install (方正小标宋简体, 仿宋_GB2312,
// 黑体, 楷体_GB2312) and fall back to free fonts that cover GB2312 and extract exactly from PDF.
struct PrintFonts
{
    QString title, body, heading1, heading2, pageNumber;
    static PrintFonts defaults();
};

} // namespace ap
