from lib import *

ROWS = [
    ("Công chứng hợp đồng, giao dịch", "52.310", "56.874", "108,7"),
    ("Chứng thực bản sao từ bản chính", "612.450", "648.102", "105,8"),
    ("Chứng thực chữ ký", "18.206", "17.395", "95,5"),
    ("Chứng thực hợp đồng, giao dịch", "6.118", "5.402", "88,3"),
]
table = "\n".join(f"{i}\n{lab}\n{a}\n{b}\n{c}" for i, (lab, a, b, c) in enumerate(ROWS, 1))

TEXT = """UBND TỈNH NAM ĐỊNH
SỞ TƯ PHÁP
Số: 215/BC-STP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nam Định, ngày 18 tháng 12 năm 2024

BÁO CÁO
Kết quả công tác công chứng, chứng thực năm 2024

I. TÌNH HÌNH CHUNG
Tính đến ngày 14/12/2024, toàn tỉnh có 29 tổ chức hành nghề công chứng (02 Phòng công chứng, 27 Văn phòng công chứng) với 64 công chứng viên; 10/10 Phòng Tư pháp cấp huyện và 186/204 UBND cấp xã đã thực hiện chứng thực bản sao điện tử.

II. KẾT QUẢ THỰC HIỆN
Kỳ báo cáo (từ ngày 15/12/2023 đến ngày 14/12/2024), tổng phí công chứng thu được 48,6 tỷ đồng, tăng 9,2% so với năm 2023; nộp ngân sách nhà nước 5,12 tỷ đồng. Kết quả cụ thể như sau:

Bảng 1. Kết quả công chứng, chứng thực
Đơn vị tính: việc
TT
Nội dung
Năm 2023
Năm 2024
So sánh (%)
""" + table + """

Số việc chứng thực hợp đồng, giao dịch giảm 11,7% do người dân chuyển sang công chứng tại các Văn phòng công chứng.

III. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu tỷ lệ chứng thực bản sao điện tử đạt ít nhất 40%; 100% hồ sơ đề nghị thành lập Văn phòng công chứng được thẩm định đúng thời hạn theo Điều 23 Luật Công chứng năm 2014.

Nơi nhận:
- Bộ Tư pháp;
- UBND tỉnh;
- Lưu: VT, PBTTP.
"""

AS_OF = P("Tính đến ngày 14/12/2024", None, "2024-12-14")
KY = P("từ ngày 15/12/2023 đến ngày 14/12/2024", "2023-12-15", "2024-12-14")

FIGS = [
    F("có 29 tổ chức", "29", 29, "count", "tổ chức hành nghề công chứng", "tổ chức hành nghề công chứng", AS_OF),
    F("(02 Phòng", "02", 2, "count", "Phòng công chứng", "Phòng công chứng", AS_OF, total=29),
    F("27 Văn phòng", "27", 27, "count", "Văn phòng công chứng", "Văn phòng công chứng", AS_OF, total=29),
    F("với 64 công chứng viên", "64", 64, "count", "công chứng viên", "công chứng viên", AS_OF),
    F("10/10 Phòng", "10", 10, "count", "Phòng Tư pháp", "Phòng Tư pháp cấp huyện thực hiện chứng thực bản sao điện tử", AS_OF, total=10),
    F("186/204 UBND", "186", 186, "count", "UBND cấp xã", "UBND cấp xã thực hiện chứng thực bản sao điện tử", AS_OF, total=204),
    F("được 48,6 tỷ", "48,6", 48.6e9, "money", "đồng", "tổng phí công chứng thu được", KY, change=ch("+", 9.2, baseline="năm 2023")),
    F("nước 5,12 tỷ", "5,12", 5.12e9, "money", "đồng", "nộp ngân sách nhà nước", KY),
]
for lab, a, b, c in ROWS:
    FIGS.append(F(f"\n{a}\n", a, parse_num(a), "count", "việc", f"{lab} Năm 2023", Y("Năm 2023", 2023)))
    FIGS.append(F(f"\n{b}\n", b, parse_num(b), "count", "việc", f"{lab} Năm 2024", Y("Năm 2024", 2024)))
    FIGS.append(F(f"\n{c}\n", c, parse_num(c), "percent", "%", f"{lab} So sánh"))
FIGS += [
    F("giảm 11,7%", "11,7", 11.7, "percent", "%", "Số việc chứng thực hợp đồng, giao dịch giảm", Y("năm 2024", 2024, inh=True)),
    F("ít nhất 40%", "40", 40, "percent", "%", "tỷ lệ chứng thực bản sao điện tử", Y("NĂM 2025", 2025, inh=True),
      approx="at_least", status="target"),
    F("40%; 100% hồ sơ", "100", 100, "percent", "%", "hồ sơ đề nghị thành lập Văn phòng công chứng được thẩm định đúng thời hạn",
      Y("NĂM 2025", 2025, inh=True), status="target"),
]

emit("p401-5", TEXT, [
    "Formal report with letterhead (Sở Tư pháp Nam Định, Số: 215/BC-STP), place-and-date line 18/12/2024; one-cell-per-line table with 'Đơn vị tính: việc'.",
    "Table: every numeric cell is a figure; subject = row label + column label; period from the 'Năm 2023'/'Năm 2024' headers; the 'So sánh (%)' column",
    "is a percent with no period. Row numbers 1-4 and 'Bảng 1' are not figures. '(02 Phòng …, 27 Văn phòng …)' adds up to 29: total 29.",
    "'giảm 11,7%' standing alone is a percent figure (growth rate as the claim), no change object. Targets under heading 'NĂM 2025': inherited period.",
    "Distractors: Số: 215/BC-STP, ngày 18 tháng 12 năm 2024, I./II./III., Điều 23, Luật Công chứng năm 2014, Lưu: VT.",
], FIGS, published="2024-12-18", location="Nam Định")
