from lib import F, P, Y, ch, emit

TEXT = """BỘ TÀI CHÍNH - CỔNG THÔNG TIN ĐIỆN TỬ
Tin tức tài chính

Ước giải ngân vốn đầu tư công 11 tháng năm 2024 đạt 60,93% kế hoạch
Thứ Năm, 12/12/2024 08:30

(MOF) - Theo báo cáo của Bộ Tài chính, tổng kế hoạch vốn đầu tư công năm 2024 Thủ tướng Chính phủ đã giao là 722.387 tỷ đồng. Ước giải ngân từ đầu năm đến ngày 30/11/2024 là 440.157 tỷ đồng, đạt 60,93% kế hoạch (cùng kỳ năm 2023 đạt 65,09%). Trong đó, vốn trong nước đạt 63,56%, vốn nước ngoài mới đạt 30,16%.

Ước giải ngân 11 tháng năm 2024 của 12/47 bộ, cơ quan trung ương và 31/63 địa phương đạt trên mức bình quân chung của cả nước. Một số bộ, cơ quan và địa phương ước đạt tỷ lệ giải ngân khá gồm: Ngân hàng Chính sách xã hội (99,8%), Bộ Tư pháp (85,7%), Thái Bình (84,2%), Phú Thọ (79,5%), Hậu Giang (78,9%).

Bên cạnh đó, 35/47 bộ, cơ quan trung ương và 32/63 địa phương có tỷ lệ giải ngân dưới mức bình quân chung. Đáng chú ý, vẫn còn 5 bộ, cơ quan chưa phân bổ hết kế hoạch vốn được giao.

Nguyên nhân chủ yếu là vướng mắc trong giải phóng mặt bằng, thiếu nguồn vật liệu san lấp, một số dự án ODA chậm điều chỉnh hiệp định vay.

Để đạt mục tiêu giải ngân cả năm trên 95% kế hoạch, trong tháng 12/2024 các bộ, ngành, địa phương phải giải ngân thêm khoảng 246 nghìn tỷ đồng, gấp hơn 6 lần mức bình quân mỗi tháng từ đầu năm. Bộ Tài chính đề nghị thực hiện nghiêm Công điện số 124/CĐ-TTg ngày 3/12/2024 của Thủ tướng Chính phủ và Nghị quyết số 01/NQ-CP, kịp thời điều chuyển vốn từ dự án chậm sang dự án có khả năng giải ngân tốt.

Cục Quản lý nợ và Tài chính đối ngoại. Điện thoại: 024.2220.2828
"""

M11 = P("11 tháng năm 2024", "2024-01-01", "2024-11-30")
M11i = P("11 tháng năm 2024", "2024-01-01", "2024-11-30", inh=True)
RATE = "tỷ lệ giải ngân"

FIGS = [
    F("năm 2024 đạt 60,93%", "60,93", 1, "percent", "%", "giải ngân vốn đầu tư công", M11, status="estimate"),
    F("là 722.387 tỷ đồng", "722.387", "tỷ", "money", "đồng",
      "tổng kế hoạch vốn đầu tư công Thủ tướng Chính phủ đã giao", Y(2024), status="target"),
    F("là 440.157 tỷ đồng", "440.157", "tỷ", "money", "đồng", "giải ngân vốn đầu tư công",
      P("từ đầu năm đến ngày 30/11/2024", "2024-01-01", "2024-11-30"), percent=60.93, status="estimate"),
    F("2023 đạt 65,09%", "65,09", 1, "percent", "%", "tỷ lệ giải ngân cùng kỳ năm 2023",
      P("cùng kỳ năm 2023", "2023-01-01", "2023-11-30")),
    F("trong nước đạt 63,56%", "63,56", 1, "percent", "%", "giải ngân vốn trong nước", M11i, status="estimate"),
    F("nước ngoài mới đạt 30,16%", "30,16", 1, "percent", "%", "giải ngân vốn nước ngoài", M11i, status="estimate"),
    F("của 12/47 bộ", "12", 1, "count", "bộ, cơ quan trung ương",
      "bộ, cơ quan trung ương đạt trên mức bình quân chung", M11, total=47, status="estimate"),
    F("và 31/63 địa phương", "31", 1, "count", "địa phương", "địa phương đạt trên mức bình quân chung", M11,
      total=63, status="estimate"),
    F("Ngân hàng Chính sách xã hội (99,8%)", "99,8", 1, "percent", "%", RATE, M11i, status="estimate"),
    F("Bộ Tư pháp (85,7%)", "85,7", 1, "percent", "%", RATE, M11i, status="estimate"),
    F("Thái Bình (84,2%)", "84,2", 1, "percent", "%", RATE, M11i, status="estimate", location="Thái Bình"),
    F("Phú Thọ (79,5%)", "79,5", 1, "percent", "%", RATE, M11i, status="estimate", location="Phú Thọ"),
    F("Hậu Giang (78,9%)", "78,9", 1, "percent", "%", RATE, M11i, status="estimate", location="Hậu Giang"),
    F("35/47 bộ", "35", 1, "count", "bộ, cơ quan trung ương",
      "bộ, cơ quan trung ương có tỷ lệ giải ngân dưới mức bình quân chung", M11i, total=47),
    F("và 32/63 địa phương", "32", 1, "count", "địa phương",
      "địa phương có tỷ lệ giải ngân dưới mức bình quân chung", M11i, total=63),
    F("còn 5 bộ, cơ quan", "5", 1, "count", "bộ, cơ quan", "bộ, cơ quan chưa phân bổ hết kế hoạch vốn được giao",
      M11i),
    F("cả năm trên 95%", "95", 1, "percent", "%", "mục tiêu giải ngân cả năm",
      Y(2024, "cả năm"), approx="over", status="target"),
    F("khoảng 246 nghìn tỷ đồng", "246", "nghìn tỷ", "money", "đồng", "giải ngân thêm",
      P("trong tháng 12/2024", "2024-12-01", "2024-12-31"), approx="about", status="target",
      change=ch("increase", 6, "lần", "mức bình quân mỗi tháng từ đầu năm", approx="over")),
]

COMMENTS = [
    "Bộ Tài chính portal: ước giải ngân vốn đầu tư công 11 tháng năm 2024 (national). Dateline 'Thứ Năm, 12/12/2024 08:30'.",
    "'Ước' governs the lead sentence, its 'Trong đó' continuation and the list introduced by 'ước đạt'; the later 35/47, 32/63 and 5 have",
    "no cue (actual). The bracketed last-year rate '(cùng kỳ năm 2023 đạt 65,09%)' has its own verb: actual, its own period (Jan–Nov 2023).",
    "Ministries / the bank are not places (location Việt Nam); provinces in the list are the location. 'gấp hơn 6 lần mức bình quân …'",
    "after the money is its change (unit lần, approx over). The month's extra disbursement 'phải giải ngân thêm' after 'Để đạt mục tiêu'",
    "is a target. Distractors: 'Công điện số 124/CĐ-TTg ngày 3/12/2024', 'Nghị quyết số 01/NQ-CP', phone, '(MOF)'.",
]

emit("p446-2", TEXT, COMMENTS, FIGS, published="2024-12-12", location="Việt Nam")
