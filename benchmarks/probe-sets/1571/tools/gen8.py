"""p1571-8: radio/TV site (Đài PT-TH Nam Định): a handmade recycled-glass cooperative in huyện Hải Hậu."""
from lib import F, P, year, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH NAM ĐỊNH
Thời sự | Kinh tế | Xã hội | Video | Phát thanh

HTX thủy tinh thủ công Hải Minh: từ chai lọ phế thải đến sản phẩm OCOP

Thứ Hai, 02/12/2024 - 17:45 | Lượt xem: 326

Từ những chai lọ thủy tinh bỏ đi, Hợp tác xã Thủy tinh thủ công Hải Minh ở xã Hải Minh, huyện Hải Hậu đã tạo ra hàng trăm mẫu bình hoa, lọ đựng tinh dầu, cốc uống nước được thị trường ưa chuộng.

Thành lập năm 2016 với 7 thành viên, đến nay HTX đã có 45 lao động, trong đó 12 người là lao động khuyết tật. Mỗi ngày, các thợ thổi và tạo hình khoảng 800 sản phẩm; giá bán từ 25.000 đến 180.000 đồng/sản phẩm tùy mẫu mã.

11 tháng năm 2024, HTX tiêu thụ hơn 190.000 sản phẩm, doanh thu đạt 6,8 tỷ đồng, tăng 18% so với cùng kỳ; khoảng 70% sản phẩm được bán qua sàn thương mại điện tử. Thu nhập bình quân của người lao động đạt 8 triệu đồng/người/tháng.

Sản phẩm bình hoa thủy tinh tái chế của HTX đã được công nhận sản phẩm OCOP 4 sao cấp tỉnh năm 2023. Năm 2025, HTX dự kiến đầu tư 1,5 tỷ đồng xây thêm một lò ủ, nâng sản lượng lên 1.000 sản phẩm/ngày và tạo việc làm cho thêm 10-15 lao động.

Video: Phóng sự "Thổi hồn vào thủy tinh" (thời lượng 03:45)

Tin liên quan:
- Nam Định có thêm nhiều sản phẩm đạt chuẩn OCOP
- Hội chợ hàng thủ công mỹ nghệ năm 2024

ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH NAM ĐỊNH
Địa chỉ: Số 2 Trần Tế Xương, TP Nam Định. Đường dây nóng: 0228.3849.555
"""

Y16 = P("năm 2016", "2016-01-01", "2016-12-31")
M11 = P("11 tháng năm 2024", "2024-01-01", "2024-11-30")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("hàng trăm mẫu", "trăm", 100, "count", "mẫu", approx="about", subject="mẫu bình hoa, lọ đựng tinh dầu, cốc uống nước"),
    F("với 7 thành viên", "7", 7, "count", "thành viên", subject="thành viên khi thành lập", period=Y16),
    F("có 45 lao động", "45", 45, "count", "lao động", subject="lao động của HTX"),
    F("đó 12 người", "12", 12, "count", "người", total=45, subject="lao động khuyết tật"),
    F("khoảng 800 sản phẩm", "800", 800, "measure", "sản phẩm/ngày", approx="about",
      subject="sản phẩm các thợ thổi và tạo hình mỗi ngày"),
    F("từ 25.000 đến 180.000", "25.000", 25000, "money", "đồng/sản phẩm", value_max=180000, subject="giá bán"),
    F("hơn 190.000 sản phẩm", "190.000", 190000, "count", "sản phẩm", approx="over",
      subject="sản phẩm HTX tiêu thụ", period=M11),
    F("đạt 6,8 tỷ", "6,8", 6.8e9, "money", "đồng", change=chg("increase", 18, "%", "cùng kỳ"),
      subject="doanh thu", period=M11),
    F("khoảng 70%", "70", 70, "percent", "%", approx="about",
      subject="sản phẩm được bán qua sàn thương mại điện tử", period=M11),
    F("đạt 8 triệu", "8", 8e6, "money", "đồng/người/tháng", subject="thu nhập bình quân của người lao động",
      period=inh(M11)),
    F("tư 1,5 tỷ", "1,5", 1.5e9, "money", "đồng", status="forecast", subject="vốn đầu tư", period=Y25),
    F("thêm một lò ủ", "một", 1, "count", "lò ủ", status="forecast", subject="lò ủ xây thêm", period=Y25),
    F("lên 1.000 sản phẩm/ngày", "1.000", 1000, "measure", "sản phẩm/ngày", status="forecast",
      subject="sản lượng", period=Y25),
    F("thêm 10-15 lao động", "10", 10, "count", "lao động", value_max=15, status="forecast",
      subject="lao động được tạo việc làm thêm", period=Y25),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Nam Định): menu, headline, 'Thứ Hai, 02/12/2024 - 17:45 | Lượt xem: 326' (published), video line, related links, footer.",
    "The cooperative is in xã Hải Minh, huyện Hải Hậu: location Hải Hậu for every figure (the district, as the spec's places go to district level).",
    "'hàng trăm mẫu' is a number word (spec §2: hàng chục nghìn → approx): 100, approx about.",
    "'Thành lập năm 2016 với 7 thành viên' → period năm 2016; 'đến nay ... 45 lao động, trong đó 12 người' → total 45, no period.",
    "'Mỗi ngày ... khoảng 800 sản phẩm' is a rate sản phẩm/ngày. 'khoảng 70% sản phẩm được bán qua sàn' is its own percent figure.",
    "'11 tháng năm 2024' ends on 2024-11-30; the income sentence after it inherits it.",
    "'Năm 2025, HTX dự kiến ...' → forecast for 1,5 tỷ, một lò ủ, 1.000 sản phẩm/ngày, 10-15 lao động (all in that sentence).",
    "Distractors: OCOP 4 sao, time 17:45 and 03:45, Lượt xem 326, Số 2 Trần Tế Xương, hotline.",
]

if __name__ == "__main__":
    write("p1571-8", TEXT, NOTES, FIGS, published="2024-12-02", location="Hải Hậu")
