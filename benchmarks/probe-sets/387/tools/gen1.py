from lib import *

TEXT = """Thái Bình: Tỷ lệ thu gom rác thải sinh hoạt nông thôn đạt 97,2%
Cập nhật: 14/10/2024 09:20
Lượt xem: 2.316

Theo báo cáo của Sở Tài nguyên và Môi trường, 9 tháng năm 2024, tổng khối lượng chất thải rắn sinh hoạt phát sinh trên địa bàn tỉnh Thái Bình khoảng 1.150 tấn/ngày, tăng 3,6% so với cùng kỳ năm 2023. Trong đó, khu vực đô thị phát sinh 312 tấn/ngày, khu vực nông thôn khoảng 838 tấn/ngày.

Tỷ lệ chất thải rắn sinh hoạt được thu gom ở đô thị đạt 100%, ở nông thôn đạt 97,2% (chỉ tiêu năm 2024 là 96%). Toàn tỉnh hiện có 286 hợp tác xã, tổ đội vệ sinh môi trường với gần 3.400 lao động làm nhiệm vụ thu gom, vận chuyển rác.

Về xử lý, khoảng 730 tấn/ngày được xử lý bằng công nghệ đốt tại 54 lò đốt cỡ nhỏ và Nhà máy xử lý rác thải Thái Bình (công suất 500 tấn/ngày); 260 tấn/ngày được chôn lấp, chiếm 22,6%; phần còn lại được ủ làm phân compost. Toàn tỉnh còn 5 bãi chôn lấp đang hoạt động, trong đó chỉ 2 bãi đạt tiêu chuẩn hợp vệ sinh.

Theo Quyết định số 12/2023/QĐ-UBND của UBND tỉnh, mức phí vệ sinh là 6.000 đồng/người/tháng ở nông thôn và 30.000 đồng/hộ/tháng ở đô thị. Tổng số phí thu được 9 tháng đạt 41,5 tỷ đồng, bằng 78,3% kế hoạch năm.

Tỉnh phấn đấu đến năm 2025 tỷ lệ thu gom, xử lý chất thải rắn sinh hoạt nông thôn đạt 98%, tỷ lệ chôn lấp trực tiếp giảm xuống dưới 10%. Mọi phản ánh về thu gom rác xin gọi đường dây nóng 0227.3831.666.
"""

P9 = lambda inh=False: P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh)
FIGS = [
    F("sinh hoạt nông thôn đạt 97,2%", "97,2", 97.2, "percent", "%", "Tỷ lệ thu gom rác thải sinh hoạt nông thôn", period=P9(True)),
    F("khoảng 1.150 tấn/ngày", "1.150", 1150, "measure", "tấn/ngày", "tổng khối lượng chất thải rắn sinh hoạt phát sinh",
      approx="about", change=C("increase", 3.6, "%", "cùng kỳ năm 2023"), period=P9()),
    F("phát sinh 312 tấn/ngày", "312", 312, "measure", "tấn/ngày", "khối lượng chất thải rắn sinh hoạt phát sinh khu vực đô thị",
      total=1150, period=P9(True)),
    F("khoảng 838 tấn/ngày", "838", 838, "measure", "tấn/ngày", "khối lượng chất thải rắn sinh hoạt phát sinh khu vực nông thôn",
      approx="about", total=1150, period=P9(True)),
    F("đô thị đạt 100%", "100", 100, "percent", "%", "Tỷ lệ chất thải rắn sinh hoạt được thu gom ở đô thị", period=P9(True)),
    F("ở nông thôn đạt 97,2%", "97,2", 97.2, "percent", "%", "Tỷ lệ chất thải rắn sinh hoạt được thu gom ở nông thôn",
      target=T(96, "%", True), period=P9(True)),
    F("có 286 hợp tác xã", "286", 286, "count", "hợp tác xã, tổ đội vệ sinh môi trường", "hợp tác xã, tổ đội vệ sinh môi trường",
      period=P9(True)),
    F("gần 3.400 lao động", "3.400", 3400, "count", "lao động", "lao động làm nhiệm vụ thu gom, vận chuyển rác",
      approx="nearly", period=P9(True)),
    F("khoảng 730 tấn/ngày", "730", 730, "measure", "tấn/ngày", "khối lượng chất thải rắn sinh hoạt được xử lý bằng công nghệ đốt",
      approx="about", period=P9(True)),
    F("tại 54 lò đốt", "54", 54, "count", "lò đốt", "lò đốt cỡ nhỏ", period=P9(True)),
    F("(công suất 500 tấn/ngày)", "500", 500, "measure", "tấn/ngày", "công suất Nhà máy xử lý rác thải Thái Bình"),
    F("260 tấn/ngày", "260", 260, "measure", "tấn/ngày", "khối lượng chất thải rắn sinh hoạt được chôn lấp",
      percent=22.6, period=P9(True)),
    F("còn 5 bãi chôn lấp", "5", 5, "count", "bãi chôn lấp", "bãi chôn lấp đang hoạt động", period=P9(True)),
    F("chỉ 2 bãi", "2", 2, "count", "bãi", "bãi chôn lấp đạt tiêu chuẩn hợp vệ sinh", total=5, period=P9(True)),
    F("là 6.000 đồng/người/tháng", "6.000", 6000, "money", "đồng/người/tháng", "mức phí vệ sinh ở nông thôn"),
    F("30.000 đồng/hộ/tháng", "30.000", 30000, "money", "đồng/hộ/tháng", "mức phí vệ sinh ở đô thị"),
    F("đạt 41,5 tỷ đồng", "41,5", 41.5e9, "money", "đồng", "tổng số phí vệ sinh thu được", percent=78.3,
      period=P("9 tháng", "2024-01-01", "2024-09-30")),
    F("đạt 98%", "98", 98, "percent", "%", "tỷ lệ thu gom, xử lý chất thải rắn sinh hoạt nông thôn", status="target",
      period=P("đến năm 2025", None, "2025-12-31")),
    F("dưới 10%", "10", 10, "percent", "%", "tỷ lệ chôn lấp trực tiếp", approx="under", status="target",
      period=P("đến năm 2025", None, "2025-12-31")),
]

emit(1, [
    "Cổng TTĐT tỉnh Thái Bình (province portal): chất thải rắn sinh hoạt 9 tháng năm 2024 — phát sinh, thu gom, đốt, chôn lấp, phí vệ sinh, mục tiêu 2025.",
    "Dateline 'Cập nhật: 14/10/2024 09:20'; 'Lượt xem: 2.316' is a counter. Distractors: 'Quyết định số 12/2023/QĐ-UBND', hotline 0227.3831.666.",
    "The title's 97,2% is a figure (period from the body: inherited). 312 and 838 follow 'Trong đó' after 1.150 tấn/ngày: total 1150.",
    "'(chỉ tiêu năm 2024 là 96%)' is the target of 97,2% (met). '260 tấn/ngày …, chiếm 22,6%': percent. '41,5 tỷ đồng, bằng 78,3% kế hoạch năm': percent.",
    "Plant capacity and fee levels are standing properties: no period. 'hiện có'/'còn' counts take the article's period (inherited, unscored).",
    "'giảm xuống dưới 10%' states the new level (target), no change. Targets 'đến năm 2025': end 2025-12-31.",
], TEXT, FIGS, published="2024-10-14", location="Thái Bình")
