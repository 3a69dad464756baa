from lib import F, per, chg, tgt, emit

TEXT = """Lễ hội chùa Hương năm 2024: đón hơn 1 triệu lượt khách, an ninh trật tự được bảo đảm

Sau 6 tuần khai hội, Lễ hội chùa Hương năm 2024 đã đón hơn 1,03 triệu lượt khách, tăng 8,4% so với cùng kỳ năm 2023. Ngày cao điểm nhất (mùng 6 tháng Giêng) khu di tích đón khoảng 65.000 lượt khách.

Từ đầu năm đến nay, doanh thu từ bán vé thắng cảnh đạt 72,5 tỷ đồng, bằng 54% kế hoạch năm; doanh thu dịch vụ đò ước đạt 41 tỷ đồng.

Để phục vụ lễ hội, Ban Tổ chức đã huy động 1.250 cán bộ, chiến sĩ và lực lượng chức năng tham gia bảo đảm an ninh trật tự, trong đó công an huyện 420 người, dân quân tự vệ 380 người, thanh niên tình nguyện 450 người. Toàn tuyến suối Yến có 4.300 đò hoạt động, tăng 150 đò so với năm trước; 100% lái đò được tập huấn, mặc áo phao và niêm yết giá.

Từ khai hội (ngày 15/2) đến nay, Ban Quản lý di tích đã xử lý 37 trường hợp vi phạm, lập biên bản 12 trường hợp chèo kéo khách, phạt tiền 46,5 triệu đồng. Số vụ việc mất an ninh trật tự giảm 23% so với cùng kỳ. Các bãi đỗ xe tại bến Đục, bến Yến đáp ứng tối đa 3.500 ô tô và 12.000 xe máy mỗi ngày.

Theo kế hoạch, lễ hội kéo dài đến hết ngày 9/5/2024 (tức ngày 30 tháng 3 âm lịch). Ban Tổ chức dự kiến cả mùa lễ hội đón khoảng 1,5 triệu lượt khách. Du khách cần hỗ trợ có thể liên hệ đường dây nóng 0243.3847.556 hoặc Trạm Y tế xã Hương Sơn, thôn Yến Vĩ.

Từ năm 2022, UBND huyện Mỹ Đức đã chỉ đạo thực hiện thanh toán vé không dùng tiền mặt; hiện có khoảng 70% du khách mua vé qua mã QR.

Hoàng Minh (Trung tâm Văn hóa - Thông tin và Thể thao huyện Mỹ Đức)
28/03/2024
"""

P24i = per("năm 2024", "2024-01-01", "2024-12-31", inh=True)
PDN = per("Từ đầu năm đến nay", "2024-01-01", "2024-03-28")
PKH = per("Từ khai hội (ngày 15/2) đến nay", "2024-02-15", "2024-03-28")
PKHi = per("Từ khai hội (ngày 15/2) đến nay", "2024-02-15", "2024-03-28", inh=True)

FIGS = [
    F("đón hơn 1 triệu", "1", 1e6, "count", "lượt khách", "khách đến Lễ hội chùa Hương", per("năm 2024", "2024-01-01", "2024-12-31"), approx="over"),
    F("hơn 1,03 triệu lượt khách", "1,03", 1.03e6, "count", "lượt khách", "khách đến Lễ hội chùa Hương", per("năm 2024", "2024-01-01", "2024-12-31"),
      approx="over", change=chg("increase", 8.4, "%", "cùng kỳ năm 2023")),
    F("khoảng 65.000 lượt khách", "65.000", 65000, "count", "lượt khách", "khách ngày cao điểm nhất", approx="about"),
    F("đạt 72,5 tỷ đồng", "72,5", 72.5e9, "money", "đồng", "doanh thu từ bán vé thắng cảnh", PDN, percent=54),
    F("ước đạt 41 tỷ đồng", "41", 41e9, "money", "đồng", "doanh thu dịch vụ đò", PDN, status="estimate"),
    F("huy động 1.250 cán bộ", "1.250", 1250, "count", "cán bộ, chiến sĩ", "cán bộ, chiến sĩ và lực lượng chức năng bảo đảm an ninh trật tự", P24i),
    F("công an huyện 420 người", "420", 420, "count", "người", "công an huyện", P24i, total=1250),
    F("dân quân tự vệ 380 người", "380", 380, "count", "người", "dân quân tự vệ", P24i, total=1250),
    F("thanh niên tình nguyện 450 người", "450", 450, "count", "người", "thanh niên tình nguyện", P24i, total=1250),
    F("có 4.300 đò", "4.300", 4300, "count", "đò", "đò hoạt động trên tuyến suối Yến", P24i,
      change=chg("increase", 150, "đò", "năm trước")),
    F("100% lái đò", "100", 100, "percent", "%", "lái đò được tập huấn, mặc áo phao và niêm yết giá", P24i),
    F("xử lý 37 trường hợp", "37", 37, "count", "trường hợp", "trường hợp vi phạm được xử lý", PKH),
    F("biên bản 12 trường hợp", "12", 12, "count", "trường hợp", "trường hợp chèo kéo khách bị lập biên bản", PKH),
    F("phạt tiền 46,5 triệu", "46,5", 46.5e6, "money", "đồng", "tiền phạt", PKH),
    F("giảm 23%", "23", 23, "percent", "%", "số vụ việc mất an ninh trật tự", PKHi),
    F("tối đa 3.500 ô tô", "3.500", 3500, "count", "ô tô", "sức chứa bãi đỗ xe ô tô mỗi ngày", approx="at_most"),
    F("3.500 ô tô và 12.000 xe máy", "12.000", 12000, "count", "xe máy", "sức chứa bãi đỗ xe máy mỗi ngày", optional=True),
    F("khoảng 1,5 triệu lượt khách", "1,5", 1.5e6, "count", "lượt khách", "khách cả mùa lễ hội", P24i, approx="about", status="forecast"),
    F("khoảng 70% du khách", "70", 70, "percent", "%", "du khách mua vé qua mã QR", approx="about"),
]

COMMENTS = [
    "District portal style (huyện Mỹ Đức, Hà Nội): Lễ hội chùa Hương 2024 — visitors, ticket revenue, security forces, violations.",
    "No dateline at the top; byline and a bare date '28/03/2024' at the end give published. Distractors: 'Sau 6 tuần khai hội' (duration),",
    "'mùng 6 tháng Giêng', 'ngày 15/2', 'ngày 9/5/2024', 'ngày 30 tháng 3 âm lịch', hotline 0243.3847.556, 'Từ năm 2022' (start of a policy).",
    "Headline 'hơn 1 triệu' is a figure (over, year in the headline). 'bằng 54% kế hoạch năm' is the percent of 72,5 tỷ.",
    "'Từ đầu năm đến nay' and 'Từ khai hội (ngày 15/2) đến nay' end at the closing date 28/03/2024.",
    "'giảm 23% so với cùng kỳ' without a base amount: a percent figure, no change. '37 … vi phạm, … 12 … chèo kéo' has no part-of cue: no total.",
    "'tối đa 3.500 ô tô' at_most; the 12.000 xe máy sibling is optional (the cue may or may not carry over). 'Ngày cao điểm' 65.000 is not",
    "part of the season total (different period) and has no period phrase. Festival security figures inherit 'năm 2024' from the lead.",
    "'hiện có khoảng 70%' carries no period ('Từ năm 2022' dates the policy, not the share).",
    "revised after the first run: 1.250's unit 'người' → 'cán bộ, chiến sĩ' (the noun counted after the number; the parts keep 'người').",
]

emit("p282-2", TEXT, COMMENTS, FIGS, published="2024-03-28", location="Mỹ Đức")
