"""p1178-7: department site (Sở NN&PTNT Nghệ An), no dateline; one-cell-per-line table of dried herb output by item."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN NGHỆ AN
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Liên hệ

Phát triển dược liệu sấy khô thành sản phẩm chủ lực

Nghệ An hiện có 3.460 ha cây dược liệu trồng tập trung, chủ yếu là quế, gừng, nghệ và cà gai leo. Năm 2024, giá trị sản xuất dược liệu toàn tỉnh đạt 612 tỷ đồng, tăng 10,5% so với năm 2023. Riêng quý III, các cơ sở thu mua 390 tấn quế vỏ tươi, gấp 1,4 lần cùng kỳ.

Sản lượng một số dược liệu sơ chế, sấy khô chủ lực
Đơn vị tính: tấn
Loại dược liệu
Năm 2023
Năm 2024
Kế hoạch 2025
Quế vỏ khô
1.240
1.385
1.500
Gừng sấy lát
410
462
520
Cà gai leo khô
186
215
260
Nghệ sấy
95
118
140
Tổng số
1.931
2.180
2.420

Toàn tỉnh có 27 sản phẩm dược liệu, trà thảo mộc đạt OCOP (22 sản phẩm 3 sao, 5 sản phẩm 4 sao).

Tại huyện Nam Đàn, HTX Nông nghiệp Hùng Tiến trồng 15 ha cà gai leo theo hướng hữu cơ, mỗi năm cung ứng khoảng 40 tấn cà gai leo khô cho các doanh nghiệp dược. HTX có 2 máy sấy công suất 500 kg/mẻ; lợi nhuận bình quân đạt 120 triệu đồng/ha/năm.

Tin liên quan:
- Hội thảo phát triển cây dược liệu dưới tán rừng lần thứ 2
- Tập huấn quy trình GACP-WHO khóa 4

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN NGHỆ AN
Địa chỉ: Số 65 Trường Thi, TP Vinh, Nghệ An | Điện thoại: 0238.3844.296
Lượt truy cập: 3.204.611 | Đang online: 58
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Q3 = per("quý III", "2024-07-01", "2024-09-30")
COLS = [("Năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), "actual"),
        ("Năm 2024", per("Năm 2024", "2024-01-01", "2024-12-31"), "actual"),
        ("Kế hoạch 2025", per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]
ROWS = [("Quế vỏ khô", "1.240", "1.385", "1.500"), ("Gừng sấy lát", "410", "462", "520"),
        ("Cà gai leo khô", "186", "215", "260"), ("Nghệ sấy", "95", "118", "140"),
        ("Tổng số", "1.931", "2.180", "2.420")]
ND = "Nam Đàn"


def table():
    out = []
    for label, *cells in ROWS:
        left = label
        for (col, p, st), num in zip(COLS, cells):
            kw = {} if st == "actual" else {"status": st}
            if label == "Tổng số":
                subj = f"tổng số sản lượng dược liệu sơ chế, sấy khô chủ lực {col.lower()}"
            else:
                subj = f"sản lượng {label.lower()} {col.lower()}"
            out.append(fig(f"{left}\n{num}\n", num, float(num.replace(".", "")), "measure", "tấn",
                           subject=subj, period=p, **kw))
            left = num
    return out


FIGS = [
    fig("có 3.460 ha", "3.460", 3460, "measure", "ha", subject="diện tích cây dược liệu trồng tập trung"),
    fig("đạt 612 tỷ", "612", 612000000000, "money", "đồng", change=chg("increase", 10.5, "%", "năm 2023"),
        subject="giá trị sản xuất dược liệu", period=Y24),
    fig("thu mua 390 tấn", "390", 390, "measure", "tấn", change=chg("increase", 1.4, "lần", "cùng kỳ"),
        subject="quế vỏ tươi các cơ sở thu mua", period=Q3),
    *table(),
    fig("có 27 sản phẩm", "27", 27, "count", "sản phẩm", subject="sản phẩm dược liệu, trà thảo mộc đạt OCOP"),
    fig("(22 sản phẩm", "22", 22, "count", "sản phẩm", total=27, subject="sản phẩm OCOP 3 sao"),
    fig("5 sản phẩm 4 sao", "5", 5, "count", "sản phẩm", total=27, subject="sản phẩm OCOP 4 sao"),
    fig("trồng 15 ha", "15", 15, "measure", "ha", subject="diện tích cà gai leo HTX Nông nghiệp Hùng Tiến trồng",
        location=ND),
    fig("khoảng 40 tấn", "40", 40, "measure", "tấn", approx="about",
        subject="cà gai leo khô HTX cung ứng mỗi năm", location=ND),
    fig("có 2 máy sấy", "2", 2, "count", "máy sấy", subject="máy sấy của HTX", location=ND),
    fig("500 kg/mẻ", "500", 500, "measure", "kg/mẻ", subject="công suất máy sấy", location=ND),
    fig("120 triệu", "120", 120000000, "money", "đồng/ha/năm", subject="lợi nhuận bình quân", location=ND),
]

NOTES = [
    "Department site (Sở NN&PTNT Nghệ An) with no dateline: no published date. Menu, related links, footer address, phone, counters.",
    "One-cell-per-line table, 'Đơn vị tính: tấn', rows are items: subject = 'sản lượng' + row label + column label;",
    "period from the column header (scored), 'Kế hoạch 2025' → target. Table cells get no totals; 'Tổng số' row is its own figures.",
    "Year-less 'quý III' takes 2024 from 'Năm 2024' in the previous sentence. 'gấp 1,4 lần cùng kỳ' after a figure is its change (lần).",
    "'(22 sản phẩm 3 sao, 5 sản phẩm 4 sao)': bracketed breakdown that adds up to 27 → total 27. '3 sao', '4 sao' are labels.",
    "HTX passage in huyện Nam Đàn → location Nam Đàn. Distractors: 'lần thứ 2', 'khóa 4', 'Số 65 Trường Thi', phone, counters.",
]

if __name__ == "__main__":
    write("p1178-7", TEXT, NOTES, FIGS, location="Nghệ An")
