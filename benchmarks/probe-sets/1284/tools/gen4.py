"""p1284-4: Party newspaper (Báo Lai Châu): frost burns over 1.000 ha of tea, January 2024."""
from lib import F, period, inherited, change, target, write

TEXT = """BÁO LAI CHÂU - CƠ QUAN CỦA ĐẢNG BỘ, CHÍNH QUYỀN VÀ NHÂN DÂN CÁC DÂN TỘC TỈNH LAI CHÂU
Kinh tế > Nông nghiệp

Hơn 1.000 ha chè bị sương muối "táp" lá

Thứ Hai, 29/01/2024 | 10:20

(BLC) - Đợt sương muối vừa qua đã làm hơn 1.000 ha chè tại Lai Châu bị cháy lá, ảnh hưởng lớn đến năng suất vụ chè xuân năm nay.

Theo thống kê của Sở Nông nghiệp và Phát triển nông thôn, sương muối làm 1.046 ha chè bị ảnh hưởng, trong đó huyện Tam Đường 612 ha, huyện Tân Uyên 385 ha, huyện Than Uyên 49 ha. Nhiều đồi chè bị cháy lá, mức thiệt hại từ 30 đến 50%.

Tại xã Bản Giang (huyện Tam Đường), nhiệt độ ngoài trời có thời điểm xuống 1 độ C, lá chè non chuyển màu nâu đen. Ông Lò Văn Thắng, Giám đốc Hợp tác xã chè Phúc Thịnh, cho biết: "Trong 45 ha chè của hợp tác xã, có 28 ha bị sương muối táp lá. Sản lượng chè búp vụ xuân dự kiến giảm khoảng 40 tấn".

Giá chè búp tươi hiện dao động từ 7.000 đến 8.500 đồng/kg. Với các giống chè Kim Tuyên, LDP1, Shan tuyết, cây bị táp lá phải đốn tỉa để ra lứa búp mới.

Lai Châu hiện có hơn 10.800 ha chè, đứng thứ 6 cả nước về diện tích. Năm 2023, sản lượng chè búp tươi toàn tỉnh đạt 48.500 tấn, tăng 7,2% so với năm 2022, giá trị hơn 400 tỷ đồng. Mục tiêu đến năm 2025, toàn tỉnh có 12.000 ha chè, trong đó ít nhất 30% diện tích đạt chứng nhận VietGAP.

Để khắc phục, tỉnh hỗ trợ 50 tấn phân bón cho các hộ có chè bị thiệt hại nặng; khuyến cáo người dân tưới nước rửa sương vào sáng sớm, không thu hái búp bị táp.

NGUYỄN HẢI

Tin cùng chuyên mục:
- Tam Đường: Phát triển vùng chè theo tiêu chuẩn VietGAP
- Tân Uyên: Hội thi pha trà giỏi lần thứ II
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
TD = "Tam Đường"
T25 = period("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Hơn 1.000 ha", "1.000", 1000, "measure", "ha", approx="over", subject="chè bị sương muối táp lá"),
    F("hơn 1.000 ha chè tại", "1.000", 1000, "measure", "ha", approx="over", subject="chè bị cháy lá"),
    F("làm 1.046 ha", "1.046", 1046, "measure", "ha", subject="chè bị sương muối ảnh hưởng"),
    F("Tam Đường 612 ha", "612", 612, "measure", "ha", total=1046, subject="chè bị sương muối ảnh hưởng",
      location=TD),
    F("Tân Uyên 385 ha", "385", 385, "measure", "ha", total=1046, subject="chè bị sương muối ảnh hưởng",
      location="Tân Uyên"),
    F("Than Uyên 49 ha", "49", 49, "measure", "ha", total=1046, subject="chè bị sương muối ảnh hưởng",
      location="Than Uyên"),
    F("từ 30 đến 50%", "30", 30, "percent", "%", value_max=50, subject="mức thiệt hại của đồi chè bị cháy lá"),
    F("xuống 1 độ C", "1", 1, "measure", "độ C", subject="nhiệt độ ngoài trời", location=TD),
    F("Trong 45 ha", "45", 45, "measure", "ha", subject="chè của hợp tác xã", location=TD),
    F("có 28 ha", "28", 28, "measure", "ha", total=45, subject="chè bị sương muối táp lá", location=TD),
    F("khoảng 40 tấn", "40", 40, "measure", "tấn", approx="about", status="forecast",
      subject="sản lượng chè búp vụ xuân giảm", location=TD),
    F("từ 7.000 đến 8.500", "7.000", 7000, "money", "đồng/kg", value_max=8500, subject="giá chè búp tươi"),
    F("hơn 10.800 ha", "10.800", 10800, "measure", "ha", approx="over", subject="chè"),
    F("thứ 6 cả nước", "6", 6, "rank", "hạng", subject="diện tích chè"),
    F("đạt 48.500 tấn", "48.500", 48500, "measure", "tấn", change=change("increase", 7.2, "%", "năm 2022"),
      subject="sản lượng chè búp tươi toàn tỉnh", period=Y23),
    F("hơn 400 tỷ", "400", 400e9, "money", "đồng", approx="over", subject="giá trị sản lượng chè búp tươi",
      period=Y23),
    F("có 12.000 ha", "12.000", 12000, "measure", "ha", status="target", subject="chè toàn tỉnh",
      period=T25),
    F("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
      subject="diện tích chè đạt chứng nhận VietGAP", period=T25),
    F("hỗ trợ 50 tấn", "50", 50, "measure", "tấn", subject="phân bón tỉnh hỗ trợ các hộ có chè bị thiệt hại nặng"),
]

NOTES = [
    "Party newspaper (Báo Lai Châu): masthead, breadcrumb, 'Thứ Hai, 29/01/2024 | 10:20', sapo with tag '(BLC) -', byline NGUYỄN HẢI, related links.",
    "Distractors: 10:20, tea cultivars 'LDP1', 'Kim Tuyên', 'VietGAP', 'lần thứ II', 'xã Bản Giang'.",
    "Headline and sapo 'hơn 1.000 ha' are figures of their own (over); the body 1.046 ha is split by district after 'trong đó' (total 1.046, location = district).",
    "'mức thiệt hại từ 30 đến 50%' is a percent range. 'nhiệt độ ... xuống 1 độ C' in xã Bản Giang → Tam Đường.",
    "Quote: 'Trong 45 ha ..., có 28 ha' → 28 total 45; 'dự kiến giảm khoảng 40 tấn' is a decrease as the claim: measure, forecast, no change.",
    "'đứng thứ 6 cả nước về diện tích' → rank 6, location Lai Châu. 'tăng 7,2% so với năm 2022' is the change of 48.500 tấn; 'giá trị hơn 400 tỷ' a figure of its own.",
    "'Mục tiêu đến năm 2025' → target, start null; 'trong đó ít nhất 30% diện tích' is a percent figure of its own (at_least, target).",
    "The sapo's 'năm nay' has no figure; 'hiện' gives no period.",
]

if __name__ == "__main__":
    write("p1284-4", TEXT, NOTES, FIGS, published="2024-01-29", location="Lai Châu")
