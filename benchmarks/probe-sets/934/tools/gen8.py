"""p934-8: Báo Bắc Giang online, '(BKG) -' tag, headline figure; residence registration, ID cards, 5 months 2025."""
from lib import F, P, I, C, T, build

TEXT = """98,2% hồ sơ đăng ký cư trú được nộp trực tuyến
Cập nhật lúc 16:45, Thứ Hai, 23/06/2025

(BKG) - 5 tháng đầu năm 2025, Công an tỉnh đã tiếp nhận 64.938 hồ sơ đăng ký cư trú, trong đó 63.769 hồ sơ được nộp qua Cổng dịch vụ công và ứng dụng VNeID, chiếm 98,2%. Các địa phương có nhiều hồ sơ gồm TP Bắc Giang (11.204 hồ sơ), thị xã Việt Yên (9.856 hồ sơ), huyện Hiệp Hòa (7.412 hồ sơ) và huyện Lạng Giang (6.935 hồ sơ).

Cũng trong 5 tháng, toàn tỉnh đã cấp 58.204 thẻ căn cước, tăng gấp 2,3 lần so với cùng kỳ năm 2024 do nhu cầu cấp đổi giấy tờ trước khi sắp xếp đơn vị hành chính. Số tài khoản định danh điện tử mức độ 2 được kích hoạt đạt 1.236.480 tài khoản, bằng 91,5% số công dân đủ điều kiện. Số tài khoản được kích hoạt trong tháng 5 gấp 3 lần tháng 1.

Theo Đại tá Nguyễn Quốc Toản, Phó Giám đốc Công an tỉnh, thời gian trả thẻ căn cước hiện chỉ còn 5 ngày làm việc. Lệ phí cấp đổi thẻ là 30.000 đồng/thẻ, cấp lại 50.000 đồng/thẻ; công dân nộp trực tuyến được giảm 50% lệ phí đến hết năm 2025.

Mục tiêu năm 2025, tỉnh phấn đấu 100% hồ sơ đăng ký cư trú được tiếp nhận trực tuyến và rút ngắn thời gian giải quyết xuống dưới 3 ngày làm việc. Dự kiến trong tháng 6, Công an tỉnh tổ chức 210 đợt cấp căn cước lưu động tại 192 xã, phường, thị trấn; mỗi đợt bố trí từ 4 đến 6 cán bộ.

Người dân cần hỗ trợ liên hệ Phòng PC06, số 10 đường Hoàng Văn Thụ, TP Bắc Giang, điện thoại 0204.3854.236.

Ngọc Thủy
"""

M5 = P("5 tháng đầu năm 2025", "2025-01-01", "2025-05-31")
M5b = P("Cũng trong 5 tháng", "2025-01-01", "2025-05-31")
Y25 = P("Mục tiêu năm 2025", "2025-01-01", "2025-12-31")
JUN = P("trong tháng 6", "2025-06-01", "2025-06-30")

FIGS = [
    F("98,2% hồ sơ đăng ký cư trú được", "98,2", 98.2, "percent", "%",
      subject="hồ sơ đăng ký cư trú được nộp trực tuyến"),
    F("tiếp nhận 64.938 hồ sơ", "64.938", 64938, "count", "hồ sơ",
      subject="hồ sơ đăng ký cư trú tiếp nhận", period=M5),
    F("trong đó 63.769 hồ sơ", "63.769", 63769, "count", "hồ sơ", total=64938, percent=98.2,
      subject="hồ sơ đăng ký cư trú nộp qua Cổng dịch vụ công và ứng dụng VNeID", period=M5),
    F("TP Bắc Giang (11.204 hồ sơ)", "11.204", 11204, "count", "hồ sơ", location="TP Bắc Giang",
      subject="hồ sơ đăng ký cư trú", period=I(M5)),
    F("Việt Yên (9.856 hồ sơ)", "9.856", 9856, "count", "hồ sơ", location="Việt Yên",
      subject="hồ sơ đăng ký cư trú", period=I(M5)),
    F("Hiệp Hòa (7.412 hồ sơ)", "7.412", 7412, "count", "hồ sơ", location="Hiệp Hòa",
      subject="hồ sơ đăng ký cư trú", period=I(M5)),
    F("Lạng Giang (6.935 hồ sơ)", "6.935", 6935, "count", "hồ sơ", location="Lạng Giang",
      subject="hồ sơ đăng ký cư trú", period=I(M5)),
    F("cấp 58.204 thẻ", "58.204", 58204, "count", "thẻ căn cước",
      change=C("increase", 2.3, "lần", "cùng kỳ năm 2024"),
      subject="thẻ căn cước đã cấp", period=M5b),
    F("đạt 1.236.480 tài khoản", "1.236.480", 1236480, "count", "tài khoản", percent=91.5,
      subject="tài khoản định danh điện tử mức độ 2 được kích hoạt"),
    F("gấp 3 lần", "3", 3, "multiple", "lần",
      subject="tài khoản định danh điện tử được kích hoạt trong tháng 5 so với tháng 1",
      period=P("trong tháng 5", "2025-05-01", "2025-05-31")),
    F("chỉ còn 5 ngày", "5", 5, "measure", "ngày làm việc",
      subject="thời gian trả thẻ căn cước"),
    F("là 30.000 đồng/thẻ", "30.000", 30000, "money", "đồng/thẻ",
      subject="lệ phí cấp đổi thẻ căn cước"),
    F("lại 50.000 đồng/thẻ", "50.000", 50000, "money", "đồng/thẻ",
      subject="lệ phí cấp lại thẻ căn cước"),
    F("giảm 50% lệ phí", "50", 50, "percent", "%",
      subject="mức giảm lệ phí cho công dân nộp trực tuyến",
      period=P("đến hết năm 2025", None, "2025-12-31")),
    F("phấn đấu 100% hồ sơ", "100", 100, "percent", "%", status="target",
      subject="hồ sơ đăng ký cư trú được tiếp nhận trực tuyến", period=Y25),
    F("dưới 3 ngày", "3", 3, "measure", "ngày làm việc", approx="under", status="target",
      subject="thời gian giải quyết hồ sơ đăng ký cư trú", period=Y25),
    F("tổ chức 210 đợt", "210", 210, "count", "đợt", status="forecast",
      subject="đợt cấp căn cước lưu động", period=JUN),
    F("tại 192 xã", "192", 192, "count", "xã, phường, thị trấn", status="forecast",
      subject="xã, phường, thị trấn tổ chức cấp căn cước lưu động", period=JUN),
    F("từ 4 đến 6 cán bộ", "4", 4, "count", "cán bộ", value_max=6, status="forecast",
      subject="cán bộ bố trí mỗi đợt cấp căn cước lưu động", period=JUN),
]

COMMENTS = [
    "Báo Bắc Giang online: '(BKG) -' tag implies Bắc Giang; year-less headline figure 98,2% (no period); dateline 'Cập nhật lúc 16:45, Thứ Hai, 23/06/2025'.",
    "63.769 follows 'trong đó' after 64.938 (same thing, same period): total, and 'chiếm 98,2%' is its percent.",
    "District list after 'Các địa phương có nhiều hồ sơ gồm' has no whole figure before the cue: no total; each item's place is its location.",
    "'tăng gấp 2,3 lần so với cùng kỳ năm 2024' after a count is its change (unit lần); 'gấp 3 lần tháng 1' standing alone is a multiple.",
    "'giảm 50% lệ phí' is a discount rate with no base amount in its clause: a percent figure (no change).",
    "Not figures: '16:45', 'Thứ Hai', 'mức độ 2', 'số 10 đường Hoàng Văn Thụ', '0204.3854.236', 'tháng 1' (a baseline).",
    "The 1.236.480 accounts, the 5-day card delivery time and the fees carry no period phrase: no period.",
    "Everything after 'Dự kiến trong tháng 6' up to the sentence end is forecast, including 'mỗi đợt bố trí từ 4 đến 6 cán bộ'.",
]

build("p934-8", TEXT, FIGS, COMMENTS, published="2025-06-23", location="Bắc Giang")
