from lib import F, P, emit

TEXT = """ỦY BAN NHÂN DÂN
TỈNH THÁI BÌNH
Số: 418/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Bình, ngày 16 tháng 12 năm 2024

BÁO CÁO
Kết quả công tác bảo vệ quyền lợi người tiêu dùng năm 2024 và phương hướng nhiệm vụ năm 2025

Thực hiện Công văn số 2150/BCT-UBCT ngày 12/11/2024 của Bộ Công Thương, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Tiếp nhận và giải quyết yêu cầu của người tiêu dùng
Từ đầu năm 2024 đến ngày 30/11/2024, toàn tỉnh tiếp nhận 312 yêu cầu hỗ trợ, khiếu nại, tăng 15,1% so với năm 2023; đã giải quyết 289 yêu cầu, đạt 92,6%. Chi tiết theo đơn vị tiếp nhận như sau:

Bảng 1. Kết quả tiếp nhận, giải quyết yêu cầu của người tiêu dùng
Đơn vị tính: yêu cầu
TT | Đơn vị tiếp nhận | Tiếp nhận | Đã giải quyết | Tỷ lệ giải quyết (%)
1 | Sở Công Thương | 168 | 159 | 94,6
2 | Hội Bảo vệ quyền lợi người tiêu dùng tỉnh | 97 | 88 | 90,7
3 | UBND cấp huyện | 47 | 42 | 89,4
 | Tổng cộng | 312 | 289 | 92,6

2. Kiểm tra, giám sát
Các đoàn kiểm tra liên ngành đã kiểm tra 74 tổ chức, cá nhân kinh doanh, xử phạt 19 trường hợp với số tiền 286,5 triệu đồng. Giám sát 6 doanh nghiệp bán hàng đa cấp đang hoạt động tại tỉnh, trong đó có 2 doanh nghiệp có trụ sở tại thành phố Thái Bình.

II. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2025
Phấn đấu tỷ lệ giải quyết yêu cầu của người tiêu dùng đạt từ 93% trở lên; 100% cán bộ làm công tác bảo vệ quyền lợi người tiêu dùng cấp huyện được tập huấn.

Nơi nhận:
- Bộ Công Thương;
- Lưu: VT, CTN.
"""

YTD = P("Từ đầu năm 2024 đến ngày 30/11/2024", "2024-01-01", "2024-11-30")
YTDi = P("Từ đầu năm 2024 đến ngày 30/11/2024", "2024-01-01", "2024-11-30", inh=True)
Y4i = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
Y5i = P("năm 2025", "2025-01-01", "2025-12-31", inh=True)

FIGS = [
    F("tiếp nhận 312 yêu cầu", "312", 312, "count", "yêu cầu", "yêu cầu hỗ trợ, khiếu nại", YTD,
      change={"direction": "increase", "value": 15.1, "unit": "%", "baseline": "năm 2023"}),
    F("giải quyết 289 yêu cầu", "289", 289, "count", "yêu cầu", "yêu cầu đã giải quyết", YTD, percent=92.6),
    # table: Tiếp nhận | Đã giải quyết | Tỷ lệ giải quyết (%)
    F("| 168 |", "168", 168, "count", "yêu cầu", "Sở Công Thương tiếp nhận", YTDi),
    F("| 159 |", "159", 159, "count", "yêu cầu", "Sở Công Thương đã giải quyết", YTDi),
    F("| 94,6", "94,6", 94.6, "percent", "%", "Sở Công Thương tỷ lệ giải quyết", YTDi),
    F("| 97 |", "97", 97, "count", "yêu cầu", "Hội Bảo vệ quyền lợi người tiêu dùng tỉnh tiếp nhận", YTDi),
    F("| 88 |", "88", 88, "count", "yêu cầu", "Hội Bảo vệ quyền lợi người tiêu dùng tỉnh đã giải quyết", YTDi),
    F("| 90,7", "90,7", 90.7, "percent", "%", "Hội Bảo vệ quyền lợi người tiêu dùng tỉnh tỷ lệ giải quyết", YTDi),
    F("| 47 |", "47", 47, "count", "yêu cầu", "UBND cấp huyện tiếp nhận", YTDi),
    F("| 42 |", "42", 42, "count", "yêu cầu", "UBND cấp huyện đã giải quyết", YTDi),
    F("| 89,4", "89,4", 89.4, "percent", "%", "UBND cấp huyện tỷ lệ giải quyết", YTDi),
    F("| 312 |", "312", 312, "count", "yêu cầu", "Tổng cộng tiếp nhận", YTDi),
    F("| 289 |", "289", 289, "count", "yêu cầu", "Tổng cộng đã giải quyết", YTDi),
    F("| 92,6", "92,6", 92.6, "percent", "%", "Tổng cộng tỷ lệ giải quyết", YTDi),
    F("kiểm tra 74 tổ chức", "74", 74, "count", "tổ chức, cá nhân", "tổ chức, cá nhân kinh doanh được kiểm tra", Y4i),
    F("xử phạt 19 trường hợp", "19", 19, "count", "trường hợp", "trường hợp bị xử phạt", Y4i),
    F("tiền 286,5 triệu đồng", "286,5", 286500000, "money", "đồng", "số tiền xử phạt", Y4i),
    F("Giám sát 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp", "doanh nghiệp bán hàng đa cấp đang hoạt động được giám sát", Y4i),
    F("có 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp", "doanh nghiệp bán hàng đa cấp có trụ sở tại thành phố Thái Bình",
      Y4i, total=6),
    F("từ 93% trở lên", "93", 93, "percent", "%", "tỷ lệ giải quyết yêu cầu của người tiêu dùng", Y5i,
      approx="at_least", status="target"),
    F("100% cán bộ", "100", 100, "percent", "%",
      "cán bộ làm công tác bảo vệ quyền lợi người tiêu dùng cấp huyện được tập huấn", Y5i, status="target"),
]

COMMENTS = [
    "Formal report of UBND tỉnh Thái Bình, letterhead 'Số: 418/BC-UBND', place-and-date line 'Thái Bình, ngày 16 tháng 12 năm 2024' (published).",
    "Flattened '|' table with 'Đơn vị tính: yêu cầu' and a '(%)' column: every numeric cell, the 'Tổng cộng' row included, is a figure;",
    "subject = row label + column label; period from the text above the table (inherited). Row numbers 1-3 and 'TT' are not figures.",
    "The table gives no part-of totals (FIGURES.md has no rule for a 'Tổng cộng' row), so cells carry no total.",
    "'Từ đầu năm 2024 đến ngày 30/11/2024' = 2024-01-01..2024-11-30. '289 yêu cầu, đạt 92,6%': percent attribute (no cue for total 312).",
    "Section 2 takes 'năm 2024' from the heading (inherited); 'trong đó có 2 doanh nghiệp': total 6. Section II targets: 'năm 2025' heading (inherited).",
    "Distractors: 'Số: 418/BC-UBND', 'Công văn số 2150/BCT-UBCT ngày 12/11/2024', section numbers I., II., 1., 2., 'Bảng 1', 'Lưu: VT, CTN'.",
]

emit("p342-5", TEXT, COMMENTS, FIGS, published="2024-12-16", location="Thái Bình")
