from lib import F, P, C, T, write

TEXT = """UBND TỈNH QUẢNG NGÃI
SỞ Y TẾ
Số: 2846/BC-SYT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 18 tháng 10 năm 2024

BÁO CÁO
Kết quả quản lý, điều trị tăng huyết áp, đái tháo đường tại tuyến xã quý III/2024

I. TÌNH HÌNH CHUNG
Thực hiện Công văn số 1032/SYT-NVY ngày 12/7/2024, trong quý III/2024, 173/173 trạm y tế xã, phường, thị trấn đã triển khai sàng lọc, quản lý người bệnh tăng huyết áp tại cộng đồng.

II. KẾT QUẢ THỰC HIỆN
1. Tăng huyết áp
Bảng 1. Sàng lọc và quản lý người bệnh tăng huyết áp theo địa phương (lũy kế đến 30/9/2024)
Đơn vị tính: người
Địa phương | Sàng lọc | Phát hiện mới | Đang quản lý | Đạt HA mục tiêu (%)
TP Quảng Ngãi | 18.420 | 512 | 6.305 | 58,2
Bình Sơn | 15.036 | 447 | 5.118 | 54,6
Tư Nghĩa | 12.874 | 391 | 4.760 | 61,3
Đức Phổ | 11.502 | 358 | 4.091 | 49,8
Ba Tơ | 4.215 | 96 | 1.027 | 37,5
Các địa phương khác | 36.713 | 1.101 | 10.145 | 50,7
Toàn tỉnh | 98.760 | 2.905 | 31.446 | 53,9

Tỷ lệ người bệnh đạt huyết áp mục tiêu toàn tỉnh là 53,9%, thấp hơn 6,1% so với chỉ tiêu năm 2024 (60%). Có 4/13 huyện, thị xã, thành phố đạt tỷ lệ trên 60%.

2. Đái tháo đường
Lũy kế đến 30/9/2024, toàn tỉnh quản lý 9.872 người bệnh đái tháo đường, trong đó 4.415 người được điều trị tại trạm y tế xã, chiếm 44,7%.

III. NHIỆM VỤ QUÝ IV/2024
Sở Y tế phấn đấu trong quý IV/2024 sàng lọc thêm ít nhất 25.000 người, bảo đảm 100% trạm y tế có đủ thuốc điều trị tăng huyết áp thiết yếu và nâng tỷ lệ người bệnh đạt huyết áp mục tiêu lên 58%.

Nơi nhận:
- UBND tỉnh (b/c);
- Các TTYT huyện, thị xã, thành phố;
- Lưu: VT, NVY.
GIÁM ĐỐC
Đặng Văn Hòa
"""

HEADER = [
    "Formal report, Sở Y tế Quảng Ngãi, letterhead 'Số: 2846/BC-SYT', place-and-date line 18/10/2024: THA/ĐTĐ management, quý III/2024.",
    "Flattened '|' table by district (Đơn vị tính: người; last column '(%)'); caption 'lũy kế đến 30/9/2024' gives every cell an as-of period",
    "(inherited: it stands outside the cells' lines). Row labels are places -> location; subject = column label. 'Toàn tỉnh' -> Quảng Ngãi;",
    "'Các địa phương khác' is not a place (keeps the province, label in subject). No totals for table cells.",
    "Distractors: report/document numbers, dates, section numbers I/II/III, 1./2., 'Bảng 1', 'Lưu: VT, NVY', a name.",
    "'thấp hơn 6,1% so với chỉ tiêu năm 2024 (60%)': change (decrease, baseline the plan) and target 60. 'trên 60%' is a threshold (optional).",
    "Quý IV tasks: one 'phấn đấu' sentence, all three figures status target.",
]

AS = P("lũy kế đến 30/9/2024", None, "2024-09-30", True)
COLS = ["Sàng lọc", "Phát hiện mới", "Đang quản lý", "Đạt HA mục tiêu"]
ROWS = [
    ("TP Quảng Ngãi", "Quảng Ngãi", ["18.420", "512", "6.305", "58,2"]),
    ("Bình Sơn", "Bình Sơn", ["15.036", "447", "5.118", "54,6"]),
    ("Tư Nghĩa", "Tư Nghĩa", ["12.874", "391", "4.760", "61,3"]),
    ("Đức Phổ", "Đức Phổ", ["11.502", "358", "4.091", "49,8"]),
    ("Ba Tơ", "Ba Tơ", ["4.215", "96", "1.027", "37,5"]),
    ("Các địa phương khác", None, ["36.713", "1.101", "10.145", "50,7"]),
    ("Toàn tỉnh", "Quảng Ngãi", ["98.760", "2.905", "31.446", "53,9"]),
]


def num(s):
    return float(s.replace(".", "").replace(",", ".")) if "," in s else int(s.replace(".", ""))


FIGS = [
    F("173/173 trạm", "173", 173, "count", "trạm y tế xã, phường, thị trấn",
      "trạm y tế xã, phường, thị trấn triển khai sàng lọc, quản lý người bệnh tăng huyết áp", total=173,
      period=P("quý III/2024", "2024-07-01", "2024-09-30")),
]
for label, loc, cells in ROWS:
    prev = label
    for i, (col, c) in enumerate(zip(COLS, cells)):
        anchor = f"{prev} | {c} |" if i < 3 else f"{prev} | {c}\n"
        pct = i == 3
        subj = col if loc else f"{col} {label}"
        FIGS.append(F(anchor, c, num(c), "percent" if pct else "count", "%" if pct else "người", subj,
                      period=AS, **({"location": loc} if loc else {})))
        prev = c

FIGS += [
    F("toàn tỉnh là 53,9%", "53,9", 53.9, "percent", "%", "Tỷ lệ người bệnh đạt huyết áp mục tiêu",
      change=C("decrease", 6.1, "%", "chỉ tiêu năm 2024"), target=T(60, "%", False), period=AS),
    F("Có 4/13 huyện", "4", 4, "count", "huyện, thị xã, thành phố",
      "huyện, thị xã, thành phố đạt tỷ lệ người bệnh đạt huyết áp mục tiêu trên 60%", total=13, period=AS),
    F("tỷ lệ trên 60%", "60", 60, "percent", "%", approx="over", optional=True),
    F("quản lý 9.872 người bệnh", "9.872", 9872, "count", "người bệnh", "người bệnh đái tháo đường được quản lý",
      period=P("Lũy kế đến 30/9/2024", None, "2024-09-30")),
    F("trong đó 4.415 người", "4.415", 4415, "count", "người", "người bệnh đái tháo đường được điều trị tại trạm y tế xã",
      total=9872, percent=44.7, period=P("Lũy kế đến 30/9/2024", None, "2024-09-30")),
    F("ít nhất 25.000 người", "25.000", 25000, "count", "người", "người sàng lọc thêm", approx="at_least", status="target",
      period=P("quý IV/2024", "2024-10-01", "2024-12-31")),
    F("bảo đảm 100% trạm", "100", 100, "percent", "%", "trạm y tế có đủ thuốc điều trị tăng huyết áp thiết yếu", status="target",
      period=P("quý IV/2024", "2024-10-01", "2024-12-31")),
    F("mục tiêu lên 58%", "58", 58, "percent", "%", "tỷ lệ người bệnh đạt huyết áp mục tiêu", status="target",
      period=P("quý IV/2024", "2024-10-01", "2024-12-31")),
]

write(3, TEXT, HEADER, FIGS, published="2024-10-18", location="Quảng Ngãi")
