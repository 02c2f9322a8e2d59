#pragma once

#include <QFont>
#include <QList>
#include <QString>
#include <QStringList>

namespace ap {

// Font families by role, chosen at print time from what is installed: for each role the GB/T 9704
// font first (方正小标宋简体, 仿宋_GB2312, 黑体, 楷体_GB2312, 宋体), then the names a Windows office
// PC has for it (仿宋, 楷体, SimHei, SimSun), then the free fonts of Debian nearest to it (Noto Serif
// CJK SC in bold for 小标宋, FandolFang for 仿宋, Noto Sans CJK SC for 黑体, FandolKai and LXGW
// WenKai for 楷体), then AR PL's, which cover GB2312 and extract exactly from a PDF.
struct PrintFonts
{
    enum Role { Title, IssuerMark, Heading1, Heading2, Body, Table, PageNumber, RoleCount };

    QString title;        // 2号 小标宋: the title, an annex's title
    QString issuer;       // the 发文机关标志 of a notice's 版头
    QString heading1;     // 一、 黑体; also an annex's label and its tables' header rows
    QString heading2;     // （一） 楷体
    QString body;         // 3号 仿宋: the text, 附件说明, signature, date, 版记
    QString table;        // an annex table's cells
    QString pageNumber;   // "— 1 —" in 4号 宋体

    static PrintFonts defaults();

    QString family(Role role) const;
    void setFamily(Role role, const QString &family);

    // A role's families in order of preference; the first is the GB/T 9704 font.
    static QStringList candidates(Role role);
    // How many of a role's candidates are the 公文 font itself or the name a Windows office PC
    // gives it (the rest are free fonts standing in).
    static int officialNames(Role role);
    // The role's font as a Word file names it: its 公文 font when the family is one of the role's
    // own candidates (a clerk's Word or WPS then uses its own), else the family itself.
    static QString wordName(Role role, const QString &family);
    // The names Word may look for instead (w:altName): the Windows names and the family used here.
    static QStringList wordAlternates(Role role, const QString &family);
    // A free serif standing in for 小标宋 is set in its bold face, as heavy as the 公文 title.
    static bool bold(Role role, const QString &family);
    // The role's family at a size, in bold where bold() says so.
    QFont font(Role role, double points) const;
    // Every role's face (its family, in bold where bold() says so), once each.
    QList<QFont> faces() const;

    // A role whose 公文 font is not installed here, and the font printed instead.
    struct Substitute
    {
        QString wanted;   // 仿宋_GB2312 …
        QString used;     // FandolFang …
    };
    // Every role printed in a stand-in on this machine; empty when the 公文 fonts are all here.
    static QList<Substitute> substitutes();

    // The free fonts that ship outside fontconfig's folders (the Fandol fonts of TeX Live), made
    // known to this program once. defaults() does it first.
    static void loadFreeFonts();
};

} // namespace ap
