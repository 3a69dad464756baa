from lib import F, P, CH, TG, emit

TEXT = """ỦY BAN NHÂN DÂN
TỈNH THÁI BÌNH
Số: 285/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Bình, ngày 14 tháng 10 năm 2024

BÁO CÁO
Tình hình ô nhiễm môi trường và kết quả xử lý tại các làng nghề
(số liệu tính đến ngày 30/9/2024)

I. THỰC TRẠNG
Toàn tỉnh có 243 làng nghề, làng nghề truyền thống được công nhận, trong đó 14 làng nghề thuộc danh sách gây ô nhiễm môi trường nghiêm trọng. Tổng lượng nước thải phát sinh từ các làng nghề khoảng 12.600 m³/ngày đêm, nhưng mới xử lý được 3.150 m³/ngày đêm, đạt 25%.

II. KẾT QUẢ XỬ LÝ
Giai đoạn 2021-2024, tỉnh đã đầu tư 9 hệ thống xử lý nước thải tập trung với tổng kinh phí 186,5 tỷ đồng (ngân sách tỉnh 112 tỷ đồng, ngân sách huyện và xã hội hóa 74,5 tỷ đồng). 9 tháng năm 2024, lực lượng chức năng kiểm tra 126 cơ sở sản xuất tại làng nghề, xử phạt vi phạm hành chính 19 cơ sở với số tiền gần 1,4 tỷ đồng.

Bảng 2. Kết quả thu gom, xử lý chất thải làng nghề tại một số huyện
Đơn vị tính: %
Huyện
Tỷ lệ chất thải rắn được thu gom
Tỷ lệ nước thải được xử lý
Hưng Hà
92,5
31,0
Thái Thụy
88,0
18,6
Vũ Thư
95,2
42,3
Kiến Xương
85,4
12,8

III. NHIỆM VỤ QUÝ IV/2024 VÀ NĂM 2025
Quý IV/2024, phấn đấu hoàn thành đưa vào vận hành 2 hệ thống xử lý nước thải tại làng nghề dệt nhuộm Phương La và làng nghề chế biến nông sản Mỹ Lộc. Đến năm 2025, phấn đấu tỷ lệ nước thải làng nghề được xử lý đạt trên 50%; xử lý dứt điểm ô nhiễm tại 14 làng nghề nêu trên.

Nơi nhận:
- Bộ Tài nguyên và Môi trường (b/c);
- Thường trực Tỉnh ủy (b/c);
- Lưu: VT, NNTNMT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

AS = P("tính đến ngày 30/9/2024", None, "2024-09-30", inh=True)
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
GD = P("Giai đoạn 2021-2024", "2021-01-01", "2024-12-31")
GDi = P("Giai đoạn 2021-2024", "2021-01-01", "2024-12-31")
ROWS = [("Hưng Hà", "92,5", "31,0"), ("Thái Thụy", "88,0", "18,6"), ("Vũ Thư", "95,2", "42,3"), ("Kiến Xương", "85,4", "12,8")]

FIGS = [
    F("có 243 làng nghề", "243", 243, "count", "làng nghề", "làng nghề, làng nghề truyền thống được công nhận", AS),
    F("đó 14 làng nghề", "14", 14, "count", "làng nghề", "làng nghề gây ô nhiễm môi trường nghiêm trọng", AS, total=243),
    F("khoảng 12.600 m³/ngày đêm", "12.600", 12600, "measure", "m³/ngày đêm", "lượng nước thải phát sinh từ các làng nghề",
      AS, approx="about"),
    F("được 3.150 m³/ngày đêm", "3.150", 3150, "measure", "m³/ngày đêm", "lượng nước thải làng nghề được xử lý", AS, percent=25),
    F("đầu tư 9 hệ thống", "9", 9, "count", "hệ thống", "hệ thống xử lý nước thải tập trung được đầu tư", GD),
    F("kinh phí 186,5 tỷ đồng", "186,5", 186.5e9, "money", "đồng", "tổng kinh phí đầu tư hệ thống xử lý nước thải", GD),
    F("tỉnh 112 tỷ đồng", "112", 112e9, "money", "đồng", "kinh phí từ ngân sách tỉnh", GD, total=186.5e9),
    F("hội hóa 74,5 tỷ đồng", "74,5", 74.5e9, "money", "đồng", "kinh phí từ ngân sách huyện và xã hội hóa", GD, total=186.5e9),
    F("kiểm tra 126 cơ sở", "126", 126, "count", "cơ sở", "cơ sở sản xuất tại làng nghề được kiểm tra", M9),
    F("phạt vi phạm hành chính 19 cơ sở", "19", 19, "count", "cơ sở", "cơ sở bị xử phạt vi phạm hành chính", M9),
    F("gần 1,4 tỷ đồng", "1,4", 1.4e9, "money", "đồng", "số tiền xử phạt vi phạm hành chính", M9, approx="nearly"),
]
for district, rac, nuoc in ROWS:
    FIGS += [
        F(f"{district}\n{rac}\n", rac, float(rac.replace(",", ".")), "percent", "%", "Tỷ lệ chất thải rắn được thu gom", AS,
          location=district),
        F(f"{rac}\n{nuoc}\n", nuoc, float(nuoc.replace(",", ".")), "percent", "%", "Tỷ lệ nước thải được xử lý", AS,
          location=district),
    ]
FIGS += [
    F("vận hành 2 hệ thống", "2", 2, "count", "hệ thống", "hệ thống xử lý nước thải làng nghề đưa vào vận hành",
      P("Quý IV/2024", "2024-10-01", "2024-12-31"), status="target"),
    F("đạt trên 50%", "50", 50, "percent", "%", "tỷ lệ nước thải làng nghề được xử lý", P("Đến năm 2025", None, "2025-12-31"),
      approx="over", status="target"),
    F("tại 14 làng nghề nêu trên", "14", 14, "count", "làng nghề", "làng nghề được xử lý dứt điểm ô nhiễm",
      P("Đến năm 2025", None, "2025-12-31"), status="target", optional=True),
]

COMMENTS = [
    "Formal report of UBND tỉnh Thái Bình (Số: 285/BC-UBND): ô nhiễm và xử lý môi trường làng nghề, số liệu tính đến 30/9/2024.",
    "Published from the place-and-date line. The title's 'tính đến ngày 30/9/2024' dates the stock figures of the report (inherited: other sentence).",
    "Bracketed breakdown 112 + 74,5 = 186,5 tỷ → totals. '19 cơ sở' fined after '126 cơ sở' inspected: no part-of cue, so no total.",
    "One-cell-per-line table, 'Đơn vị tính: %': district rows → location; subject = column label; as-of period from the title (inherited).",
    "3.150 m³ 'đạt 25%' → percent. 'Giai đoạn 2021-2024' ends 2024-12-31 as written. The final '14 làng nghề nêu trên' restates the 14 (optional).",
    "Distractors: document number, section numbers I./II./III., 'Bảng 2', date line, 'Lưu: VT, NNTNMT', dyeing village names.",
]

emit("p323-5", TEXT, COMMENTS, FIGS, published="2024-10-14", location="Thái Bình")
