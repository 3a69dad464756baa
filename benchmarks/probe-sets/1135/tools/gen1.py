"""p1135-1: Quảng Ngãi province portal, 9 months 2024, women net weavers/menders in coastal communes."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội

Quảng Ngãi: Nghề đan, vá lưới tạo việc làm cho gần 4.000 lao động nữ ven biển

Cập nhật: 21/10/2024 14:20 | Lượt xem: 2.318

(quangngai.gov.vn) - Theo Sở Lao động - Thương binh và Xã hội, 9 tháng đầu năm 2024, nghề đan, vá lưới tại các xã ven biển của tỉnh Quảng Ngãi đã thu hút 4.650 lao động, tăng 8,3% so với cùng kỳ năm 2023; trong đó lao động nữ 3.920 người, chiếm 84,3%. Lao động tập trung chủ yếu ở thị xã Đức Phổ (1.580 người), huyện Bình Sơn (1.240 người) và huyện Lý Sơn (610 người).

Thu nhập bình quân của thợ đan lưới từ 180.000 đến 250.000 đồng/ngày; thợ vá lưới lành nghề làm theo đơn đặt hàng của chủ tàu có thể đạt 7-8 triệu đồng/người/tháng.

Tại xã Phổ Thạnh (thị xã Đức Phổ), Tổ hợp tác đan vá lưới số 2 hiện có 46 thành viên, đều là phụ nữ. Từ đầu năm đến nay, tổ đã nhận vá lưới cho 132 tàu cá, tổng chiều dài lưới đã vá khoảng 38.000 m, doanh thu hơn 1,4 tỷ đồng. "Mùa này mỗi chị em vá được 20-25 m lưới/ngày, trừ chi phí còn khoảng 200.000 đồng", bà Nguyễn Thị Hoa, Tổ trưởng cho biết.

Năm 2024, tỉnh ước đào tạo nghề đan, vá lưới cho 540 lao động nông thôn (18 lớp), đạt 90% kế hoạch. Học viên được hỗ trợ tiền ăn 30.000 đồng/người/ngày và tiền đi lại tối đa 200.000 đồng/người/khóa theo Quyết định số 46/2015/QĐ-TTg.

Năm 2025, tỉnh phấn đấu thành lập mới ít nhất 5 tổ hợp tác, hợp tác xã đan vá lưới, nâng thu nhập bình quân của lao động nghề lên trên 6 triệu đồng/người/tháng.
"""

NINE = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-21")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
LAB = "lao động nghề đan, vá lưới"

FIGS = [
    F("gần 4.000 lao động nữ", "4.000", 4000, "count", "lao động nữ", approx="nearly",
      subject="lao động nữ ven biển có việc làm từ nghề đan, vá lưới"),
    F("thu hút 4.650 lao động", "4.650", 4650, "count", "lao động",
      change=C("increase", 8.3, "%", "cùng kỳ năm 2023"),
      subject="lao động nghề đan, vá lưới tại các xã ven biển", period=NINE),
    F("nữ 3.920 người", "3.920", 3920, "count", "người", total=4650, percent=84.3,
      subject="lao động nữ nghề đan, vá lưới", period=NINE),
    F("Đức Phổ (1.580 người)", "1.580", 1580, "count", "người", subject=LAB, period=I(NINE), location="Đức Phổ"),
    F("Bình Sơn (1.240 người)", "1.240", 1240, "count", "người", subject=LAB, period=I(NINE), location="Bình Sơn"),
    F("Lý Sơn (610 người)", "610", 610, "count", "người", subject=LAB, period=I(NINE), location="Lý Sơn"),
    F("từ 180.000 đến 250.000", "180.000", 180000, "money", "đồng/ngày", value_max=250000,
      subject="thu nhập bình quân của thợ đan lưới"),
    F("đạt 7-8 triệu", "7", 7000000, "money", "đồng/người/tháng", value_max=8000000,
      subject="thu nhập thợ vá lưới lành nghề làm theo đơn đặt hàng của chủ tàu"),
    F("hiện có 46 thành viên", "46", 46, "count", "thành viên",
      subject="thành viên Tổ hợp tác đan vá lưới số 2", location="Đức Phổ"),
    F("cho 132 tàu cá", "132", 132, "count", "tàu cá", subject="tàu cá được tổ hợp tác nhận vá lưới",
      period=YTD, location="Đức Phổ"),
    F("khoảng 38.000 m", "38.000", 38000, "measure", "m", approx="about",
      subject="tổng chiều dài lưới đã vá", period=YTD, location="Đức Phổ"),
    F("hơn 1,4 tỷ", "1,4", 1400000000, "money", "đồng", approx="over",
      subject="doanh thu của tổ hợp tác đan vá lưới", period=YTD, location="Đức Phổ"),
    F("vá được 20-25 m", "20", 20, "measure", "m/ngày", value_max=25,
      subject="chiều dài lưới mỗi chị em vá được", location="Đức Phổ"),
    F("còn khoảng 200.000 đồng", "200.000", 200000, "money", "đồng", approx="about",
      subject="thu nhập mỗi chị em sau khi trừ chi phí", location="Đức Phổ"),
    F("cho 540 lao động", "540", 540, "count", "lao động nông thôn", percent=90, status="estimate",
      subject="lao động nông thôn được đào tạo nghề đan, vá lưới", period=Y24),
    F("(18 lớp)", "18", 18, "count", "lớp", status="estimate",
      subject="lớp đào tạo nghề đan, vá lưới", period=Y24),
    F("tiền ăn 30.000 đồng", "30.000", 30000, "money", "đồng/người/ngày",
      subject="hỗ trợ tiền ăn cho học viên"),
    F("tối đa 200.000 đồng", "200.000", 200000, "money", "đồng/người/khóa", approx="at_most",
      subject="hỗ trợ tiền đi lại cho học viên"),
    F("ít nhất 5 tổ", "5", 5, "count", "tổ hợp tác, hợp tác xã", approx="at_least", status="target",
      subject="tổ hợp tác, hợp tác xã đan vá lưới thành lập mới", period=Y25),
    F("trên 6 triệu", "6", 6000000, "money", "đồng/người/tháng", approx="over", status="target",
      subject="thu nhập bình quân của lao động nghề đan, vá lưới", period=Y25),
]

NOTES = [
    "Province portal (Quảng Ngãi): net weaving/mending employment, 9 months 2024. Breadcrumb, 'Cập nhật: 21/10/2024 14:20 | Lượt xem: 2.318'.",
    "Distractors: view counter 2.318, time 14:20, 'Tổ hợp tác đan vá lưới số 2' (a name), Quyết định số 46/2015/QĐ-TTg.",
    "District list in brackets (1.580 + 1.240 + 610 != 4.650, 'tập trung chủ yếu') gives no total; each item's district is its location.",
    "The Phổ Thạnh passage is placed in thị xã Đức Phổ (location of its figures). 'Từ đầu năm đến nay' ends at the published date.",
    "'(18 lớp)' is bracketed with no verb of its own, so the 'ước' estimate governs it too; 'đạt 90% kế hoạch' attaches to 540 across the bracket.",
    "Wages and support levels are standing statements without a period (none scored).",
]

if __name__ == "__main__":
    write("p1135-1", TEXT, NOTES, FIGS, published="2024-10-21", location="Quảng Ngãi")
