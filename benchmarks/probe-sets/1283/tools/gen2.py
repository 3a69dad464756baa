"""p1283-2: district portal (huyện Lục Ngạn, Bắc Giang): a cooperative's lychee juice; the district's lychee processing."""
from lib import F, period, inherit, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LỤC NGẠN
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

HTX Nông sản Phượng Sơn nâng giá trị vải thiều bằng nước ép đóng chai

21/08/2024 - 10:20

Thành lập năm 2019 với 7 thành viên, đến nay HTX Nông sản Phượng Sơn (xã Phượng Sơn) đã có 23 thành viên và liên kết với 85 hộ trồng vải. Năm 2022, HTX đầu tư dây chuyền thanh trùng, chiết rót nước ép vải với tổng vốn gần 4,5 tỷ đồng, trong đó vốn hỗ trợ từ chương trình khuyến công của tỉnh là 1,2 tỷ đồng. Dây chuyền có công suất 1.500 chai/ngày.

Vụ vải năm nay, HTX thu mua khoảng 60 tấn vải tươi, sản xuất hơn 48.000 chai nước ép vải loại 330 ml, giá bán 35.000 đồng/chai. Doanh thu từ nước ép ước đạt 1,6 tỷ đồng, gấp đôi năm 2023. Sản phẩm hiện có mặt tại hai chuỗi siêu thị và 40 cửa hàng nông sản sạch ở các tỉnh lân cận.

Theo UBND huyện, toàn huyện có trên 28.000 ha vải thiều, sản lượng năm 2024 ước đạt 180 nghìn tấn, trong đó khoảng 5% được đưa vào chế biến. Hiện huyện có 3 cơ sở sản xuất nước ép vải, gồm 2 hợp tác xã và 1 doanh nghiệp. Mục tiêu đến năm 2025, huyện phấn đấu nâng tỷ lệ vải qua chế biến lên 10%.

Năm 2025, HTX dự kiến đầu tư thêm một kho lạnh dung tích 200 tấn để kéo dài thời gian chế biến từ 2 tháng lên 5 tháng.

Nguồn: Phòng Nông nghiệp và PTNT huyện

Tin khác:
- Lục Ngạn: Phiên giao dịch vải thiều lần thứ 3 năm 2024
- Hội nghị xúc tiến tiêu thụ vải thiều tại TP Hồ Chí Minh

UBND HUYỆN LỤC NGẠN - Địa chỉ: Tổ dân phố Thanh Hùng, thị trấn Chũ - ĐT: 0204.3882.246
"""

Y19 = period("năm 2019", "2019-01-01", "2019-12-31")
Y22 = period("Năm 2022", "2022-01-01", "2022-12-31")
NOW = period("Vụ vải năm nay", "2024-01-01", "2024-12-31")
Y24 = period("năm 2024", "2024-01-01", "2024-12-31")
TO25 = period("đến năm 2025", None, "2025-12-31")
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")
HTX = "HTX Nông sản Phượng Sơn"

FIGS = [
    F("với 7 thành viên", "7", 7, "count", "thành viên", subject=f"thành viên {HTX} khi thành lập", period=Y19),
    F("có 23 thành viên", "23", 23, "count", "thành viên", subject=f"thành viên {HTX}"),
    F("với 85 hộ", "85", 85, "count", "hộ", subject="hộ trồng vải liên kết với HTX"),
    F("gần 4,5 tỷ", "4,5", 4.5e9, "money", "đồng", approx="nearly",
      subject="tổng vốn đầu tư dây chuyền thanh trùng, chiết rót nước ép vải", period=Y22),
    F("là 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", total=4.5e9,
      subject="vốn hỗ trợ từ chương trình khuyến công của tỉnh", period=Y22),
    F("1.500 chai/ngày", "1.500", 1500, "measure", "chai/ngày", subject="công suất dây chuyền"),
    F("khoảng 60 tấn", "60", 60, "measure", "tấn", approx="about", subject="vải tươi HTX thu mua", period=NOW),
    F("hơn 48.000 chai", "48.000", 48000, "count", "chai", approx="over", subject="nước ép vải HTX sản xuất",
      period=NOW),
    F("loại 330 ml", "330", 330, "measure", "ml", optional=True),
    F("35.000 đồng/chai", "35.000", 35000, "money", "đồng/chai", subject="giá bán nước ép vải", period=NOW),
    F("ước đạt 1,6 tỷ", "1,6", 1.6e9, "money", "đồng", status="estimate",
      change=change("increase", 2, "lần", "năm 2023"), subject="doanh thu từ nước ép", period=inherit(NOW)),
    F("hai chuỗi siêu thị", "hai", 2, "count", "chuỗi siêu thị", subject="chuỗi siêu thị có sản phẩm"),
    F("và 40 cửa hàng", "40", 40, "count", "cửa hàng", subject="cửa hàng nông sản sạch có sản phẩm"),
    F("trên 28.000 ha", "28.000", 28000, "measure", "ha", approx="over", subject="diện tích vải thiều"),
    F("ước đạt 180 nghìn", "180", 180000, "measure", "tấn", status="estimate",
      subject="sản lượng vải thiều", period=Y24),
    F("khoảng 5%", "5", 5, "percent", "%", approx="about", status="estimate",
      subject="sản lượng vải được đưa vào chế biến", period=Y24),
    F("có 3 cơ sở", "3", 3, "count", "cơ sở", subject="cơ sở sản xuất nước ép vải"),
    F("gồm 2 hợp tác xã", "2", 2, "count", "hợp tác xã", total=3, subject="hợp tác xã sản xuất nước ép vải"),
    F("và 1 doanh nghiệp", "1", 1, "count", "doanh nghiệp", total=3, subject="doanh nghiệp sản xuất nước ép vải"),
    F("lên 10%", "10", 10, "percent", "%", status="target", subject="tỷ lệ vải qua chế biến", period=TO25),
    F("thêm một kho lạnh", "một", 1, "count", "kho lạnh", status="forecast", subject="kho lạnh HTX đầu tư thêm",
      period=Y25),
    F("dung tích 200 tấn", "200", 200, "measure", "tấn", status="forecast", subject="dung tích kho lạnh",
      period=Y25),
    F("từ 2 tháng", "2", 2, "measure", "tháng", optional=True),
    F("lên 5 tháng", "5", 5, "measure", "tháng", status="forecast", subject="thời gian chế biến", period=Y25),
]

NOTES = [
    "District portal (huyện Lục Ngạn, Bắc Giang): a cooperative's lychee juice line and the district's lychee processing.",
    "Dateline '21/08/2024 - 10:20' under the headline; footer address and phone; 'Tin khác' links.",
    "Distractors: 10:20, 'lần thứ 3 năm 2024', 'Tổ dân phố Thanh Hùng', phone 0204.3882.246; 'năm 2019' is a period.",
    "Location: the district (a commune is not a place of the contract); the HTX sits in xã Phượng Sơn, huyện Lục Ngạn.",
    "'Thành lập năm 2019 với 7 thành viên' → 7 has period năm 2019; 'đến nay ... 23 thành viên' has no dated period.",
    "'trong đó vốn hỗ trợ ... là 1,2 tỷ đồng' → total 4,5 tỷ; 'gồm 2 hợp tác xã và 1 doanh nghiệp' → total 3.",
    "'Vụ vải năm nay' → 2024 (published); the revenue sentence after it inherits it; 'gấp đôi năm 2023' is a change of 2 lần.",
    "'trong đó khoảng 5% được đưa vào chế biến' is a percent figure of its own and continues the 'ước đạt' clause (estimate).",
    "'Mục tiêu đến năm 2025 ... phấn đấu' → target, start null. 'dự kiến' governs the whole last sentence (forecast).",
    "Optional: the bottle size '330 ml' (product spec) and the old value in 'từ 2 tháng lên 5 tháng'.",
]

if __name__ == "__main__":
    write("p1283-2", TEXT, NOTES, FIGS, published="2024-08-21", location="Lục Ngạn")
