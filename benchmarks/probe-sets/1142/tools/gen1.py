"""p1142-1: Kiên Giang province portal, diving tourism at TP Phú Quốc (and huyện Kiên Hải), 9 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Du lịch - Dịch vụ

Phú Quốc: Gần 186.000 lượt khách lặn biển ngắm san hô trong 9 tháng

Cập nhật: 21/10/2024 14:32 | Lượt xem: 2.418

(kiengiang.gov.vn) - 9 tháng đầu năm 2024, các doanh nghiệp kinh doanh dịch vụ lặn biển tại TP Phú Quốc đã phục vụ 185.740 lượt khách, tăng 21,6% so với cùng kỳ năm 2023, đạt 84,4% kế hoạch năm. Trong đó, khách quốc tế 112.360 lượt, chiếm 60,5%; khách nội địa 73.380 lượt.

Thành phố hiện có 42 cơ sở được cấp phép kinh doanh dịch vụ lặn biển với 236 hướng dẫn viên lặn có chứng chỉ quốc tế. Các tour chủ yếu khai thác 31 điểm lặn, trong đó cụm đảo An Thới có 18 điểm, khu vực Gành Dầu 7 điểm. Vào mùa cao điểm, mỗi ngày có khoảng 60 đến 70 tàu đưa khách ra các điểm lặn; giá tour lặn ngắm san hô bằng ống thở từ 550.000 đến 950.000 đồng/khách, lặn bình khí có hướng dẫn viên khoảng 1,8 triệu đồng/lượt.

Theo Ban Quản lý Khu bảo tồn biển Phú Quốc, tổng diện tích rạn san hô của khu bảo tồn khoảng 473 ha, độ phủ san hô sống bình quân đạt 31,2%, giảm 2,4 điểm phần trăm so với năm 2020. Từ đầu năm đến nay, lực lượng chức năng đã lắp đặt mới 54 phao neo tàu tại các điểm lặn, phát hiện 17 vụ vi phạm (bẻ, lấy san hô, neo tàu trái phép), xử phạt hành chính 286 triệu đồng.

Tại huyện Kiên Hải, 5 điểm lặn ở quần đảo Nam Du đã được đưa vào khai thác, 9 tháng qua đón khoảng 9.400 lượt khách.

Năm 2025, TP Phú Quốc phấn đấu đón 280.000 lượt khách lặn biển, đồng thời đào tạo thêm ít nhất 50 hướng dẫn viên lặn; lần thứ 2 tổ chức Ngày hội bảo vệ rạn san hô vào tháng 6.
"""

HEAD = P("trong 9 tháng", "2024-01-01", "2024-09-30")
NINE = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-21")
NINE_KH = P("9 tháng qua", "2024-01-01", "2024-09-30")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Gần 186.000 lượt khách", "186.000", 186000, "count", "lượt khách", approx="nearly",
      subject="lượt khách lặn biển ngắm san hô", period=HEAD),
    F("phục vụ 185.740 lượt khách", "185.740", 185740, "count", "lượt khách", percent=84.4,
      change=C("increase", 21.6, "%", "cùng kỳ năm 2023"),
      subject="lượt khách được các doanh nghiệp kinh doanh dịch vụ lặn biển phục vụ", period=NINE),
    F("quốc tế 112.360 lượt", "112.360", 112360, "count", "lượt", total=185740, percent=60.5,
      subject="lượt khách quốc tế sử dụng dịch vụ lặn biển", period=I(NINE)),
    F("nội địa 73.380 lượt", "73.380", 73380, "count", "lượt", total=185740,
      subject="lượt khách nội địa sử dụng dịch vụ lặn biển", period=I(NINE)),
    F("hiện có 42 cơ sở", "42", 42, "count", "cơ sở",
      subject="cơ sở được cấp phép kinh doanh dịch vụ lặn biển"),
    F("với 236 hướng dẫn viên", "236", 236, "count", "hướng dẫn viên lặn",
      subject="hướng dẫn viên lặn có chứng chỉ quốc tế"),
    F("khai thác 31 điểm lặn", "31", 31, "count", "điểm lặn", subject="điểm lặn các tour khai thác"),
    F("có 18 điểm", "18", 18, "count", "điểm", total=31, subject="điểm lặn cụm đảo An Thới"),
    F("Gành Dầu 7 điểm", "7", 7, "count", "điểm", total=31, subject="điểm lặn khu vực Gành Dầu"),
    F("khoảng 60 đến 70 tàu", "60", 60, "measure", "tàu/ngày", value_max=70, approx="about",
      subject="tàu đưa khách ra các điểm lặn mỗi ngày vào mùa cao điểm"),
    F("từ 550.000 đến 950.000", "550.000", 550000, "money", "đồng/khách", value_max=950000,
      subject="giá tour lặn ngắm san hô bằng ống thở"),
    F("khoảng 1,8 triệu", "1,8", 1800000, "money", "đồng/lượt", approx="about",
      subject="giá lặn bình khí có hướng dẫn viên"),
    F("khoảng 473 ha", "473", 473, "measure", "ha", approx="about",
      subject="tổng diện tích rạn san hô của Khu bảo tồn biển Phú Quốc"),
    F("đạt 31,2%", "31,2", 31.2, "percent", "%",
      change=C("decrease", 2.4, "điểm phần trăm", "năm 2020"),
      subject="độ phủ san hô sống bình quân"),
    F("mới 54 phao", "54", 54, "count", "phao neo",
      subject="phao neo tàu lắp đặt mới tại các điểm lặn", period=YTD),
    F("phát hiện 17 vụ", "17", 17, "count", "vụ vi phạm",
      subject="vụ vi phạm bẻ, lấy san hô, neo tàu trái phép được phát hiện", period=YTD),
    F("286 triệu", "286", 286000000, "money", "đồng", subject="tiền xử phạt hành chính", period=YTD),
    F("Kiên Hải, 5 điểm", "5", 5, "count", "điểm lặn",
      subject="điểm lặn ở quần đảo Nam Du được đưa vào khai thác", location="Kiên Hải"),
    F("khoảng 9.400 lượt", "9.400", 9400, "count", "lượt khách", approx="about",
      subject="lượt khách đến các điểm lặn ở quần đảo Nam Du", period=NINE_KH, location="Kiên Hải"),
    F("đón 280.000 lượt", "280.000", 280000, "count", "lượt khách", status="target",
      subject="lượt khách lặn biển", period=Y25),
    F("ít nhất 50 hướng", "50", 50, "count", "hướng dẫn viên lặn", approx="at_least", status="target",
      subject="hướng dẫn viên lặn đào tạo thêm", period=Y25),
]

NOTES = [
    "Province portal (Kiên Giang): scuba/snorkel tourism in TP Phú Quốc, 9 months 2024; one sentence on huyện Kiên Hải (Nam Du).",
    "Breadcrumb, 'Cập nhật: 21/10/2024 14:32 | Lượt xem: 2.418'. Figures describe TP Phú Quốc (a city = district level): location Phú Quốc;",
    "the Kiên Hải sentence gets Kiên Hải. Distractors: 14:32, view counter, 'lần thứ 2', 'tháng 6', 'năm 2020' (baseline only).",
    "Headline 'trong 9 tháng' takes 2024 from published. 'Từ đầu năm đến nay' ends at the dateline. '9 tháng qua' = the first 9 months.",
    "'mỗi ngày có khoảng 60 đến 70 tàu' is a per-day rate (measure, tàu/ngày). 18 + 7 of 31 dive sites follow 'trong đó': total 31.",
    "'hiện', standing facts (area, coverage, prices) get no period.",
]

if __name__ == "__main__":
    write("p1142-1", TEXT, NOTES, FIGS, published="2024-10-21", location="Phú Quốc")
