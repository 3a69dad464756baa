from lib import F, P, CH, TG, emit

TEXT = """BỘ TƯ PHÁP - CỔNG THÔNG TIN ĐIỆN TỬ
Tin hoạt động > Thi hành án dân sự

22 cục thi hành án dân sự đạt tỷ lệ trên 80% về việc

Theo số liệu thống kê của Tổng cục Thi hành án dân sự, tính đến ngày 31/7/2024, toàn hệ thống đã thi hành xong 524.318 việc, tăng 5,85% so với cùng kỳ năm 2023, đạt tỷ lệ 79,12% số việc có điều kiện thi hành; thi hành xong hơn 78.650 tỷ đồng, tăng 15,15%, đạt 36,25%.

Có 22 cục thi hành án dân sự đạt tỷ lệ trên 80% về việc, dẫn đầu là Bắc Ninh (88,4%), Hưng Yên (87,9%), Vĩnh Long (86,7%). Một số địa phương có tỷ lệ về việc thấp như TP Hồ Chí Minh (64,3%), Hà Nội (69,8%), Bình Dương (70,2%).

Về tiền, tổng số tiền có điều kiện thi hành là 216.966 tỷ đồng, chuyển kỳ sau hơn 138.300 tỷ đồng; trong đó, các khoản thu cho ngân sách nhà nước trong các vụ án hình sự về tham nhũng, kinh tế khoảng 72.400 tỷ đồng. Toàn quốc đã bán đấu giá thành công 9.214 tài sản với tổng giá trị trên 21,5 nghìn tỷ đồng.

Chỉ tiêu Quốc hội giao là thi hành xong trên 84% về việc và trên 45% về tiền có điều kiện thi hành. Kế hoạch giai đoạn 2021-2025 của ngành đặt mục tiêu mỗi năm giảm từ 5% đến 7% số việc chuyển kỳ sau.

Lãnh đạo Tổng cục yêu cầu các cục thi hành án dân sự thực hiện nghiêm Chỉ thị số 05/CT-TTg ngày 02/3/2024 của Thủ tướng Chính phủ, tập trung giải quyết các vụ việc trọng điểm, việc có giá trị lớn; tăng cường phối hợp với 12 tổ công tác liên ngành ở các địa phương trọng điểm.

Đường dây nóng: 024.6273.9395
"""

A = P("tính đến ngày 31/7/2024", None, "2024-07-31")
AI = P("tính đến ngày 31/7/2024", None, "2024-07-31", inh=True)
B = 10**9
IND = "tỷ lệ thi hành xong về việc"

FIGS = [
    F("\n22 cục thi hành", "22", "count", "cục thi hành án dân sự", "cục thi hành án dân sự đạt tỷ lệ trên 80% về việc", AI),
    F("trên 80% về việc\n", "80", "percent", "%", IND, AI, approx="over", optional=True),
    F("xong 524.318 việc", "524.318", "count", "việc", "việc thi hành xong", A,
      change=CH("increase", 5.85, baseline="cùng kỳ năm 2023"), percent=79.12),
    F("hơn 78.650 tỷ đồng", "78.650", "money", "đồng", "tiền thi hành xong", A, B, approx="over",
      change=CH("increase", 15.15), percent=36.25),
    F("Có 22 cục", "22", "count", "cục thi hành án dân sự", "cục thi hành án dân sự đạt tỷ lệ trên 80% về việc", AI),
    F("trên 80% về việc, dẫn", "80", "percent", "%", IND, AI, approx="over", optional=True),
    F("Bắc Ninh (88,4%)", "88,4", "percent", "%", IND, AI, location="Bắc Ninh"),
    F("Hưng Yên (87,9%)", "87,9", "percent", "%", IND, AI, location="Hưng Yên"),
    F("Vĩnh Long (86,7%)", "86,7", "percent", "%", IND, AI, location="Vĩnh Long"),
    F("Minh (64,3%)", "64,3", "percent", "%", "tỷ lệ về việc", AI, location="TP Hồ Chí Minh"),
    F("Hà Nội (69,8%)", "69,8", "percent", "%", "tỷ lệ về việc", AI, location="Hà Nội"),
    F("Bình Dương (70,2%)", "70,2", "percent", "%", "tỷ lệ về việc", AI, location="Bình Dương"),
    F("là 216.966 tỷ đồng", "216.966", "money", "đồng", "tổng số tiền có điều kiện thi hành", AI, B),
    F("hơn 138.300 tỷ đồng", "138.300", "money", "đồng", "tiền chuyển kỳ sau", AI, B, approx="over"),
    F("khoảng 72.400 tỷ đồng", "72.400", "money", "đồng",
      "các khoản thu cho ngân sách nhà nước trong các vụ án hình sự về tham nhũng, kinh tế", AI, B,
      approx="about", total=138300000000000),
    F("công 9.214 tài sản", "9.214", "count", "tài sản", "tài sản bán đấu giá thành công", AI),
    F("trên 21,5 nghìn tỷ đồng", "21,5", "money", "đồng", "tổng giá trị tài sản bán đấu giá thành công", AI,
      10**12, approx="over"),
    F("trên 84% về việc", "84", "percent", "%", "chỉ tiêu thi hành xong về việc", None, approx="over", status="target"),
    F("trên 45% về tiền", "45", "percent", "%", "chỉ tiêu thi hành xong về tiền có điều kiện thi hành", None,
      approx="over", status="target"),
    F("từ 5% đến 7%", "5", "percent", "%", "giảm số việc chuyển kỳ sau mỗi năm",
      P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), value_max=7, status="target"),
    F("với 12 tổ công tác", "12", "count", "tổ công tác liên ngành", "tổ công tác liên ngành", None),
]

COMMENTS = [
    "Ministry site (Bộ Tư pháp portal), no dateline at all (published null); national THADS figures as of 31/7/2024.",
    "Location Việt Nam by default; the list items Bắc Ninh, Hưng Yên, Vĩnh Long / TP Hồ Chí Minh, Hà Nội, Bình Dương are locations and",
    "their subject is the list's indicator (tỷ lệ ... về việc). The headline count and its body repetition are both figures;",
    "the threshold 'trên 80%' (a criterion, x2) is optional. '524.318 việc, tăng 5,85% ..., đạt tỷ lệ 79,12%' = change + percent on the count.",
    "'chuyển kỳ sau hơn 138.300 tỷ; trong đó ... khoảng 72.400 tỷ' -> total 138.300 tỷ. '21,5 nghìn tỷ' = 2.15e13.",
    "'Chỉ tiêu Quốc hội giao là ... trên 84% ... trên 45%' stands alone (no result in the sentence) -> figures with status target.",
    "'từ 5% đến 7%' target range, period giai đoạn 2021-2025. Distractors: Chỉ thị số 05/CT-TTg ngày 02/3/2024, hotline 024.6273.9395.",
]

emit("p318-4", TEXT, COMMENTS, FIGS, published=None, location="Việt Nam")
