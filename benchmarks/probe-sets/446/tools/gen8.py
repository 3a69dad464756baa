from lib import F, P, Y, ch, emit

TEXT = """BÁO TÂY NINH
Kinh tế - Xã hội

Đẩy nhanh giải ngân vốn đầu tư công những tháng cuối năm

(BTN) - Chiều 15/10, UBND tỉnh tổ chức hội nghị đánh giá tình hình giải ngân vốn đầu tư công 9 tháng năm 2024. Theo báo cáo, kế hoạch vốn đầu tư công năm 2024 của tỉnh Tây Ninh là 4.866 tỷ đồng. Tính đến ngày 30/9/2024, tỉnh giải ngân được 2.793,1 tỷ đồng, đạt 57,4% kế hoạch, tăng 21,3% so với cùng kỳ năm 2023, xếp thứ 14/63 tỉnh, thành phố.

Riêng quý III/2024, giá trị giải ngân đạt 1.186 tỷ đồng, gấp 1,6 lần quý II. Đối với vốn chương trình mục tiêu quốc gia, tỉnh mới giải ngân 168,5/412,7 tỷ đồng kế hoạch, đạt 40,8%.

Trong 9 huyện, thị xã, thành phố, có 3 đơn vị giải ngân trên 70% là thị xã Trảng Bàng (76,8%), huyện Gò Dầu (73,5%) và huyện Bến Cầu (70,4%); 4 đơn vị đạt dưới 50%. Ở khối sở, ngành, Ban Quản lý dự án đầu tư xây dựng tỉnh giải ngân 1.024,6 tỷ đồng, chiếm khoảng 36,7% tổng giá trị giải ngân toàn tỉnh.

Tỉnh hiện còn 17 dự án chậm giải ngân, trong đó dự án đường ĐT.782 - ĐT.784 và dự án nâng cấp đường 30 Tháng 4 vướng mặt bằng kéo dài. Tỉnh phấn đấu trong quý IV/2024 giải ngân thêm khoảng 1.900 tỷ đồng, bảo đảm cả năm đạt trên 95% kế hoạch.

Tổ công tác số 3 của UBND tỉnh sẽ kiểm tra trực tiếp tại các chủ đầu tư trước ngày 31/10 và báo cáo kết quả tại phiên họp thường kỳ tháng 11.

Bảo Ngọc
"""

D30 = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
D30i = P("Tính đến ngày 30/9/2024", None, "2024-09-30", inh=True)
RATE = "tỷ lệ giải ngân"

FIGS = [
    F("là 4.866 tỷ đồng", "4.866", "tỷ", "money", "đồng", "kế hoạch vốn đầu tư công", Y(2024), status="target"),
    F("được 2.793,1 tỷ đồng", "2.793,1", "tỷ", "money", "đồng", "giải ngân", D30, percent=57.4,
      change=ch("increase", 21.3, "%", "cùng kỳ năm 2023")),
    F("xếp thứ 14/63", "14", 1, "rank", "hạng", "giải ngân", D30, total=63),
    F("đạt 1.186 tỷ đồng", "1.186", "tỷ", "money", "đồng", "giá trị giải ngân",
      P("quý III/2024", "2024-07-01", "2024-09-30"), change=ch("increase", 1.6, "lần", "quý II")),
    F("giải ngân 168,5/412,7", "168,5", "tỷ", "money", "đồng", "vốn chương trình mục tiêu quốc gia giải ngân", D30i,
      target={"value": 412700000000, "unit": "đồng"}, percent=40.8),
    F("có 3 đơn vị", "3", 1, "count", "đơn vị", "đơn vị giải ngân trên 70%", D30i, total=9),
    F("trên 70%", "70", 1, "percent", "%", RATE, D30i, approx="over", optional=True),
    F("Trảng Bàng (76,8%)", "76,8", 1, "percent", "%", RATE, D30i, location="Trảng Bàng"),
    F("Gò Dầu (73,5%)", "73,5", 1, "percent", "%", RATE, D30i, location="Gò Dầu"),
    F("Bến Cầu (70,4%)", "70,4", 1, "percent", "%", RATE, D30i, location="Bến Cầu"),
    F("4 đơn vị", "4", 1, "count", "đơn vị", "đơn vị đạt dưới 50%", D30i, total=9),
    F("dưới 50%", "50", 1, "percent", "%", RATE, D30i, approx="under", optional=True),
    F("giải ngân 1.024,6 tỷ đồng", "1.024,6", "tỷ", "money", "đồng",
      "Ban Quản lý dự án đầu tư xây dựng tỉnh giải ngân", D30i, percent=36.7),
    F("còn 17 dự án", "17", 1, "count", "dự án", "dự án chậm giải ngân", P("hiện", None, None, inh=True)),
    F("khoảng 1.900 tỷ đồng", "1.900", "tỷ", "money", "đồng", "giải ngân thêm",
      P("quý IV/2024", "2024-10-01", "2024-12-31"), approx="about", status="target"),
    F("đạt trên 95%", "95", 1, "percent", "%", "giải ngân cả năm", Y(2024, "cả năm"), approx="over",
      status="target"),
]

COMMENTS = [
    "Báo Tây Ninh (BTN): conference on 9-month 2024 disbursement. No dateline at all (published null); 'Chiều 15/10' has no year.",
    "'xếp thứ 14/63' rank with total 63, as of 30/9/2024. 'gấp 1,6 lần quý II' after the quarter's amount is its change (unit lần).",
    "'168,5/412,7 tỷ đồng kế hoạch' → target 412,7 tỷ, percent 40,8. 'Trong 9 huyện…, có 3 …; 4 đơn vị …' → 9 is the total of 3 and 4",
    "(not a figure). 'chiếm khoảng 36,7%' is the share of the Ban QLDA's amount (percent attribute; the whole is named, not numbered).",
    "'hiện' has no date to resolve (no dateline): period inherited. Distractors: 'ĐT.782 - ĐT.784', 'đường 30 Tháng 4', 'Tổ công tác",
    "số 3', 'trước ngày 31/10', 'tháng 11', '(BTN)'. Thresholds 'trên 70%'/'dưới 50%' are optional.",
]

emit("p446-8", TEXT, COMMENTS, FIGS, published=None, location="Tây Ninh")
