"""p627-6: national press (VnExpress style), TP HCM measles vaccination campaign, 2024."""
from lib import F, P, I, CH, TG, AGE, emit

TEXT = """Sức khỏe › Các bệnh
Thứ sáu, 30/8/2024, 06:15 (GMT+7)

TP HCM tiêm vắc xin sởi cho hơn 51.000 trẻ sau một tuần

Sau 7 ngày triển khai chiến dịch, ngành y tế TP HCM đã tiêm vắc xin sởi cho 51.240 trẻ từ 1 đến 10 tuổi, đạt 62% kế hoạch, theo Sở Y tế ngày 29/8.

Thành phố dự kiến tiêm cho khoảng 82.700 trẻ chưa tiêm hoặc chưa tiêm đủ mũi vắc xin sởi, trong đó khoảng 23.500 trẻ thuộc nhóm nguy cơ cao ở khu nhà trọ, khu công nghiệp. Toàn thành phố bố trí 1.850 điểm tiêm, gồm 312 trạm y tế và hơn 1.500 điểm tiêm lưu động, điểm tiêm tại trường học.

Ba địa phương có số trẻ được tiêm nhiều nhất là Bình Tân, Bình Chánh và TP Thủ Đức, lần lượt 6.420, 5.980 và 5.315 trẻ. Đến nay, chưa ghi nhận trường hợp tai biến nặng sau tiêm; khoảng 0,3% trẻ có phản ứng nhẹ như sốt, quấy khóc.

Từ đầu năm đến ngày 28/8, Thành phố Hồ Chí Minh ghi nhận 152 ca mắc sởi, trong đó 2 trẻ tử vong. Riêng tháng 8, số ca mắc tăng gấp 3 lần so với tháng 7. Bệnh viện Nhi đồng 1 và Nhi đồng 2 đang điều trị 37 trẻ mắc sởi, phần lớn chưa tiêm vắc xin.

Từ đầu năm đến nay, cả nước ghi nhận hơn 3.200 ca nghi sởi tại 45 tỉnh, thành. Theo WHO, để ngăn dịch lây lan, tỷ lệ tiêm chủng trong cộng đồng phải đạt ít nhất 95%.

Sở Y tế cho biết chiến dịch sẽ kết thúc vào ngày 30/9, chi phí dự kiến khoảng 5,4 tỷ đồng.

Lê Phương
"""

NOW = P("Đến nay", None, "2024-08-30")
YTD = P("Từ đầu năm đến ngày 28/8", "2024-01-01", "2024-08-28")
AUG = P("Riêng tháng 8", "2024-08-01", "2024-08-31")
YTDN = P("Từ đầu năm đến nay", "2024-01-01", "2024-08-30")
VN = "Việt Nam"
SUBJ = "trẻ được tiêm vắc xin sởi"

FIGS = [
    F("cho hơn 51.000 trẻ", "51.000", 51000, "count", "trẻ", SUBJ, approx="over"),
    F("cho 51.240 trẻ", "51.240", 51240, "count", "trẻ", SUBJ, percent=62),
    AGE("từ 1 đến 10 tuổi", "1", 1, value_max=10),
    F("khoảng 82.700 trẻ", "82.700", 82700, "count", "trẻ", "trẻ chưa tiêm hoặc chưa tiêm đủ mũi vắc xin sởi dự kiến tiêm",
      approx="about", status="forecast"),
    F("khoảng 23.500 trẻ", "23.500", 23500, "count", "trẻ", "trẻ thuộc nhóm nguy cơ cao ở khu nhà trọ, khu công nghiệp",
      approx="about", total=82700, status="forecast"),
    F("bố trí 1.850 điểm", "1.850", 1850, "count", "điểm tiêm", "điểm tiêm"),
    F("gồm 312 trạm", "312", 312, "count", "trạm y tế", "trạm y tế làm điểm tiêm", total=1850),
    F("hơn 1.500 điểm", "1.500", 1500, "count", "điểm tiêm", "điểm tiêm lưu động, điểm tiêm tại trường học",
      approx="over", total=1850),
    F("Ba địa phương", "Ba", 3, "count", "địa phương", "địa phương có số trẻ được tiêm nhiều nhất", optional=True),
    F("lần lượt 6.420", "6.420", 6420, "count", "trẻ", SUBJ, location="Bình Tân"),
    F("6.420, 5.980", "5.980", 5980, "count", "trẻ", SUBJ, location="Bình Chánh"),
    F("và 5.315 trẻ", "5.315", 5315, "count", "trẻ", SUBJ, location="Thủ Đức"),
    F("khoảng 0,3%", "0,3", 0.3, "percent", "%", "trẻ có phản ứng nhẹ sau tiêm", NOW, approx="about"),
    F("ghi nhận 152 ca", "152", 152, "count", "ca", "ca mắc sởi", YTD),
    F("trong đó 2 trẻ", "2", 2, "count", "trẻ", "trẻ tử vong do sởi", YTD, total=152),
    F("gấp 3 lần", "3", 3, "multiple", "lần", "số ca mắc sởi tháng 8 so với tháng 7", AUG),
    F("điều trị 37 trẻ", "37", 37, "count", "trẻ", "trẻ mắc sởi đang điều trị tại Bệnh viện Nhi đồng 1 và Nhi đồng 2"),
    F("hơn 3.200 ca", "3.200", 3200, "count", "ca", "ca nghi sởi", YTDN, approx="over", location=VN),
    F("tại 45 tỉnh", "45", 45, "count", "tỉnh, thành", "tỉnh, thành có ca nghi sởi", YTDN, location=VN),
    F("ít nhất 95%", "95", 95, "percent", "%", "tỷ lệ tiêm chủng trong cộng đồng để ngăn dịch lây lan",
      approx="at_least", optional=True),
    F("khoảng 5,4 tỷ đồng", "5,4", 5400000000, "money", "đồng", "chi phí chiến dịch", approx="about",
      status="forecast"),
]

COMMENTS = [
    "National press, 'Thứ sáu, 30/8/2024, 06:15 (GMT+7)', byline at the end. City figures → TP. Hồ Chí Minh ('TP HCM' in the text);",
    "list items Bình Tân, Bình Chánh, TP Thủ Đức are districts / a city → location; national 'cả nước' figures → Việt Nam.",
    "'dự kiến' governs the 82.700 clause and its 'trong đó' part (forecast, total 82.700). 312 and 'hơn 1.500' after 'gồm' are parts of 1.850.",
    "'Riêng tháng 8, số ca mắc tăng gấp 3 lần so với tháng 7' has no base amount: a multiple figure (the claim itself).",
    "Optional: 'Ba địa phương' (count naming a list, cf. h10 '05 tỉnh cao nhất'), WHO's threshold 'ít nhất 95%' (a norm, not a",
    "fact about the city), ages 'từ 1 đến 10 tuổi'. Not figures: 'Sau 7 ngày', 'một tuần', 'Nhi đồng 1/2', 'ngày 29/8', 'ngày 30/9'.",
]

if __name__ == "__main__":
    emit("p627-6", TEXT, COMMENTS, FIGS, published="2024-08-30", location="TP. Hồ Chí Minh")
