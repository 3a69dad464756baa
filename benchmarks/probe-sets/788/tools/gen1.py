"""p788-1: Ninh Thuận province portal, swiftlet houses and nest output, H1/2024."""
from lib import F, asof, build, change, inherit, period

TEXT = """Cổng thông tin điện tử tỉnh Ninh Thuận
Trang chủ > Tin tức - Sự kiện > Kinh tế
Sản lượng tổ yến nuôi tăng 18%
Cập nhật: 12/08/2024 09:45 | Lượt xem: 2.316

Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 30/6/2024, toàn tỉnh Ninh Thuận có 1.248 nhà yến, tăng 96 nhà so với cuối năm 2023; trong đó có 812 nhà yến nằm ngoài khu dân cư, chiếm 65,1%. Nhà yến tập trung chủ yếu tại các huyện Ninh Phước (438 nhà), Thuận Nam (296 nhà) và thành phố Phan Rang - Tháp Chàm (185 nhà).

Sáu tháng đầu năm 2024, sản lượng tổ yến nuôi toàn tỉnh ước đạt 9,6 tấn, tăng 18% so với cùng kỳ năm 2023; giá trị ước đạt khoảng 235 tỷ đồng. Giá tổ yến thô dao động từ 18 đến 25 triệu đồng/kg tùy chất lượng, giảm khoảng 10% so với đầu năm.

Toàn tỉnh hiện có 14 cơ sở sơ chế, chế biến yến sào, trong đó 3 cơ sở có sản phẩm đạt chứng nhận OCOP 4 sao. Khoảng 2.100 lao động tham gia nghề nuôi và chế biến yến, thu nhập bình quân 7,5 triệu đồng/người/tháng.

Thời gian qua, UBND tỉnh đã ban hành Quyết định số 1068/QĐ-UBND về vùng nuôi chim yến; các địa phương đã kiểm tra, xử lý 27 trường hợp xây dựng nhà yến trái phép trong khu dân cư. Mục tiêu đến năm 2025, tỉnh phấn đấu có 1.500 nhà yến, sản lượng tổ yến đạt 22 tấn/năm, trong đó trên 70% sản lượng được chế biến sâu.

Nguồn: Sở NN&PTNT Ninh Thuận – 450 đường 16/4, TP. Phan Rang - Tháp Chàm
"""

H1 = period("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = asof("tính đến ngày 30/6/2024", "2024-06-30")
T2025 = asof("đến năm 2025", "2025-12-31")

FIGS = [
    F("yến nuôi tăng 18%", "18", 18, "percent", "%", "sản lượng tổ yến nuôi", inherit(H1)),
    F("có 1.248 nhà yến", "1.248", 1248, "count", "nhà yến", "nhà yến", ASOF,
      change=change("increase", 96, "nhà", "cuối năm 2023")),
    F("có 812 nhà yến", "812", 812, "count", "nhà yến", "nhà yến nằm ngoài khu dân cư", ASOF,
      total=1248, percent=65.1),
    F("Ninh Phước (438 nhà)", "438", 438, "count", "nhà", "nhà yến", inherit(ASOF), location="Ninh Phước"),
    F("Thuận Nam (296 nhà)", "296", 296, "count", "nhà", "nhà yến", inherit(ASOF), location="Thuận Nam"),
    F("Tháp Chàm (185 nhà)", "185", 185, "count", "nhà", "nhà yến", inherit(ASOF),
      location="Phan Rang - Tháp Chàm"),
    F("ước đạt 9,6 tấn", "9,6", 9.6, "measure", "tấn", "sản lượng tổ yến nuôi", H1, status="estimate",
      change=change("increase", 18, "%", "cùng kỳ năm 2023")),
    F("khoảng 235 tỷ đồng", "235", 235e9, "money", "đồng", "giá trị tổ yến nuôi", H1,
      approx="about", status="estimate"),
    F("từ 18 đến 25 triệu", "18", 18e6, "money", "đồng/kg", "giá tổ yến thô", inherit(H1), value_max=25e6,
      change=change("decrease", 10, "%", "đầu năm", "about")),
    F("có 14 cơ sở", "14", 14, "count", "cơ sở", "cơ sở sơ chế, chế biến yến sào"),
    F("trong đó 3 cơ sở", "3", 3, "count", "cơ sở", "cơ sở có sản phẩm đạt chứng nhận OCOP", total=14),
    F("Khoảng 2.100 lao động", "2.100", 2100, "count", "lao động", "lao động tham gia nghề nuôi và chế biến yến",
      approx="about"),
    F("7,5 triệu đồng/người/tháng", "7,5", 7.5e6, "money", "đồng/người/tháng", "thu nhập bình quân"),
    F("xử lý 27 trường hợp", "27", 27, "count", "trường hợp",
      "trường hợp xây dựng nhà yến trái phép trong khu dân cư"),
    F("có 1.500 nhà yến", "1.500", 1500, "count", "nhà yến", "nhà yến", T2025, status="target"),
    F("đạt 22 tấn/năm", "22", 22, "measure", "tấn/năm", "sản lượng tổ yến", T2025, status="target"),
    F("trên 70% sản lượng", "70", 70, "percent", "%", "sản lượng tổ yến được chế biến sâu", T2025,
      approx="over", status="target"),
]

COMMENTS = [
    "Cổng TTĐT Ninh Thuận: nhà yến tính đến 30/6/2024, sản lượng tổ yến 6 tháng đầu năm 2024, mục tiêu đến năm 2025.",
    "Not figures: 'Lượt xem: 2.316', 'Quyết định số 1068/QĐ-UBND', 'OCOP 4 sao' (a certification tier, like 'mức độ 4'),",
    "'450 đường 16/4' (address), times. The headline rate has no base amount: a percent figure (period from the body, inherited).",
    "District list in brackets does not add up to 1.248 ('tập trung chủ yếu'), so no total; districts go to location.",
    "The price range stands in the sentence after 'Sáu tháng đầu năm 2024': period inherited (not scored).",
]

if __name__ == "__main__":
    build("p788-1", TEXT, FIGS, COMMENTS, published="2024-08-12", location="Ninh Thuận")
