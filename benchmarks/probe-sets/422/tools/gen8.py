from lib import F, P, C, T, write

TEXT = """
Thời sự > Giao thông & Đô thị
Thứ năm, 19/10/2023, 06:00 (GMT+7)

Hà Nội đình chỉ hơn 1.700 cơ sở vi phạm phòng cháy sau vụ cháy chung cư mini

Sau hơn một tháng tổng kiểm tra, Công an Hà Nội đã tạm đình chỉ, đình chỉ hoạt động hơn 1.700 cơ sở, xử phạt gần 12 tỷ đồng.

Theo Phòng Cảnh sát PCCC và CNCH Công an TP Hà Nội, từ ngày 13/9 đến 15/10, sau vụ cháy chung cư mini tại ngõ 29/70 Khương Hạ (quận Thanh Xuân) làm 56 người chết, lực lượng chức năng đã kiểm tra 2.236 chung cư mini, 3.590 nhà trọ và hơn 12.000 nhà ở kết hợp kinh doanh.

Qua kiểm tra, đã phát hiện 14.650 vi phạm, lập biên bản 3.012 trường hợp, xử phạt với tổng số tiền 11,86 tỷ đồng, gấp 4,5 lần số tiền phạt của cả 8 tháng trước đó. Cơ quan chức năng đã tạm đình chỉ, đình chỉ hoạt động 1.729 cơ sở (1.608 cơ sở tạm đình chỉ, 121 cơ sở đình chỉ); trong đó có 947 cơ sở là nhà trọ, chung cư mini.

Các quận, huyện có nhiều cơ sở bị đình chỉ là Thanh Xuân 186 cơ sở, Hà Đông 174 cơ sở, Nam Từ Liêm 152 cơ sở và Cầu Giấy 131 cơ sở. Hiện toàn thành phố có khoảng 2.000 chung cư mini, trong đó gần 40% được xây dựng trước năm 2015, chưa có hệ thống báo cháy tự động.

Theo Nghị định 144/2021/NĐ-CP, mức phạt cao nhất với hành vi vi phạm quy định về PCCC là 100 triệu đồng đối với cá nhân và 200 triệu đồng đối với tổ chức.

Thành phố đặt mục tiêu đến ngày 31/12/2023 hoàn thành kiểm tra 100% chung cư mini, nhà trọ trên địa bàn. Từ đầu năm 2023 đến nay, Hà Nội xảy ra 1.218 vụ cháy, làm 67 người chết, tăng 58 người so với cùng kỳ năm 2022.

Võ Hải
"""

K = P("từ ngày 13/9 đến 15/10", "2023-09-13", "2023-10-15")
Ki = P("từ ngày 13/9 đến 15/10", "2023-09-13", "2023-10-15", inherited=True)
YTD = P("Từ đầu năm 2023 đến nay", "2023-01-01", "2023-10-19")

FIGS = [
    F("đình chỉ hơn 1.700 cơ sở vi phạm", "1.700", 1700, "count", "cơ sở", "cơ sở bị đình chỉ",
      approx="over", optional=True),
    F("hoạt động hơn 1.700 cơ sở, xử phạt", "1.700", 1700, "count", "cơ sở", "cơ sở bị tạm đình chỉ, đình chỉ hoạt động",
      approx="over"),
    F("gần 12 tỷ đồng", "12", 12000000000, "money", "đồng", "số tiền xử phạt", approx="nearly"),
    F("làm 56 người chết", "56", 56, "count", "người", "người chết trong vụ cháy chung cư mini", location="Thanh Xuân"),
    F("kiểm tra 2.236 chung cư", "2.236", 2236, "count", "chung cư mini", "chung cư mini được kiểm tra", period=K),
    F("3.590 nhà trọ", "3.590", 3590, "count", "nhà trọ", "nhà trọ được kiểm tra", period=K),
    F("hơn 12.000 nhà ở", "12.000", 12000, "count", "nhà ở kết hợp kinh doanh", "nhà ở kết hợp kinh doanh được kiểm tra",
      approx="over", period=K),
    F("phát hiện 14.650 vi phạm", "14.650", 14650, "count", "vi phạm", "vi phạm được phát hiện", period=Ki),
    F("lập biên bản 3.012 trường hợp", "3.012", 3012, "count", "trường hợp", "trường hợp bị lập biên bản", period=Ki),
    F("tiền 11,86 tỷ đồng", "11,86", 11860000000, "money", "đồng", "tổng số tiền xử phạt",
      change=C("increase", 4.5, "lần", "8 tháng trước đó"), period=Ki),
    F("hoạt động 1.729 cơ sở", "1.729", 1729, "count", "cơ sở", "cơ sở bị tạm đình chỉ, đình chỉ hoạt động", period=Ki),
    F("(1.608 cơ sở", "1.608", 1608, "count", "cơ sở", "cơ sở bị tạm đình chỉ", total=1729, period=Ki),
    F("121 cơ sở đình chỉ", "121", 121, "count", "cơ sở", "cơ sở bị đình chỉ", total=1729, period=Ki),
    F("có 947 cơ sở", "947", 947, "count", "cơ sở", "cơ sở bị đình chỉ là nhà trọ, chung cư mini", total=1729, period=Ki),
    F("Thanh Xuân 186 cơ sở", "186", 186, "count", "cơ sở", "cơ sở bị đình chỉ", location="Thanh Xuân", period=Ki),
    F("Hà Đông 174 cơ sở", "174", 174, "count", "cơ sở", "cơ sở bị đình chỉ", location="Hà Đông", period=Ki),
    F("Nam Từ Liêm 152 cơ sở", "152", 152, "count", "cơ sở", "cơ sở bị đình chỉ", location="Nam Từ Liêm", period=Ki),
    F("Cầu Giấy 131 cơ sở", "131", 131, "count", "cơ sở", "cơ sở bị đình chỉ", location="Cầu Giấy", period=Ki),
    F("khoảng 2.000 chung cư", "2.000", 2000, "count", "chung cư mini", "chung cư mini", approx="about"),
    F("gần 40%", "40", 40, "percent", "%", "chung cư mini được xây dựng trước năm 2015, chưa có hệ thống báo cháy tự động",
      approx="nearly"),
    F("là 100 triệu đồng", "100", 100000000, "money", "đồng", "mức phạt cao nhất đối với cá nhân", optional=True),
    F("và 200 triệu đồng", "200", 200000000, "money", "đồng", "mức phạt cao nhất đối với tổ chức", optional=True),
    F("kiểm tra 100% chung cư", "100", 100, "percent", "%", "chung cư mini, nhà trọ được kiểm tra",
      status="target", period=P("đến ngày 31/12/2023", None, "2023-12-31")),
    F("xảy ra 1.218 vụ cháy", "1.218", 1218, "count", "vụ cháy", "vụ cháy", period=YTD),
    F("làm 67 người chết", "67", 67, "count", "người", "người chết do cháy",
      change=C("increase", 58, "người", "cùng kỳ năm 2022"), period=YTD),
]

write(8, TEXT, [
    "National press (VnExpress-like), 'Thứ năm, 19/10/2023, 06:00 (GMT+7)' under the section path, byline at the end: Hà Nội's general",
    "inspection after the Khương Hạ mini-apartment fire. Title '1.700' repeats the lead (title copy optional, lead required).",
    "'từ ngày 13/9 đến 15/10' takes 2023 from the dateline. '56 người chết' describes the fire in quận Thanh Xuân (no period: event).",
    "'1.729 cơ sở (1.608 …, 121 …)' bracketed breakdown adds up → total 1.729; '; trong đó có 947 …' follows the whole, not the sibling part 121.",
    "'gấp 4,5 lần số tiền phạt của cả 8 tháng trước đó' is the change of 11,86 tỷ (lần). District list items take their district as location.",
    "Legal maximum fines (Nghị định 144) optional. Distractors: 'ngõ 29/70 Khương Hạ', 'Nghị định 144/2021/NĐ-CP', 'trước năm 2015', 'GMT+7', '8 tháng'.",
], FIGS, published="2023-10-19", location="Hà Nội")
