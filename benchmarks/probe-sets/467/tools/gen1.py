from lib import F, P, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC NINH
Trang chủ » Tin tức - Sự kiện » Lao động - Việc làm

Năm 2023, tai nạn lao động trên địa bàn tỉnh giảm cả số vụ và số người chết

Cập nhật: 14/02/2024 09:30

(BNP) - Theo báo cáo của Sở Lao động - Thương binh và Xã hội, năm 2023 trên địa bàn tỉnh xảy ra 126 vụ tai nạn lao động (TNLĐ), giảm 9 vụ so với năm 2022, làm 131 người bị nạn. Trong đó có 17 vụ TNLĐ chết người, làm 19 người chết và 41 người bị thương nặng.

Khu vực có quan hệ lao động xảy ra 108 vụ, chiếm 85,7% tổng số vụ, làm 14 người chết; khu vực người lao động làm việc không theo hợp đồng lao động xảy ra 18 vụ, làm 5 người chết. Các địa phương xảy ra nhiều vụ TNLĐ là thị xã Thuận Thành (21 vụ), huyện Yên Phong (16 vụ), thành phố Bắc Ninh (15 vụ) và thị xã Quế Võ (12 vụ).

Về nguyên nhân, lỗi do người sử dụng lao động chiếm 47,2% số vụ; lỗi do người lao động vi phạm quy trình, biện pháp làm việc an toàn chiếm 26,4%; còn lại do các nguyên nhân khác và nguyên nhân khách quan.

Thiệt hại vật chất do TNLĐ gây ra khoảng 18,6 tỷ đồng (gồm chi phí y tế, trả lương trong thời gian điều trị, bồi thường, trợ cấp), tăng 2,3 tỷ đồng so với năm 2022; thiệt hại về tài sản ước tính 1,25 tỷ đồng. Tổng số ngày nghỉ do TNLĐ là 3.428 ngày.

Năm 2024, tỉnh phấn đấu giảm ít nhất 5% số vụ TNLĐ chết người so với năm 2023; 100% vụ TNLĐ chết người được điều tra, báo cáo đúng quy định tại Nghị định số 39/2016/NĐ-CP. Người lao động phát hiện vi phạm về an toàn, vệ sinh lao động có thể phản ánh qua đường dây nóng 0222.3822.505.

Minh Hà
Lượt xem: 1.236
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("xảy ra 126 vụ", "126", 126, "count", "vụ", "vụ tai nạn lao động", Y23,
      change={"direction": "decrease", "value": 9, "unit": "vụ", "baseline": "năm 2022"}),
    F("làm 131 người bị nạn", "131", 131, "count", "người", "người bị nạn", Y23),
    F("có 17 vụ TNLĐ chết người", "17", 17, "count", "vụ", "vụ TNLĐ chết người", Y23i, total=126),
    F("làm 19 người chết", "19", 19, "count", "người", "người chết", Y23i, total=131),
    F("và 41 người bị thương nặng", "41", 41, "count", "người", "người bị thương nặng", Y23i, total=131),
    F("xảy ra 108 vụ", "108", 108, "count", "vụ", "vụ TNLĐ khu vực có quan hệ lao động", Y23i, percent=85.7),
    F("làm 14 người chết", "14", 14, "count", "người", "người chết khu vực có quan hệ lao động", Y23i),
    F("xảy ra 18 vụ", "18", 18, "count", "vụ",
      "vụ TNLĐ khu vực người lao động làm việc không theo hợp đồng lao động", Y23i),
    F("làm 5 người chết", "5", 5, "count", "người",
      "người chết khu vực người lao động làm việc không theo hợp đồng lao động", Y23i),
    F("Thuận Thành (21 vụ)", "21", 21, "count", "vụ", "vụ TNLĐ", Y23i, location="Thuận Thành"),
    F("Yên Phong (16 vụ)", "16", 16, "count", "vụ", "vụ TNLĐ", Y23i, location="Yên Phong"),
    F("Bắc Ninh (15 vụ)", "15", 15, "count", "vụ", "vụ TNLĐ", Y23i, location="Bắc Ninh"),
    F("Quế Võ (12 vụ)", "12", 12, "count", "vụ", "vụ TNLĐ", Y23i, location="Quế Võ"),
    F("chiếm 47,2% số vụ", "47,2", 47.2, "percent", "%", "tỷ lệ vụ TNLĐ do lỗi người sử dụng lao động", Y23i),
    F("an toàn chiếm 26,4%", "26,4", 26.4, "percent", "%",
      "tỷ lệ vụ TNLĐ do lỗi người lao động vi phạm quy trình, biện pháp làm việc an toàn", Y23i),
    F("khoảng 18,6 tỷ đồng", "18,6", 18.6e9, "money", "đồng", "thiệt hại vật chất do TNLĐ", Y23i,
      approx="about", change={"direction": "increase", "value": 2.3e9, "unit": "đồng", "baseline": "năm 2022"}),
    F("ước tính 1,25 tỷ đồng", "1,25", 1.25e9, "money", "đồng", "thiệt hại về tài sản", Y23i, status="estimate"),
    F("là 3.428 ngày", "3.428", 3428, "measure", "ngày", "tổng số ngày nghỉ do TNLĐ", Y23i),
    F("giảm ít nhất 5%", "5", 5, "percent", "%", "giảm số vụ TNLĐ chết người", Y24,
      approx="at_least", status="target"),
    F("2023; 100% vụ", "100", 100, "percent", "%", "vụ TNLĐ chết người được điều tra, báo cáo đúng quy định", Y24,
      status="target"),
]

COMMENTS = [
    "Bắc Ninh province portal: TNLĐ năm 2023; 'Cập nhật: 14/02/2024 09:30' dateline, byline and 'Lượt xem: 1.236' (furniture) at the end.",
    "'giảm 9 vụ so với năm 2022' is the change of 126 vụ (placed right after it); 'Trong đó' after the sentence break gives the parts:",
    "17 vụ chết người of 126 vụ, 19 người chết and 41 bị thương nặng of 131 người bị nạn (same thing counted).",
    "108 vụ 'chiếm 85,7% tổng số vụ': share attribute; no total (no part-of cue, the whole is not restated). District list items go to location.",
    "Distractors: Nghị định số 39/2016/NĐ-CP, hotline 0222.3822.505, dateline, view counter, baselines 'năm 2022'/'năm 2023'.",
    "'3.428 ngày' (days off work) is a measured time: measure/ngày. Targets for 2024 under 'phấn đấu' (the 100% clause continues it).",
]

build(1, TEXT, COMMENTS, FIGS, published="2024-02-14", location="Bắc Ninh")
