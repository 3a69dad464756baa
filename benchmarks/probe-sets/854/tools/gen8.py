"""p854-8: provincial newspaper online (Báo Quảng Ninh, tag (BQN) -), mooncakes from local bakeries, Trung thu 2023."""
from lib import F, change, period, write

TEXT = """BÁO QUẢNG NINH ĐIỆN TỬ
Kinh tế | 10:35, 22/09/2023

Hơn 150 tấn bánh trung thu phục vụ thị trường

(BQN) - Theo Sở Công Thương, mùa Trung thu năm 2023, 46 cơ sở sản xuất bánh trên địa bàn tỉnh đã sản xuất và đưa ra thị trường hơn 150 tấn bánh trung thu, tăng khoảng 10% so với năm 2022. Trong đó, các cơ sở tại TP Hạ Long chiếm gần 60% sản lượng; TP Uông Bí, TP Cẩm Phả và thị xã Quảng Yên lần lượt đạt 22 tấn, 18 tấn và 12 tấn.

Giá bánh trung thu năm nay tương đối ổn định, phổ biến từ 45.000 đến 120.000 đồng/chiếc; một số hộp bánh cao cấp có giá trên 1,5 triệu đồng/hộp. Nhiều cơ sở như Tiệm bánh Hoa Mai 68, Bánh ngọt Số 9 Hồng Gai đã nhận hết đơn đặt hàng từ trước Rằm tháng Tám.

Từ ngày 15/8 đến ngày 15/9, Đoàn kiểm tra liên ngành về an toàn thực phẩm của tỉnh đã kiểm tra 73 cơ sở sản xuất, kinh doanh bánh trung thu, phát hiện và xử lý 8 cơ sở vi phạm, phạt tiền 46,5 triệu đồng; tạm giữ gần 1.300 chiếc bánh không rõ nguồn gốc. Đáng chú ý, 100% mẫu bánh được lấy kiểm nghiệm (32 mẫu) đều đạt chỉ tiêu an toàn thực phẩm.

Ông Nguyễn Văn Tâm, chủ một lò bánh trên đường 25/4, TP Hạ Long cho biết, năm nay lò sản xuất khoảng 8.000 chiếc bánh nướng, bánh dẻo, gấp 1,6 lần năm ngoái, thu hút 15 lao động thời vụ.

Thời gian tới, lực lượng chức năng sẽ tăng cường kiểm tra tại các chợ, siêu thị, nhất là dọc Quốc lộ 18 và Quốc lộ 279; dự kiến lấy thêm khoảng 20 mẫu bánh để kiểm nghiệm.

Thu Hằng
"""

Y23 = period("năm 2023", "2023-01-01", "2023-12-31")
Y23i = period("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
NAY = period("năm nay", "2023-01-01", "2023-12-31")
CHK = period("Từ ngày 15/8 đến ngày 15/9", "2023-08-15", "2023-09-15")
CHKi = period("Từ ngày 15/8 đến ngày 15/9", "2023-08-15", "2023-09-15", inherited=True)
MOON = "sản lượng bánh trung thu"

FIGS = [
    F("Hơn 150 tấn", "150", 150, "measure", "tấn", "bánh trung thu phục vụ thị trường", approx="over"),
    F("46 cơ sở sản xuất", "46", 46, "count", "cơ sở", "cơ sở sản xuất bánh trung thu", Y23),
    F("hơn 150 tấn bánh trung thu, tăng", "150", 150, "measure", "tấn", "bánh trung thu đưa ra thị trường", Y23,
      approx="over", change=change("increase", 10, "%", "năm 2022", approx="about")),
    F("gần 60% sản lượng", "60", 60, "percent", "%", "tỷ trọng sản lượng bánh trung thu",  # revised: the place went to location only
      Y23i, approx="nearly", location="Hạ Long"),
    F("đạt 22 tấn", "22", 22, "measure", "tấn", MOON, Y23i, total=150, location="Uông Bí"),
    F("22 tấn, 18 tấn", "18", 18, "measure", "tấn", MOON, Y23i, total=150, location="Cẩm Phả"),
    F("và 12 tấn", "12", 12, "measure", "tấn", MOON, Y23i, total=150, location="Quảng Yên"),
    F("từ 45.000 đến 120.000 đồng/chiếc", "45.000", 45000, "money", "đồng/chiếc", "giá bánh trung thu", NAY,
      value_max=120000),
    F("trên 1,5 triệu đồng/hộp", "1,5", 1_500_000, "money", "đồng/hộp", "giá hộp bánh trung thu cao cấp", NAY,
      approx="over"),
    F("kiểm tra 73 cơ sở", "73", 73, "count", "cơ sở", "cơ sở sản xuất, kinh doanh bánh trung thu được kiểm tra",
      CHK),
    F("xử lý 8 cơ sở", "8", 8, "count", "cơ sở", "cơ sở vi phạm bị xử lý", CHK),
    F("46,5 triệu đồng", "46,5", 46_500_000, "money", "đồng", "tiền phạt", CHK),
    F("gần 1.300 chiếc", "1.300", 1300, "count", "chiếc", "bánh không rõ nguồn gốc bị tạm giữ", CHK,
      approx="nearly"),
    F("100% mẫu bánh", "100", 100, "percent", "%", "mẫu bánh đạt chỉ tiêu an toàn thực phẩm", CHKi),
    F("(32 mẫu)", "32", 32, "count", "mẫu", "mẫu bánh được lấy kiểm nghiệm", CHKi),
    F("khoảng 8.000 chiếc", "8.000", 8000, "count", "chiếc", "bánh nướng, bánh dẻo lò sản xuất", NAY,
      approx="about", location="Hạ Long", change=change("increase", 1.6, "lần", "năm ngoái")),
    F("thu hút 15 lao động", "15", 15, "count", "lao động", "lao động thời vụ", NAY, location="Hạ Long"),
    F("khoảng 20 mẫu", "20", 20, "count", "mẫu", "mẫu bánh dự kiến lấy thêm để kiểm nghiệm", approx="about",
      status="forecast"),
]

NOTES = [
    "Provincial newspaper online (Báo Quảng Ninh, '(BQN) -', 'Kinh tế | 10:35, 22/09/2023'): mooncakes made by local bakeries, Trung thu 2023.",
    "Headline 'Hơn 150 tấn' has no period phrase of its own: no period.",
    "'Trong đó, … lần lượt đạt 22 tấn, 18 tấn và 12 tấn' are parts after 'Trong đó' following the whole 'hơn 150 tấn': total 150; Hạ Long's 'gần 60%' is a share with no base: percent figure.",
    "'năm nay' = 2023 (published); 'Từ ngày 15/8 đến ngày 15/9' = 2023-08-15..2023-09-15.",
    "'gấp 1,6 lần năm ngoái' follows 8.000 chiếc: its change (unit lần), not a figure of its own.",
    "Names with numbers (Tiệm bánh Hoa Mai 68, Bánh ngọt Số 9), đường 25/4, Quốc lộ 18, Quốc lộ 279, Rằm tháng Tám are not figures.",
]

if __name__ == "__main__":
    write(8, TEXT, FIGS, notes=NOTES, location="Quảng Ninh", published="2023-09-22")
