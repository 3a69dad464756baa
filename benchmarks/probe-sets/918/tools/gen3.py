"""p918-3: UBND tỉnh Ninh Thuận report, sản xuất giống và nuôi ốc hương 6 tháng đầu năm 2024 (flattened | table)."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH NINH THUẬN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 238/BC-UBND
Ninh Thuận, ngày 12 tháng 7 năm 2024

BÁO CÁO
Tình hình sản xuất giống và nuôi ốc hương 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Sản xuất giống
Toàn tỉnh hiện có 98 cơ sở sản xuất giống ốc hương (Ninh Hải 61 cơ sở, Thuận Nam 37 cơ sở), chiếm khoảng 30% số cơ sở của cả nước. Sản lượng giống 6 tháng đầu năm ước đạt 618 triệu con, tăng 10,2% so với cùng kỳ, đạt 49,4% kế hoạch năm.

Bảng 1. Sản lượng ốc hương giống theo địa phương
Đơn vị tính: triệu con
TT | Địa phương | 6 tháng 2023 | 6 tháng 2024 | Kế hoạch năm 2024
1 | Ninh Hải | 312 | 356 | 700
2 | Thuận Nam | 185 | 204 | 420
3 | Phan Rang - Tháp Chàm | 64 | 58 | 130
 | Tổng cộng | 561 | 618 | 1.250

Giá bán giống cỡ 0,8-1 cm dao động 220-260 đồng/con, giảm khoảng 15% so với cùng kỳ do cạnh tranh với giống nhập từ Trung Quốc.

2. Nuôi thương phẩm
Diện tích nuôi ốc hương thương phẩm đạt 146 ha, sản lượng thu hoạch 520 tấn; giá bán bình quân 360.000 đồng/kg.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu sản lượng giống cả năm đạt 1.250 triệu con; dự kiến 6 tháng cuối năm thu hoạch khoảng 600 tấn ốc thương phẩm. Tiếp tục triển khai Quyết định số 1095/QĐ-UBND ngày 15/9/2022 về vùng sản xuất giống tập trung.

Nơi nhận:
- Bộ NN&PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT.
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
C23 = P("6 tháng 2023", "2023-01-01", "2023-06-30")
C24 = P("6 tháng 2024", "2024-01-01", "2024-06-30")
KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
SUBJ = "sản lượng ốc hương giống"
M = 1_000_000


def row(place, loc, a, b, c, anchors):
    out = []
    for (num, val), per, extra, anc in zip(((a, None), (b, None), (c, None)), (C23, C24, KH),
                                           ({}, {}, {"status": "target"}), anchors):
        v = float(num.replace(".", "")) * M
        out.append(F(anc, num, v, "count", "con", SUBJ, per, location=loc, **extra))
    return out


FIGS = [
    F("có 98 cơ sở", "98", 98, "count", "cơ sở", "cơ sở sản xuất giống ốc hương", percent=30),
    F("Ninh Hải 61 cơ sở", "61", 61, "count", "cơ sở", "cơ sở sản xuất giống ốc hương", total=98, location="Ninh Hải"),
    F("Thuận Nam 37 cơ sở", "37", 37, "count", "cơ sở", "cơ sở sản xuất giống ốc hương", total=98, location="Thuận Nam"),
    F("ước đạt 618 triệu con", "618", 618 * M, "count", "con", "sản lượng giống ốc hương", H1, status="estimate",
      change=C("increase", 10.2, "%", "cùng kỳ"), percent=49.4),
]
FIGS += row("Ninh Hải", "Ninh Hải", "312", "356", "700", ["Ninh Hải | 312", "312 | 356", "356 | 700"])
FIGS += row("Thuận Nam", "Thuận Nam", "185", "204", "420", ["Thuận Nam | 185", "185 | 204", "204 | 420"])
FIGS += row("Phan Rang - Tháp Chàm", "Phan Rang - Tháp Chàm", "64", "58", "130",
            ["Tháp Chàm | 64", "64 | 58", "58 | 130"])
FIGS += row("Tổng cộng", "Ninh Thuận", "561", "618", "1.250", ["Tổng cộng | 561", "561 | 618", "618 | 1.250"])
FIGS += [
    F("cỡ 0,8-1 cm", "0,8", 0.8, "measure", "cm", "cỡ giống", value_max=1, optional=True),
    F("dao động 220-260 đồng/con", "220", 220, "money", "đồng/con", "giá bán giống ốc hương", value_max=260,
      change=C("decrease", 15, "%", "cùng kỳ")),
    F("đạt 146 ha", "146", 146, "measure", "ha", "diện tích nuôi ốc hương thương phẩm", I(H1)),
    F("thu hoạch 520 tấn", "520", 520, "measure", "tấn", "sản lượng ốc hương thương phẩm thu hoạch", I(H1)),
    F("bình quân 360.000 đồng/kg", "360.000", 360000, "money", "đồng/kg", "giá bán bình quân ốc hương thương phẩm",
      I(H1)),
    F("đạt 1.250 triệu con", "1.250", 1250 * M, "count", "con", "sản lượng giống ốc hương",
      P("cả năm", "2024-01-01", "2024-12-31"), status="target"),
    F("khoảng 600 tấn", "600", 600, "measure", "tấn", "sản lượng ốc thương phẩm thu hoạch",
      P("6 tháng cuối năm", "2024-07-01", "2024-12-31"), approx="about", status="forecast"),
]

NOTES = [
    "Báo cáo UBND tỉnh Ninh Thuận (Số: 238/BC-UBND), dated 'Ninh Thuận, ngày 12 tháng 7 năm 2024' = published.",
    "Flattened table, 'Đơn vị tính: triệu con': every cell is a figure (value x 10^6, unit con), subject = the table's indicator,",
    "district rows go to location, 'Tổng cộng' row is Ninh Thuận; periods from the column headers (scored); 'Kế hoạch năm 2024' = target.",
    "Table cells carry no totals. Row numbers, 'Bảng 1', section numbers I./II./1./2., the document numbers and dates are not figures.",
    "(Ninh Hải 61, Thuận Nam 37) add up to 98: total 98. '30% số cơ sở của cả nước' is the share of the 98. Section 2 figures",
    "take the report's period from the heading (inherited). The seed size '0,8-1 cm' is optional.",
]

write("p918-3", TEXT, NOTES, FIGS, published="2024-07-12", location="Ninh Thuận")
