"""p1215-3: formal report (UBND tỉnh Thái Bình) on the leather-footwear industry in 2023, flattened | table."""
from lib import fig, per, inh, chg, tgt, emit

TEXT = """UBND TỈNH THÁI BÌNH
Số: 118/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Bình, ngày 22 tháng 01 năm 2024

BÁO CÁO
Tình hình sản xuất, xuất khẩu ngành da giày năm 2023

I. KẾT QUẢ THỰC HIỆN NĂM 2023
1. Sản xuất
Năm 2023, sản lượng giày dép các loại trên địa bàn tỉnh đạt 31,4 triệu đôi, giảm 6,8% so với năm 2022, bằng 92,4% kế hoạch. Trong đó, giày thể thao 18,2 triệu đôi; giày vải, giày da 5,6 triệu đôi; dép các loại 7,6 triệu đôi.

Sản lượng giày dép theo địa bàn:
Đơn vị tính: nghìn đôi
Địa bàn | Giày thể thao | Giày vải, giày da | Dép các loại
TP Thái Bình | 4.150 | 1.320 | 2.480
Huyện Tiền Hải | 6.870 | 940 | 1.150
Huyện Quỳnh Phụ | 3.960 | 2.180 | 1.730
Các huyện còn lại | 3.220 | 1.160 | 2.240
Tổng cộng | 18.200 | 5.600 | 7.600

2. Xuất khẩu, lao động
Kim ngạch xuất khẩu giày dép năm 2023 đạt 412 triệu USD, chiếm 18,6% tổng kim ngạch xuất khẩu của tỉnh. Tính đến ngày 31/12/2023, ngành da giày có 21 doanh nghiệp đang hoạt động với 36.700 lao động. Trong năm, có 4 doanh nghiệp phải cắt giảm ca, cho khoảng 2.300 lao động nghỉ việc luân phiên.

II. NHIỆM VỤ NĂM 2024
Phấn đấu sản lượng giày dép đạt 34 triệu đôi, kim ngạch xuất khẩu tăng từ 8 đến 10%; thu hút 2 dự án sản xuất đế giày, da thuộc tại Khu công nghiệp Tiền Hải.

Nơi nhận:
- Bộ Công Thương (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT2.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23x = per("năm 2023", "2023-01-01", "2023-12-31")
ASOF = per("Tính đến ngày 31/12/2023", None, "2023-12-31")
INYEAR = per("Trong năm", "2023-01-01", "2023-12-31")
Y24 = inh(per("NHIỆM VỤ NĂM 2024", "2024-01-01", "2024-12-31"))
LOC = {"TP Thái Bình": "Thái Bình", "Huyện Tiền Hải": "Tiền Hải", "Huyện Quỳnh Phụ": "Quỳnh Phụ",
       "Các huyện còn lại": None, "Tổng cộng": None}


def cell(anchor, number, row, col):
    v = float(number.replace(".", "")) * 1e3
    subj = f"sản lượng {col.lower()}"
    kw = {}
    if row == "Các huyện còn lại":
        subj += " các huyện còn lại"
    elif row == "Tổng cộng":
        subj += " tổng cộng"
    else:
        kw["location"] = LOC[row]
    return fig(anchor, number, v, "count", "đôi", subject=subj, period=inh(Y23), **kw)


FIGS = [
    fig("đạt 31,4 triệu đôi", "31,4", 31.4e6, "count", "đôi", percent=92.4,
        change=chg("decrease", 6.8, "%", "năm 2022"),
        subject="sản lượng giày dép các loại", period=Y23),
    fig("giày thể thao 18,2 triệu", "18,2", 18.2e6, "count", "đôi", total=31.4e6,
        subject="sản lượng giày thể thao", period=inh(Y23)),
    fig("giày da 5,6 triệu", "5,6", 5.6e6, "count", "đôi", total=31.4e6,
        subject="sản lượng giày vải, giày da", period=inh(Y23)),
    fig("dép các loại 7,6 triệu", "7,6", 7.6e6, "count", "đôi", total=31.4e6,
        subject="sản lượng dép các loại", period=inh(Y23)),
    cell("Bình | 4.150", "4.150", "TP Thái Bình", "Giày thể thao"),
    cell("4.150 | 1.320", "1.320", "TP Thái Bình", "Giày vải, giày da"),
    cell("1.320 | 2.480", "2.480", "TP Thái Bình", "Dép các loại"),
    cell("Hải | 6.870", "6.870", "Huyện Tiền Hải", "Giày thể thao"),
    cell("6.870 | 940", "940", "Huyện Tiền Hải", "Giày vải, giày da"),
    cell("940 | 1.150", "1.150", "Huyện Tiền Hải", "Dép các loại"),
    cell("Phụ | 3.960", "3.960", "Huyện Quỳnh Phụ", "Giày thể thao"),
    cell("3.960 | 2.180", "2.180", "Huyện Quỳnh Phụ", "Giày vải, giày da"),
    cell("2.180 | 1.730", "1.730", "Huyện Quỳnh Phụ", "Dép các loại"),
    cell("lại | 3.220", "3.220", "Các huyện còn lại", "Giày thể thao"),
    cell("3.220 | 1.160", "1.160", "Các huyện còn lại", "Giày vải, giày da"),
    cell("1.160 | 2.240", "2.240", "Các huyện còn lại", "Dép các loại"),
    cell("Tổng cộng | 18.200", "18.200", "Tổng cộng", "Giày thể thao"),
    cell("18.200 | 5.600", "5.600", "Tổng cộng", "Giày vải, giày da"),
    cell("5.600 | 7.600", "7.600", "Tổng cộng", "Dép các loại"),
    fig("đạt 412 triệu USD", "412", 412e6, "money", "USD", percent=18.6,
        subject="kim ngạch xuất khẩu giày dép", period=Y23x),
    fig("có 21 doanh nghiệp", "21", 21, "count", "doanh nghiệp",
        subject="doanh nghiệp ngành da giày đang hoạt động", period=ASOF),
    fig("với 36.700 lao động", "36.700", 36700, "count", "lao động",
        subject="lao động ngành da giày", period=ASOF),
    fig("có 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp",
        subject="doanh nghiệp phải cắt giảm ca", period=INYEAR),
    fig("khoảng 2.300 lao động", "2.300", 2300, "count", "lao động", approx="about",
        subject="lao động nghỉ việc luân phiên", period=INYEAR),
    fig("đạt 34 triệu đôi", "34", 34e6, "count", "đôi", status="target",
        subject="sản lượng giày dép", period=Y24),
    fig("từ 8 đến 10%", "8", 8, "percent", "%", value_max=10, status="target",
        subject="kim ngạch xuất khẩu", period=Y24),
    fig("thu hút 2 dự án", "2", 2, "count", "dự án", status="target",
        subject="dự án sản xuất đế giày, da thuộc thu hút", period=Y24),
]

NOTES = [
    "Formal report under letterhead: UBND TỈNH THÁI BÌNH, 'Số: 118/BC-UBND', 'Thái Bình, ngày 22 tháng 01 năm 2024' (published).",
    "Flattened '|' table, 'Đơn vị tính: nghìn đôi' (cells ×1000, unit đôi); rows are places → location (TP Thái Bình → Thái Bình);",
    "'Các huyện còn lại' and 'Tổng cộng' rows keep the province and carry the row label in the subject. Cells get no totals; period 2023 inherited.",
    "The three product lines after 'Trong đó' add up to 31,4 triệu đôi (total). 'chiếm 18,6%' is the share of 412 triệu USD.",
    "'Trong năm' (no year) → 2023. Section II 'NHIỆM VỤ NĂM 2024' + 'Phấn đấu' → targets, period from the heading (inherited).",
    "'tăng từ 8 đến 10%' has no base amount: a percent range figure of its own.",
    "Distractors: Số: 118/BC-UBND, section numbers I./II./1./2., 'KT2', 'ngày 22 tháng 01 năm 2024'.",
]

if __name__ == "__main__":
    emit("p1215-3", TEXT, NOTES, FIGS, published="2024-01-22", location="Thái Bình")
