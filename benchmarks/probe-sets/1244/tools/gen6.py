"""p1244-6: department site (Sở NN&PTNT Tuyên Quang), no dateline: ba ba gai around the Na Hang reservoir; one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH TUYÊN QUANG
Giới thiệu | Tin tức - Sự kiện | Thủy sản | Văn bản | Hỏi đáp

Phát triển nuôi ba ba gai ở vùng lòng hồ Na Hang

Nhờ nguồn nước sạch từ hồ thủy điện Tuyên Quang, nghề nuôi ba ba gai ở hai huyện Na Hang và Lâm Bình phát triển ổn định. Năm 2024, toàn tỉnh ước có 215 hộ nuôi với tổng diện tích 38,6 ha, sản lượng khoảng 96 tấn, tăng 9,1% so với năm 2023.

Kết quả nuôi ba ba giai đoạn 2022-2025
Chỉ tiêu
Năm 2022
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Số hộ nuôi (hộ)
168
193
215
240
Diện tích nuôi (ha)
29,4
34,2
38,6
45,0
Sản lượng (tấn)
74
88
96
110
Giá trị sản xuất (tỷ đồng)
31,5
38,7
43,2
50,0

Ba ba gai Na Hang được bán với giá từ 650.000 đến 750.000 đồng/kg, cao gấp 2,5 lần ba ba hoa. Sản phẩm "Ba ba gai Na Hang" đã được công nhận OCOP 4 sao năm 2023. Hiện Trung tâm Khuyến nông tỉnh đang hỗ trợ 50% chi phí con giống cho 30 hộ tham gia mô hình nuôi ba ba gai an toàn sinh học.

Theo Chi cục Thủy sản, tỷ lệ ba ba gai nuôi sống đến khi thu hoạch đạt khoảng 80%, mỗi con khi thu hoạch nặng từ 1,8 đến 2,5 kg.

Liên kết website: Bộ Nông nghiệp và PTNT | UBND tỉnh Tuyên Quang
Địa chỉ: số 2, đường 17/8, phường Minh Xuân, TP Tuyên Quang
Điện thoại: 0207.3822.456 - Email: snn@tuyenquang.gov.vn
Lượt truy cập: 1.204.377
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
COLS = [("năm 2022", per("Năm 2022", "2022-01-01", "2022-12-31"), None),
        ("năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("ước thực hiện 2024", per("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
        ("kế hoạch 2025", per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]
ROWS = [("Số hộ nuôi (hộ)", "số hộ nuôi", "count", "hộ", 1, ["168", "193", "215", "240"]),
        ("Diện tích nuôi (ha)", "diện tích nuôi", "measure", "ha", 1, ["29,4", "34,2", "38,6", "45,0"]),
        ("Sản lượng (tấn)", "sản lượng", "measure", "tấn", 1, ["74", "88", "96", "110"]),
        ("Giá trị sản xuất (tỷ đồng)", "giá trị sản xuất", "money", "đồng", 1e9, ["31,5", "38,7", "43,2", "50,0"])]
CELLS = []
for label, row, kind, unit, mult, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        CELLS.append(fig(f"{prev}\n{n}\n", n, float(n.replace(",", ".")) * mult, kind, unit,
                         subject=f"{row} ba ba {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("hai huyện", "hai", 2, "count", "huyện", subject="huyện có nghề nuôi ba ba gai", optional=True),
    fig("ước có 215 hộ", "215", 215, "count", "hộ", status="estimate", subject="hộ nuôi ba ba", period=Y24),
    fig("tích 38,6 ha", "38,6", 38.6, "measure", "ha", status="estimate",
        subject="tổng diện tích nuôi ba ba", period=Y24),
    fig("khoảng 96 tấn", "96", 96, "measure", "tấn", approx="about", status="estimate",
        change=chg("increase", 9.1, "%", "năm 2023"), subject="sản lượng ba ba", period=Y24),
] + CELLS + [
    fig("từ 650.000 đến 750.000", "650.000", 650000, "money", "đồng/kg", value_max=750000,
        change=chg("increase", 2.5, "lần", "ba ba hoa"), subject="giá bán ba ba gai Na Hang", location="Na Hang"),
    fig("hỗ trợ 50%", "50", 50, "percent", "%", subject="chi phí con giống được hỗ trợ"),
    fig("cho 30 hộ", "30", 30, "count", "hộ", subject="hộ tham gia mô hình nuôi ba ba gai an toàn sinh học"),
    fig("đạt khoảng 80%", "80", 80, "percent", "%", approx="about",
        subject="tỷ lệ ba ba gai nuôi sống đến khi thu hoạch"),
    fig("từ 1,8 đến 2,5 kg", "1,8", 1.8, "measure", "kg/con", value_max=2.5,
        subject="trọng lượng mỗi con ba ba gai khi thu hoạch"),
]

NOTES = [
    "Department site (Sở NN&PTNT Tuyên Quang), no dateline: menu, website links, address, phone, email, 'Lượt truy cập: 1.204.377'.",
    "Distractors: 'số 2, đường 17/8', phone 0207.3822.456, the counter, 'OCOP 4 sao năm 2023', caption 'giai đoạn 2022-2025'.",
    "'hai huyện Na Hang và Lâm Bình': a count that only introduces two named districts; optional.",
    "'Năm 2024, toàn tỉnh ước có …': 'ước' governs the continuing clauses (diện tích, sản lượng) → estimate.",
    "One-cell-per-line table: unit and multiplier from the row label ('(hộ)', '(ha)', '(tấn)', '(tỷ đồng)' → ×10^9 đồng);",
    "subject = row label + column label; period from the column header (scored); 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target.",
    "The price of 'Ba ba gai Na Hang' describes huyện Na Hang (location Na Hang); 'cao gấp 2,5 lần ba ba hoa' is its change (lần).",
    "'hỗ trợ 50% chi phí con giống' is a percent figure of its own. Other figures: location Tuyên Quang.",
    "'mỗi con khi thu hoạch nặng từ 1,8 đến 2,5 kg' → kg/con (the 'mỗi con' denominator), range.",
]

if __name__ == "__main__":
    write("p1244-6", TEXT, NOTES, FIGS, location="Tuyên Quang")
