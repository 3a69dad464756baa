"""p798-6: national newspaper (VnExpress style), stamp set for 50 years of reunification, collectors."""
from lib import F, period, inherit, change, target, write

TEXT = """Thời sự > Xã hội
Thứ hai, 28/4/2025, 07:30 (GMT+7)

Tem kỷ niệm 50 năm thống nhất "cháy hàng" sau ba ngày

Bộ tem kỷ niệm 50 năm Giải phóng miền Nam, thống nhất đất nước bán hết 120.000 bộ chỉ sau ba ngày phát hành, giá rao bán trên mạng gấp 4 lần giá mặt.

Theo Tổng công ty Bưu điện Việt Nam (Vietnam Post), bộ tem gồm 2 mẫu và 1 blốc, phát hành từ ngày 25/4 tại bưu điện 63 tỉnh, thành phố. Số lượng in 120.000 bộ, nhiều hơn khoảng 50% so với một bộ tem kỷ niệm thông thường.

Tại Bưu điện Trung tâm Sài Gòn (số 2 Công xã Paris, quận 1, TP HCM), mỗi ngày có khoảng 700-800 lượt khách mua tem, gấp 3 lần ngày thường. Ở Hà Nội, riêng ngày đầu phát hành, Bưu điện Hà Nội (75 Đinh Tiên Hoàng) đã bán gần 9.000 bộ. Trên các hội nhóm mạng xã hội, một bộ tem giá mặt 19.000 đồng đang được rao bán 70.000-80.000 đồng.

Năm 2024, Vietnam Post phát hành 13 bộ tem với 34 mẫu; doanh thu tem sưu tập đạt khoảng 48 tỷ đồng. Theo Hội Tem Việt Nam, cả nước hiện có khoảng 60.000 người chơi tem thường xuyên, trong đó hơn 40% dưới 30 tuổi; hội có 42 chi hội với hơn 3.500 hội viên.

Bộ tem tiếp theo trong kế hoạch năm 2025 là "Kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh", dự kiến phát hành ngày 19/5 với số lượng khoảng 80.000 bộ.

Hoài Thu
"""

Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("sau ba ngày\n", "ba", 3, "measure", "ngày", subject="thời gian bán hết bộ tem", optional=True),
    F("hết 120.000 bộ", "120.000", 120000, "count", "bộ", subject="bộ tem kỷ niệm đã bán"),
    F("chỉ sau ba ngày phát hành", "ba", 3, "measure", "ngày", subject="thời gian bán hết bộ tem",
      optional=True),
    F("gấp 4 lần giá mặt", "4", 4, "multiple", "lần", subject="giá rao bán trên mạng so với giá mặt"),
    F("gồm 2 mẫu", "2", 2, "count", "mẫu", subject="mẫu tem của bộ tem"),
    F("và 1 blốc", "1", 1, "count", "blốc", subject="blốc của bộ tem"),
    F("bưu điện 63 tỉnh", "63", 63, "count", "tỉnh, thành phố", subject="tỉnh, thành phố phát hành bộ tem"),
    F("in 120.000 bộ", "120.000", 120000, "count", "bộ",
      change=change("increase", 50, "%", "một bộ tem kỷ niệm thông thường", approx="about"),
      subject="số lượng in bộ tem"),
    F("khoảng 700-800 lượt khách", "700", 700, "count", "lượt khách", value_max=800, approx="about",
      change=change("increase", 3, "lần", "ngày thường"), subject="lượt khách mua tem mỗi ngày",
      location="TP Hồ Chí Minh"),
    F("gần 9.000 bộ", "9.000", 9000, "count", "bộ", approx="nearly",
      subject="bộ tem bán trong ngày đầu phát hành", location="Hà Nội"),
    F("giá mặt 19.000 đồng", "19.000", 19000, "money", "đồng", subject="giá mặt một bộ tem"),
    F("rao bán 70.000-80.000 đồng", "70.000", 70000, "money", "đồng", value_max=80000,
      subject="giá rao bán bộ tem trên mạng xã hội"),
    F("phát hành 13 bộ tem", "13", 13, "count", "bộ tem", subject="bộ tem phát hành", period=Y24),
    F("với 34 mẫu", "34", 34, "count", "mẫu", subject="mẫu tem phát hành", period=Y24),
    F("khoảng 48 tỷ đồng", "48", 48e9, "money", "đồng", approx="about", subject="doanh thu tem sưu tập",
      period=Y24),
    F("khoảng 60.000 người", "60.000", 60000, "count", "người", approx="about",
      subject="người chơi tem thường xuyên"),
    F("hơn 40% dưới", "40", 40, "percent", "%", approx="over", subject="người chơi tem dưới 30 tuổi"),
    F("dưới 30 tuổi", "30", 30, "measure", "tuổi", approx="under", subject="tuổi người chơi tem",
      optional=True),
    F("có 42 chi hội", "42", 42, "count", "chi hội", subject="chi hội của Hội Tem Việt Nam"),
    F("hơn 3.500 hội viên", "3.500", 3500, "count", "hội viên", approx="over",
      subject="hội viên Hội Tem Việt Nam"),
    F("khoảng 80.000 bộ", "80.000", 80000, "count", "bộ", approx="about", status="forecast",
      subject="số lượng bộ tem Kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh",
      period=period("năm 2025", "2025-01-01", "2025-12-31")),
]

NOTES = [
    "Probe 798. National newspaper (VnExpress style), Thứ hai 28/4/2025, national (Việt Nam) with Hà Nội and TP HCM items.",
    "Headline/lead 'sau ba ngày' (time to sell out) optional; 'gấp 4 lần giá mặt' with no amount is a multiple;",
    "'gấp 3 lần ngày thường' after a range is its change (lần); 'nhiều hơn khoảng 50% so với' is the change of 120.000 bộ.",
    "'hơn 40% dưới 30 tuổi' is a share of another whole (percent figure); '30 tuổi' threshold optional. The next stamp's",
    "80.000 bộ is a forecast ('dự kiến'), period the plan year 2025 (same sentence). Not figures: '50 năm', '135 năm' (names),",
    "'ngày 25/4', 'ngày 19/5', addresses 'số 2 Công xã Paris, quận 1', '75 Đinh Tiên Hoàng', time 07:30 (GMT+7).",
]

if __name__ == "__main__":
    write("p798-6", TEXT, NOTES, FIGS, published="2025-04-28", location="Việt Nam")
