from lib import F, P, build

TEXT = """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẬU LỘC - TỈNH THANH HÓA
Thứ Hai, 15/07/2024 - 09:30

Hậu Lộc đẩy mạnh hỗ trợ nông dân đầu tư máy móc nông nghiệp

Thực hiện Nghị quyết số 12/2022/NQ-HĐND của HĐND tỉnh về chính sách khuyến khích phát triển nông nghiệp, 6 tháng đầu năm 2024, huyện Hậu Lộc đã hỗ trợ 46 máy nông nghiệp cho các hợp tác xã, tổ hợp tác và hộ dân với tổng kinh phí 3,86 tỷ đồng, tăng 27,4% so với cùng kỳ năm 2023. Trong đó có 18 máy cấy, 15 máy gặt đập liên hợp, 9 máy kéo và 4 thiết bị bay không người lái.

Mức hỗ trợ cụ thể: máy cấy được hỗ trợ 50% giá mua, tối đa 80 triệu đồng/máy; máy gặt đập liên hợp tối đa 250 triệu đồng/máy; máy kéo từ 35 mã lực trở lên tối đa 150 triệu đồng/máy; thiết bị bay không người lái tối đa 100 triệu đồng/chiếc. Riêng Tổ hợp tác cơ giới thôn 7, xã Đại Lộc nhận hỗ trợ 2 máy gặt và 1 thiết bị bay với tổng số tiền 560 triệu đồng.

Đến nay, toàn huyện có 1.125 máy làm đất, 212 máy gặt đập liên hợp, 168 máy cấy và 23 thiết bị bay phun thuốc. Tỷ lệ cơ giới hóa khâu làm đất đạt 100%, khâu cấy đạt 62%, khâu thu hoạch đạt 96%. Vụ Chiêm xuân năm 2024, diện tích lúa được phun thuốc bằng thiết bị bay đạt khoảng 2.350 ha/8.160 ha gieo cấy.

6 tháng cuối năm 2024, huyện phấn đấu hỗ trợ thêm 40 máy, nâng tỷ lệ cơ giới hóa khâu cấy lên trên 70%.

Minh Hằng (Trung tâm VHTT&TT huyện)
Điện thoại: 0237.3831.245
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
NOW = P("Đến nay", None, "2024-07-15")
NOWi = P("Đến nay", None, "2024-07-15", inh=True)
H2 = P("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31")
SUP = "mức hỗ trợ tối đa "

FIGS = [
    F("hỗ trợ 46 máy", "46", "count", "máy", "máy nông nghiệp được hỗ trợ", period=H1),
    F("kinh phí 3,86 tỷ đồng", "3,86", "money", "đồng", "tổng kinh phí hỗ trợ máy nông nghiệp", mult=10**9,
      change={"direction": "increase", "value": 27.4, "unit": "%", "baseline": "cùng kỳ năm 2023"}, period=H1),
    F("có 18 máy cấy", "18", "count", "máy cấy", "máy cấy được hỗ trợ", total=46, period=H1i),
    F("15 máy gặt", "15", "count", "máy gặt đập liên hợp", "máy gặt đập liên hợp được hỗ trợ", total=46, period=H1i),
    F("9 máy kéo", "9", "count", "máy kéo", "máy kéo được hỗ trợ", total=46, period=H1i),
    F("và 4 thiết bị bay", "4", "count", "thiết bị bay không người lái", "thiết bị bay không người lái được hỗ trợ",
      total=46, period=H1i),
    F("hỗ trợ 50% giá mua", "50", "percent", "%", "mức hỗ trợ giá mua máy cấy"),
    F("tối đa 80 triệu", "80", "money", "đồng/máy", SUP + "máy cấy", mult=10**6, approx="at_most"),
    F("tối đa 250 triệu", "250", "money", "đồng/máy", SUP + "máy gặt đập liên hợp", mult=10**6, approx="at_most"),
    F("từ 35 mã lực trở lên", "35", "measure", "mã lực", "công suất máy kéo được hỗ trợ", approx="at_least",
      optional=True),
    F("tối đa 150 triệu", "150", "money", "đồng/máy", SUP + "máy kéo", mult=10**6, approx="at_most"),
    F("tối đa 100 triệu", "100", "money", "đồng/chiếc", SUP + "thiết bị bay không người lái", mult=10**6,
      approx="at_most"),
    F("hỗ trợ 2 máy gặt", "2", "count", "máy gặt", "máy gặt Tổ hợp tác cơ giới thôn 7 nhận hỗ trợ"),
    F("và 1 thiết bị bay", "1", "count", "thiết bị bay", "thiết bị bay Tổ hợp tác cơ giới thôn 7 nhận hỗ trợ"),
    F("số tiền 560 triệu", "560", "money", "đồng", "tổng số tiền hỗ trợ Tổ hợp tác cơ giới thôn 7", mult=10**6),
    F("có 1.125 máy làm đất", "1.125", "count", "máy làm đất", "máy làm đất", period=NOW),
    F("212 máy gặt", "212", "count", "máy gặt đập liên hợp", "máy gặt đập liên hợp", period=NOW),
    F("168 máy cấy", "168", "count", "máy cấy", "máy cấy", period=NOW),
    F("và 23 thiết bị bay", "23", "count", "thiết bị bay", "thiết bị bay phun thuốc", period=NOW),
    F("làm đất đạt 100%", "100", "percent", "%", "tỷ lệ cơ giới hóa khâu làm đất", period=NOWi),
    F("khâu cấy đạt 62%", "62", "percent", "%", "tỷ lệ cơ giới hóa khâu cấy", period=NOWi),
    F("thu hoạch đạt 96%", "96", "percent", "%", "tỷ lệ cơ giới hóa khâu thu hoạch", period=NOWi),
    F("khoảng 2.350 ha/8.160 ha", "2.350", "measure", "ha", "diện tích lúa được phun thuốc bằng thiết bị bay",
      approx="about", total=8160),
    F("thêm 40 máy", "40", "count", "máy", "máy được hỗ trợ thêm", status="target", period=H2),
    F("lên trên 70%", "70", "percent", "%", "tỷ lệ cơ giới hóa khâu cấy", approx="over", status="target", period=H2),
]

COMMENTS = [
    "Cổng TTĐT huyện Hậu Lộc (Thanh Hóa), district portal: machines supported in 6 tháng đầu năm 2024, support per machine, stocks, rates.",
    "Dateline 'Thứ Hai, 15/07/2024 - 09:30'; byline and phone 0237.3831.245 at the end. 'Nghị quyết số 12/2022/NQ-HĐND', 'thôn 7', 'xã Đại Lộc' are not figures.",
    "'Trong đó có 18 máy cấy, 15 …, 9 …, 4 …' after the sentence break are parts of the 46 machines (18+15+9+4 = 46), period inherited.",
    "Support ceilings 'tối đa … triệu đồng/máy' are money with approx at_most and a per-machine unit; '50% giá mua' a percent of its own.",
    "'từ 35 mã lực trở lên' is an eligibility threshold (optional). Commune-level figures keep the district as location.",
    "'Đến nay' (as of the dateline, 2024-07-15) gives the stocks their period; the rate sentence after it inherits it.",
    "'Vụ Chiêm xuân năm 2024' is a season: FIGURES.md gives seasons no dates, so no period. '2.350 ha/8.160 ha' → total 8160.",
    "'6 tháng cuối năm 2024 … phấn đấu' → status target, 2024-07-01..2024-12-31.",
]

build(2, TEXT, FIGS, COMMENTS, published="2024-07-15", location="Hậu Lộc")
