"""p788-4: Cục Chăn nuôi (Bộ NN&PTNT) site, national swiftlet industry and exports, 2023 and 2030 targets."""
from lib import F, asof, build, change, inherit, period, year

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN - CỤC CHĂN NUÔI
Trang chủ > Tin tức > Chăn nuôi gia cầm, chim yến

Ngành yến sào hướng tới kim ngạch xuất khẩu 1 tỷ USD
22/04/2024 10:30

Theo Cục Chăn nuôi, tính đến hết năm 2023, cả nước có khoảng 23.500 nhà yến tại 49/63 tỉnh, thành phố, tăng gần 2.000 nhà so với năm 2021. Tổng sản lượng tổ yến năm 2023 ước đạt 165 tấn, trong đó tổ yến đảo khoảng 12 tấn, tổ yến nhà khoảng 153 tấn.

Các địa phương có nhiều nhà yến là Kiên Giang (khoảng 3.200 nhà), Cà Mau (2.700 nhà), Bạc Liêu (2.150 nhà) và Sóc Trăng (1.900 nhà). Nhà yến xây dựng trong khu dân cư hiện chiếm khoảng 58% tổng số nhà yến cả nước.

Năm 2023, Việt Nam xuất khẩu khoảng 93 tấn tổ yến và sản phẩm từ yến, kim ngạch đạt 485 triệu USD, tăng 27,6% so với năm 2022. Từ ngày 01/8/2023, tổ yến được xuất khẩu chính ngạch sang Trung Quốc theo Nghị định thư ký ngày 22/11/2022; đến nay đã có 14 doanh nghiệp được cấp mã số xuất khẩu.

Giá tổ yến thô xuất khẩu bình quân năm 2023 khoảng 1.800 USD/kg. Mức giá này gấp khoảng 2 lần giá bán trong nước.

Theo Đề án phát triển ngành yến sào, đến năm 2030 cả nước phấn đấu có khoảng 30.000 nhà yến, sản lượng đạt 300 tấn/năm, kim ngạch xuất khẩu đạt 1 tỷ USD/năm.

CỤC CHĂN NUÔI - Số 16 Thụy Khuê, Tây Hồ, Hà Nội | ĐT: 024.3734.5443
"""

END23 = asof("tính đến hết năm 2023", "2023-12-31")
Y23 = year(2023)
Y23b = year(2023, "Năm 2023")
NOW = asof("đến nay", "2024-04-22")
T2030 = asof("đến năm 2030", "2030-12-31")

FIGS = [
    F("xuất khẩu 1 tỷ USD\n", "1", 1e9, "money", "USD", "kim ngạch xuất khẩu ngành yến sào", inherit(T2030),
      status="target"),
    F("khoảng 23.500 nhà yến", "23.500", 23500, "count", "nhà yến", "nhà yến", END23, approx="about",
      change=change("increase", 2000, "nhà", "năm 2021", "nearly")),
    F("tại 49/63", "49", 49, "count", "tỉnh, thành phố", "tỉnh, thành phố có nhà yến", END23, total=63),
    F("ước đạt 165 tấn", "165", 165, "measure", "tấn", "tổng sản lượng tổ yến", Y23, status="estimate"),
    F("khoảng 12 tấn", "12", 12, "measure", "tấn", "tổ yến đảo", Y23, approx="about", total=165,
      status="estimate"),
    F("khoảng 153 tấn", "153", 153, "measure", "tấn", "tổ yến nhà", Y23, approx="about", total=165,
      status="estimate"),
    F("khoảng 3.200 nhà", "3.200", 3200, "count", "nhà", "nhà yến", inherit(END23), approx="about",
      location="Kiên Giang"),
    F("Cà Mau (2.700 nhà)", "2.700", 2700, "count", "nhà", "nhà yến", inherit(END23), location="Cà Mau"),
    F("Bạc Liêu (2.150 nhà)", "2.150", 2150, "count", "nhà", "nhà yến", inherit(END23), location="Bạc Liêu"),
    F("Sóc Trăng (1.900 nhà)", "1.900", 1900, "count", "nhà", "nhà yến", inherit(END23), location="Sóc Trăng"),
    F("khoảng 58%", "58", 58, "percent", "%", "nhà yến xây dựng trong khu dân cư trong tổng số nhà yến",
      approx="about"),
    F("khoảng 93 tấn", "93", 93, "measure", "tấn", "tổ yến và sản phẩm từ yến xuất khẩu", Y23b, approx="about"),
    F("đạt 485 triệu USD", "485", 485e6, "money", "USD", "kim ngạch xuất khẩu", Y23b,
      change=change("increase", 27.6, "%", "năm 2022")),
    F("có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp", "doanh nghiệp được cấp mã số xuất khẩu", NOW),
    F("khoảng 1.800 USD/kg", "1.800", 1800, "money", "USD/kg", "giá tổ yến thô xuất khẩu bình quân", Y23,
      approx="about"),
    F("gấp khoảng 2 lần", "2", 2, "multiple", "lần", "giá tổ yến thô xuất khẩu so với giá bán trong nước",
      inherit(Y23), approx="about"),
    F("khoảng 30.000 nhà yến", "30.000", 30000, "count", "nhà yến", "nhà yến", T2030, approx="about",
      status="target"),
    F("đạt 300 tấn/năm", "300", 300, "measure", "tấn/năm", "sản lượng tổ yến", T2030, status="target"),
    F("đạt 1 tỷ USD/năm", "1", 1e9, "money", "USD/năm", "kim ngạch xuất khẩu", T2030, status="target"),
]

COMMENTS = [
    "Cục Chăn nuôi (Bộ NN&PTNT): ngành yến sào cả nước — nhà yến tính đến hết năm 2023, sản lượng, xuất khẩu 2023, mục tiêu 2030.",
    "Dateline '22/04/2024 10:30' under the headline. National article: location Việt Nam except the province list items.",
    "Not figures: the 63 in '49/63' (total of 49), 'Từ ngày 01/8/2023', 'ký ngày 22/11/2022', 'Số 16 Thụy Khuê', phone.",
    "The headline target '1 tỷ USD' takes its period from the 2030 sentence (inherited). 'đến nay' = as of the dateline.",
    "'Mức giá này gấp khoảng 2 lần …' stands as its own sentence: a multiple figure. 12 + 153 = 165 after 'trong đó': totals.",
    "'hiện chiếm khoảng 58%' has no period phrase ('hiện'): no period.",
]

if __name__ == "__main__":
    build("p788-4", TEXT, FIGS, COMMENTS, published="2024-04-22", location="Việt Nam")
