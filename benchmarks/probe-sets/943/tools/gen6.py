"""p943-6: national newspaper (VnExpress style), tre lấy măng in Lâm Đồng, March 2025."""
from lib import F, P, I, C, T, emit

TEXT = """Kinh doanh > Nông nghiệp
Thứ năm, 13/3/2025, 06:30 (GMT+7)

Nông dân Di Linh thu tiền tỷ nhờ tre lấy măng

Trồng 5 ha tre Điền Trúc xen cà phê, ông K'Brơi ở xã Gia Bắc, huyện Di Linh (Lâm Đồng) mỗi năm thu khoảng 60 tấn măng, lãi hơn 1,2 tỷ đồng.

Vườn tre của ông nằm sát Quốc lộ 28, cho măng quanh năm, rộ nhất từ tháng 5 đến tháng 10. Năm 2024, giá măng tươi bán cho doanh nghiệp bình quân 9.500 đồng/kg, cao hơn 20% so với năm 2023. Theo ông, chi phí phân bón, nhân công chiếm khoảng 35% doanh thu.

Theo Sở Nông nghiệp và Phát triển nông thôn Lâm Đồng, toàn tỉnh hiện có khoảng 3.200 ha tre lấy măng, tập trung ở Di Linh (1.150 ha), Bảo Lâm (980 ha) và Đạ Huoai (620 ha). Năm 2024, sản lượng măng tươi toàn tỉnh đạt 41.000 tấn, giá trị khoảng 350 tỷ đồng.

Công ty TNHH Nông sản Lâm Viên (Lâm Đồng) hiện thu mua 25-30 tấn măng tươi mỗi ngày để luộc, đóng túi hút chân không xuất sang Nhật Bản, Hàn Quốc. Năm 2024, công ty xuất khẩu 2.850 tấn măng thành phẩm, doanh thu 112 tỷ đồng; dự kiến năm nay doanh thu tăng lên 150 tỷ đồng khi nhà máy thứ hai đi vào hoạt động. Công ty đang sử dụng 140 lao động, thu nhập bình quân 8,2 triệu đồng/người/tháng.

Theo ông Nguyễn Văn Tám, Phó giám đốc công ty, mỗi tấn măng luộc xuất sang Nhật Bản có giá khoảng 1.450 USD, cao hơn nhiều so với bán trong nước. "Chúng tôi mới đáp ứng được khoảng 60% đơn hàng", ông nói.

Khánh Lâm
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm nay", "2025-01-01", "2025-12-31")

FIGS = [
    F("Trồng 5 ha", "5", 5, "measure", "ha", "diện tích tre Điền Trúc của ông K'Brơi", location="Di Linh"),
    F("khoảng 60 tấn", "60", 60, "measure", "tấn/năm", "măng ông K'Brơi thu mỗi năm", approx="about",
      location="Di Linh"),
    F("hơn 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "lãi từ măng của ông K'Brơi", approx="over",
      location="Di Linh"),
    F("bình quân 9.500 đồng/kg", "9.500", 9500, "money", "đồng/kg", "giá măng tươi bán cho doanh nghiệp", Y24,
      change=C("increase", 20, baseline="năm 2023"), location="Di Linh"),
    F("khoảng 35%", "35", 35, "percent", "%", "chi phí phân bón, nhân công trong doanh thu", approx="about",
      location="Di Linh"),
    F("khoảng 3.200 ha", "3.200", 3200, "measure", "ha", "diện tích tre lấy măng", approx="about"),
    F("Di Linh (1.150 ha)", "1.150", 1150, "measure", "ha", "diện tích tre lấy măng", location="Di Linh"),
    F("Bảo Lâm (980 ha)", "980", 980, "measure", "ha", "diện tích tre lấy măng", location="Bảo Lâm"),
    F("Đạ Huoai (620 ha)", "620", 620, "measure", "ha", "diện tích tre lấy măng", location="Đạ Huoai"),
    F("đạt 41.000 tấn", "41.000", 41000, "measure", "tấn", "sản lượng măng tươi", Y24),
    F("khoảng 350 tỷ đồng", "350", 350e9, "money", "đồng", "giá trị sản lượng măng tươi", Y24, approx="about"),
    F("thu mua 25-30 tấn", "25", 25, "measure", "tấn/ngày", "măng tươi công ty thu mua mỗi ngày", value_max=30),
    F("xuất khẩu 2.850 tấn", "2.850", 2850, "measure", "tấn", "măng thành phẩm công ty xuất khẩu", Y24),
    F("doanh thu 112 tỷ đồng", "112", 112e9, "money", "đồng", "doanh thu của công ty", Y24),
    F("lên 150 tỷ đồng", "150", 150e9, "money", "đồng", "doanh thu của công ty", Y25, status="forecast"),
    F("sử dụng 140 lao động", "140", 140, "count", "lao động", "lao động của công ty"),
    F("8,2 triệu đồng/người/tháng", "8,2", 8.2e6, "money", "đồng/người/tháng", "thu nhập bình quân của lao động"),
    F("khoảng 1.450 USD", "1.450", 1450, "money", "USD/tấn", "giá mỗi tấn măng luộc xuất sang Nhật Bản",
      approx="about"),
    F("khoảng 60% đơn hàng", "60", 60, "percent", "%", "tỷ lệ đơn hàng công ty đáp ứng được", approx="about"),
]

NOTES = [
    "National newspaper style (VnExpress-like), invented; dateline 'Thứ năm, 13/3/2025, 06:30 (GMT+7)', byline at the end.",
    "Not figures: Quốc lộ 28, 'từ tháng 5 đến tháng 10' (season), 'nhà máy thứ hai' (ordinal), the name Nguyễn Văn Tám, 06:30.",
    "Per-unit amounts written with 'mỗi' keep the denominator in the unit (tấn/năm, tấn/ngày, USD/tấn).",
    "The farmer's figures are located in Di Linh (district named with him); the district list does not add up to 3.200 ha and has",
    "no part-of cue ('tập trung ở'): no total. Company figures -> Lâm Đồng. 'dự kiến năm nay ... tăng lên 150 tỷ' -> forecast,",
    "no change value ('tăng lên' gives the new level).",
]

if __name__ == "__main__":
    emit("p943-6", TEXT, FIGS, NOTES, published="2025-03-13", location="Lâm Đồng")
