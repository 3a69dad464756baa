"""p1567-1: province portal (Ninh Bình): sedge slippers (dép cói) of huyện Kim Sơn, 9 months of 2024."""
from lib import F, period, inherit, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NINH BÌNH
Trang chủ > Tin tức > Kinh tế

Kim Sơn: Xuất khẩu dép cói 9 tháng đạt gần 18 triệu USD

Cập nhật: 14/10/2024 08:35 | Lượt xem: 1.986

Theo UBND huyện Kim Sơn, 9 tháng đầu năm 2024, các doanh nghiệp, hợp tác xã trên địa bàn huyện sản xuất khoảng 6,4 triệu đôi dép cói, dép lê khách sạn, tăng 11,5% so với cùng kỳ năm 2023. Kim ngạch xuất khẩu ước đạt 17,8 triệu USD, bằng 76% kế hoạch năm. Thị trường Nhật Bản chiếm 42% kim ngạch, tiếp đến là Hàn Quốc và châu Âu.

Toàn huyện hiện có 38 doanh nghiệp, 15 hợp tác xã và hơn 2.300 hộ tham gia sản xuất dép cói, thu hút trên 9.000 lao động, chủ yếu là phụ nữ. Thu nhập của lao động làm dép từ 4,5 đến 6 triệu đồng/người/tháng.

Tại xã Kim Chính, Hợp tác xã Cói Thành Lợi có 120 thành viên, mỗi ngày xuất xưởng khoảng 3.500 đôi dép. Từ đầu năm đến nay, hợp tác xã đã ký 14 đơn hàng với tổng giá trị 9,2 tỷ đồng, cao hơn 2,1 tỷ đồng so với cùng kỳ. Giá thu mua cói nguyên liệu hiện ở mức 9.000-11.000 đồng/kg, tăng khoảng 1.500 đồng so với đầu năm.

Quý IV, huyện phấn đấu xuất khẩu thêm 5,5 triệu USD, đưa kim ngạch cả năm lên trên 23 triệu USD. UBND huyện dự kiến hỗ trợ 50% kinh phí cho ba hợp tác xã tham gia Hội chợ Làng nghề Việt Nam 2024 tại Hà Nội theo Quyết định số 1875/QĐ-UBND ngày 02/8/2024.

Tin liên quan:
- Ninh Bình: Hội nghị kết nối tiêu thụ sản phẩm OCOP năm 2024
- Kim Sơn tổ chức Lễ hội Cói lần thứ nhất
"""

NINE_H = period("9 tháng", "2024-01-01", "2024-09-30")
NINE = period("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Q4 = period("Quý IV", "2024-10-01", "2024-12-31")
YEAR = period("cả năm", "2024-01-01", "2024-12-31")

FIGS = [
    F("đạt gần 18 triệu", "18", 18e6, "money", "USD", approx="nearly",
      subject="xuất khẩu dép cói", period=NINE_H),
    F("khoảng 6,4 triệu đôi", "6,4", 6.4e6, "count", "đôi", approx="about",
      change=change("increase", 11.5, "%", "cùng kỳ năm 2023"),
      subject="dép cói, dép lê khách sạn các doanh nghiệp, hợp tác xã sản xuất", period=NINE),
    F("ước đạt 17,8 triệu", "17,8", 17.8e6, "money", "USD", status="estimate", percent=76,
      subject="kim ngạch xuất khẩu", period=inherit(NINE)),
    F("chiếm 42%", "42", 42, "percent", "%",
      subject="tỷ trọng thị trường Nhật Bản trong kim ngạch xuất khẩu", period=inherit(NINE)),
    F("có 38 doanh nghiệp", "38", 38, "count", "doanh nghiệp", subject="doanh nghiệp tham gia sản xuất dép cói"),
    F("15 hợp tác xã", "15", 15, "count", "hợp tác xã", subject="hợp tác xã tham gia sản xuất dép cói"),
    F("hơn 2.300 hộ", "2.300", 2300, "count", "hộ", approx="over", subject="hộ tham gia sản xuất dép cói"),
    F("trên 9.000 lao động", "9.000", 9000, "count", "lao động", approx="over",
      subject="lao động sản xuất dép cói"),
    F("từ 4,5 đến 6 triệu", "4,5", 4.5e6, "money", "đồng/người/tháng", value_max=6e6,
      subject="thu nhập của lao động làm dép"),
    F("có 120 thành viên", "120", 120, "count", "thành viên", subject="thành viên Hợp tác xã Cói Thành Lợi"),
    F("khoảng 3.500 đôi", "3.500", 3500, "measure", "đôi/ngày", approx="about",
      subject="dép hợp tác xã xuất xưởng mỗi ngày"),
    F("ký 14 đơn hàng", "14", 14, "count", "đơn hàng", subject="đơn hàng hợp tác xã đã ký", period=YTD),
    F("giá trị 9,2 tỷ", "9,2", 9.2e9, "money", "đồng",
      change=change("increase", 2.1e9, "đồng", "cùng kỳ"),
      subject="tổng giá trị đơn hàng", period=YTD),
    F("mức 9.000-11.000", "9.000", 9000, "money", "đồng/kg", value_max=11000,
      change=change("increase", 1500, "đồng", "đầu năm", approx="about"),
      subject="giá thu mua cói nguyên liệu"),
    F("thêm 5,5 triệu", "5,5", 5.5e6, "money", "USD", status="target",
      subject="xuất khẩu thêm", period=Q4),
    F("trên 23 triệu", "23", 23e6, "money", "USD", approx="over", status="target",
      subject="kim ngạch xuất khẩu cả năm", period=YEAR),
    F("hỗ trợ 50%", "50", 50, "percent", "%", status="forecast",
      subject="kinh phí hỗ trợ hợp tác xã tham gia Hội chợ Làng nghề Việt Nam"),
    F("cho ba hợp tác xã", "ba", 3, "count", "hợp tác xã", status="forecast",
      subject="hợp tác xã tham gia Hội chợ Làng nghề Việt Nam được hỗ trợ"),
]

NOTES = [
    "Province portal (Ninh Bình): dép cói / dép lê khách sạn of huyện Kim Sơn, 9 months 2024.",
    "Breadcrumb, 'Cập nhật: 14/10/2024 08:35 | Lượt xem: 1.986' (published; counter not a figure), related links.",
    "Distractors: 08:35, 1.986, 'Hội chợ Làng nghề Việt Nam 2024', Quyết định số 1875/QĐ-UBND ngày 02/8/2024, 'lần thứ nhất', 'năm 2024' in a link.",
    "Headline '9 tháng ... đạt gần 18 triệu USD': own figure, 'đạt' (no 'ước') so actual; year-less '9 tháng' takes 2024 (published).",
    "Location Kim Sơn (district) throughout; xã Kim Chính is a commune of Kim Sơn. Nhật Bản is a trade partner, not a place.",
    "'bằng 76% kế hoạch năm' is the percent attribute of the 17,8 triệu USD; 'Thị trường Nhật Bản chiếm 42% kim ngạch' has no",
    "figure of its own before it in its sentence, so it is a percent figure. 'mỗi ngày ... khoảng 3.500 đôi' is a rate (đôi/ngày).",
    "'cao hơn 2,1 tỷ đồng so với cùng kỳ' and 'tăng khoảng 1.500 đồng so với đầu năm' are changes in đồng.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-10-14. 'Quý IV' → 2024; 'phấn đấu' governs both clauses (target).",
    "'dự kiến hỗ trợ 50% kinh phí cho ba hợp tác xã' → forecast; 50% stands alone (no base amount), a percent figure.",
]

if __name__ == "__main__":
    write("p1567-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Kim Sơn")
