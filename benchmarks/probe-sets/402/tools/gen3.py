from lib import *

TEXT = """
Làng hương Quảng Phú Cầu tất bật vào vụ Tết
HOÀNG LÂM 08:45, 23/01/2025

(HNM) - Những ngày cuối năm, khắp các ngõ xóm ở xã Quảng Phú Cầu (huyện Ứng Hòa) rực sắc đỏ của những bó chân hương phơi kín sân. Đây là thời điểm các hộ làm nghề đạt sản lượng cao nhất trong năm.

Theo UBND xã, trong 12 thôn của xã có 11 thôn làm nghề se hương, chẻ tăm hương, với khoảng 3.600 hộ tham gia và hơn 7.000 lao động, trong đó gần 2.000 lao động đến từ các tỉnh Thanh Hóa, Hòa Bình, Nam Định. Năm 2024, doanh thu từ nghề làm hương của xã ước đạt 1.520 tỷ đồng, tăng khoảng 12% so với năm 2023, chiếm trên 80% tổng thu nhập của xã. Thu nhập bình quân đầu người đạt 78 triệu đồng/năm.

Ông Nguyễn Văn Tiến, chủ cơ sở sản xuất ở thôn Cầu Bầu, cho biết: "Vào vụ Tết, xưởng nhà tôi thuê thêm 15 thợ, mỗi ngày xuất 2 tấn chân hương đi Hà Nội, Hải Phòng và các tỉnh phía Bắc". Giá chân hương thành phẩm hiện từ 25.000 đến 32.000 đồng/kg, tăng 3.000 đồng/kg so với Tết năm trước.

Mặt trái của sự phát triển là ô nhiễm. Khoảng 60% hộ còn dùng phẩm màu công nghiệp để nhuộm chân hương; lượng nước thải nhuộm ước tính 150 m3/ngày chưa qua xử lý, đổ thẳng ra kênh tiêu. Kết quả khám sức khỏe năm 2024 cho 520 người lao động cho thấy 27,5% mắc bệnh về đường hô hấp.

Huyện Ứng Hòa đang triển khai dự án cụm công nghiệp làng nghề Quảng Phú Cầu giai đoạn 2 với diện tích 20 ha, tổng mức đầu tư gần 300 tỷ đồng, dự kiến hoàn thành trong năm 2026.
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    F("trong 12 thôn", "12", 12, "count", "thôn", "thôn của xã"),
    F("có 11 thôn", "11", 11, "count", "thôn", "thôn làm nghề se hương, chẻ tăm hương", total=12),
    F("khoảng 3.600 hộ", "3.600", 3600, "count", "hộ", "hộ tham gia làm hương", approx="about"),
    F("hơn 7.000 lao động", "7.000", 7000, "count", "lao động", "lao động làm hương", approx="over"),
    F("gần 2.000 lao động", "2.000", 2000, "count", "lao động", "lao động đến từ các tỉnh", approx="nearly",
      total=7000),
    F("ước đạt 1.520 tỷ đồng", "1.520", 1520e9, "money", "đồng", "doanh thu từ nghề làm hương của xã",
      percent=80, change=CH("increase", 12, "%", "năm 2023", approx="about"), status="estimate", period=Y24),
    F("đạt 78 triệu đồng/năm", "78", 78e6, "money", "đồng/năm", "thu nhập bình quân đầu người",
      period=P("Năm 2024", "2024-01-01", "2024-12-31", inherited=True)),
    F("thuê thêm 15 thợ", "15", 15, "count", "thợ", "thợ thuê thêm vào vụ Tết"),
    F("xuất 2 tấn", "2", 2, "measure", "tấn", "chân hương xuất mỗi ngày"),
    F("từ 25.000 đến 32.000 đồng/kg", "25.000", 25000, "money", "đồng/kg", "giá chân hương thành phẩm",
      value_max=32000, change=CH("increase", 3000, "đồng/kg", "Tết năm trước")),
    F("Khoảng 60% hộ", "60", 60, "percent", "%", "hộ còn dùng phẩm màu công nghiệp để nhuộm chân hương",
      approx="about"),
    F("ước tính 150 m3/ngày", "150", 150, "measure", "m3/ngày", "lượng nước thải nhuộm chưa qua xử lý",
      status="estimate"),
    F("cho 520 người lao động", "520", 520, "count", "người lao động", "người lao động được khám sức khỏe",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("27,5% mắc", "27,5", 27.5, "percent", "%", "người lao động mắc bệnh về đường hô hấp",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("diện tích 20 ha", "20", 20, "measure", "ha", "diện tích cụm công nghiệp làng nghề Quảng Phú Cầu giai đoạn 2"),
    F("gần 300 tỷ đồng", "300", 300e9, "money", "đồng", "tổng mức đầu tư dự án cụm công nghiệp làng nghề",
      approx="nearly"),
]

COMMENTS = [
    "Báo Hànộimới (Party newspaper of Hà Nội): incense village Quảng Phú Cầu, huyện Ứng Hòa, before Tết 2025.",
    "Dateline with byline before it: 'HOÀNG LÂM 08:45, 23/01/2025'. Commune-level figures take the district (Ứng Hòa) as location.",
    "Distractors: the time 08:45, '(HNM)', 'giai đoạn 2' (a project phase, part of a name), 'năm 2026' (completion date).",
    "'trong 12 thôn của xã có 11 thôn' → 11 total 12 (FIGURES.md 'Trong 25 chỉ tiêu, có 24'). 'trong đó gần 2.000 lao động' total 7.000.",
    "The 'Theo UBND xã' sentence has no period phrase; 'Năm 2024' begins the next sentence, so it does not reach back.",
    "1.520 tỷ: change 'tăng khoảng 12%' (approx about on the change), share 'chiếm trên 80%' → percent 80.",
    "Figures in the quoted speech are facts stated in the article (15 thợ, 2 tấn/day); 'vụ Tết' is no calendar period → none.",
    "Price range with a change in đồng/kg, baseline 'Tết năm trước'. '27,5%' is a share with no count of the sick → own figure.",
    "'dự kiến hoàn thành trong năm 2026' governs the completion, not 20 ha / 300 tỷ (stated before it) → actual, no period.",
]

write("p402-3", TEXT, FIGS, COMMENTS, published="2025-01-23", location="Ứng Hòa")
