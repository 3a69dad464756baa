"""p788-3: UBND tỉnh Bạc Liêu formal report, H1/2024, with a flattened | table by district."""
from lib import F, asof, build, change, inherit, period, year

TEXT = """UBND TỈNH BẠC LIÊU
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Bạc Liêu, ngày 15 tháng 7 năm 2024

BÁO CÁO
Tình hình quản lý, phát triển nghề nuôi chim yến 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Số lượng nhà yến
Tính đến ngày 30/6/2024, toàn tỉnh có 2.154 nhà yến, tăng 4,3% so với cuối năm 2023. Số nhà yến phân theo địa phương được tổng hợp tại bảng dưới đây.

Đơn vị tính: nhà yến
Địa phương | Tổng số | Trong khu dân cư | Ngoài khu dân cư
Thị xã Giá Rai | 612 | 455 | 157
Huyện Đông Hải | 538 | 201 | 337
Huyện Hòa Bình | 426 | 298 | 128
Huyện Phước Long | 310 | 187 | 123
Thành phố Bạc Liêu | 268 | 241 | 27
Tổng cộng | 2.154 | 1.382 | 772

2. Sản lượng, giá trị
Sáu tháng đầu năm 2024, sản lượng tổ yến ước đạt 14,8 tấn, đạt 52,9% kế hoạch năm; giá trị sản xuất ước đạt 281 tỷ đồng. Giá tổ yến thô tại hộ nuôi dao động 15-22 triệu đồng/kg, giảm khoảng 10% so với cùng kỳ.

3. Công tác quản lý
Đã có 1.736/2.154 nhà yến thực hiện kê khai hoạt động nuôi chim yến, đạt 80,6%. Các ngành chức năng đã kiểm tra 145 cơ sở, xử lý 23 trường hợp vi phạm, phạt tiền 186,5 triệu đồng.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
Phấn đấu cả năm 2024 sản lượng tổ yến đạt 28 tấn; 100% nhà yến thực hiện kê khai; dự kiến hỗ trợ di dời khoảng 40 nhà yến ra khỏi khu dân cư thành phố Bạc Liêu.

Nơi nhận:
- Bộ NN&PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = asof("Tính đến ngày 30/6/2024", "2024-06-30")
TAB = inherit(ASOF)
H1 = period("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y24 = year(2024, "cả năm 2024")

COLS = ("tổng số", "trong khu dân cư", "ngoài khu dân cư")
ROWS = [  # (anchor prefix for first cell, location, cells as written)
    ("Giá Rai | ", "Giá Rai", ("612", "455", "157")),
    ("Đông Hải | ", "Đông Hải", ("538", "201", "337")),
    ("Hòa Bình | ", "Hòa Bình", ("426", "298", "128")),
    ("Phước Long | ", "Phước Long", ("310", "187", "123")),
    ("Thành phố Bạc Liêu | ", "Bạc Liêu", ("268", "241", "27")),
    ("Tổng cộng | ", "Bạc Liêu", ("2.154", "1.382", "772")),
]


def table():
    out = []
    for prefix, loc, cells in ROWS:
        for i, c in enumerate(cells):
            anchor = prefix + c if i == 0 else f"{cells[i - 1]} | {c}"
            if prefix.startswith("Tổng") and i > 0:
                anchor = f"{cells[i - 1]} | {c}"
            subj = f"nhà yến {COLS[i]}" + (" tổng cộng" if prefix.startswith("Tổng") else "")
            v = float(c.replace(".", ""))
            out.append(F(anchor, c, v, "count", "nhà yến", subj, TAB, location=loc))
    return out


FIGS = [
    F("có 2.154 nhà yến", "2.154", 2154, "count", "nhà yến", "nhà yến", ASOF,
      change=change("increase", 4.3, "%", "cuối năm 2023")),
    *table(),
    F("ước đạt 14,8 tấn", "14,8", 14.8, "measure", "tấn", "sản lượng tổ yến", H1, status="estimate",
      percent=52.9),
    F("ước đạt 281 tỷ", "281", 281e9, "money", "đồng", "giá trị sản xuất", H1, status="estimate"),
    F("dao động 15-22", "15", 15e6, "money", "đồng/kg", "giá tổ yến thô tại hộ nuôi", inherit(H1),
      value_max=22e6, change=change("decrease", 10, "%", "cùng kỳ", "about")),
    F("có 1.736/2.154", "1.736", 1736, "count", "nhà yến", "nhà yến thực hiện kê khai hoạt động nuôi chim yến",
      inherit(H1), total=2154, percent=80.6),
    F("kiểm tra 145 cơ sở", "145", 145, "count", "cơ sở", "cơ sở được kiểm tra", inherit(H1)),
    F("xử lý 23 trường hợp", "23", 23, "count", "trường hợp", "trường hợp vi phạm bị xử lý", inherit(H1)),
    F("phạt tiền 186,5 triệu", "186,5", 186.5e6, "money", "đồng", "tiền phạt", inherit(H1)),
    F("đạt 28 tấn", "28", 28, "measure", "tấn", "sản lượng tổ yến", Y24, status="target"),
    F("; 100% nhà yến", "100", 100, "percent", "%", "nhà yến thực hiện kê khai", Y24, status="target"),
    F("khoảng 40 nhà yến", "40", 40, "count", "nhà yến", "nhà yến được hỗ trợ di dời ra khỏi khu dân cư", Y24,
      approx="about", status="forecast", location="Bạc Liêu"),
]

COMMENTS = [
    "UBND tỉnh Bạc Liêu, Báo cáo số 287/BC-UBND ngày 15/7/2024: nghề nuôi chim yến 6 tháng đầu năm 2024.",
    "Flattened | table (Đơn vị tính: nhà yến; rows = districts + Tổng cộng; columns Tổng số / Trong khu dân cư / Ngoài khu dân cư):",
    "every cell is a figure, the district goes to location (Tổng cộng row: the province), no totals between cells,",
    "period from the as-of line above the table (another sentence: inherited). The table is introduced by its own sentence (no ':' cue after 2.154).",
    "Not figures: 'Số: 287/BC-UBND', the date line, section numbers I./II./1.-3., '6 tháng cuối năm 2024' heading.",
    "'đạt 52,9% kế hoạch năm' is the percent of 14,8 tấn; '1.736/2.154' takes total 2154 (2.154 here is no figure of its own).",
    "Section II: 'cả năm 2024' stands in the same sentence as the three plan figures; 'Phấn đấu' → target, 'dự kiến' → forecast.",
]

if __name__ == "__main__":
    build("p788-3", TEXT, FIGS, COMMENTS, published="2024-07-15", location="Bạc Liêu")
