"""p532-7: Sở NN&PTNT Nam Định site, no dateline — craft villages 2023, one-cell-per-line table with units in the headers."""
from lib import emit, fig, per, inh, chg

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH NAM ĐỊNH
Trang chủ / Phát triển nông thôn / Ngành nghề nông thôn

Làng nghề Nam Định: doanh thu năm 2023 tăng 8,5%

Toàn tỉnh Nam Định hiện có 91 làng nghề được UBND tỉnh công nhận, trong đó 26 làng nghề truyền thống, thu hút trên 38.000 lao động. Năm 2023, tổng doanh thu của các làng nghề đạt 6.120 tỷ đồng, tăng 8,5% so với năm 2022; thu nhập bình quân của lao động làng nghề khoảng 5,8 triệu đồng/người/tháng, cao gấp 1,6 lần lao động thuần nông.

Số liệu làng nghề một số huyện:

Huyện
Số làng nghề (làng)
Lao động 2023 (người)
Doanh thu 2023 (tỷ đồng)
Ý Yên
19
9.450
1.874,5
Nam Trực
14
6.135
962
Trực Ninh
11
4.380
715,3
Xuân Trường
9
3.270
488

Nhiều làng nghề có giá trị sản xuất lớn như đồ gỗ mỹ nghệ La Xuyên (xã Yên Ninh) đạt gần 700 tỷ đồng/năm, đúc đồng Tống Xá đạt khoảng 450 tỷ đồng/năm. Tuy nhiên, mới có 27/91 làng nghề có hệ thống thu gom, xử lý nước thải; 12 làng nghề đang ô nhiễm mức nghiêm trọng. Riêng năm 2023, các cơ sở làng nghề có thêm 17 sản phẩm được công nhận OCOP.

Mục tiêu năm 2025, phấn đấu 100% làng nghề có phương án bảo vệ môi trường và tổng doanh thu các làng nghề đạt 7.500 tỷ đồng.

Chi cục Phát triển nông thôn Nam Định, 46 Hàn Thuyên, TP. Nam Định. ĐT: 0228.3649.218
Tổng số lượt truy cập: 1.274.930
"""

Y23h = per("năm 2023", "2023-01-01", "2023-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
C23 = per("2023", "2023-01-01", "2023-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")


def row(label, n_lang, a_lang, n_ld, v_ld, n_dt, v_dt, a_ld=None, a_dt=None):
    return [
        fig(f"{label}\n{n_lang}\n", n_lang, v_lang(n_lang), "count", "làng", "số làng nghề", location=label),
        fig(a_ld or f"{n_lang}\n{n_ld}\n", n_ld, v_ld, "count", "người", "lao động làng nghề 2023", C23, location=label),
        fig(a_dt or f"{n_ld}\n{n_dt}\n", n_dt, v_dt, "money", "đồng", "doanh thu làng nghề 2023", C23, location=label),
    ]


def v_lang(n):
    return int(n)


FIGS = [
    fig("tăng 8,5%\n", "8,5", 8.5, "percent", "%", "doanh thu làng nghề tăng", Y23h),
    fig("có 91 làng nghề", "91", 91, "count", "làng nghề", "làng nghề được UBND tỉnh công nhận"),
    fig("trong đó 26 làng nghề", "26", 26, "count", "làng nghề", "làng nghề truyền thống", total=91),
    fig("trên 38.000 lao động", "38.000", 38000, "count", "lao động", "lao động làng nghề", approx="over"),
    fig("đạt 6.120 tỷ đồng", "6.120", 6120000000000, "money", "đồng", "tổng doanh thu của các làng nghề", Y23,
        change=chg("increase", 8.5, "%", "năm 2022")),
    fig("khoảng 5,8 triệu đồng/người/tháng", "5,8", 5800000, "money", "đồng/người/tháng",
        "thu nhập bình quân của lao động làng nghề", Y23, approx="about",
        change=chg("increase", 1.6, "lần", "lao động thuần nông")),
    *row("Ý Yên", "19", None, "9.450", 9450, "1.874,5", 1874500000000),
    *row("Nam Trực", "14", None, "6.135", 6135, "962", 962000000000),
    *row("Trực Ninh", "11", None, "4.380", 4380, "715,3", 715300000000),
    *row("Xuân Trường", "9", None, "3.270", 3270, "488", 488000000000),
    fig("gần 700 tỷ đồng/năm", "700", 700000000000, "money", "đồng/năm",
        "giá trị sản xuất của làng nghề đồ gỗ mỹ nghệ La Xuyên", approx="nearly"),
    fig("khoảng 450 tỷ đồng/năm", "450", 450000000000, "money", "đồng/năm",
        "giá trị sản xuất của làng nghề đúc đồng Tống Xá", approx="about"),
    fig("có 27/91 làng nghề", "27", 27, "count", "làng nghề", "làng nghề có hệ thống thu gom, xử lý nước thải",
        total=91),
    fig("12 làng nghề", "12", 12, "count", "làng nghề", "làng nghề đang ô nhiễm mức nghiêm trọng"),
    fig("thêm 17 sản phẩm", "17", 17, "count", "sản phẩm", "sản phẩm của các cơ sở làng nghề được công nhận OCOP",
        Y23h),
    fig("phấn đấu 100% làng nghề", "100", 100, "percent", "%", "làng nghề có phương án bảo vệ môi trường", Y25,
        status="target"),
    fig("đạt 7.500 tỷ đồng", "7.500", 7500000000000, "money", "đồng", "tổng doanh thu các làng nghề", Y25,
        status="target"),
]

COMMENTS = [
    "Sở NN&PTNT Nam Định site (invented): craft villages 2023 — count, labour, revenue, income; one-cell-per-line table by district",
    "(Huyện | Số làng nghề (làng) | Lao động 2023 (người) | Doanh thu 2023 (tỷ đồng)); units and year from the column headers.",
    "No dateline: no published. Not figures: '46 Hàn Thuyên', phone 0228.3649.218, 'Tổng số lượt truy cập: 1.274.930'.",
    "Headline 'doanh thu năm 2023 tăng 8,5%' is a growth rate as the claim: percent figure without change. 'cao gấp 1,6 lần lao động",
    "thuần nông' after the income figure is its change (lần, baseline the comparison group). Village-count cells have no period",
    "(a stock, header without year); labour and revenue cells take 2023 from their header (scored). District row labels -> location.",
    "La Xuyên / Tống Xá are villages (commune named only): location stays Nam Định. 27/91 -> total 91; '12 làng nghề' has no cue.",
]

if __name__ == "__main__":
    emit("p532-7", TEXT, COMMENTS, FIGS, location="Nam Định")
