"""p1288-6: department site (Sở NN&PTNT Quảng Nam), no dateline: cinnamon, herbs, herbal tea; one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH QUẢNG NAM
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Phát triển dược liệu dưới tán rừng gắn với chế biến trà thảo dược

Quảng Nam hiện có khoảng 15.600 ha quế, tập trung ở các huyện Bắc Trà My, Nam Trà My và Phước Sơn; diện tích sâm Ngọc Linh trên 1.800 ha. Năm 2024, giá trị sản xuất dược liệu toàn tỉnh ước đạt 1.250 tỷ đồng, chiếm 4,6% giá trị sản xuất nông, lâm nghiệp.

Sản lượng dược liệu và trà thảo dược chủ lực
Đơn vị tính: tấn
Sản phẩm
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Kế hoạch 2025
Quế vỏ khô
2.350
2.480
105,5
2.600
Đương quy, đảng sâm, ba kích
412
455
110,4
500
Trà túi lọc thảo dược
86
97
112,8
115
Tổng cộng
2.848
3.032
106,5
3.215

Theo Quyết định số 1528/QĐ-UBND của UBND tỉnh, đến năm 2030 Quảng Nam phấn đấu có 5 vùng trồng dược liệu tập trung với tổng diện tích không dưới 20.000 ha. Hiện trên địa bàn có 11 cơ sở sản xuất trà túi lọc từ quế, sâm dây và lá vối, trong đó 4 cơ sở ở huyện Nam Trà My; sản phẩm trà túi lọc quế được bán với giá 55.000 đồng/hộp.

Tin liên quan:
- Hội nghị tổng kết Chương trình OCOP năm 2024
- Phiên chợ sâm Ngọc Linh lần thứ 7 tại Nam Trà My

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH QUẢNG NAM
Địa chỉ: 102 Hùng Vương, TP Tam Kỳ, tỉnh Quảng Nam
Điện thoại: 0235.3852.461 - Email: snnptnt@quangnam.gov.vn
Lượt truy cập: 1.204.587
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
TO30 = per("đến năm 2030", None, "2030-12-31")

COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"),
        ("so với cùng kỳ", inh(E24), None), ("kế hoạch 2025", K25, "target")]
ROWS = [("Quế vỏ khô", ["2.350", "2.480", "105,5", "2.600"]),
        ("Đương quy, đảng sâm, ba kích", ["412", "455", "110,4", "500"]),
        ("Trà túi lọc thảo dược", ["86", "97", "112,8", "115"]),
        ("Tổng cộng", ["2.848", "3.032", "106,5", "3.215"])]

CELLS = []
for label, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        row = label.lower() if label != "Tổng cộng" else "tổng cộng dược liệu và trà thảo dược"
        if col == "so với cùng kỳ":
            CELLS.append(fig(f"{prev}\n{n}", n, float(n.replace(",", ".")), "percent", "%",
                             subject=f"sản lượng {row} so với cùng kỳ", period=p, **kw))
        else:
            CELLS.append(fig(f"{prev}\n{n}", n, float(n.replace(".", "")), "measure", "tấn",
                             subject=f"sản lượng {row} {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("khoảng 15.600 ha", "15.600", 15600, "measure", "ha", approx="about", subject="diện tích quế"),
    fig("trên 1.800 ha", "1.800", 1800, "measure", "ha", approx="over", subject="diện tích sâm Ngọc Linh"),
    fig("ước đạt 1.250 tỷ", "1.250", 1250e9, "money", "đồng", status="estimate", percent=4.6,
        subject="giá trị sản xuất dược liệu toàn tỉnh", period=Y24),
] + CELLS + [
    fig("có 5 vùng", "5", 5, "count", "vùng", status="target",
        subject="vùng trồng dược liệu tập trung", period=TO30),
    fig("không dưới 20.000 ha", "20.000", 20000, "measure", "ha", approx="at_least", status="target",
        subject="tổng diện tích vùng trồng dược liệu tập trung", period=TO30),
    fig("có 11 cơ sở", "11", 11, "count", "cơ sở", subject="cơ sở sản xuất trà túi lọc"),
    fig("đó 4 cơ sở", "4", 4, "count", "cơ sở", total=11, subject="cơ sở sản xuất trà túi lọc",
        location="Nam Trà My"),
    fig("giá 55.000 đồng/hộp", "55.000", 55000, "money", "đồng/hộp", subject="giá trà túi lọc quế"),
]

NOTES = [
    "Department site (Sở NN&PTNT Quảng Nam), no dateline: menu, related links, footer address, phone, e-mail, 'Lượt truy cập'.",
    "Distractors: 'Quyết định số 1528/QĐ-UBND', '102 Hùng Vương', phone 0235.3852.461, counter 1.204.587, 'lần thứ 7', 'năm 2024' in a link.",
    "One-cell-per-line table, 'Đơn vị tính: tấn'; subject = row label + column label; period from the column header;",
    "'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. Table cells get no total.",
    "'So với cùng kỳ (%)' cells are percent figures (every numeric cell is a figure); they compare the 2024 estimate with 2023:",
    "period 2024 from the neighbouring header (inherited: not scored).",
    "revised after the first run: their status estimate → actual. The spec gives 'estimate' to an 'Ước tính/Ước thực hiện' column",
    "only; this column's header has no cue, and a cue in another column is not a clause that this cell continues.",
    "'đến năm 2030 Quảng Nam phấn đấu ...' → target, start null. 'trong đó 4 cơ sở ở huyện Nam Trà My' → total 11, location Nam Trà My.",
]

if __name__ == "__main__":
    write("p1288-6", TEXT, NOTES, FIGS, location="Quảng Nam")
