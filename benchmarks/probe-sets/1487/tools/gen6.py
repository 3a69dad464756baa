"""p1487-6: national newspaper (VnExpress-like): gas price rise in October, stoves, a shop, national demand."""
from lib import F, period, inherit, change, target, write

TEXT = """Kinh doanh › Hàng hóa
Thứ ba, 1/10/2024, 09:25 (GMT+7)

Giá gas tăng tháng thứ ba liên tiếp

Từ hôm nay, giá gas bán lẻ tại TP HCM tăng thêm 12.000 đồng mỗi bình, lên mức cao nhất từ đầu năm.

Công ty CP Khí hóa lỏng Phương Nam cho biết giá bán lẻ bình 12 kg của hãng từ ngày 1/10 là 472.000 đồng, bình 45 kg là 1.812.000 đồng (đã gồm VAT). Các hãng Gas Đông Dương, Petro Hải Vân cũng điều chỉnh giá bình dân dụng lên 455.000-480.000 đồng, tăng 10.000-12.000 đồng so với tháng 9. Theo các doanh nghiệp, giá gas tăng do giá LPG thế giới tiếp tục đi lên.

Trong khi giá gas liên tục tăng, nhiều gia đình chuyển sang dùng bếp từ, bếp điện. Tại hệ thống Điện máy Sao Việt ở TP HCM, 9 tháng năm nay doanh số bếp ga giảm khoảng 15% so với cùng kỳ, trong khi bếp từ tăng 22%. Một chiếc bếp ga đôi mặt kính, như mẫu SV-729G, có giá từ 650.000 đồng đến 2,5 triệu đồng.

Chị Lê Thị Hoa, chủ một cửa hàng gas trên đường Lê Văn Sỹ (quận 3), cho biết mỗi ngày cửa hàng giao khoảng 40-50 bình, giảm khoảng 30% so với năm 2021. "Khách quen giờ chủ yếu là quán ăn, còn hộ gia đình mua ít hẳn", chị nói.

Trong khi đó, tình trạng sang chiết gas trái phép vẫn phức tạp. 8 tháng năm 2024, Cục Quản lý thị trường TP HCM phát hiện 57 vụ vi phạm trong kinh doanh khí, tạm giữ hơn 2.100 bình gas các loại, phạt tiền gần 1,5 tỷ đồng.

Theo ước tính của Hiệp hội Gas Việt Nam, cả nước có khoảng 14 triệu hộ gia đình dùng bếp ga; mỗi năm tiêu thụ khoảng 1,2 triệu tấn LPG dân dụng, chiếm khoảng 55% tổng nhu cầu.

Minh Châu
"""

M9 = period("9 tháng năm nay", "2024-01-01", "2024-09-30")
M8 = period("8 tháng năm 2024", "2024-01-01", "2024-08-31")
Q3 = "Quận 3"
VN = "Việt Nam"

FIGS = [
    F("tháng thứ ba liên tiếp", "ba", 3, "count", "tháng", optional=True),
    F("thêm 12.000 đồng", "12.000", 12000, "money", "đồng/bình", subject="giá gas bán lẻ tăng thêm"),
    F("bình 12 kg", "12", 12, "measure", "kg", optional=True),
    F("là 472.000 đồng", "472.000", 472000, "money", "đồng",
      subject="giá bán lẻ bình 12 kg của Công ty CP Khí hóa lỏng Phương Nam"),
    F("bình 45 kg", "45", 45, "measure", "kg", optional=True),
    F("là 1.812.000 đồng", "1.812.000", 1812000, "money", "đồng", subject="giá bán lẻ bình 45 kg"),
    F("lên 455.000-480.000", "455.000", 455000, "money", "đồng", value_max=480000,
      change=change("increase", 10000, "đồng", "tháng 9"),
      subject="giá bình dân dụng của các hãng Gas Đông Dương, Petro Hải Vân"),
    F("khoảng 15%", "15", 15, "percent", "%", approx="about", subject="doanh số bếp ga", per=M9),
    F("tăng 22%", "22", 22, "percent", "%", subject="doanh số bếp từ", per=M9),
    F("từ 650.000 đồng", "650.000", 650000, "money", "đồng", value_max=2.5e6,
      subject="giá một chiếc bếp ga đôi mặt kính"),
    F("khoảng 40-50 bình", "40", 40, "measure", "bình/ngày", value_max=50, approx="about",
      change=change("decrease", 30, "%", "năm 2021", "about"),
      subject="bình gas cửa hàng giao mỗi ngày", location=Q3),
    F("phát hiện 57 vụ", "57", 57, "count", "vụ vi phạm", subject="vụ vi phạm trong kinh doanh khí", per=M8),
    F("hơn 2.100 bình", "2.100", 2100, "count", "bình gas", approx="over", subject="bình gas các loại bị tạm giữ",
      per=M8),
    F("gần 1,5 tỷ", "1,5", 1.5e9, "money", "đồng", approx="nearly", subject="phạt tiền", per=M8),
    F("khoảng 14 triệu", "14", 14e6, "count", "hộ gia đình", approx="about", status="estimate",
      subject="hộ gia đình dùng bếp ga", location=VN),
    F("khoảng 1,2 triệu", "1,2", 1.2e6, "measure", "tấn/năm", approx="about", status="estimate",
      percent=55, subject="LPG dân dụng tiêu thụ mỗi năm", location=VN),
]

NOTES = [
    "National newspaper (VnExpress-like): section path, 'Thứ ba, 1/10/2024, 09:25 (GMT+7)', sapo, quote, byline at the end.",
    "Distractors: '(GMT+7)', time 09:25, 'từ ngày 1/10', model name 'SV-729G', 'VAT', baselines tháng 9 and năm 2021.",
    "'tháng thứ ba liên tiếp' is a streak (optional, as 'năm thứ 2 liên tiếp' in the shared gold); bottle sizes 12 kg / 45 kg optional.",
    "Sapo 'tăng thêm 12.000 đồng mỗi bình' stands alone as the claim: a money figure (đồng/bình), no change.",
    "'lên 455.000-480.000 đồng, tăng 10.000-12.000 đồng so với tháng 9': range price with change increase 10000 (lower end of the range).",
    "'doanh số bếp ga giảm khoảng 15%', 'bếp từ tăng 22%' are rates as the claim: percents, no change; '9 tháng năm nay' → 2024.",
    "The shop in quận 3: location Quận 3; '40-50 bình' per day, change decrease about 30% vs năm 2021.",
    "'Theo ước tính của ...' → estimate for the whole sentence; 'cả nước' → Việt Nam. The city figures stay TP Hồ Chí Minh.",
    "Standing prices (472.000, 1.812.000, bếp 650.000-2,5 triệu) carry no period: 'từ ngày 1/10' is an effective date.",
]

if __name__ == "__main__":
    write("p1487-6", TEXT, NOTES, FIGS, published="2024-10-01", location="TP Hồ Chí Minh")
