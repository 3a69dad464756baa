"""p1084-2: Lục Ngạn district portal (Bắc Giang), lychee season 2023 sold via livestream."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LỤC NGẠN
Trang chủ | Tin tức - Sự kiện | Kinh tế - Xã hội
Thứ Ba, 04/07/2023 - 15:30

Livestream giúp vải thiều Lục Ngạn "cháy hàng" trên sàn thương mại điện tử

Vụ vải thiều năm 2023, huyện Lục Ngạn có khoảng 17.500 ha vải, sản lượng ước đạt 95.000 tấn. Tính đến ngày 30/6/2023, toàn huyện đã tiêu thụ được 78.000 tấn, trong đó khoảng 4.600 tấn được bán qua các nền tảng thương mại điện tử và livestream, chiếm 5,9% sản lượng đã tiêu thụ, gấp 2 lần so với vụ năm 2022.

Tại xã Phượng Sơn, Tổ hợp tác vải thiều thôn Đồng Giao duy trì đều đặn 2 phiên livestream mỗi ngày trên TikTok và Facebook. Mỗi phiên kéo dài từ 2 đến 3 giờ, chốt từ 300 đến 450 đơn hàng, mỗi đơn từ 2 đến 5 kg. Anh Nguyễn Văn Ba, thành viên tổ hợp tác, cho biết nhờ bán trực tuyến, giá vải bán lẻ đạt 28.000 đồng/kg, cao hơn 6.000 đồng/kg so với giá bán tại các điểm cân.

Để hỗ trợ nông dân, từ tháng 3 đến nay, Phòng Kinh tế - Hạ tầng huyện phối hợp với Bưu điện tỉnh tổ chức 8 lớp tập huấn cho 520 hộ trồng vải về kỹ năng livestream, đóng gói và vận chuyển. Ngoài ra, huyện đã hỗ trợ 35 hợp tác xã mở gian hàng trên sàn Postmart và Voso, nâng tổng số gian hàng trực tuyến của huyện lên 112 gian hàng.

Dự kiến đến hết vụ, lượng vải bán qua kênh trực tuyến đạt khoảng 6.000 tấn. Huyện phấn đấu đến năm 2025 có ít nhất 50% hộ trồng vải biết bán hàng qua mạng xã hội.

Địa chỉ: Thị trấn Chũ, huyện Lục Ngạn, tỉnh Bắc Giang. Điện thoại: 0204.3882.270.
"""

Y23 = P("Vụ vải thiều năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("Tính đến ngày 30/6/2023", None, "2023-06-30")
SINCE3 = P("từ tháng 3 đến nay", "2023-03-01", "2023-07-04")
TO25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("khoảng 17.500 ha", "17.500", 17500, "measure", "ha", "diện tích vải thiều", Y23, approx="about"),
    F("ước đạt 95.000 tấn", "95.000", 95000, "measure", "tấn", "sản lượng vải thiều", Y23,
      status="estimate"),
    F("tiêu thụ được 78.000 tấn", "78.000", 78000, "measure", "tấn", "sản lượng vải đã tiêu thụ", ASOF),
    F("khoảng 4.600 tấn", "4.600", 4600, "measure", "tấn",
      "vải bán qua các nền tảng thương mại điện tử và livestream", ASOF, approx="about",
      total=78000, percent=5.9, change=C("increase", 2, "lần", "vụ năm 2022")),
    F("đặn 2 phiên livestream mỗi ngày", "2", 2, "measure", "phiên livestream/ngày",
      "phiên livestream của Tổ hợp tác vải thiều thôn Đồng Giao"),
    F("từ 2 đến 3 giờ", "2", 2, "measure", "giờ", "thời lượng mỗi phiên livestream", value_max=3),
    F("từ 300 đến 450 đơn hàng", "300", 300, "measure", "đơn hàng/phiên",
      "đơn hàng chốt mỗi phiên livestream", value_max=450),
    F("từ 2 đến 5 kg", "2", 2, "measure", "kg/đơn", "khối lượng vải mỗi đơn hàng", value_max=5),
    F("đạt 28.000 đồng/kg", "28.000", 28000, "money", "đồng/kg", "giá vải bán lẻ trực tuyến",
      change=C("increase", 6000, "đồng/kg", "giá bán tại các điểm cân")),
    F("tổ chức 8 lớp tập huấn", "8", 8, "count", "lớp tập huấn",
      "lớp tập huấn kỹ năng livestream, đóng gói và vận chuyển", SINCE3),
    F("cho 520 hộ trồng vải", "520", 520, "count", "hộ trồng vải", "hộ trồng vải được tập huấn", SINCE3),
    F("hỗ trợ 35 hợp tác xã", "35", 35, "count", "hợp tác xã",
      "hợp tác xã được hỗ trợ mở gian hàng trên sàn Postmart và Voso", I(SINCE3)),
    F("lên 112 gian hàng", "112", 112, "count", "gian hàng", "tổng số gian hàng trực tuyến của huyện"),
    F("đạt khoảng 6.000 tấn", "6.000", 6000, "measure", "tấn", "lượng vải bán qua kênh trực tuyến",
      approx="about", status="forecast"),
    F("ít nhất 50% hộ trồng vải", "50", 50, "percent", "%",
      "hộ trồng vải biết bán hàng qua mạng xã hội", TO25, approx="at_least", status="target"),
]

NOTES = [
    "District portal of Lục Ngạn (Bắc Giang), invented: lychee season 2023 and livestream/e-commerce sales.",
    "'gấp 2 lần so với vụ năm 2022' attached to 4.600 tấn is read as its change (increase, 2 lần), like 'tăng 2,8 lần so với cùng kỳ'.",
    "Commune-level figures (xã Phượng Sơn) take the district Lục Ngạn as location. Rates per session/order keep the denominator in the unit.",
    "'Dự kiến đến hết vụ' is no calendar period: none. 'Ngoài ra' sentence inherits 'từ tháng 3 đến nay'; '112 gian hàng' (a stock now) has none.",
    "Distractors: 'Thứ Ba, 04/07/2023 - 15:30', person 'Nguyễn Văn Ba', 'Thị trấn Chũ', phone 0204.3882.270.",
]

write("p1084-2", TEXT, FIGS, NOTES, published="2023-07-04", location="Lục Ngạn")
