"""p1432-7: department site (Sở NN&PTNT Hòa Bình), no dateline, one-cell-per-line table of indicators."""
from lib import fig, per, inh, chg, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH HÒA BÌNH
Giới thiệu | Tin tức | Văn bản chỉ đạo | Thủ tục hành chính | Hỏi đáp

Phát triển vùng nguyên liệu cỏ ngọt tại Lương Sơn và Cao Phong

Cỏ ngọt được đưa vào trồng tại Hòa Bình từ năm 2015. Đến nay, cây trồng này đã có mặt ở 4 huyện với hơn 1.100 hộ tham gia, nhiều nhất là huyện Lương Sơn (145 ha) và huyện Cao Phong (98 ha).

Kết quả sản xuất cỏ ngọt toàn tỉnh
Chỉ tiêu
Đơn vị tính
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Kế hoạch 2025
Tổng diện tích
ha
286,0
318,5
111,4
350,0
Trong đó: diện tích đạt VietGAP
ha
42,0
65,0
154,8
90,0
Năng suất lá khô
tấn/ha
3,1
3,3
106,5
3,4
Sản lượng lá khô
tấn
886,6
1.051,1
118,6
1.190,0
Giá bán bình quân
nghìn đồng/kg
36,5
33,0
90,4
35,0

Dù giá giảm, thu nhập từ cỏ ngọt vẫn đạt 90-110 triệu đồng/ha/năm, cao hơn trồng ngô khoảng 40 triệu đồng.

Năm 2024, tỉnh hỗ trợ 2,4 tỷ đồng xây dựng 3 xưởng sấy lá bằng nhiệt, giúp giảm tỷ lệ hao hụt sau thu hoạch từ 8% xuống còn 3%. Sở phấn đấu năm 2025 có thêm ít nhất 2 sản phẩm cỏ ngọt đạt OCOP 3 sao trở lên.

Tin liên quan:
- Hướng dẫn kỹ thuật trồng, chăm sóc cây cỏ ngọt
- Lương Sơn: Tập huấn sản xuất cỏ ngọt theo hướng hữu cơ

Bản quyền thuộc Sở Nông nghiệp và Phát triển nông thôn tỉnh Hòa Bình
Địa chỉ: Số 8 Trần Hưng Đạo, phường Phương Lâm, TP Hòa Bình
Điện thoại: 0218.3852.127 | Lượt truy cập: 1.204.377
"""

C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
SS = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31", inherited=True)
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"),
        ("so với cùng kỳ", SS, None), ("kế hoạch 2025", K25, "target")]
# row label, unit line, kind, unit, multiplier, cells
ROWS = [("tổng diện tích", "ha", "measure", "ha", 1, ["286,0", "318,5", "111,4", "350,0"]),
        ("diện tích đạt VietGAP", "ha", "measure", "ha", 1, ["42,0", "65,0", "154,8", "90,0"]),
        ("năng suất lá khô", "tấn/ha", "measure", "tấn/ha", 1, ["3,1", "3,3", "106,5", "3,4"]),
        ("sản lượng lá khô", "tấn", "measure", "tấn", 1, ["886,6", "1.051,1", "118,6", "1.190,0"]),
        ("giá bán bình quân", "nghìn đồng/kg", "money", "đồng/kg", 1000, ["36,5", "33,0", "90,4", "35,0"])]
TOTALS = [286.0, 318.5, None, 350.0]  # the 'Trong đó' sub-row is a part of 'Tổng diện tích' in each column


def num(s):
    return float(s.replace(".", "").replace(",", "."))


def cells():
    out = []
    for label, unit_line, kind, unit, mult, nums in ROWS:
        prev = unit_line
        for i, ((col, period, status), n) in enumerate(zip(COLS, nums)):
            kw = {"status": status} if status else {}
            if label == "diện tích đạt VietGAP" and TOTALS[i] is not None:
                kw["total"] = TOTALS[i]
            if col == "so với cùng kỳ":
                f = fig(f"{prev}\n{n}", n, num(n), "percent", "%", subject=f"{label} {col}", period=period, **kw)
            else:
                f = fig(f"{prev}\n{n}", n, num(n) * mult, kind, unit, subject=f"{label} {col}", period=period, **kw)
            out.append(f)
            prev = n
    return out


FIGS = [
    fig("ở 4 huyện", "4", 4, "count", "huyện", subject="huyện có cỏ ngọt"),
    fig("hơn 1.100 hộ", "1.100", 1100, "count", "hộ", approx="over", subject="hộ tham gia trồng cỏ ngọt"),
    fig("Lương Sơn (145 ha)", "145", 145, "measure", "ha", subject="diện tích cỏ ngọt", location="Lương Sơn"),
    fig("Cao Phong (98 ha)", "98", 98, "measure", "ha", subject="diện tích cỏ ngọt", location="Cao Phong"),
] + cells() + [
    fig("đạt 90-110 triệu", "90", 90e6, "money", "đồng/ha/năm", value_max=110e6,
        change=chg("increase", 40e6, "đồng", "trồng ngô", approx="about"),
        subject="thu nhập từ cỏ ngọt"),
    fig("hỗ trợ 2,4 tỷ", "2,4", 2.4e9, "money", "đồng",
        subject="kinh phí tỉnh hỗ trợ xây dựng xưởng sấy lá", period=Y24),
    fig("xây dựng 3 xưởng", "3", 3, "count", "xưởng", subject="xưởng sấy lá bằng nhiệt xây dựng", period=Y24),
    fig("từ 8%", "8", 8, "percent", "%", subject="tỷ lệ hao hụt sau thu hoạch trước đây", period=Y24,
        optional=True),
    fig("còn 3%", "3", 3, "percent", "%", subject="tỷ lệ hao hụt sau thu hoạch", period=Y24),
    fig("ít nhất 2 sản phẩm", "2", 2, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm cỏ ngọt đạt OCOP 3 sao trở lên", period=Y25),
]

NOTES = [
    "Department site (Sở NN&PTNT Hòa Bình), no dateline: menu, footer with address, phone, 'Lượt truy cập'. published = none.",
    "Distractors: 'từ năm 2015', 'OCOP 3 sao', 'Số 8 Trần Hưng Đạo', phone 0218.3852.127, 'Lượt truy cập: 1.204.377'.",
    "One-cell-per-line table with a unit column: unit and multiplier from that column ('nghìn đồng/kg' → 36,5 = 36 500 đồng/kg);",
    "subject = row label + column label; period from column headers (scored); 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target;",
    "'So với cùng kỳ (%)' cells are percents (2024 as % of 2023), status actual (no cue in the header), period 2024 marked inherited.",
    "'Trong đó: diện tích đạt VietGAP' is a sub-row: a part of 'Tổng diện tích' of the same column → total (not for the % column).",
    "'giảm tỷ lệ hao hụt ... từ 8% xuống còn 3%': 3% is the figure; the old value 8% is optional (like an old capacity).",
    "'thu nhập ... vẫn đạt 90-110 triệu đồng/ha/năm, cao hơn trồng ngô khoảng 40 triệu đồng' → range with a change (about); no period.",
    "'Lương Sơn (145 ha)', 'Cao Phong (98 ha)' → list items located in their districts; 'Đến nay' gives no period.",
]

if __name__ == "__main__":
    write("p1432-7", TEXT, NOTES, FIGS, location="Hòa Bình")
