from lib import F, P, write

TEXT = """ỦY BAN NHÂN DÂN
HUYỆN YÊN CHÂU
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Yên Châu, ngày 05 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác phòng, chống và kiểm soát ma túy 9 tháng năm 2024

Thực hiện Kế hoạch số 52/KH-UBND ngày 15/01/2024 của UBND huyện, kết quả đạt được như sau:

I. KẾT QUẢ THỰC HIỆN
1. Đấu tranh, bắt giữ tội phạm về ma túy
Bảng 1. Kết quả bắt giữ, thu giữ ma túy
Chỉ tiêu | Đơn vị | 9 tháng năm 2023 | 9 tháng năm 2024 | So sánh (%)
Số vụ bắt giữ | vụ | 64 | 71 | 110,9
Số đối tượng | đối tượng | 82 | 95 | 115,9
Heroin | gam | 1.245,6 | 2.310,2 | 185,5
Ma túy tổng hợp | viên | 3.860 | 12.450 | 322,5
Thuốc phiện | gam | 420 | 185 | 44,0

2. Quản lý người nghiện, cai nghiện ma túy
Tính đến ngày 30/9/2024, toàn huyện có 412 người nghiện ma túy có hồ sơ quản lý (tăng 17 người so với cùng kỳ), trong đó 389 người đang cư trú tại địa phương, 23 người đang ở cơ sở cai nghiện. Trong 9 tháng, đã lập hồ sơ đưa 46 người vào cơ sở cai nghiện bắt buộc, đạt 92% kế hoạch năm; điều trị Methadone cho 118 người tại Cơ sở điều trị của Trung tâm Y tế huyện.

3. Xây dựng xã không có ma túy
Toàn huyện có 6/15 xã, thị trấn được công nhận không có ma túy; 3 xã trọng điểm (Chiềng On, Chiềng Tương, Phiêng Khoài) đã giảm xuống mức ít phức tạp.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV/2024
Phấn đấu bắt giữ ít nhất 20 vụ phạm tội về ma túy; đưa 15 người nghiện vào cơ sở cai nghiện bắt buộc; đề nghị công nhận thêm 2 xã không có ma túy.

Nơi nhận:
- Sở Lao động - TB&XH;
- Công an tỉnh (PC04);
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lò Văn Thắng
"""

Y23 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
Y24 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
CMPi = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
A30 = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
M9 = P("Trong 9 tháng", "2024-01-01", "2024-09-30")
Q4i = P("QUÝ IV/2024", "2024-10-01", "2024-12-31", inherited=True)
NOWi = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)

rows = [
    ("Số vụ bắt giữ | vụ | 64 | 71 | 110,9", "Số vụ bắt giữ", "count", "vụ", ("64", 64), ("71", 71), ("110,9", 110.9)),
    ("Số đối tượng | đối tượng | 82 | 95 | 115,9", "Số đối tượng", "count", "đối tượng", ("82", 82), ("95", 95), ("115,9", 115.9)),
    ("Heroin | gam | 1.245,6 | 2.310,2 | 185,5", "Heroin", "measure", "gam", ("1.245,6", 1245.6), ("2.310,2", 2310.2), ("185,5", 185.5)),
    ("Ma túy tổng hợp | viên | 3.860 | 12.450 | 322,5", "Ma túy tổng hợp", "count", "viên", ("3.860", 3860), ("12.450", 12450), ("322,5", 322.5)),
    ("Thuốc phiện | gam | 420 | 185 | 44,0", "Thuốc phiện", "measure", "gam", ("420", 420), ("185", 185), ("44,0", 44.0)),
]
FIGS = []
for line, label, kind, unit, a, b, c in rows:
    FIGS.append(F(f"| {a[0]} | {b[0]} |", a[0], a[1], kind, unit, f"{label} 9 tháng năm 2023", period=Y23))
    FIGS.append(F(f"| {b[0]} | {c[0]}\n", b[0], b[1], kind, unit, f"{label} 9 tháng năm 2024", period=Y24))
    FIGS.append(F(f"| {c[0]}\n", c[0], c[1], "percent", "%", f"So sánh {label}", period=CMPi))

FIGS += [
    F("có 412 người nghiện", "412", 412, "count", "người nghiện", "người nghiện ma túy có hồ sơ quản lý",
      change={"direction": "increase", "value": 17, "unit": "người", "baseline": "cùng kỳ"}, period=A30),
    F("trong đó 389 người", "389", 389, "count", "người", "người nghiện đang cư trú tại địa phương", total=412, period=A30),
    F("23 người đang ở", "23", 23, "count", "người", "người nghiện đang ở cơ sở cai nghiện", total=412, period=A30),
    F("đưa 46 người", "46", 46, "count", "người", "người đưa vào cơ sở cai nghiện bắt buộc", percent=92, period=M9),
    F("cho 118 người", "118", 118, "count", "người", "người điều trị Methadone", period=M9),
    F("có 6/15 xã", "6", 6, "count", "xã, thị trấn", "xã, thị trấn được công nhận không có ma túy", total=15, period=NOWi),
    F("3 xã trọng điểm", "3", 3, "count", "xã", "xã trọng điểm đã giảm xuống mức ít phức tạp", period=NOWi),
    F("ít nhất 20 vụ", "20", 20, "count", "vụ", "vụ phạm tội về ma túy bắt giữ", approx="at_least", status="target", period=Q4i),
    F("đưa 15 người nghiện", "15", 15, "count", "người nghiện", "người nghiện đưa vào cơ sở cai nghiện bắt buộc", status="target", period=Q4i),
    F("thêm 2 xã", "2", 2, "count", "xã", "xã đề nghị công nhận không có ma túy", status="target", period=Q4i),
]

COMMENTS = [
    "Formal report, letterhead UBND huyện Yên Châu (Sơn La), 'Số: 287/BC-UBND'; the place-and-date line gives published 2024-10-05.",
    "Flattened '|' table: Chỉ tiêu | Đơn vị | 9 tháng năm 2023 | 9 tháng năm 2024 | So sánh (%). Unit from the Đơn vị column; period from the column",
    "header; the 'So sánh (%)' cells are percent figures (ratio 2024/2023), period 9 tháng 2024 marked inherited (the header names no period).",
    "'1.245,6' = 1245.6 (thousand dot + decimal comma). Distractors: Kế hoạch số 52/KH-UBND ngày 15/01/2024, Bảng 1, section numbers, PC04, Lưu: VT.",
    "'(tăng 17 người so với cùng kỳ)' is the change of 412; 389 + 23 = 412 (trong đó). '46 người …, đạt 92% kế hoạch năm' percent 92.",
    "Section 3 states current status (no period in the sentence; the report period 9 tháng 2024 inherited). Section II targets: status target, quý IV/2024 inherited.",
]

if __name__ == "__main__":
    write(2, TEXT, COMMENTS, FIGS, published="2024-10-05", location="Yên Châu")
