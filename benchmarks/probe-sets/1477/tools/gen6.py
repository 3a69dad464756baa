"""p1477-6: national newspaper: Tết sales of steam irons and hair dryers at electronics chains and in TP HCM markets."""
from lib import F, period, inherit, change, target, write

TEXT = """Kinh doanh > Hàng hóa

Thứ hai, 20/1/2025, 06:15 (GMT+7)

Bàn ủi hơi nước, máy sấy tóc 'cháy hàng' dịp cận Tết

Doanh số bàn ủi hơi nước, máy sấy tóc tại nhiều chuỗi điện máy tăng 30-40% so với tháng trước, dòng cầm tay giá rẻ bán chạy nhất.

Đại diện chuỗi Điện máy Sao Việt cho biết, trong nửa đầu tháng 1, hệ thống 320 cửa hàng trên cả nước bán được khoảng 48.000 máy sấy tóc và hơn 21.000 bàn ủi các loại. Sao Việt hiện đứng thứ hai thị trường bán lẻ điện máy, với ba trung tâm phân phối tại Hà Nội, Đà Nẵng và Cần Thơ. Sản phẩm bán chạy là máy sấy tóc giá từ 250.000 đến 600.000 đồng và bàn ủi hơi nước cầm tay giá 700.000-1,2 triệu đồng.

Bàn ủi hơi nước dạng đứng, loại có giá 2-4,5 triệu đồng, tăng mạnh nhất với doanh số gấp 2,5 lần cùng kỳ năm ngoái. Kênh bán hàng trực tuyến chiếm gần 30% doanh số nhóm hàng này.

"Nhiều gia đình mua bàn ủi đứng làm quà Tết hoặc thay đồ cũ", chị Trần Thu Hương, quản lý một cửa hàng ở quận Cầu Giấy (Hà Nội), nói.

Tại các chợ điện máy ở TP HCM như Nhật Tảo (quận 10), Kim Biên (quận 5), tiểu thương cho biết sức mua tăng khoảng 20% so với tháng 12/2024. Hàng không nhãn mác giá chỉ 120.000-150.000 đồng/chiếc vẫn được nhiều người chọn, dù không được bảo hành.

Chuỗi Sao Việt dự kiến doanh số nhóm sản phẩm chăm sóc cá nhân quý I/2025 đạt khoảng 350 tỷ đồng, tăng 15% so với cùng kỳ.

Minh Anh
"""

H1 = period("nửa đầu tháng 1", "2025-01-01", "2025-01-15")
Q1 = period("quý I/2025", "2025-01-01", "2025-03-31")
HCM = "TP Hồ Chí Minh"

FIGS = [
    F("tăng 30-40%", "30", 30, "percent", "%", value_max=40,
      subject="doanh số bàn ủi hơi nước, máy sấy tóc tại nhiều chuỗi điện máy"),
    F("hệ thống 320 cửa hàng", "320", 320, "count", "cửa hàng", subject="cửa hàng của chuỗi Điện máy Sao Việt"),
    F("khoảng 48.000 máy", "48.000", 48000, "count", "máy sấy tóc", approx="about",
      subject="máy sấy tóc chuỗi bán được", period=H1),
    F("hơn 21.000 bàn ủi", "21.000", 21000, "count", "bàn ủi", approx="over",
      subject="bàn ủi các loại chuỗi bán được", period=H1),
    F("đứng thứ hai", "hai", 2, "rank", "hạng", subject="chuỗi Sao Việt trên thị trường bán lẻ điện máy"),
    F("với ba trung tâm", "ba", 3, "count", "trung tâm phân phối", subject="trung tâm phân phối của chuỗi Sao Việt"),
    F("từ 250.000 đến 600.000", "250.000", 250000, "money", "đồng", value_max=600000,
      subject="giá máy sấy tóc bán chạy"),
    F("giá 700.000-1,2 triệu", "700.000", 700000, "money", "đồng", value_max=1.2e6,
      subject="giá bàn ủi hơi nước cầm tay"),
    F("giá 2-4,5 triệu", "2", 2e6, "money", "đồng", value_max=4.5e6, subject="giá bàn ủi hơi nước dạng đứng"),
    F("gấp 2,5 lần", "2,5", 2.5, "multiple", "lần", subject="doanh số bàn ủi hơi nước dạng đứng",
      period=inherit(H1)),
    F("gần 30%", "30", 30, "percent", "%", approx="nearly",
      subject="kênh bán hàng trực tuyến trong doanh số nhóm hàng này"),
    F("khoảng 20%", "20", 20, "percent", "%", approx="about", subject="sức mua tại các chợ điện máy",
      location=HCM),
    F("chỉ 120.000-150.000", "120.000", 120000, "money", "đồng/chiếc", value_max=150000,
      subject="giá hàng không nhãn mác", location=HCM),
    F("khoảng 350 tỷ", "350", 350e9, "money", "đồng", approx="about", status="forecast",
      change=change("increase", 15, "%", "cùng kỳ"),
      subject="doanh số nhóm sản phẩm chăm sóc cá nhân của chuỗi Sao Việt", period=Q1),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ hai, 20/1/2025, 06:15 (GMT+7)', headline, sapo, quote, byline 'Minh Anh' at the end.",
    "Distractors: '06:15', '(GMT+7)', 'quận 10', 'quận 5', 'quận Cầu Giấy', baselines 'tháng 12/2024', 'cùng kỳ năm ngoái'.",
    "The chain's figures are national ('hệ thống 320 cửa hàng trên cả nước'): location Việt Nam, also for the sapo's 30-40%.",
    "The market passage names TP HCM: location TP Hồ Chí Minh. 'nửa đầu tháng 1' → 2025-01-01..2025-01-15 (year of published).",
    "'đứng thứ hai thị trường bán lẻ điện máy' → rank 2 (number word). 'ba trung tâm phân phối tại Hà Nội, Đà Nẵng và Cần Thơ' → one",
    "national count; the cities in the list are not its location.",
    "'khoảng' governs only 48.000; 21.000 has its own 'hơn'. '700.000-1,2 triệu' and '2-4,5 triệu' are ranges (multiplier applies",
    "to both ends). 'doanh số gấp 2,5 lần cùng kỳ năm ngoái' stands alone → multiple. Growth rates as the claim → percent, no change.",
    "'dự kiến ... quý I/2025 đạt khoảng 350 tỷ đồng, tăng 15%' → forecast, about, change 15%. Standing prices have no period.",
]

if __name__ == "__main__":
    write("p1477-6", TEXT, NOTES, FIGS, published="2025-01-20", location="Việt Nam")
