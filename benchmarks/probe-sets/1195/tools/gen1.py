"""p1195-1: Bình Thuận province portal, anchovy catch in the first half of 2024."""
from lib import F, P, I, C, T, write

TEXT = """Cổng thông tin điện tử tỉnh Bình Thuận
Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội

Sản lượng cá cơm 6 tháng đầu năm đạt gần 38.000 tấn

Cập nhật: 08/07/2024 14:20 | Lượt xem: 2.417

(binhthuan.gov.vn) - 6 tháng đầu năm 2024, tổng sản lượng khai thác hải sản toàn tỉnh ước đạt 128.650 tấn, đạt 54,7% kế hoạch năm, tăng 3,2% so với cùng kỳ năm 2023. Trong đó, sản lượng cá cơm ước đạt 37.820 tấn, chiếm 29,4% tổng sản lượng khai thác.

Toàn tỉnh hiện có 1.126 tàu lưới vây, lưới rút khai thác cá cơm, trong đó 418 tàu có chiều dài từ 15 m trở lên. Các tàu tập trung chủ yếu ở huyện Tuy Phong (472 chiếc), TP Phan Thiết (305 chiếc) và thị xã La Gi (214 chiếc). Mỗi chuyến biển kéo dài từ 2 đến 3 ngày, bình quân mỗi tàu lưới vây đánh bắt khoảng 4-6 tấn cá cơm/chuyến.

Giá cá cơm tươi tại các cảng cá dao động từ 12.000 đến 18.000 đồng/kg, riêng cá cơm than loại 1 có giá trên 25.000 đồng/kg. Cá cơm khai thác được tiêu thụ chủ yếu qua 236 cơ sở sản xuất nước mắm và 96 cơ sở hấp, phơi sấy trên địa bàn tỉnh.

Ngư dân lắp thiết bị giám sát hành trình trên tàu cá được hỗ trợ tối đa 50 triệu đồng/tàu theo Nghị quyết số 12/2023/NQ-HĐND của HĐND tỉnh.

Theo Sở Nông nghiệp và PTNT, 6 tháng cuối năm là vụ cá Nam, ngư trường thuận lợi; dự kiến sản lượng cá cơm trong thời gian này đạt khoảng 32.000 tấn. Tỉnh phấn đấu cả năm 2024 đạt sản lượng khai thác hải sản 235.000 tấn, trong đó cá cơm khoảng 70.000 tấn.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
HEAD = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
FLEET = "tàu lưới vây, lưới rút khai thác cá cơm"

FIGS = [
    F("đạt gần 38.000 tấn", "38.000", 38000, "measure", "tấn", approx="nearly",
      subject="sản lượng cá cơm", period=HEAD),
    F("ước đạt 128.650 tấn", "128.650", 128650, "measure", "tấn", percent=54.7,
      change=C("increase", 3.2, "%", "cùng kỳ năm 2023"), status="estimate",
      subject="tổng sản lượng khai thác hải sản", period=H1),
    F("ước đạt 37.820 tấn", "37.820", 37820, "measure", "tấn", total=128650, percent=29.4,
      status="estimate", subject="sản lượng cá cơm", period=I(H1)),
    F("hiện có 1.126 tàu", "1.126", 1126, "count", "tàu", subject=FLEET),
    F("trong đó 418 tàu", "418", 418, "count", "tàu", total=1126,
      subject="tàu lưới vây, lưới rút khai thác cá cơm có chiều dài từ 15 m trở lên"),
    F("từ 15 m trở lên", "15", 15, "measure", "m", approx="at_least", optional=True,
      subject="chiều dài tàu"),
    F("Tuy Phong (472 chiếc)", "472", 472, "count", "chiếc", subject=FLEET, location="Tuy Phong"),
    F("Phan Thiết (305 chiếc)", "305", 305, "count", "chiếc", subject=FLEET, location="Phan Thiết"),
    F("La Gi (214 chiếc)", "214", 214, "count", "chiếc", subject=FLEET, location="La Gi"),
    F("từ 2 đến 3 ngày", "2", 2, "measure", "ngày", value_max=3,
      subject="thời gian mỗi chuyến biển"),
    F("khoảng 4-6 tấn", "4", 4, "measure", "tấn/chuyến", value_max=6, approx="about",
      subject="sản lượng cá cơm bình quân mỗi tàu lưới vây đánh bắt mỗi chuyến"),
    F("từ 12.000 đến 18.000", "12.000", 12000, "money", "đồng/kg", value_max=18000,
      subject="giá cá cơm tươi tại các cảng cá"),
    F("trên 25.000", "25.000", 25000, "money", "đồng/kg", approx="over",
      subject="giá cá cơm than loại 1"),
    F("qua 236 cơ sở", "236", 236, "count", "cơ sở", subject="cơ sở sản xuất nước mắm"),
    F("và 96 cơ sở", "96", 96, "count", "cơ sở", subject="cơ sở hấp, phơi sấy cá cơm"),
    F("tối đa 50 triệu", "50", 50000000, "money", "đồng/tàu", approx="at_most",
      subject="hỗ trợ ngư dân lắp thiết bị giám sát hành trình trên tàu cá"),
    F("khoảng 32.000 tấn", "32.000", 32000, "measure", "tấn", approx="about", status="forecast",
      subject="sản lượng cá cơm", period=H2),
    F("hải sản 235.000 tấn", "235.000", 235000, "measure", "tấn", status="target",
      subject="sản lượng khai thác hải sản", period=Y24),
    F("khoảng 70.000 tấn", "70.000", 70000, "measure", "tấn", approx="about", total=235000,
      status="target", subject="sản lượng cá cơm khai thác", period=Y24),
]

NOTES = [
    "Province portal (Bình Thuận): anchovy catch, first half of 2024. Breadcrumb, 'Cập nhật: 08/07/2024 14:20 | Lượt xem: 2.417'.",
    "Distractors: view counter 2.417, time 14:20, '(binhthuan.gov.vn)', 'cá cơm than loại 1' (a grade), 'Nghị quyết số 12/2023/NQ-HĐND',",
    "'6 tháng cuối năm' (2024-07-01..12-31) is the period of the 'dự kiến' 32.000 tấn (forecast). Headline '6 tháng đầu năm' takes the year of published (2024).",
    "District list 472+305+214 = 991 of 1.126 ('tập trung chủ yếu ở'): no total. '15 m trở lên' is a category threshold (optional).",
    "37.820 is a part after 'Trong đó' of 128.650 (total) and carries 'chiếm 29,4%' (percent). 70.000 is a part of the 235.000 target.",
    "Support ceiling 'tối đa 50 triệu đồng/tàu' is a standing rule: actual, no period.",
]

if __name__ == "__main__":
    write("p1195-1", TEXT, NOTES, FIGS, published="2024-07-08", location="Bình Thuận")
