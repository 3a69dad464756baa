"""p553-6: national press — measles catch-up vaccination campaign, 2024."""
from lib import F, P, I, CH, T, emit

TEXT = """Sức khỏe › Tin tức
Thứ năm, 5/9/2024, 06:30 (GMT+7)

Gần 986.000 trẻ được tiêm bổ sung vắc xin sởi

Sau hơn hai tháng triển khai, 18 tỉnh, thành phố có nguy cơ cao đã tiêm vắc xin sởi cho 985.740 trẻ từ 1 đến 10 tuổi, đạt 96,2% kế hoạch, theo Viện Vệ sinh dịch tễ Trung ương.

Trong đó, TP Hồ Chí Minh tiêm cho 254.300 trẻ, Hà Nội 118.600 trẻ, Đồng Nai 72.450 trẻ và Bình Dương 64.180 trẻ. Tỷ lệ tiêm cao nhất thuộc về Bà Rịa - Vũng Tàu (99,1%), thấp nhất là Gia Lai (89,4%); TP Hồ Chí Minh đứng thứ 5 với 97,2%.

Theo ông Trần Văn Nam, Trưởng ban Quản lý Dự án Tiêm chủng mở rộng, năm 2023 tỷ lệ tiêm vắc xin sởi mũi 1 cho trẻ dưới 1 tuổi toàn quốc chỉ đạt 82%, mũi 2 khoảng 75%, thấp hơn nhiều so với mức 95% cần để tạo miễn dịch cộng đồng.

Từ đầu năm 2024 đến ngày 30/8, cả nước ghi nhận 2.417 ca nghi sởi, trong đó 412 ca dương tính, tăng gấp 4 lần so với cùng kỳ năm ngoái. Bệnh viện Nhi đồng 1 (TP Hồ Chí Minh) đang điều trị 37 trẻ mắc sởi, 9 trẻ phải thở máy.

Bộ Y tế đã cấp 1,3 triệu liều vắc xin sởi và sởi - rubella với kinh phí khoảng 40 tỷ đồng; các địa phương chi thêm từ 5 đến 7 tỷ đồng cho công tác tổ chức tiêm. Dự kiến đến cuối tháng 9, thêm khoảng 120.000 trẻ ở 4 tỉnh Tây Nguyên sẽ được tiêm.

Lê Nga
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
YTD = P("Từ đầu năm 2024 đến ngày 30/8", "2024-01-01", "2024-08-30")
SEP = P("đến cuối tháng 9", None, "2024-09-30")
TIEM = "trẻ được tiêm vắc xin sởi"

FIGS = [
    F("Gần 986.000 trẻ", "986.000", 986000, "count", "trẻ", "trẻ được tiêm bổ sung vắc xin sởi", approx="nearly"),
    F("18 tỉnh", "18", 18, "count", "tỉnh, thành phố", "tỉnh, thành phố có nguy cơ cao tiêm vắc xin sởi"),
    F("cho 985.740 trẻ", "985.740", 985740, "count", "trẻ", "trẻ từ 1 đến 10 tuổi được tiêm vắc xin sởi",
      percent=96.2),
    F("từ 1 đến 10 tuổi", "1", 1, "measure", "tuổi", value_max=10, optional=True),
    F("cho 254.300 trẻ", "254.300", 254300, "count", "trẻ", TIEM, total=985740, location="TP Hồ Chí Minh"),
    F("Nội 118.600 trẻ", "118.600", 118600, "count", "trẻ", TIEM, total=985740, location="Hà Nội"),
    F("Nai 72.450 trẻ", "72.450", 72450, "count", "trẻ", TIEM, total=985740, location="Đồng Nai"),
    F("Dương 64.180 trẻ", "64.180", 64180, "count", "trẻ", TIEM, total=985740, location="Bình Dương"),
    F("Tàu (99,1%)", "99,1", 99.1, "percent", "%", "tỷ lệ tiêm vắc xin sởi", location="Bà Rịa - Vũng Tàu"),
    F("Gia Lai (89,4%)", "89,4", 89.4, "percent", "%", "tỷ lệ tiêm vắc xin sởi", location="Gia Lai"),
    F("đứng thứ 5", "5", 5, "rank", "hạng", "tỷ lệ tiêm vắc xin sởi", location="TP Hồ Chí Minh"),
    F("với 97,2%", "97,2", 97.2, "percent", "%", "tỷ lệ tiêm vắc xin sởi", location="TP Hồ Chí Minh"),
    F("trẻ dưới 1 tuổi toàn quốc", "1", 1, "measure", "tuổi", approx="under", optional=True),
    F("đạt 82%", "82", 82, "percent", "%", "tỷ lệ tiêm vắc xin sởi mũi 1 cho trẻ dưới 1 tuổi", Y23),
    F("khoảng 75%", "75", 75, "percent", "%", "tỷ lệ tiêm vắc xin sởi mũi 2", Y23, approx="about"),
    F("mức 95%", "95", 95, "percent", "%", "mức cần để tạo miễn dịch cộng đồng", optional=True),
    F("nhận 2.417 ca", "2.417", 2417, "count", "ca", "ca nghi sởi", YTD),
    F("412 ca", "412", 412, "count", "ca", "ca sởi dương tính", YTD, total=2417,
      change=CH("increase", 4, "lần", "cùng kỳ năm ngoái")),
    F("điều trị 37 trẻ", "37", 37, "count", "trẻ", "trẻ mắc sởi đang điều trị tại Bệnh viện Nhi đồng 1",
      location="TP Hồ Chí Minh"),
    F("9 trẻ", "9", 9, "count", "trẻ", "trẻ phải thở máy", location="TP Hồ Chí Minh"),
    F("cấp 1,3 triệu liều", "1,3", 1300000, "count", "liều", "liều vắc xin sởi và sởi - rubella Bộ Y tế cấp"),
    F("khoảng 40 tỷ đồng", "40", 40000000000, "money", "đồng", "kinh phí vắc xin", approx="about"),
    F("từ 5 đến 7 tỷ đồng", "5", 5000000000, "money", "đồng", "kinh phí các địa phương chi thêm cho tổ chức tiêm",
      value_max=7000000000),
    F("khoảng 120.000 trẻ", "120.000", 120000, "count", "trẻ", "trẻ sẽ được tiêm", SEP, approx="about",
      status="forecast"),
    F("ở 4 tỉnh", "4", 4, "count", "tỉnh", "tỉnh Tây Nguyên sẽ tiêm", SEP, status="forecast"),
]

COMMENTS = [
    "National press (VnExpress-like): 'Thứ năm, 5/9/2024, 06:30 (GMT+7)'; measles catch-up campaign in 18 provinces.",
    "Location Việt Nam; the parts after 'Trong đó' take their province and the whole 985.740 as total.",
    "Distractors: (GMT+7), 'hơn hai tháng' (a duration), mũi 1 / mũi 2 (dose ordinals), Bệnh viện Nhi đồng 1 (a name), ages.",
    "'thấp hơn nhiều so với mức 95% cần để tạo miễn dịch cộng đồng' is a reference threshold: optional.",
    "'tăng gấp 4 lần so với cùng kỳ' after '412 ca dương tính' is its change (unit lần).",
    "'đến cuối tháng 9' takes 2024 from the nearest earlier period; 'Dự kiến' makes both figures forecasts.",
    "'37 trẻ ..., 9 trẻ phải thở máy' has no part-of cue, so no total.",
]

if __name__ == "__main__":
    emit("p553-6", TEXT, COMMENTS, FIGS, published="2024-09-05", location="Việt Nam")
