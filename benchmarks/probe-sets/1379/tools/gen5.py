"""p1379-5: Party newspaper (Báo Quảng Nam, QNO): wedding photography studios in Hội An."""
from lib import F, period, inherit, change, target, write

TEXT = """BÁO QUẢNG NAM
Kinh tế | Du lịch

Chụp ảnh cưới ở phố cổ: mùa vàng của các studio Hội An

20/05/2024 09:12

Mỗi năm, hàng nghìn cặp đôi trong và ngoài nước chọn Hội An làm phông nền cho bộ ảnh cưới, giúp nhiều studio có nguồn thu ổn định.

(QNO) - Theo Phòng Văn hóa - Thông tin TP Hội An, thành phố hiện có 46 studio và cơ sở chụp ảnh cưới, tăng gần gấp đôi so với năm 2019. Năm 2023, ước có khoảng 7.800 cặp đôi đến Hội An chụp ảnh cưới, trong đó khoảng 1.900 cặp là khách nước ngoài, chủ yếu từ Hàn Quốc, Trung Quốc và Úc.

Studio Mộc Miên trên đường Nguyễn Phúc Chu (phường Minh An) là một trong những cơ sở lâu năm. Anh Trần Quốc Bảo, chủ studio, cho biết mỗi tháng studio nhận từ 60 đến 80 hợp đồng; giá gói chụp phổ biến 12-25 triệu đồng/gói, gói cao cấp kèm quay phim có giá 45 triệu đồng. Studio có 14 nhân viên, gồm 5 thợ ảnh, 4 chuyên viên trang điểm và 5 nhân viên hậu kỳ, thu nhập bình quân 10,5 triệu đồng/người/tháng. Năm nay, studio dự kiến đầu tư thêm khoảng 800 triệu đồng mua flycam và thiết bị ánh sáng.

Ông Lê Văn Tâm, Trưởng phòng Văn hóa - Thông tin thành phố, cho biết dịch vụ chụp ảnh cưới đóng góp khoảng 3% doanh thu du lịch của Hội An. Thành phố đã cho phép chụp ảnh cưới tại 12 điểm di tích với mức phí 200.000 đồng/lượt. Mục tiêu đến năm 2025, 100% studio đăng ký kinh doanh và niêm yết giá công khai.

"Khách Hàn Quốc thường đặt trước ba tháng, có cặp ở lại Hội An cả tuần để chụp", anh Bảo chia sẻ.

THANH VÂN
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
NN = period("Năm nay", "2024-01-01", "2024-12-31")
T25 = period("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hàng nghìn cặp", "nghìn", 1000, "count", "cặp đôi", approx="about",
      subject="cặp đôi chọn Hội An làm phông nền cho bộ ảnh cưới", optional=True),
    F("có 46 studio", "46", 46, "count", "studio", change=change("increase", 2, "lần", "năm 2019", approx="nearly"),
      subject="studio và cơ sở chụp ảnh cưới"),
    F("khoảng 7.800 cặp", "7.800", 7800, "count", "cặp đôi", approx="about", status="estimate",
      subject="cặp đôi đến Hội An chụp ảnh cưới", period=Y23),
    F("khoảng 1.900 cặp", "1.900", 1900, "count", "cặp", approx="about", status="estimate", total=7800,
      subject="cặp là khách nước ngoài", period=Y23),
    F("từ 60 đến 80 hợp", "60", 60, "measure", "hợp đồng/tháng", value_max=80,
      subject="hợp đồng studio nhận mỗi tháng"),
    F("phổ biến 12-25 triệu", "12", 12e6, "money", "đồng/gói", value_max=25e6,
      subject="giá gói chụp phổ biến"),
    F("giá 45 triệu", "45", 45e6, "money", "đồng", subject="giá gói cao cấp kèm quay phim"),
    F("có 14 nhân viên", "14", 14, "count", "nhân viên", subject="nhân viên studio"),
    F("gồm 5 thợ", "5", 5, "count", "thợ ảnh", total=14, subject="thợ ảnh"),
    F("4 chuyên viên", "4", 4, "count", "chuyên viên trang điểm", total=14, subject="chuyên viên trang điểm"),
    F("và 5 nhân viên", "5", 5, "count", "nhân viên hậu kỳ", total=14, subject="nhân viên hậu kỳ"),
    F("bình quân 10,5 triệu", "10,5", 10.5e6, "money", "đồng/người/tháng",
      subject="thu nhập bình quân nhân viên studio"),
    F("khoảng 800 triệu", "800", 800e6, "money", "đồng", approx="about", status="forecast",
      subject="vốn studio đầu tư thêm mua flycam và thiết bị ánh sáng", period=NN),
    F("khoảng 3%", "3", 3, "percent", "%", approx="about",
      subject="đóng góp của dịch vụ chụp ảnh cưới vào doanh thu du lịch"),
    F("tại 12 điểm", "12", 12, "count", "điểm di tích", subject="điểm di tích cho phép chụp ảnh cưới"),
    F("phí 200.000 đồng", "200.000", 200000, "money", "đồng/lượt", subject="mức phí chụp ảnh cưới tại điểm di tích"),
    F(", 100% studio", "100", 100, "percent", "%", status="target",
      subject="studio đăng ký kinh doanh và niêm yết giá công khai", period=T25),
]

NOTES = [
    "Party newspaper (Báo Quảng Nam): menu, headline, '20/05/2024 09:12', sapo, tag '(QNO) -', quote, byline at the end. Location Hội An.",
    "Distractors: 09:12, 'năm 2019' (baseline), street 'Nguyễn Phúc Chu', 'đặt trước ba tháng' and 'cả tuần' (durations), 'cơ sở lâu năm'.",
    "Sapo 'hàng nghìn cặp đôi' is a vague number word (no value given in the spec): optional, value 1000 about.",
    "'tăng gần gấp đôi so với năm 2019' → change increase 2 lần, approx nearly. 'ước có khoảng' → estimate + about, and the 'trong đó' part",
    "takes total 7.800 and the estimate. 'mỗi tháng ... từ 60 đến 80 hợp đồng' is a rate: measure, hợp đồng/tháng.",
    "'gồm 5 thợ ảnh, 4 ... và 5 ...' add up to 14: total 14 each. 'Năm nay' takes the year of the dateline (2024); 'dự kiến' → forecast.",
    "Present-tense studio figures (staff, prices, contracts per month) have no period.",
]

if __name__ == "__main__":
    write("p1379-5", TEXT, NOTES, FIGS, published="2024-05-20", location="Hội An")
