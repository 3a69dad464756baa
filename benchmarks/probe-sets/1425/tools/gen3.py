"""p1425-3: formal report (UBND tỉnh Sóc Trăng, Số: 12/BC-UBND): rice-shrimp 2024, flattened '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH SÓC TRĂNG
Số: 12/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Sóc Trăng, ngày 15 tháng 01 năm 2025

BÁO CÁO
Kết quả sản xuất theo mô hình lúa - tôm năm 2024, kế hoạch năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Diện tích, sản lượng
Năm 2024, diện tích sản xuất lúa - tôm toàn tỉnh đạt 13.480 ha, tăng 6,2% so với năm 2023, đạt 102,1% kế hoạch; sản lượng tôm đạt 4.920 tấn, sản lượng lúa ước đạt 62.400 tấn. Vùng lúa - tôm tập trung ở các xã Hòa Tú 1, Hòa Tú 2, Gia Hòa 1 (huyện Mỹ Xuyên).

Bảng 1. Diện tích lúa - tôm phân theo địa phương
Đơn vị tính: ha
STT | Địa phương | Năm 2023 | Năm 2024 | Kế hoạch 2025
1 | Huyện Mỹ Xuyên | 7.150 | 7.620 | 8.000
2 | Huyện Trần Đề | 2.840 | 3.010 | 3.200
3 | Thị xã Vĩnh Châu | 1.920 | 2.050 | 2.300
4 | Huyện Long Phú | 780 | 800 | 1.000
Tổng cộng | | 12.690 | 13.480 | 14.500

2. Hiệu quả kinh tế
Năng suất tôm bình quân đạt 365 kg/ha; lợi nhuận bình quân từ 70 đến 90 triệu đồng/ha, cao hơn sản xuất lúa độc canh khoảng 30%. Toàn tỉnh có 9 chuỗi liên kết tiêu thụ lúa trên đất tôm, gồm 6 chuỗi lúa hữu cơ và 3 chuỗi lúa an toàn, với quy mô 2.650 ha, chiếm 19,7% diện tích lúa - tôm.

3. Tồn tại, hạn chế
Năm 2024 xảy ra 3 đợt xâm nhập mặn cục bộ; riêng huyện Trần Đề bị thiệt hại khoảng 215 ha lúa, ước thiệt hại hơn 4,3 tỷ đồng.

II. KẾ HOẠCH NĂM 2025
Năm 2025, phấn đấu diện tích lúa - tôm đạt 14.500 ha, sản lượng tôm đạt 5.300 tấn; diện tích lúa hữu cơ trên đất tôm đạt ít nhất 600 ha.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NN.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Huỳnh Minh Khởi
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = {"Năm 2023": Y23, "Năm 2024": Y24, "Kế hoạch 2025": K25}


def cell(anchor, number, place, col):
    kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
    label = "tổng cộng " if place == "Sóc Trăng" else ""
    return fig(anchor, number, float(number.replace(".", "")), "measure", "ha",
               subject=f"diện tích lúa - tôm {label}{col.lower()}", period=COLS[col], location=place, **kw)


ROWS = [("Mỹ Xuyên", "Huyện Mỹ Xuyên", ["7.150", "7.620", "8.000"]),
        ("Trần Đề", "Huyện Trần Đề", ["2.840", "3.010", "3.200"]),
        ("Vĩnh Châu", "Thị xã Vĩnh Châu", ["1.920", "2.050", "2.300"]),
        ("Long Phú", "Huyện Long Phú", ["780", "800", "1.000"]),
        ("Sóc Trăng", "Tổng cộng |", ["12.690", "13.480", "14.500"])]
CELLS = []
for place, label, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev} | {n} |" if col != "Kế hoạch 2025" else f"{prev} | {n}\n", n, place, col))
        prev = n

Y24i = inh(Y24)
FIGS = [
    fig("đạt 13.480 ha", "13.480", 13480, "measure", "ha", percent=102.1,
        change=chg("increase", 6.2, "%", "năm 2023"), subject="diện tích sản xuất lúa - tôm toàn tỉnh", period=Y24),
    fig("đạt 4.920 tấn", "4.920", 4920, "measure", "tấn", subject="sản lượng tôm", period=Y24),
    fig("ước đạt 62.400 tấn", "62.400", 62400, "measure", "tấn", status="estimate",
        subject="sản lượng lúa", period=Y24),
] + CELLS + [
    fig("đạt 365 kg/ha", "365", 365, "measure", "kg/ha", subject="năng suất tôm bình quân", period=Y24i),
    fig("từ 70 đến 90 triệu", "70", 70e6, "money", "đồng/ha", value_max=90e6,
        change=chg("increase", 30, "%", "sản xuất lúa độc canh", approx="about"),
        subject="lợi nhuận bình quân", period=Y24i),
    fig("có 9 chuỗi", "9", 9, "count", "chuỗi liên kết", subject="chuỗi liên kết tiêu thụ lúa trên đất tôm",
        period=Y24i),
    fig("gồm 6 chuỗi", "6", 6, "count", "chuỗi", total=9, subject="chuỗi lúa hữu cơ", period=Y24i),
    fig("và 3 chuỗi", "3", 3, "count", "chuỗi", total=9, subject="chuỗi lúa an toàn", period=Y24i),
    fig("quy mô 2.650 ha", "2.650", 2650, "measure", "ha", percent=19.7,
        subject="quy mô chuỗi liên kết tiêu thụ lúa trên đất tôm", period=Y24i),
    fig("ra 3 đợt", "3", 3, "count", "đợt", subject="đợt xâm nhập mặn cục bộ", period=Y24),
    fig("khoảng 215 ha", "215", 215, "measure", "ha", approx="about",
        subject="diện tích lúa bị thiệt hại", period=Y24, location="Trần Đề"),
    fig("hơn 4,3 tỷ", "4,3", 4.3e9, "money", "đồng", approx="over", status="estimate",
        subject="thiệt hại", period=Y24, location="Trần Đề"),
    fig("đạt 14.500 ha", "14.500", 14500, "measure", "ha", status="target", subject="diện tích lúa - tôm", period=Y25),
    fig("đạt 5.300 tấn", "5.300", 5300, "measure", "tấn", status="target", subject="sản lượng tôm", period=Y25),
    fig("ít nhất 600 ha", "600", 600, "measure", "ha", approx="at_least", status="target",
        subject="diện tích lúa hữu cơ trên đất tôm", period=Y25),
]

NOTES = [
    "Formal report (UBND tỉnh Sóc Trăng, Số: 12/BC-UBND, 'Sóc Trăng, ngày 15 tháng 01 năm 2025'), sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: Số 12/BC-UBND, the letterhead date, xã 'Hòa Tú 1', 'Hòa Tú 2', 'Gia Hòa 1', 'Bảng 1', STT 1-4, section numbers.",
    "Flattened '|' table, 'Đơn vị tính: ha'; row = district (location), subject = indicator + column label; 'Kế hoạch 2025' → target.",
    "Tổng cộng row → location Sóc Trăng. Table cells get no total.",
    "Section 2 has no period phrase of its own: the section header 'NĂM 2024' is inherited (not scored).",
    "'gồm 6 chuỗi ... và 3 chuỗi' are parts of 9 chuỗi (total 9). 'riêng huyện Trần Đề' moves 215 ha and 4,3 tỷ to Trần Đề; 'ước thiệt hại' → estimate.",
    "Section II: 'Năm 2025, phấn đấu' governs all three clauses of the sentence (target).",
]

if __name__ == "__main__":
    write("p1425-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Sóc Trăng")
