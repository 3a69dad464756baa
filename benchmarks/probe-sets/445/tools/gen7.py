from lib import *
NAME = 'p445-7'
ROWS = [
    ("1", "Huyện Đăk Glei", "Đăk Glei", ["3", "8,20", "41", "612,5"]),
    ("2", "Huyện Ngọc Hồi", "Ngọc Hồi", ["2", "5,15", "28", "405,0"]),
    ("3", "Huyện Sa Thầy", "Sa Thầy", ["4", "12,60", "52", "780,3"]),
    ("4", "Huyện Kon Plông", "Kon Plông", ["1", "2,30", "35", "516,8"]),
    ("5", "Huyện Đăk Hà", "Đăk Hà", ["4", "9,60", "58", "811,8"]),
    ("", "Toàn tỉnh", "Kon Tum", ["14", "37,85", "214", "3.126,4"]),
]
table = "\n".join(f"{n} | {label} | " + " | ".join(c) for n, label, _, c in ROWS)
TEXT = """UBND TỈNH KON TUM
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Số: 412/BC-SNN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kon Tum, ngày 25 tháng 12 năm 2024

BÁO CÁO
Kết quả công tác quản lý, bảo vệ rừng và phòng cháy, chữa cháy rừng năm 2024

Căn cứ Kế hoạch số 1245/KH-UBND ngày 20/5/2024 của UBND tỉnh, Sở Nông nghiệp và Phát triển nông thôn báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Công tác phòng cháy, chữa cháy rừng
Năm 2024, trên địa bàn tỉnh xảy ra 14 vụ cháy rừng, diện tích thiệt hại 37,85 ha (kế hoạch năm không quá 50 ha). Tổng kinh phí PCCCR được phân bổ là 8.450 triệu đồng, đã giải ngân 7.912 triệu đồng, đạt 93,6%.

2. Công tác quản lý, bảo vệ rừng
Lực lượng kiểm lâm phát hiện 214 vụ vi phạm, tăng 8,1% so với năm 2023; xử lý hành chính 196 vụ, tiền phạt 3.126,4 triệu đồng. Kết quả theo từng đơn vị như sau:

Bảng 1. Kết quả PCCCR và xử lý vi phạm năm 2024
Đơn vị tính: vụ; ha; triệu đồng
STT | Đơn vị | Số vụ cháy | Diện tích cháy (ha) | Số vụ vi phạm | Tiền phạt (triệu đồng)
""" + table + """

3. Tồn tại, hạn chế
Diện tích rừng bị lấn chiếm chưa thu hồi còn khoảng 126 ha, chủ yếu tại huyện Sa Thầy và Đăk Hà; bình quân mỗi công chức kiểm lâm địa bàn phụ trách trên 3.000 ha rừng.

II. NHIỆM VỤ NĂM 2025
Phấn đấu tỷ lệ che phủ rừng đạt 63,2%; trồng mới 1.500 ha rừng tập trung; giảm 10% số vụ vi phạm so với năm 2024.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT, CCKL.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
"""
Y = P("Năm 2024", "2024-01-01", "2024-12-31")
Yi = P("năm 2024", "2024-01-01", "2024-12-31", inherited=True)
Y25i = P("NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
COLS = [("số vụ cháy", "count", "vụ", 1), ("diện tích cháy", "measure", "ha", 1),
        ("số vụ vi phạm", "count", "vụ", 1), ("tiền phạt", "money", "đồng", 1e6)]
def num(s):
    return float(s.replace(".", "").replace(",", "."))
FIGS = [
    F("xảy ra 14 vụ", "14", 14, "count", "vụ", "vụ cháy rừng", period=Y),
    F("thiệt hại 37,85 ha", "37,85", 37.85, "measure", "ha", "diện tích thiệt hại", target=T(50, "ha", True), period=Y),
    F("phân bổ là 8.450 triệu đồng", "8.450", 8450000000, "money", "đồng", "kinh phí PCCCR được phân bổ", period=Yi),
    F("giải ngân 7.912 triệu đồng", "7.912", 7912000000, "money", "đồng", "kinh phí PCCCR đã giải ngân", percent=93.6,
      period=Yi),
    F("phát hiện 214 vụ", "214", 214, "count", "vụ", "vụ vi phạm", change=C("increase", 8.1, "%", "năm 2023"), period=Yi),
    F("hành chính 196 vụ", "196", 196, "count", "vụ", "vụ xử lý hành chính", period=Yi),
    F("tiền phạt 3.126,4 triệu đồng", "3.126,4", 3126400000, "money", "đồng", "tiền phạt", period=Yi),
]
for n, label, loc, cells in ROWS:
    prev = label
    for (col, kind, unit, mult), c in zip(COLS, cells):
        anchor = f"{prev} | {c}"
        v = num(c) * mult
        v = int(round(v)) if abs(v - round(v)) < 1e-9 else round(v, 6)
        FIGS.append(F(anchor, c, v, kind, unit, col, period=Yi, location=loc))
        prev = c
FIGS += [
    F("khoảng 126 ha", "126", 126, "measure", "ha", "diện tích rừng bị lấn chiếm chưa thu hồi", approx="about"),
    F("trên 3.000 ha", "3.000", 3000, "measure", "ha", "diện tích rừng mỗi công chức kiểm lâm địa bàn phụ trách",
      approx="over"),
    F("đạt 63,2%", "63,2", 63.2, "percent", "%", "tỷ lệ che phủ rừng", status="target", period=Y25i),
    F("trồng mới 1.500 ha", "1.500", 1500, "measure", "ha", "diện tích trồng mới rừng tập trung", status="target",
      period=Y25i),
    F("giảm 10%", "10", 10, "percent", "%", "mức giảm số vụ vi phạm so với năm 2024", status="target", period=Y25i),
]
HEADER = """
Formal report with letterhead (Sở NN&PTNT Kon Tum, 'Số: 412/BC-SNN', 'Kon Tum, ngày 25 tháng 12 năm 2024'): PCCCR and forest protection 2024,
flattened '|' table by district (Số vụ cháy | Diện tích cháy (ha) | Số vụ vi phạm | Tiền phạt (triệu đồng)), 2025 tasks.
Distractors: 'Số: 412/BC-SNN', 'Kế hoạch số 1245/KH-UBND ngày 20/5/2024', section numbers 'I.', '1.', '2.', '3.', 'II.', 'Bảng 1',
STT column 1-5, 'Lưu: VT, CCKL'.
'37,85 ha (kế hoạch năm không quá 50 ha)' → target 50 (met). '7.912 triệu đồng, đạt 93,6%' → percent 93.6 (no '/'; the 8.450 is its own figure).
Table cells: subject = column label, location = the district (the 'Toàn tỉnh' row → Kon Tum), unit from header, 'triệu đồng' ×10^6;
period inherited from 'năm 2024' in the table title; no totals for table cells (FIGURES.md gives tables no part-of rule).
2025 tasks: status target, period 'NĂM 2025' from the heading (inherited). 'giảm 10% số vụ vi phạm' is a target rate of its own.
"""
write(NAME, TEXT, FIGS, HEADER, published="2024-12-25", location="Kon Tum")
