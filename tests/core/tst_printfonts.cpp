// The fonts of each role of the printed documents (print/printfonts): chosen from what is
// installed, the 公文 font first, then a Windows office PC's name for it, then Debian's free fonts
// nearest to it; named in a Word file by their 公文 names.
#include "print/printfonts.h"

#include <QFontDatabase>

#include <catch2/catch.hpp>

using namespace ap;

TEST_CASE("Each role prints in the first of its fonts that is installed")
{
    const PrintFonts fonts = PrintFonts::defaults();
    const QStringList installed = QFontDatabase::families();
    for (int r = 0; r < PrintFonts::RoleCount; ++r) {
        const auto role = PrintFonts::Role(r);
        QString first;
        for (const QString &c : PrintFonts::candidates(role))
            if (installed.contains(c, Qt::CaseInsensitive)) {
                first = c;
                break;
            }
        INFO("role " << r);
        if (!first.isEmpty())
            CHECK(fonts.family(role) == first);
    }
    // The 公文 font leads each list.
    CHECK(PrintFonts::candidates(PrintFonts::Body).first() == QStringLiteral("仿宋_GB2312"));
    CHECK(PrintFonts::candidates(PrintFonts::Title).first() == QStringLiteral("方正小标宋简体"));
    CHECK(PrintFonts::candidates(PrintFonts::Heading1).first() == QStringLiteral("黑体"));
    CHECK(PrintFonts::candidates(PrintFonts::Heading2).first() == QStringLiteral("楷体_GB2312"));
}

TEST_CASE("Where the 公文 fonts are missing, the free fonts nearest them stand in: a 仿宋 for the body and a heavy serif for the title")
{
    const QStringList installed = QFontDatabase::families();
    if (!installed.contains(QStringLiteral("FandolFang")) || !installed.contains(QStringLiteral("Noto Serif CJK SC"))) {
        WARN("the Fandol and Noto CJK fonts are not installed: scripts/install-deps.sh installs them");
        return;
    }
    const PrintFonts fonts = PrintFonts::defaults();
    if (!installed.contains(QStringLiteral("仿宋_GB2312")) && !installed.contains(QStringLiteral("仿宋")))
        CHECK(fonts.body == QStringLiteral("FandolFang"));
    if (!installed.contains(QStringLiteral("方正小标宋简体"))) {
        CHECK(fonts.title == QStringLiteral("Noto Serif CJK SC"));
        CHECK(fonts.font(PrintFonts::Title, 22).weight() == QFont::Bold);
    }
    CHECK(fonts.font(PrintFonts::Body, 16).weight() == QFont::Normal);
}

TEST_CASE("A Word file names each role's 公文 font, the Windows name and the font printed here as alternates")
{
    CHECK(PrintFonts::wordName(PrintFonts::Body, QStringLiteral("FandolFang")) == QStringLiteral("仿宋_GB2312"));
    CHECK(PrintFonts::wordAlternates(PrintFonts::Body, QStringLiteral("FandolFang"))
          == QStringList{QStringLiteral("仿宋"), QStringLiteral("FandolFang")});
    CHECK(PrintFonts::wordName(PrintFonts::Heading1, QStringLiteral("黑体")) == QStringLiteral("黑体"));
    CHECK(PrintFonts::wordAlternates(PrintFonts::Heading1, QStringLiteral("黑体")) == QStringList{QStringLiteral("SimHei")});
    // A font the clerk chose that is none of the role's is named as itself.
    CHECK(PrintFonts::wordName(PrintFonts::Body, QStringLiteral("DejaVu Serif")) == QStringLiteral("DejaVu Serif"));
    // Only a free stand-in for 小标宋 is set bold; the 公文 font is heavy by itself.
    CHECK_FALSE(PrintFonts::bold(PrintFonts::Title, QStringLiteral("方正小标宋简体")));
    CHECK_FALSE(PrintFonts::bold(PrintFonts::Body, QStringLiteral("Noto Serif CJK SC")));
}

TEST_CASE("Each missing 公文 font is told once, with what prints instead")
{
    const QList<PrintFonts::Substitute> subs = PrintFonts::substitutes();
    QStringList wanted;
    for (const PrintFonts::Substitute &s : subs) {
        CHECK_FALSE(wanted.contains(s.wanted));
        wanted << s.wanted;
        CHECK_FALSE(s.used.isEmpty());
    }
    CHECK(wanted.size() <= 5);
}
