from lib import F, P, inh, CH, emit

TEXT = """CÔNG AN TỈNH NGHỆ AN
Trang chủ » Tin tức » An toàn giao thông

Nghệ An: Nộp kho bạc hơn 61 tỷ đồng tiền phạt vi phạm giao thông 6 tháng đầu năm 2024
Cập nhật: 08/07/2024 09:20 | Lượt xem: 3.145

(CATNA) - Sáng 5/7, Phòng Cảnh sát giao thông Công an tỉnh tổ chức hội nghị sơ kết công tác bảo đảm trật tự, an toàn giao thông 6 tháng đầu năm 2024 theo Kế hoạch số 126/KH-CAT-PC08.

Theo báo cáo, 6 tháng đầu năm 2024, lực lượng Cảnh sát giao thông toàn tỉnh đã tổ chức 4.826 ca tuần tra, kiểm soát, tăng 9,4% so với cùng kỳ năm 2023; phát hiện, lập biên bản 68.412 trường hợp vi phạm, trong đó 41.205 trường hợp vi phạm về tốc độ, nồng độ cồn và mũ bảo hiểm. Công an tỉnh đã ra quyết định xử phạt 65.930 trường hợp, đạt 96,4%, nộp kho bạc nhà nước hơn 61,2 tỷ đồng, tăng 14,7% so với cùng kỳ; tước quyền sử dụng giấy phép lái xe 3.108 trường hợp; tạm giữ 7.245 phương tiện các loại, trong đó 6.930 mô tô, xe máy.

Riêng về nồng độ cồn, đã kiểm tra 215.600 lượt người điều khiển phương tiện, phát hiện 9.874 trường hợp vi phạm, chiếm 14,4% tổng số vi phạm được phát hiện. Trong số này có 1.362 trường hợp có nồng độ cồn vượt quá 0,4 miligam/1 lít khí thở. Các địa phương phát hiện nhiều trường hợp vi phạm nồng độ cồn là thành phố Vinh (2.146 trường hợp), thị xã Cửa Lò (835 trường hợp) và huyện Diễn Châu (712 trường hợp).

Tai nạn giao thông giảm trên cả 3 tiêu chí: xảy ra 214 vụ, làm chết 131 người, bị thương 158 người; so với cùng kỳ giảm 23 vụ (giảm 9,7%), giảm 12 người chết, giảm 19 người bị thương.

Thượng tá Nguyễn Văn Hùng, Phó Giám đốc Công an tỉnh yêu cầu 6 tháng cuối năm phấn đấu kéo giảm từ 5% đến 10% số người chết do tai nạn giao thông, tăng ít nhất 15% số ca tuần tra ban đêm trên Quốc lộ 1A, Quốc lộ 7 và Quốc lộ 46. Người dân phản ánh vi phạm qua đường dây nóng 069.2978.112.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")
CK = "cùng kỳ"

FIGS = [
    F("kho bạc hơn 61 tỷ đồng", "61", 61e9, "money", "đồng",
      "tiền phạt vi phạm giao thông nộp kho bạc", H1, approx="over"),
    F("tổ chức 4.826 ca", "4.826", 4826, "count", "ca",
      "ca tuần tra, kiểm soát", H1, change=CH("increase", 9.4, "%", "cùng kỳ năm 2023")),
    F("biên bản 68.412 trường hợp", "68.412", 68412, "count", "trường hợp",
      "trường hợp vi phạm phát hiện, lập biên bản", H1),
    F("trong đó 41.205 trường hợp", "41.205", 41205, "count", "trường hợp",
      "trường hợp vi phạm về tốc độ, nồng độ cồn và mũ bảo hiểm", H1, total=68412),
    F("xử phạt 65.930 trường hợp", "65.930", 65930, "count", "trường hợp",
      "trường hợp bị ra quyết định xử phạt", inh(H1), percent=96.4),
    F("nhà nước hơn 61,2 tỷ đồng", "61,2", 61.2e9, "money", "đồng",
      "tiền phạt nộp kho bạc nhà nước", inh(H1), approx="over", change=CH("increase", 14.7, "%", CK)),
    F("xe 3.108 trường hợp", "3.108", 3108, "count", "trường hợp",
      "trường hợp bị tước quyền sử dụng giấy phép lái xe", inh(H1)),
    F("tạm giữ 7.245 phương tiện", "7.245", 7245, "count", "phương tiện",
      "phương tiện bị tạm giữ", inh(H1)),
    F("trong đó 6.930 mô tô", "6.930", 6930, "count", "mô tô, xe máy",
      "mô tô, xe máy bị tạm giữ", inh(H1), total=7245),
    F("kiểm tra 215.600 lượt", "215.600", 215600, "count", "lượt người điều khiển phương tiện",
      "lượt người điều khiển phương tiện được kiểm tra nồng độ cồn", inh(H1)),
    F("phát hiện 9.874 trường hợp", "9.874", 9874, "count", "trường hợp",
      "trường hợp vi phạm nồng độ cồn", inh(H1), percent=14.4),
    F("có 1.362 trường hợp", "1.362", 1362, "count", "trường hợp",
      "trường hợp có nồng độ cồn vượt quá 0,4 miligam/1 lít khí thở", inh(H1), total=9874),
    F("vượt quá 0,4 miligam", "0,4", 0.4, "measure", "miligam/1 lít khí thở",
      "nồng độ cồn", approx="over", optional=True),
    F("Vinh (2.146 trường hợp)", "2.146", 2146, "count", "trường hợp",
      "trường hợp vi phạm nồng độ cồn", inh(H1), location="Vinh"),
    F("Cửa Lò (835 trường hợp)", "835", 835, "count", "trường hợp",
      "trường hợp vi phạm nồng độ cồn", inh(H1), location="Cửa Lò"),
    F("Diễn Châu (712 trường hợp)", "712", 712, "count", "trường hợp",
      "trường hợp vi phạm nồng độ cồn", inh(H1), location="Diễn Châu"),
    F("cả 3 tiêu chí", "3", 3, "count", "tiêu chí", optional=True),
    F("xảy ra 214 vụ", "214", 214, "count", "vụ",
      "vụ tai nạn giao thông", inh(H1), change=CH("decrease", 23, "vụ", CK)),
    F("chết 131 người", "131", 131, "count", "người",
      "người chết do tai nạn giao thông", inh(H1), change=CH("decrease", 12, "người", CK)),
    F("thương 158 người", "158", 158, "count", "người",
      "người bị thương do tai nạn giao thông", inh(H1), change=CH("decrease", 19, "người", CK)),
    F("(giảm 9,7%)", "9,7", 9.7, "percent", "%",
      "số vụ tai nạn giao thông giảm so với cùng kỳ", inh(H1), optional=True),
    F("từ 5% đến 10%", "5", 5, "percent", "%",
      "số người chết do tai nạn giao thông kéo giảm", H2, value_max=10, status="target"),
    F("ít nhất 15%", "15", 15, "percent", "%",
      "số ca tuần tra ban đêm tăng", H2, approx="at_least", status="target"),
]

emit("p273-1", TEXT, [
    "Cổng TTĐT Công an tỉnh Nghệ An: sơ kết TTATGT 6 tháng đầu năm 2024. Dateline 'Cập nhật: 08/07/2024 09:20 | Lượt xem: 3.145' (counter = furniture).",
    "Distractors: 'Sáng 5/7', 'Kế hoạch số 126/KH-CAT-PC08', 'Quốc lộ 1A/7/46', hotline 069.2978.112, 'Thượng tá'.",
    "'đạt 96,4%' after the count of penalty decisions is its share (percent attribute); 'chiếm 14,4% tổng số vi phạm' likewise.",
    "'so với cùng kỳ giảm 23 vụ (giảm 9,7%), giảm 12 người chết, giảm 19 người bị thương': each change goes to the figure with its unit;",
    "the bracketed second change of the vụ figure is its own percent figure (optional, FIGURES.md 'one of each attribute').",
    "Sentences after the one that names '6 tháng đầu năm 2024' inherit that period. '6 tháng cuối năm' = 2024-07-01..2024-12-31 (targets).",
    "The 0,4 mg threshold and 'cả 3 tiêu chí' are optional (criterion / structure).",
], FIGS, published="2024-07-08", location="Nghệ An")
