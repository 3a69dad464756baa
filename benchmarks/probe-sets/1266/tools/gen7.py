"""p1266-7: department site (Chi cục Trồng trọt và BVTV Lâm Đồng), no dateline, one-cell-per-line table."""
from lib import F, P, I, CH, TG, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH LÂM ĐỒNG
CHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT
Giới thiệu | Tin tức | Dự báo dịch hại | Văn bản | Hỏi đáp

Lâm Đồng đẩy mạnh thu gom bao gói thuốc bảo vệ thực vật trên vùng rau, hoa

Lâm Đồng có khoảng 80.000 ha rau, hoa, cây ăn quả và hơn 170.000 ha cà phê, là một trong những địa phương sử dụng nhiều thuốc bảo vệ thực vật nhất cả nước. Năm 2024, toàn tỉnh ước có 7.350 bể chứa bao gói, tăng 410 bể so với năm 2023, vượt mục tiêu đề ra là 7.000 bể.

Kết quả thu gom bao gói thuốc BVTV giai đoạn 2022-2024
Đơn vị tính: kg
Loại bao gói
Năm 2022
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Chai, lọ nhựa
58.400
63.150
68.900
109,1
Bao, gói giấy và nilon
41.200
44.830
47.600
106,2
Tổng số
99.600
107.980
116.500
107,9
Trong đó: đã xử lý
85.300
96.450
108.200
112,2

Riêng huyện Đơn Dương, năm 2024 ước thu gom 38.600 kg, chiếm 33,1% lượng thu gom toàn tỉnh. Đơn giá xử lý bình quân trên địa bàn tỉnh là 14.500 đồng/kg. Năm 2025, Chi cục phấn đấu 100% vùng sản xuất rau tập trung có bể chứa, tỷ lệ bao gói được xử lý đạt trên 95%.

Tin khác:
- Cảnh báo sâu keo mùa thu hại ngô vụ Thu Đông
- Tập huấn IPM cho nông dân Đức Trọng

CHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT LÂM ĐỒNG
Địa chỉ: 36 Trần Phú, Phường 4, TP Đà Lạt
Điện thoại: 0263.3822.215
Lượt truy cập: 1.204.377
"""

C22 = P("Năm 2022", "2022-01-01", "2022-12-31")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
E24 = P("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
COLS = [("Năm 2022", C22, None), ("Năm 2023", C23, None), ("Ước thực hiện 2024", E24, "estimate"),
        ("So với cùng kỳ (%)", None, None)]
ROWS = [("Chai, lọ nhựa", ["58.400", "63.150", "68.900", "109,1"]),
        ("Bao, gói giấy và nilon", ["41.200", "44.830", "47.600", "106,2"]),
        ("Tổng số", ["99.600", "107.980", "116.500", "107,9"]),
        ("Trong đó: đã xử lý", ["85.300", "96.450", "108.200", "112,2"])]
TOTALS = [99600, 107980, 116500]

CELLS = []
for label, nums in ROWS:
    prev = label
    for i, ((col, per, st), n) in enumerate(zip(COLS, nums)):
        kw = {"status": st} if st else {}
        if per:
            kw["period"] = per
        row = label.replace("Trong đó: ", "").lower()
        if col.startswith("So với"):
            CELLS.append(F(f"{prev}\n{n}", n, float(n.replace(",", ".")), "percent", "%",
                           subject=f"bao gói thuốc BVTV thu gom {row} so với cùng kỳ", **kw))
        else:
            if label.startswith("Trong đó"):
                kw["total"] = TOTALS[i]
            CELLS.append(F(f"{prev}\n{n}", n, float(n.replace(".", "")), "measure", "kg",
                           subject=f"bao gói thuốc BVTV thu gom {row} {col}", **kw))
        prev = n

FIGS = [
    F("khoảng 80.000 ha", "80.000", 80000, "measure", "ha", approx="about",
      subject="rau, hoa, cây ăn quả"),
    F("hơn 170.000 ha", "170.000", 170000, "measure", "ha", approx="over", subject="cà phê"),
    F("có 7.350 bể", "7.350", 7350, "count", "bể", status="estimate",
      change=CH("increase", 410, "bể", "năm 2023"), target=TG(7000, "bể", met=True),
      subject="bể chứa bao gói toàn tỉnh", period=Y24),
] + CELLS + [
    F("thu gom 38.600 kg", "38.600", 38600, "measure", "kg", status="estimate", percent=33.1,
      subject="bao gói thu gom", period=Y24b, location="Đơn Dương"),
    F("là 14.500 đồng/kg", "14.500", 14500, "money", "đồng/kg", subject="đơn giá xử lý bình quân"),
    F("phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="vùng sản xuất rau tập trung có bể chứa", period=Y25),
    F("đạt trên 95%", "95", 95, "percent", "%", approx="over", status="target",
      subject="tỷ lệ bao gói được xử lý", period=Y25),
]

NOTES = [
    "Department site (Chi cục Trồng trọt và BVTV, Sở NN&PTNT Lâm Đồng), no dateline: menu, 'Tin khác', footer address, phone, 'Lượt truy cập'.",
    "Distractors: 'một trong những' (idiom), caption 'giai đoạn 2022-2024', '36 Trần Phú, Phường 4', phone 0263.3822.215, counter 1.204.377.",
    "7.350 bể: 'ước có' → estimate; change +410 bể vs năm 2023; 'vượt mục tiêu đề ra là 7.000 bể' → target 7000, met true.",
    "One-cell-per-line table, 'Đơn vị tính: kg'; subject = caption indicator + row + column; periods from column headers (scored);",
    "'Ước thực hiện 2024' → estimate. 'So với cùng kỳ (%)' cells are percent figures, no period and no status cue in the header.",
    "'Trong đó: đã xử lý' is a sub-row after 'Tổng số': its kg cells take the Tổng số cell of the same column as total.",
    "Đơn Dương: location Đơn Dương, estimate ('ước thu gom'), percent 33,1. The unit price is province-wide ('trên địa bàn tỉnh'), no period.",
    "revised after the first run: Đơn Dương subject 'bao gói huyện Đơn Dương thu gom' → 'bao gói thu gom' (the place is the location, not the subject).",
    "'Năm 2025, Chi cục phấn đấu' governs both clauses (target, 2025).",
]

if __name__ == "__main__":
    write("p1266-7", TEXT, NOTES, FIGS, location="Lâm Đồng")
