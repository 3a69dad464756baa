"""p891-3: formal report (UBND tỉnh Long An), dưa lưới nhà màng 6 tháng đầu năm 2024, flattened '|' table."""
from lib import F, C, P, Y, write

TEXT = """UBND TỈNH LONG AN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 318/BC-UBND
Long An, ngày 05 tháng 7 năm 2024

BÁO CÁO
Kết quả phát triển dưa lưới trồng trong nhà màng 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Diện tích, sản lượng
Tính đến ngày 30/6/2024, toàn tỉnh có 86,4 ha nhà màng trồng dưa lưới, tăng 12,8 ha so với cuối năm 2023, với 214 mô hình của hộ dân, hợp tác xã và doanh nghiệp. Sản lượng 6 tháng đầu năm ước đạt 3.920 tấn, bằng 54,4% kế hoạch năm. Kết quả theo địa bàn:
Đơn vị tính: ha; mô hình; tấn
Địa bàn | Diện tích nhà màng (ha) | Số mô hình | Sản lượng ước đạt (tấn)
Đức Hòa | 24,6 | 58 | 1.140
Cần Giuộc | 18,2 | 47 | 830
Bến Lức | 15,5 | 41 | 705
Châu Thành | 12,3 | 36 | 540
Kiến Tường | 8,1 | 17 | 365
Các địa phương khác | 7,7 | 15 | 340
Tổng cộng | 86,4 | 214 | 3.920
2. Hiệu quả kinh tế
Năng suất bình quân đạt 2,6 tấn/1.000 m2/vụ; giá bán từ 25.000 đến 35.000 đồng/kg. Chi phí đầu tư nhà màng khoảng 250-300 triệu đồng/1.000 m2; lợi nhuận bình quân 60-80 triệu đồng/1.000 m2/vụ.
3. Liên kết tiêu thụ
Có 9 doanh nghiệp, hợp tác xã ký hợp đồng bao tiêu; sản phẩm có mặt tại 126 siêu thị, cửa hàng trong và ngoài tỉnh. Đã cấp 11 mã số vùng trồng với tổng diện tích 32,5 ha.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
1. Phấn đấu đến cuối năm 2024 đạt 100 ha nhà màng, sản lượng cả năm 7.200 tấn.
2. Tiếp tục thực hiện Nghị quyết số 15/2023/NQ-HĐND, hỗ trợ 50% chi phí xây dựng nhà màng, tối đa 200 triệu đồng/hộ.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- Lưu: VT, KT.
"""

ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
ASOF_I = P("Tính đến ngày 30/6/2024", None, "2024-06-30", inherited=True)
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1_I = P("6 tháng đầu năm", "2024-01-01", "2024-06-30", inherited=True)

FIGS = [
    F("có 86,4 ha", "86,4", 86.4, "measure", "ha", "diện tích nhà màng trồng dưa lưới", ASOF,
      change=C("+", 12.8, "ha", "cuối năm 2023")),
    F("với 214 mô hình", "214", 214, "count", "mô hình", "mô hình trồng dưa lưới trong nhà màng", ASOF),
    F("ước đạt 3.920 tấn", "3.920", 3920, "measure", "tấn", "sản lượng dưa lưới", H1,
      percent=54.4, status="estimate"),
]
ROWS = [("Đức Hòa", "24,6", "58", "1.140", "Đức Hòa"),
        ("Cần Giuộc", "18,2", "47", "830", "Cần Giuộc"),
        ("Bến Lức", "15,5", "41", "705", "Bến Lức"),
        ("Châu Thành", "12,3", "36", "540", "Châu Thành"),
        ("Kiến Tường", "8,1", "17", "365", "Kiến Tường"),
        ("Các địa phương khác", "7,7", "15", "340", None),
        ("Tổng cộng", "86,4", "214", "3.920", None)]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


for label, a, m, s, place in ROWS:
    tail = "" if place else " " + label.lower()
    loc = place or "Long An"
    FIGS += [
        F(f"{label} | {a}", a, num(a), "measure", "ha", "diện tích nhà màng" + tail, ASOF_I, location=loc),
        F(f"{a} | {m}", m, num(m), "count", "mô hình", "số mô hình" + tail, ASOF_I, location=loc),
        F(f"{m} | {s}", s, num(s), "measure", "tấn", "sản lượng ước đạt" + tail, H1_I, location=loc,
          status="estimate"),
    ]

FIGS += [
    F("đạt 2,6 tấn/1.000 m2/vụ", "2,6", 2.6, "measure", "tấn/1.000 m2/vụ", "năng suất dưa lưới bình quân"),
    F("từ 25.000 đến 35.000 đồng/kg", "25.000", 25000, "money", "đồng/kg", "giá bán dưa lưới", value_max=35000),
    F("khoảng 250-300 triệu đồng/1.000 m2", "250", 250e6, "money", "đồng/1.000 m2", "chi phí đầu tư nhà màng",
      value_max=300e6, approx="about"),
    F("bình quân 60-80 triệu đồng", "60", 60e6, "money", "đồng/1.000 m2/vụ", "lợi nhuận bình quân", value_max=80e6),
    F("Có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp, hợp tác xã",
      "doanh nghiệp, hợp tác xã ký hợp đồng bao tiêu", ASOF_I),
    F("tại 126 siêu thị", "126", 126, "count", "siêu thị, cửa hàng", "siêu thị, cửa hàng có sản phẩm dưa lưới", ASOF_I),
    F("cấp 11 mã số", "11", 11, "count", "mã số vùng trồng", "mã số vùng trồng được cấp", ASOF_I),
    F("diện tích 32,5 ha", "32,5", 32.5, "measure", "ha", "diện tích vùng trồng được cấp mã số", ASOF_I),
    F("đạt 100 ha", "100", 100, "measure", "ha", "diện tích nhà màng",
      P("đến cuối năm 2024", None, "2024-12-31"), status="target"),
    F("cả năm 7.200 tấn", "7.200", 7200, "measure", "tấn", "sản lượng dưa lưới cả năm",
      P("cả năm", "2024-01-01", "2024-12-31"), status="target"),
    F("hỗ trợ 50%", "50", 50, "percent", "%", "mức hỗ trợ chi phí xây dựng nhà màng"),
    F("tối đa 200 triệu đồng/hộ", "200", 200e6, "money", "đồng/hộ", "mức hỗ trợ tối đa xây dựng nhà màng",
      approx="at_most"),
]
NOTES = [
    "Báo cáo UBND tỉnh Long An số 318/BC-UBND (05/7/2024): dưa lưới trong nhà màng, 6 tháng đầu năm 2024; flattened '|' table by district.",
    "Table cells: subject = column label (+ row label when it is not a place); places go to location; 'Các địa phương khác' and",
    "'Tổng cộng' are Long An. Column 'Sản lượng ước đạt' gives status estimate. No period header: area/models take the as-of date and",
    "output the 6 months from the sentences above the table (inherited). Cells get no totals (the 'Tổng cộng' row is its own figure).",
    "'bằng 54,4% kế hoạch năm' is the share of 3.920 tấn. '1.000 m2' is a rate denominator, not a figure.",
    "Distractors: Số: 318/BC-UBND, dates, section numbers I./II./1./2./3., Nghị quyết số 15/2023/NQ-HĐND.",
]
write(3, TEXT, FIGS, NOTES, published="2024-07-05", location="Long An")
