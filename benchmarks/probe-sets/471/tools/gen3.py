from lib import *

text = """Hoài Đức: Thu gần 1.040 tỷ đồng từ đấu giá quyền sử dụng đất 6 tháng đầu năm
Thứ Hai, 15/07/2024 - 16:20

(Cổng TTĐT huyện Hoài Đức) - Trong 6 tháng đầu năm 2024, UBND huyện Hoài Đức đã tổ chức 5 phiên đấu giá quyền sử dụng đất tại 4 xã, đưa ra đấu giá 186 thửa đất với tổng diện tích 17.420 m2. Kết quả có 171 thửa trúng đấu giá, tổng số tiền trúng đạt gần 1.040 tỷ đồng, tăng 2,4 lần so với cùng kỳ năm 2023.

Kết quả cụ thể theo từng xã như sau:
Đơn vị tính: thửa; tỷ đồng
Xã | Số thửa đưa ra | Số thửa trúng | Giá khởi điểm | Tiền trúng đấu giá
Kim Chung | 62 | 60 | 168,4 | 392,7
Di Trạch | 48 | 41 | 121,5 | 256,3
Song Phương | 40 | 38 | 84,2 | 187,6
An Thượng | 36 | 32 | 79,9 | 202,8

Mức giá trúng đấu giá bình quân đạt 59,7 triệu đồng/m2. Thửa đất có giá trúng cao nhất đạt 112,5 triệu đồng/m2 (khu đấu giá X3), trong khi giá khởi điểm của thửa này chỉ 45 triệu đồng/m2. Đến nay đã có 158 thửa nộp đủ tiền, đạt 92,4% số thửa trúng đấu giá.

Năm 2024, huyện được thành phố giao chỉ tiêu thu tiền sử dụng đất 3.200 tỷ đồng. Để hoàn thành kế hoạch, trong 6 tháng cuối năm huyện dự kiến tổ chức thêm 9 phiên với khoảng 420 thửa đất tại các xã Vân Côn, La Phù, Đông La.

Mọi thắc mắc về hồ sơ đấu giá, người dân liên hệ Trung tâm Phát triển quỹ đất huyện, tầng 3, trụ sở HĐND - UBND huyện, Khu đô thị mới Trạm Trôi, điện thoại 024.3366.1234.

Thực hiện: Phòng Văn hóa và Thông tin huyện"""

H1 = P("Trong 6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = I("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
figs = [
    F("Thu gần 1.040 tỷ đồng", "1.040", 1040e9, "money", "đồng", "tiền thu từ đấu giá quyền sử dụng đất",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30"), approx="nearly"),
    F("tổ chức 5 phiên", "5", 5, "count", "phiên", "phiên đấu giá quyền sử dụng đất", H1),
    F("tại 4 xã", "4", 4, "count", "xã", "xã tổ chức đấu giá", H1),
    F("đấu giá 186 thửa", "186", 186, "count", "thửa đất", "thửa đất đưa ra đấu giá", H1),
    F("tổng diện tích 17.420 m2", "17.420", 17420, "measure", "m2", "tổng diện tích thửa đất đưa ra đấu giá", H1),
    F("có 171 thửa", "171", 171, "count", "thửa", "thửa trúng đấu giá", H1i),
    F("trúng đạt gần 1.040 tỷ đồng", "1.040", 1040e9, "money", "đồng", "tổng số tiền trúng đấu giá", H1i, approx="nearly",
      change=C("increase", 2.4, "lần", "cùng kỳ năm 2023")),
]
rows = [("Kim Chung", "62", 62, "60", 60, "168,4", 168.4, "392,7", 392.7),
        ("Di Trạch", "48", 48, "41", 41, "121,5", 121.5, "256,3", 256.3),
        ("Song Phương", "40", 40, "38", 38, "84,2", 84.2, "187,6", 187.6),
        ("An Thượng", "36", 36, "32", 32, "79,9", 79.9, "202,8", 202.8)]
for name, a, av, b, bv, c, cv, d, dv in rows:
    figs += [
        F(f"{name} | {a} |", a, av, "count", "thửa", "số thửa đưa ra", H1i, location=name),
        F(f"{a} | {b} |", b, bv, "count", "thửa", "số thửa trúng", H1i, location=name),
        F(f"{b} | {c} |", c, cv * 1e9, "money", "đồng", "giá khởi điểm", H1i, location=name),
        F(f"{c} | {d}", d, dv * 1e9, "money", "đồng", "tiền trúng đấu giá", H1i, location=name),
    ]
figs += [
    F("đạt 59,7 triệu đồng/m2", "59,7", 59.7e6, "money", "đồng/m2", "mức giá trúng đấu giá bình quân", H1i),
    F("đạt 112,5 triệu đồng/m2", "112,5", 112.5e6, "money", "đồng/m2", "giá trúng cao nhất của thửa đất", H1i),
    F("chỉ 45 triệu đồng/m2", "45", 45e6, "money", "đồng/m2", "giá khởi điểm của thửa có giá trúng cao nhất", H1i),
    F("có 158 thửa", "158", 158, "count", "thửa", "thửa nộp đủ tiền trúng đấu giá", P("Đến nay", None, "2024-07-15"),
      percent=92.4),
    F("thu tiền sử dụng đất 3.200 tỷ đồng", "3.200", 3200e9, "money", "đồng", "chỉ tiêu thu tiền sử dụng đất",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("thêm 9 phiên", "9", 9, "count", "phiên", "phiên đấu giá tổ chức thêm", P("trong 6 tháng cuối năm", "2024-07-01", "2024-12-31"),
      status="forecast"),
    F("khoảng 420 thửa", "420", 420, "count", "thửa đất", "thửa đất đưa ra đấu giá", P("trong 6 tháng cuối năm", "2024-07-01", "2024-12-31"),
      approx="about", status="forecast"),
]
write(3, text, figs, [
    "Cổng TTĐT huyện Hoài Đức, Hà Nội (district portal): land-use-right auctions, 6 tháng đầu năm 2024, flattened '|' table by commune.",
    "Dateline 'Thứ Hai, 15/07/2024 - 16:20'. Distractors: 'khu đấu giá X3', 'tầng 3', phone 024.3366.1234, 'Khu đô thị mới Trạm Trôi', commune names in text.",
    "Table: 'Đơn vị tính: thửa; tỷ đồng' — the two count columns are thửa, the two price columns tỷ đồng (money ×10⁹). Row label is a commune:",
    "a place label goes to location (FIGURES.md tables); subject is the column label. Period 6 tháng đầu năm 2024 from the text above (inherited). No totals for cells.",
    "Title '6 tháng đầu năm' takes the year of published (nothing earlier). 1.040 tỷ carries 'tăng 2,4 lần so với cùng kỳ năm 2023' (change in lần).",
    "171 thửa: no part-of cue after 186, so no total. 158 thửa: 'đạt 92,4% số thửa trúng' is a percent (no a/b), period 'Đến nay' ends at the dateline.",
    "Plan 3.200 tỷ 'giao chỉ tiêu' is a target figure; 'dự kiến tổ chức thêm' gives forecasts for '6 tháng cuối năm' 2024.",
], published="2024-07-15", location="Hoài Đức")
