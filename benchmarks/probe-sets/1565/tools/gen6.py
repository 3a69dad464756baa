"""p1565-6: department site without dateline (Sở NN&PTNT An Giang): dried freshwater fish, one-cell-per-line table."""
from lib import fig, per, inh, chg, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH AN GIANG
Trang chủ | Giới thiệu | Tin tức | Thủ tục hành chính | Thống kê | Liên hệ

Sản xuất khô cá nước ngọt năm 2024

Năm 2024, sản lượng khô cá các loại của tỉnh An Giang đạt 3.455 tấn, tăng 4,9% so với năm 2023. Riêng khô cá tra phồng, đặc sản của vùng Châu Đốc, chiếm khoảng 40% sản lượng. An Giang đứng thứ hai vùng Đồng bằng sông Cửu Long về sản lượng khô cá nước ngọt, sau Đồng Tháp.

Toàn tỉnh có 214 cơ sở làm khô cá, gồm 9 doanh nghiệp, 38 hợp tác xã và tổ hợp tác, còn lại là hộ kinh doanh. Giá khô cá lóc loại 1 hiện từ 380.000 đến 450.000 đồng/kg, khô cá sặc rằn 220.000-260.000 đồng/kg.

Sản lượng khô cá các loại phân theo địa phương
Đơn vị tính: tấn
Địa phương
Năm 2023
Năm 2024
So với cùng kỳ (%)
TP Châu Đốc
1.260
1.340
106,3
Huyện An Phú
980
1.015
103,6
Huyện Châu Phú
640
702
109,7
Huyện Tri Tôn
415
398
95,9
Tổng số
3.295
3.455
104,9

Huyện Tri Tôn là địa phương duy nhất giảm sản lượng do thiếu nguồn cá đồng. Mục tiêu đến năm 2030, tỉnh có ít nhất 30 cơ sở làm khô cá đạt tiêu chuẩn HACCP và nâng tỷ lệ sản phẩm có bao bì, nhãn mác lên trên 80%.

Tin cùng chuyên mục:
- Hội nghị sơ kết vụ lúa Thu Đông 2024
- Tập huấn quy trình VietGAP cho 45 hộ nuôi cá lóc

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH AN GIANG
Địa chỉ: Số 28 Tôn Đức Thắng, phường Mỹ Bình, TP Long Xuyên, An Giang
Điện thoại: 0296.3852.214 | Email: snnptnt@angiang.gov.vn
Lượt truy cập: 3.217.450 | Đang online: 42
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
BY2030 = per("đến năm 2030", None, "2030-12-31")

ROWS = [
    ("TP Châu Đốc", "Châu Đốc", ["1.260", "1.340", "106,3"]),
    ("Huyện An Phú", "An Phú", ["980", "1.015", "103,6"]),
    ("Huyện Châu Phú", "Châu Phú", ["640", "702", "109,7"]),
    ("Huyện Tri Tôn", "Tri Tôn", ["415", "398", "95,9"]),
    ("Tổng số", None, ["3.295", "3.455", "104,9"]),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


def table_figs():
    out = []
    for label, place, cells in ROWS:
        loc = {"location": place} if place else {}
        row = "" if place else "tổng số "
        prev = label
        for i, cell in enumerate(cells):
            anchor = prev + "\n" + cell
            if i == 0:
                f = fig(anchor, cell, num(cell), "measure", "tấn", period=Y23,
                        subject=f"sản lượng khô cá các loại {row}năm 2023", **loc)
            elif i == 1:
                f = fig(anchor, cell, num(cell), "measure", "tấn", period=Y24,
                        subject=f"sản lượng khô cá các loại {row}năm 2024", **loc)
            else:
                f = fig(anchor, cell, num(cell), "percent", "%",
                        subject=f"sản lượng khô cá các loại {row}so với cùng kỳ", **loc)
            out.append(f)
            prev = anchor
    return out


FIGS = [
    fig("đạt 3.455 tấn", "3.455", 3455, "measure", "tấn", change=chg("increase", 4.9, "%", "năm 2023"),
        subject="sản lượng khô cá các loại", period=Y24),
    fig("khoảng 40%", "40", 40, "percent", "%", approx="about",
        subject="tỷ trọng khô cá tra phồng trong sản lượng khô cá", period=inh(Y24)),
    fig("thứ hai vùng", "hai", 2, "rank", "hạng",
        subject="sản lượng khô cá nước ngọt vùng Đồng bằng sông Cửu Long"),
    fig("có 214 cơ sở", "214", 214, "count", "cơ sở", subject="cơ sở làm khô cá"),
    fig("gồm 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", total=214, subject="doanh nghiệp làm khô cá"),
    fig("38 hợp tác xã", "38", 38, "count", "hợp tác xã", total=214,
        subject="hợp tác xã và tổ hợp tác làm khô cá"),
    fig("từ 380.000 đến 450.000", "380.000", 380000, "money", "đồng/kg", value_max=450000,
        subject="giá khô cá lóc loại 1"),
    fig("220.000-260.000", "220.000", 220000, "money", "đồng/kg", value_max=260000,
        subject="giá khô cá sặc rằn"),
] + table_figs() + [
    fig("ít nhất 30 cơ sở", "30", 30, "count", "cơ sở", approx="at_least", status="target",
        subject="cơ sở làm khô cá đạt tiêu chuẩn HACCP", period=BY2030),
    fig("trên 80%", "80", 80, "percent", "%", approx="over", status="target",
        subject="tỷ lệ sản phẩm có bao bì, nhãn mác", period=BY2030),
]

NOTES = [
    "Department site (Sở NN&PTNT An Giang) without a dateline: menu, related links, footer address, phone, email, 'Lượt truy cập', 'Đang online'. published = null.",
    "Distractors: 'Số 28 Tôn Đức Thắng', phone 0296.3852.214, 'Lượt truy cập: 3.217.450', 'Đang online: 42', 'Thu Đông 2024' in a link title.",
    "  The link title 'Tập huấn quy trình VietGAP cho 45 hộ nuôi cá lóc' is page furniture (another article's headline): not a figure of this article.",
    "One-cell-per-line table ('Đơn vị tính: tấn', place column): a place label goes to location, the subject is the table's indicator + column; Tổng số row: An Giang.",
    "  Period from the 'Năm 2023'/'Năm 2024' headers; 'So với cùng kỳ (%)' cells: percent, no period. Table cells get no total.",
    "'chiếm khoảng 40% sản lượng' has no base amount in its sentence: a percent figure; 'Châu Đốc' names the product's home, the share is the province's (An Giang).",
    "'đứng thứ hai vùng ĐBSCL' -> rank 2, location An Giang. 'gồm 9 doanh nghiệp, 38 hợp tác xã ...' -> parts of 214 (total).",
    "'Mục tiêu đến năm 2030' governs both clauses: ít nhất 30 cơ sở and 'lên trên 80%' (target).",
]

if __name__ == "__main__":
    write("p1565-6", TEXT, NOTES, FIGS, published=None, location="An Giang")
