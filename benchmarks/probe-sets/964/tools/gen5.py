from lib import F, P, I, C, T, build

TEXT = """BÁO QUẢNG NAM > Xã hội

Nhộn nhịp bến đò ngày giáp Tết

Những ngày giáp Tết Ất Tỵ, các bến đò ngang trên sông Thu Bồn, sông Trường Giang tấp nập người qua lại. Theo Sở Giao thông vận tải, toàn tỉnh hiện có 43 bến khách ngang sông đang hoạt động với 96 phương tiện, trong đó 18 bến nằm trên sông Thu Bồn.

Tại bến đò Kim Bồng (TP Hội An), mỗi ngày có khoảng 120 chuyến đò, chở hơn 3.000 lượt khách. Ông Trần Văn Bảy, người đã có 25 năm chèo đò ở bến này, cho biết giá vé vẫn giữ 10.000 đồng/người kèm xe máy, người đi bộ 5.000 đồng. "Ngày thường tôi chạy chừng 20 chuyến, giáp Tết phải chạy từ sáng tới tối mới kịp", ông Bảy nói.

Theo dự báo của Sở, trong 10 ngày cao điểm trước và sau Tết, lượng khách qua các bến sẽ tăng khoảng 30-35% so với ngày thường. Để bảo đảm an toàn, Sở đã bố trí 24 tổ công tác trực tại các bến trọng điểm, đồng thời yêu cầu chủ phương tiện không chở quá 80% sức chở trong những ngày này.

Năm 2024, lực lượng Cảnh sát đường thủy Công an tỉnh đã phát hiện, xử lý 218 trường hợp vi phạm, giảm 12% so với năm 2023, phạt tiền gần 390 triệu đồng, trong đó 64 trường hợp không trang bị đủ áo phao, dụng cụ cứu sinh.

Ông Nguyễn Quang Tám, Phó Giám đốc Sở Giao thông vận tải, cho biết năm 2025 tỉnh phấn đấu xóa bỏ 6 bến đò tại những nơi đã có cầu, đồng thời cấp phát thêm 2.000 áo phao cho các bến ở huyện Duy Xuyên, Đại Lộc và Nông Sơn.

HOÀNG LIÊN
18/01/2025
"""

y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("có 43 bến", "43", 43, "count", "bến khách ngang sông", "bến khách ngang sông đang hoạt động"),
    F("với 96 phương tiện", "96", 96, "count", "phương tiện", "phương tiện chở khách ngang sông"),
    F("18 bến nằm", "18", 18, "count", "bến", "bến khách ngang sông nằm trên sông Thu Bồn", total=43),
    F("khoảng 120 chuyến đò", "120", 120, "count", "chuyến đò/ngày", "chuyến đò mỗi ngày tại bến đò Kim Bồng",
      approx="about", location="Hội An"),
    F("hơn 3.000 lượt khách", "3.000", 3000, "count", "lượt khách/ngày", "lượt khách qua bến đò Kim Bồng mỗi ngày",
      approx="over", location="Hội An"),
    F("có 25 năm chèo đò", "25", 25, "measure", "năm", "thời gian chèo đò của ông Trần Văn Bảy",
      location="Hội An", optional=True),
    F("10.000 đồng/người", "10.000", 10000, "money", "đồng/người", "giá vé qua bến đò Kim Bồng kèm xe máy",
      location="Hội An"),
    F("người đi bộ 5.000 đồng", "5.000", 5000, "money", "đồng", "giá vé qua bến đò Kim Bồng người đi bộ",
      location="Hội An"),
    F("chừng 20 chuyến", "20", 20, "count", "chuyến", "chuyến đò ông Bảy chạy mỗi ngày thường",
      approx="about", location="Hội An", optional=True),
    F("khoảng 30-35%", "30", 30, "percent", "%", "lượng khách qua các bến so với ngày thường",
      value_max=35, approx="about", status="forecast"),
    F("bố trí 24 tổ", "24", 24, "count", "tổ công tác", "tổ công tác trực tại các bến trọng điểm"),
    F("quá 80% sức chở", "80", 80, "percent", "%", "sức chở tối đa cho phép", approx="at_most", optional=True),
    F("xử lý 218 trường hợp", "218", 218, "count", "trường hợp", "trường hợp vi phạm bị phát hiện, xử lý", y24,
      change=C("decrease", 12, baseline="năm 2023")),
    F("gần 390 triệu đồng", "390", 390_000_000, "money", "đồng", "tiền phạt vi phạm", y24, approx="nearly"),
    F("trong đó 64 trường hợp", "64", 64, "count", "trường hợp", "trường hợp không trang bị đủ áo phao, dụng cụ cứu sinh",
      y24, total=218),
    F("xóa bỏ 6 bến đò", "6", 6, "count", "bến đò", "bến đò xóa bỏ tại những nơi đã có cầu", y25, status="target"),
    F("thêm 2.000 áo phao", "2.000", 2000, "count", "áo phao", "áo phao cấp phát thêm", y25, status="target"),
]

NOTES = [
    "Báo Quảng Nam style feature (byline HOÀNG LIÊN and bare date 18/01/2025 at the end): ferries before Tết Ất Tỵ, one Hội An ferry, fines 2024, 2025 targets.",
    "The body says only 'toàn tỉnh'; the page header 'BÁO QUẢNG NAM' and the districts (Hội An, Duy Xuyên, Đại Lộc, Nông Sơn) imply Quảng Nam; the Kim Bồng ferry figures are 'Hội An'.",
    "'trong đó 64 trường hợp' follows the money '390 triệu đồng' but its whole is the 218 cases (same thing counted). 'giảm 12% so với năm 2023' is the change of 218.",
    "'khoảng 30-35%' is a forecast growth rate with no base amount: percent figure, no change object. '10 ngày cao điểm' is a duration locating the forecast (not a figure).",
    "Optional: '25 năm chèo đò' (a person's biography), 'chừng 20 chuyến' (one boatman's routine inside a quote), 'không chở quá 80% sức chở' (a rule).",
    "Not figures: 'Tết Ất Tỵ', names 'Trần Văn Bảy', 'Nguyễn Quang Tám', the bare date.",
    "The 2.000 áo phao go to three districts (recipients): location stays Quảng Nam.",
]

build("p964-5", TEXT, NOTES, FIGS, published="2025-01-18", location="Quảng Nam")
