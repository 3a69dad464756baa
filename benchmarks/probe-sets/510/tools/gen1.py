"""p510-1: Nghệ An province portal — civil judgment enforcement (thi hành án dân sự), 9 months of the work year."""
from lib import F, P, I, CH, TG, emit

TEXT = """Trang chủ » Tin tức - Sự kiện » Nội chính - Pháp luật

Nghệ An: Thi hành xong hơn 1.150 tỷ đồng trong 9 tháng năm công tác

Cập nhật: 18/07/2024 08:45 | Lượt xem: 3.462

(Nghean.gov.vn) - Theo Báo cáo số 1125/BC-CTHADS của Cục Thi hành án dân sự tỉnh Nghệ An, từ ngày 01/10/2023 đến ngày 30/6/2024, toàn tỉnh có 21.436 việc phải thi hành, trong đó có 16.208 việc có điều kiện thi hành. Các cơ quan thi hành án đã thi hành xong 12.927 việc, đạt tỷ lệ 79,76%, tăng 2,14% so với cùng kỳ năm 2023. Số việc chuyển kỳ sau là 8.509 việc, giảm 312 việc so với cùng kỳ.

Về tiền, tổng số phải thi hành là 9.874,6 tỷ đồng, trong đó có điều kiện thi hành 3.512,3 tỷ đồng. Đã thi hành xong hơn 1.150 tỷ đồng, đạt 32,74% số tiền có điều kiện (chỉ tiêu Bộ Tư pháp giao là 36%).

Một số đơn vị có tỷ lệ thi hành xong về việc cao là Chi cục THADS huyện Quỳ Hợp (91,2%), thị xã Thái Hòa (89,5%), huyện Nam Đàn (88,7%). Số việc và số tiền thi hành xong của Chi cục THADS TP Vinh lần lượt là 3.214 việc và 402,5 tỷ đồng.

Trong kỳ, Cục đã chỉ đạo tổ chức 146 cuộc cưỡng chế, trong đó có 38 cuộc huy động lực lượng công an hỗ trợ; giải quyết dứt điểm 27 việc có giá trị phải thi hành trên 1 tỷ đồng.

Thực hiện Chỉ thị số 04/CT-BTP, Cục phấn đấu đến ngày 30/9/2024 thi hành xong 85% số việc và 40% số tiền có điều kiện thi hành, giảm lượng án tồn đọng chuyển sang năm 2025.

Cục Thi hành án dân sự tỉnh Nghệ An - Số 41 đường Lê Hồng Phong, TP Vinh. Điện thoại: 0238.3844.529.
"""

WY = P("từ ngày 01/10/2023 đến ngày 30/6/2024", "2023-10-01", "2024-06-30")
TGT = P("đến ngày 30/9/2024", None, "2024-09-30")

FIGS = [
    F("Thi hành xong hơn 1.150 tỷ", "1.150", 1150e9, "money", "đồng",
      "số tiền thi hành xong", I(WY), approx="over"),
    F("có 21.436 việc", "21.436", 21436, "count", "việc", "việc phải thi hành", WY),
    F("có 16.208 việc", "16.208", 16208, "count", "việc", "việc có điều kiện thi hành", WY, total=21436),
    F("xong 12.927 việc", "12.927", 12927, "count", "việc", "việc các cơ quan thi hành án đã thi hành xong", I(WY),
      percent=79.76, change=CH("increase", 2.14, "%", "cùng kỳ năm 2023")),
    F("là 8.509 việc", "8.509", 8509, "count", "việc", "việc chuyển kỳ sau", I(WY),
      change=CH("decrease", 312, "việc", "cùng kỳ")),
    F("là 9.874,6 tỷ", "9.874,6", 9874.6e9, "money", "đồng", "tổng số tiền phải thi hành", I(WY)),
    F("thi hành 3.512,3 tỷ", "3.512,3", 3512.3e9, "money", "đồng", "số tiền có điều kiện thi hành", I(WY),
      total=9874.6e9),
    F("xong hơn 1.150 tỷ đồng, đạt", "1.150", 1150e9, "money", "đồng", "số tiền đã thi hành xong", I(WY),
      approx="over", percent=32.74, target=TG(36)),
    F("Quỳ Hợp (91,2%)", "91,2", 91.2, "percent", "%", "tỷ lệ thi hành xong về việc", location="Quỳ Hợp"),
    F("Thái Hòa (89,5%)", "89,5", 89.5, "percent", "%", "tỷ lệ thi hành xong về việc", location="Thái Hòa"),
    F("Nam Đàn (88,7%)", "88,7", 88.7, "percent", "%", "tỷ lệ thi hành xong về việc", location="Nam Đàn"),
    F("là 3.214 việc", "3.214", 3214, "count", "việc", "số việc thi hành xong của Chi cục THADS TP Vinh", location="Vinh"),
    F("và 402,5 tỷ", "402,5", 402.5e9, "money", "đồng", "số tiền thi hành xong của Chi cục THADS TP Vinh", location="Vinh"),
    F("tổ chức 146 cuộc", "146", 146, "count", "cuộc cưỡng chế", "cuộc cưỡng chế Cục chỉ đạo tổ chức"),
    F("có 38 cuộc", "38", 38, "count", "cuộc", "cuộc cưỡng chế huy động lực lượng công an hỗ trợ", total=146),
    F("dứt điểm 27 việc", "27", 27, "count", "việc", "việc có giá trị phải thi hành trên 1 tỷ đồng giải quyết dứt điểm"),
    F("trên 1 tỷ đồng", "1", 1e9, "money", "đồng", "giá trị phải thi hành", approx="over", optional=True),
    F("xong 85% số việc", "85", 85, "percent", "%", "tỷ lệ thi hành xong về việc", TGT, status="target"),
    F("và 40% số tiền", "40", 40, "percent", "%", "tỷ lệ thi hành xong về tiền có điều kiện thi hành", TGT,
      status="target"),
]

COMMENTS = [
    "Cổng TTĐT Nghệ An: Cục THADS tỉnh — kết quả thi hành án dân sự 9 tháng năm công tác 2024 (01/10/2023-30/6/2024).",
    "Breadcrumb, 'Cập nhật: 18/07/2024 08:45' dateline, 'Lượt xem: 3.462' counter (furniture). Distractors: Báo cáo số 1125/BC-CTHADS,",
    "Chỉ thị số 04/CT-BTP, 'Số 41 đường Lê Hồng Phong', phone 0238.3844.529, 'năm 2025' (a year).",
    "The work year runs 01/10-30/9: the stated range is the period; the headline '9 tháng năm công tác' inherits it (unscored).",
    "'tăng 2,14% so với cùng kỳ' follows 'đạt tỷ lệ 79,76%' which is the 12.927's share: the change attaches to 12.927 (spec: attributes",
    "attach across a clause). 'chỉ tiêu ... là 36%' in brackets is the target of 1.150 tỷ. District items go to location.",
    "'lần lượt là 3.214 việc và 402,5 tỷ đồng' pairs with 'Số việc và số tiền' -> two figures for TP Vinh.",
    "'trên 1 tỷ đồng' is a threshold in the description of the 27 cases: optional.",
]

emit("p510-1", TEXT, COMMENTS, FIGS, published="2024-07-18", location="Nghệ An")
