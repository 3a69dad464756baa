"""p1214-4: ministry site (Bộ NN&PTNT), national aquafeed output 2023, fish meal demand and imports."""
from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Thủy sản

Sản lượng thức ăn thủy sản năm 2023 ước đạt 6,4 triệu tấn

Ngày đăng: 09/02/2024 | Lượt xem: 1.027

Theo Cục Thủy sản, năm 2023 cả nước có 276 nhà máy sản xuất thức ăn thủy sản với tổng công suất thiết kế khoảng 8,2 triệu tấn/năm; trong đó 92 nhà máy của doanh nghiệp có vốn đầu tư nước ngoài, chiếm khoảng 47% tổng công suất. Tổng sản lượng thức ăn thủy sản sản xuất năm 2023 ước đạt 6,4 triệu tấn, giảm 3,5% so với năm 2022, gồm thức ăn nuôi cá khoảng 4,1 triệu tấn và thức ăn nuôi tôm khoảng 2,3 triệu tấn.

Nhu cầu bột cá làm nguyên liệu sản xuất thức ăn thủy sản khoảng 550.000 tấn/năm, trong đó nguồn cung trong nước đáp ứng được hơn 60%. Các địa phương có sản lượng bột cá lớn là Kiên Giang, Bà Rịa - Vũng Tàu và Cà Mau, với sản lượng năm 2023 lần lượt đạt 108.000 tấn, 71.000 tấn và 64.000 tấn. Năm 2023, cả nước nhập khẩu 231.000 tấn bột cá, trị giá 385 triệu USD, tăng 12,7% so với năm 2022.

Giá bình quân thức ăn tôm công nghiệp năm 2023 từ 32.000 đến 38.000 đồng/kg, thức ăn cá tra từ 13.500 đến 15.000 đồng/kg. Chi phí thức ăn chiếm từ 55 đến 65% giá thành nuôi cá tra và khoảng 60% giá thành nuôi tôm.

Theo Chiến lược phát triển thủy sản Việt Nam đến năm 2030, tầm nhìn đến năm 2045, đến năm 2030 sản lượng thức ăn thủy sản đạt khoảng 8 triệu tấn, trong đó bột cá sản xuất trong nước đáp ứng ít nhất 75% nhu cầu.

Bản quyền thuộc Bộ Nông nghiệp và Phát triển nông thôn
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội | Điện thoại: 024.3846.8161
"""

Y23H = P("năm 2023", "2023-01-01", "2023-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
TO30 = P("đến năm 2030", None, "2030-12-31")
FEED = "sản lượng thức ăn thủy sản"
FM = "sản lượng bột cá"

FIGS = [
    F("thủy sản năm 2023 ước đạt 6,4", "6,4", 6400000, "measure", "tấn", status="estimate",
      subject=FEED, period=Y23H),
    F("có 276 nhà máy", "276", 276, "count", "nhà máy", subject="nhà máy sản xuất thức ăn thủy sản", period=Y23),
    F("khoảng 8,2 triệu", "8,2", 8200000, "measure", "tấn/năm", approx="about",
      subject="tổng công suất thiết kế nhà máy sản xuất thức ăn thủy sản", period=Y23),
    F("trong đó 92 nhà máy", "92", 92, "count", "nhà máy", total=276, percent=47,
      subject="nhà máy của doanh nghiệp có vốn đầu tư nước ngoài", period=Y23),
    F("6,4 triệu tấn, giảm", "6,4", 6400000, "measure", "tấn", status="estimate",
      change=C("decrease", 3.5, "%", "năm 2022"),
      subject="tổng sản lượng thức ăn thủy sản sản xuất", period=Y23),
    F("khoảng 4,1 triệu", "4,1", 4100000, "measure", "tấn", approx="about", total=6400000, status="estimate",
      subject="thức ăn nuôi cá", period=Y23),
    F("khoảng 2,3 triệu", "2,3", 2300000, "measure", "tấn", approx="about", total=6400000, status="estimate",
      subject="thức ăn nuôi tôm", period=Y23),
    F("khoảng 550.000 tấn", "550.000", 550000, "measure", "tấn/năm", approx="about",
      subject="nhu cầu bột cá làm nguyên liệu sản xuất thức ăn thủy sản"),
    F("hơn 60%", "60", 60, "percent", "%", approx="over",
      subject="tỷ lệ nhu cầu bột cá được nguồn cung trong nước đáp ứng"),
    F("đạt 108.000 tấn", "108.000", 108000, "measure", "tấn", subject=FM, period=Y23, location="Kiên Giang"),
    F("tấn, 71.000 tấn", "71.000", 71000, "measure", "tấn", subject=FM, period=Y23, location="Bà Rịa - Vũng Tàu"),
    F("và 64.000 tấn", "64.000", 64000, "measure", "tấn", subject=FM, period=Y23, location="Cà Mau"),
    F("nhập khẩu 231.000 tấn", "231.000", 231000, "measure", "tấn", subject="bột cá nhập khẩu", period=Y23),
    F("trị giá 385 triệu", "385", 385000000, "money", "USD", change=C("increase", 12.7, "%", "năm 2022"),
      subject="trị giá bột cá nhập khẩu", period=Y23),
    F("từ 32.000 đến 38.000", "32.000", 32000, "money", "đồng/kg", value_max=38000,
      subject="giá bình quân thức ăn tôm công nghiệp", period=Y23),
    F("từ 13.500 đến 15.000", "13.500", 13500, "money", "đồng/kg", value_max=15000,
      subject="giá bình quân thức ăn cá tra", period=Y23),
    F("từ 55 đến 65%", "55", 55, "percent", "%", value_max=65,
      subject="tỷ lệ chi phí thức ăn trong giá thành nuôi cá tra"),
    F("khoảng 60% giá thành", "60", 60, "percent", "%", approx="about",
      subject="tỷ lệ chi phí thức ăn trong giá thành nuôi tôm"),
    F("khoảng 8 triệu", "8", 8000000, "measure", "tấn", approx="about", status="target",
      subject=FEED, period=TO30),
    F("ít nhất 75%", "75", 75, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ nhu cầu bột cá được bột cá sản xuất trong nước đáp ứng", period=TO30),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): 'Ngày đăng: 09/02/2024 | Lượt xem: 1.027'. National article: default location Việt Nam; the 'lần lượt' list",
    "items take their province. Distractors: view counter, 'tầm nhìn đến năm 2045', address 'Số 2 Ngọc Hà', phone 024.3846.8161.",
    "'trong đó 92 nhà máy ..., chiếm khoảng 47% tổng công suất' → 92 has total 276 and percent 47 (share after 'chiếm').",
    "'ước đạt 6,4 triệu tấn ..., gồm ... khoảng 4,1 ... và ... khoảng 2,3 triệu tấn' → parts (total 6,4 triệu), estimate continues into 'gồm'.",
    "'trị giá 385 triệu USD, tăng 12,7%' → the change follows the money figure. 'đáp ứng được hơn 60%' is a percent figure of its own",
    "('đáp ứng' is not a share cue of 550.000). Standing per-year demand and cost shares get no period.",
]

if __name__ == "__main__":
    write("p1214-4", TEXT, NOTES, FIGS, published="2024-02-09", location="Việt Nam")
