"""p1012-7: Chi cục Thủy sản Kiên Giang (department site, no dateline), one-cell-per-line table."""
from lib import fig, period, inherit, change, write

TEXT = """CHI CỤC THỦY SẢN TỈNH KIÊN GIANG
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả chuyển đổi vật liệu nổi trong nuôi biển 9 tháng năm 2024

9 tháng năm 2024, toàn tỉnh có 5.820 lồng nuôi biển, tăng 320 lồng so với cuối năm 2023; trong đó lồng tròn HDPE 410 lồng, lồng truyền thống 5.410 lồng. Thực hiện Kế hoạch số 215/KH-UBND của UBND tỉnh, các địa phương đã vận động người nuôi thay phao xốp bằng phao nhựa; kết quả cụ thể như sau:

Địa phương
Lồng chuyển đổi (lồng)
Phao xốp thu hồi (quả)
Kinh phí hỗ trợ (triệu đồng)
Phú Quốc
1.240
29.800
1.860
Kiên Hải
860
20.600
1.290
Kiên Lương
310
7.400
465
Tổng
2.410
57.800
3.615

Mức hỗ trợ 1,5 triệu đồng/lồng chuyển đổi. Tỷ lệ lồng đã chuyển đổi toàn tỉnh đạt 41,4%, cao hơn 12,6 điểm phần trăm so với cuối năm 2023. Quý IV/2024, dự kiến thu hồi thêm khoảng 12.000 quả phao xốp tại các vùng nuôi biển Phú Quốc, Kiên Hải. Chi cục phấn đấu đến hết năm 2025 có ít nhất 70% số lồng nuôi biển sử dụng vật liệu nổi thân thiện môi trường, đồng thời hướng dẫn người nuôi ký cam kết không sử dụng phao xốp khi thả nuôi vụ mới.

CHI CỤC THỦY SẢN KIÊN GIANG
Địa chỉ: Số 21 Trần Phú, phường Vĩnh Thanh Vân, TP Rạch Giá, tỉnh Kiên Giang
Điện thoại: 0297.3871.436 - Email: ccts@kiengiang.gov.vn
Tổng lượt truy cập: 1.284.907 | Đang trực tuyến: 37
"""

M9 = period("9 tháng năm 2024", "2024-01-01", "2024-09-30")
TAB = inherit(M9)
C1, C2, C3 = "lồng chuyển đổi", "phao xốp thu hồi", "kinh phí hỗ trợ"

F = [
    fig("có 5.820 lồng", "5.820", 5820, "count", "lồng", "lồng nuôi biển", M9, change=change("increase", 320, "lồng", "cuối năm 2023")),
    fig("HDPE 410 lồng", "410", 410, "count", "lồng", "lồng tròn HDPE", M9, total=5820),
    fig("truyền thống 5.410 lồng", "5.410", 5410, "count", "lồng", "lồng truyền thống", M9, total=5820),
    fig("Phú Quốc\n1.240", "1.240", 1240, "count", "lồng", C1, TAB, location="Phú Quốc"),
    fig("1.240\n29.800", "29.800", 29800, "count", "quả", C2, TAB, location="Phú Quốc"),
    fig("29.800\n1.860", "1.860", 1.86e9, "money", "đồng", C3, TAB, location="Phú Quốc"),
    fig("Kiên Hải\n860", "860", 860, "count", "lồng", C1, TAB, location="Kiên Hải"),
    fig("860\n20.600", "20.600", 20600, "count", "quả", C2, TAB, location="Kiên Hải"),
    fig("20.600\n1.290", "1.290", 1.29e9, "money", "đồng", C3, TAB, location="Kiên Hải"),
    fig("Kiên Lương\n310", "310", 310, "count", "lồng", C1, TAB, location="Kiên Lương"),
    fig("310\n7.400", "7.400", 7400, "count", "quả", C2, TAB, location="Kiên Lương"),
    fig("7.400\n465", "465", 465e6, "money", "đồng", C3, TAB, location="Kiên Lương"),
    fig("Tổng\n2.410", "2.410", 2410, "count", "lồng", C1 + " tổng", TAB),
    fig("2.410\n57.800", "57.800", 57800, "count", "quả", C2 + " tổng", TAB),
    fig("57.800\n3.615", "3.615", 3.615e9, "money", "đồng", C3 + " tổng", TAB),
    fig("Mức hỗ trợ 1,5 triệu đồng/lồng", "1,5", 1.5e6, "money", "đồng/lồng", "mức hỗ trợ mỗi lồng chuyển đổi"),
    fig("đạt 41,4%", "41,4", 41.4, "percent", "%", "tỷ lệ lồng đã chuyển đổi", inherit(M9),
        change=change("increase", 12.6, "điểm phần trăm", "cuối năm 2023")),
    fig("khoảng 12.000 quả", "12.000", 12000, "count", "quả phao xốp", "phao xốp thu hồi thêm",
        period("Quý IV/2024", "2024-10-01", "2024-12-31"), approx="about", status="forecast"),
    fig("ít nhất 70% số lồng", "70", 70, "percent", "%", "lồng nuôi biển sử dụng vật liệu nổi thân thiện môi trường",
        period("đến hết năm 2025", None, "2025-12-31"), approx="at_least", status="target"),
]

NOTES = [
    "Department site (Chi cục Thủy sản Kiên Giang), no dateline, footer with address, phone, visit counter: 9 months 2024,",
    "one-cell-per-line table (header cells one per line, then rows): units from the header '(lồng)', '(quả)', '(triệu đồng)';",
    "subject = column label, row place = location (Tổng row: Kiên Giang); period 9 tháng năm 2024 from the lead (another sentence: inherited).",
    "'trong đó lồng tròn HDPE 410 lồng, lồng truyền thống 5.410 lồng' → total 5.820; 'tăng 320 lồng so với cuối năm 2023' → change in lồng;",
    "'cao hơn 12,6 điểm phần trăm so với cuối năm 2023' → change of the 41,4% share. No published date (none in the text).",
    "Distractors: Kế hoạch số 215/KH-UBND, Số 21 Trần Phú, 0297.3871.436, Tổng lượt truy cập 1.284.907, Đang trực tuyến 37.",
]

write(7, TEXT, F, NOTES, published=None, location="Kiên Giang")
