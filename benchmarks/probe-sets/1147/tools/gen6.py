"""p1147-6: national newspaper, TP Hồ Chí Minh: ride-hailing drivers switch to battery swapping (Sep 2024)."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự > Giao thông

Thứ năm, 12/9/2024, 06:00 (GMT+7)

Tài xế công nghệ chuộng đổi pin thay vì sạc

Hơn 25.000 tài xế ở TP HCM đã dùng dịch vụ đổi pin, mỗi lượt chưa tới 3 phút, rẻ hơn đổ xăng khoảng 40%.

Mỗi ngày, anh Lê Văn Phúc, tài xế xe ôm công nghệ ở quận Bình Thạnh, chạy khoảng 150 km và ghé trạm đổi pin hai lần. "Thuê pin 350.000 đồng/tháng, mỗi lượt đổi trả thêm 9.000 đồng, tính ra mỗi tháng tôi tiết kiệm hơn 1 triệu đồng", anh nói.

Theo một doanh nghiệp vận hành mạng lưới đổi pin, tính đến cuối tháng 8, hệ thống của họ có 320 trạm tại TP HCM, tăng 120 trạm so với đầu năm, phục vụ hơn 25.000 khách hàng thường xuyên. Bình quân mỗi ngày mạng lưới ghi nhận khoảng 42.000 lượt đổi pin, ngày cao điểm lên tới 55.000 lượt.

Sở Giao thông vận tải TP HCM cho biết thành phố hiện có hơn 7,4 triệu xe máy, trong đó khoảng 212.000 xe máy điện. Theo đề án đang lấy ý kiến, đến năm 2030 thành phố dự kiến chuyển đổi 400.000 xe máy xăng của tài xế công nghệ sang xe điện, với mức hỗ trợ lãi suất vay mua xe 6%/năm.

Cùng với sự phát triển, nguy cơ cháy nổ pin cũng được cảnh báo. 8 tháng năm 2024, TP HCM xảy ra 23 vụ cháy do xe điện, gấp 1,5 lần cùng kỳ. Các chuyên gia khuyến cáo không sạc quá 8 tiếng và không để pin cạn dưới 20% dung lượng.

Hoài Thu
"""

ASOF = P("tính đến cuối tháng 8", None, "2024-08-31")
T30 = P("đến năm 2030", None, "2030-12-31")
E8 = P("8 tháng năm 2024", "2024-01-01", "2024-08-31")

FIGS = [
    F("Hơn 25.000 tài xế", "25.000", 25000, "count", "tài xế", approx="over",
      subject="tài xế dùng dịch vụ đổi pin"),
    F("chưa tới 3 phút", "3", 3, "measure", "phút", approx="under", subject="thời gian mỗi lượt đổi pin"),
    F("xăng khoảng 40%", "40", 40, "percent", "%", approx="about",
      subject="chi phí đổi pin rẻ hơn đổ xăng"),
    F("khoảng 150 km", "150", 150, "measure", "km", approx="about",
      subject="quãng đường anh Lê Văn Phúc chạy mỗi ngày", location="Bình Thạnh"),
    F("pin hai lần", "hai", 2, "count", "lần", subject="lần ghé trạm đổi pin mỗi ngày", location="Bình Thạnh"),
    F("350.000 đồng/tháng", "350.000", 350000, "money", "đồng/tháng", subject="giá thuê pin",
      location="Bình Thạnh"),
    F("thêm 9.000 đồng", "9.000", 9000, "money", "đồng", subject="giá mỗi lượt đổi pin",
      location="Bình Thạnh"),
    F("hơn 1 triệu", "1", 1000000, "money", "đồng", approx="over",
      subject="tiền tiết kiệm mỗi tháng", location="Bình Thạnh"),
    F("có 320 trạm", "320", 320, "count", "trạm", change=C("increase", 120, "trạm", "đầu năm"),
      subject="trạm đổi pin của doanh nghiệp vận hành mạng lưới", period=ASOF),
    F("hơn 25.000 khách", "25.000", 25000, "count", "khách hàng", approx="over",
      subject="khách hàng thường xuyên của mạng lưới đổi pin", period=ASOF),
    F("khoảng 42.000 lượt", "42.000", 42000, "count", "lượt đổi pin", approx="about",
      subject="lượt đổi pin bình quân mỗi ngày của mạng lưới"),
    F("lên tới 55.000 lượt", "55.000", 55000, "count", "lượt",
      subject="lượt đổi pin ngày cao điểm"),
    F("hơn 7,4 triệu", "7,4", 7400000, "count", "xe máy", approx="over", subject="xe máy"),
    F("khoảng 212.000 xe", "212.000", 212000, "count", "xe máy điện", approx="about", total=7400000,
      subject="xe máy điện"),
    F("chuyển đổi 400.000 xe", "400.000", 400000, "count", "xe máy xăng", status="forecast",
      subject="xe máy xăng của tài xế công nghệ chuyển đổi sang xe điện", period=T30),
    F("vay mua xe 6%/năm", "6", 6, "percent", "%", status="forecast",
      subject="mức hỗ trợ lãi suất vay mua xe", period=T30),
    F("ra 23 vụ", "23", 23, "count", "vụ cháy", change=C("increase", 1.5, "lần", "cùng kỳ"),
      subject="vụ cháy do xe điện", period=E8),
    F("quá 8 tiếng", "8", 8, "measure", "tiếng", approx="at_most", optional=True,
      subject="thời gian sạc khuyến cáo"),
    F("dưới 20% dung lượng", "20", 20, "percent", "%", approx="under", optional=True,
      subject="mức pin khuyến cáo"),
]

NOTES = [
    "National newspaper (VnExpress-like): section breadcrumb, 'Thứ năm, 12/9/2024, 06:00 (GMT+7)', sapo, byline 'Hoài Thu' at the end.",
    "Default location TP Hồ Chí Minh; the driver in quận Bình Thạnh gets Bình Thạnh for his own figures (his quote included).",
    "Distractors: time 06:00, '(GMT+7)', 'cuối tháng 8' and 'đầu năm' as dates, 'năm 2030'.",
    "The sapo repeats '25.000' for drivers; the body's 'hơn 25.000 khách hàng' is its own figure (both required).",
    "'tính đến cuối tháng 8' takes 2024 from the dateline. 'tăng 120 trạm so với đầu năm' → change of 320 trạm.",
    "'Bình quân mỗi ngày ... khoảng 42.000 lượt' and 'ngày cao điểm lên tới 55.000 lượt': daily flows, count (no '/ngày' written).",
    "'lên tới' is not one of the spec's approx words: exact. 'khoảng 212.000 xe máy điện' after 'trong đó' → total 7,4 triệu.",
    "'dự kiến' governs the 400.000 and the '6%/năm' support in the same sentence → forecast; period 'đến năm 2030'.",
    "Advice thresholds 'không sạc quá 8 tiếng', 'dưới 20% dung lượng' are optional (rules, not facts about the world).",
    "'gấp 1,5 lần cùng kỳ' after 23 vụ is its change (unit lần, baseline cùng kỳ).",
]

if __name__ == "__main__":
    write("p1147-6", TEXT, NOTES, FIGS, published="2024-09-12", location="TP Hồ Chí Minh")
