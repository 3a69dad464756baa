from lib import F, P, ch, emit

TEXT = """Báo Đồng Tháp Online
Kinh tế

Đồng Tháp cấp phép thêm 4 mỏ cát phục vụ các dự án cao tốc
22/08/2024 07:35
NGỌC TRÂN

(ĐTO) - Từ đầu năm 2024 đến ngày 15/8, UBND tỉnh đã cấp mới 4 giấy phép khai thác cát lòng sông với tổng trữ lượng khoảng 6,3 triệu m³, nâng tổng số mỏ cát đang hoạt động trên địa bàn tỉnh lên 21 mỏ. Công suất khai thác của các mỏ mới từ 350.000 đến 600.000 m³/năm.

Theo Sở Tài nguyên và Môi trường, nhu cầu cát san lấp cho 2 dự án cao tốc đi qua tỉnh (Cao Lãnh - An Hữu và Mỹ An - Cao Lãnh) khoảng 14,5 triệu m³, trong khi trữ lượng cát được cấp phép còn lại chỉ đáp ứng gần 60% nhu cầu. Riêng dự án Cao Lãnh - An Hữu (giai đoạn 1) cần trên 8 triệu m³ cát, đến nay đã cung ứng được 3,9 triệu m³, đạt 48,7%.

Về kiểm soát, 6 tháng đầu năm, tỉnh đã lắp đặt 58 camera và thiết bị giám sát hành trình trên 212 phương tiện khai thác, vận chuyển cát; phát hiện 9 trường hợp vi phạm, xử phạt 720 triệu đồng. Tình trạng sạt lở bờ sông tại thành phố Hồng Ngự và thành phố Sa Đéc vẫn diễn biến phức tạp với 27 điểm sạt lở, tổng chiều dài hơn 9,4 km.

Giai đoạn 2021-2025, tỉnh được Bộ Giao thông vận tải giao cung ứng 32 triệu m³ cát cho các dự án trọng điểm; đến nay đã hoàn thành 19,6 triệu m³, đạt 61,3% kế hoạch.
"""

YTD = P("Từ đầu năm 2024 đến ngày 15/8", "2024-01-01", "2024-08-15")
YTDi = P("Từ đầu năm 2024 đến ngày 15/8", "2024-01-01", "2024-08-15", inh=True)
NOW = P("đến nay", None, "2024-08-22")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
GD = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")

FIGS = [
    F("thêm 4 mỏ cát", "4", 4, "count", "mỏ cát", "mỏ cát cấp phép thêm", YTDi),
    F("cấp mới 4 giấy phép", "4", 4, "count", "giấy phép", "giấy phép khai thác cát lòng sông cấp mới", YTD),
    F("khoảng 6,3 triệu m³", "6,3", 6.3e6, "measure", "m³", "tổng trữ lượng", YTD, approx="about"),
    F("lên 21 mỏ", "21", 21, "count", "mỏ", "tổng số mỏ cát đang hoạt động", YTD),
    F("từ 350.000 đến 600.000 m³/năm", "350.000", 350000, "measure", "m³/năm",
      "công suất khai thác của các mỏ mới", value_max=600000),
    F("cho 2 dự án cao tốc", "2", 2, "count", "dự án cao tốc", "dự án cao tốc đi qua tỉnh", optional=True),
    F("khoảng 14,5 triệu m³", "14,5", 14.5e6, "measure", "m³", "nhu cầu cát san lấp cho 2 dự án cao tốc",
      approx="about"),
    F("gần 60% nhu cầu", "60", 60, "percent", "%", "trữ lượng cát được cấp phép còn lại đáp ứng nhu cầu",
      approx="nearly"),
    F("trên 8 triệu m³", "8", 8e6, "measure", "m³", "cát dự án Cao Lãnh - An Hữu (giai đoạn 1) cần", approx="over"),
    F("được 3,9 triệu m³", "3,9", 3.9e6, "measure", "m³", "cát đã cung ứng cho dự án Cao Lãnh - An Hữu", NOW,
      percent=48.7),
    F("lắp đặt 58 camera", "58", 58, "count", "camera", "camera lắp đặt", H1),
    F("trên 212 phương tiện", "212", 212, "count", "phương tiện",
      "phương tiện khai thác, vận chuyển cát lắp thiết bị giám sát hành trình", H1),
    F("phát hiện 9 trường hợp", "9", 9, "count", "trường hợp", "trường hợp vi phạm phát hiện", H1),
    F("xử phạt 720 triệu đồng", "720", 720e6, "money", "đồng", "tiền xử phạt", H1),
    F("với 27 điểm sạt lở", "27", 27, "count", "điểm sạt lở", "điểm sạt lở bờ sông"),
    F("hơn 9,4 km", "9,4", 9.4, "measure", "km", "tổng chiều dài điểm sạt lở", approx="over"),
    F("giao cung ứng 32 triệu m³", "32", 32e6, "measure", "m³", "cát giao cung ứng cho các dự án trọng điểm", GD,
      status="target"),
    F("hoàn thành 19,6 triệu m³", "19,6", 19.6e6, "measure", "m³", "cát đã cung ứng hoàn thành", NOW, percent=61.3),
]

COMMENTS = [
    "Party newspaper (Báo Đồng Tháp): new river-sand licences 2024, sand demand of two expressways, monitoring, riverbank erosion, 2021-2025 supply plan.",
    "Bare dateline '22/08/2024 07:35' under the headline, byline after it. Default location Đồng Tháp ('(ĐTO)').",
    "'Từ đầu năm 2024 đến ngày 15/8' is the period of the licence sentence (the stock 'lên 21 mỏ' takes it too); the headline's 4 mỏ inherits it.",
    "'từ 350.000 đến 600.000 m³/năm' a range. '2 dự án cao tốc' (structure count) optional. 'đáp ứng gần 60% nhu cầu' a percent figure.",
    "'giai đoạn 1' of a project is a name. 'đã cung ứng được 3,9 triệu m³, đạt 48,7%' → percent; 'đến nay' ends at the dateline (no start).",
    "TRAP: 'thiết bị giám sát hành trình trên 212 phương tiện' — 'trên' means 'on', not 'over': approx exact.",
    "27 điểm sạt lở in two cities (Hồng Ngự, Sa Đéc) → the province. 'giao cung ứng 32 triệu m³' (giai đoạn 2021-2025) a target; 19,6 triệu 'đạt 61,3% kế hoạch' percent.",
]

emit("p319-4", TEXT, COMMENTS, FIGS, published="2024-08-22", location="Đồng Tháp")
