"""p759-1: Hà Giang province portal — goat herd at 30/6/2024, hill districts, support for breeding bucks, 2025 targets."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ GIANG
Trang chủ > Tin tức - Sự kiện > Kinh tế
Hà Giang: Tổng đàn dê đạt hơn 215 nghìn con
Cập nhật: 16/07/2024 08:45
Lượt xem: 1.482

Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 30/6/2024, tổng đàn dê toàn tỉnh Hà Giang đạt 215.640 con, tăng 6,8% so với cùng kỳ năm 2023. Trong đó, đàn dê của 4 huyện vùng cao núi đá phía Bắc là 131.970 con, chiếm 61,2% tổng đàn, gồm: Đồng Văn (38.450 con), Mèo Vạc (36.120 con), Yên Minh (31.870 con) và Quản Bạ (25.530 con).

Sản lượng thịt dê hơi xuất chuồng 6 tháng đầu năm ước đạt 1.245 tấn, tăng 92 tấn so với cùng kỳ. Giá dê thịt hơi trên địa bàn tỉnh dao động từ 130.000 đến 150.000 đồng/kg, tăng khoảng 10.000 đồng/kg so với đầu năm. Đàn thỏ toàn tỉnh hiện có khoảng 18.300 con, chủ yếu nuôi nhỏ lẻ trong nông hộ.

Toàn tỉnh có 1.126 hộ nuôi dê quy mô từ 20 con trở lên, trong đó 43 hộ nuôi trên 100 con; 27 hợp tác xã chăn nuôi dê, thỏ đang hoạt động.

Thực hiện Nghị quyết số 08/2022/NQ-HĐND của HĐND tỉnh, mỗi con dê đực giống được hỗ trợ 5 triệu đồng. 6 tháng đầu năm, các huyện đã hỗ trợ 312 con dê đực giống với tổng kinh phí 1,56 tỷ đồng, trong đó huyện Mèo Vạc 96 con.

Phấn đấu đến năm 2025, tổng đàn dê toàn tỉnh đạt 250.000 con, sản lượng thịt hơi đạt 2.800 tấn/năm; tỷ lệ đàn dê được tiêm phòng đạt trên 80%.

Tổ chức, cá nhân cần tư vấn kỹ thuật xin liên hệ Chi cục Chăn nuôi và Thú y, số 197 đường Nguyễn Thái Học, điện thoại 0219.3866.112.
"""

ASOF = P("tính đến ngày 30/6/2024", end="2024-06-30")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
T25 = P("đến năm 2025", end="2025-12-31")

FIGS = [
    F("đạt hơn 215 nghìn con", "215", 215000, "count", "con", "tổng đàn dê", approx="over"),
    F("Hà Giang đạt 215.640 con", "215.640", 215640, "count", "con", "tổng đàn dê toàn tỉnh", ASOF,
      change=CH("increase", 6.8, baseline="cùng kỳ năm 2023")),
    F("của 4 huyện vùng cao", "4", 4, "count", "huyện", "huyện vùng cao núi đá phía Bắc", optional=True),
    F("là 131.970 con", "131.970", 131970, "count", "con", "đàn dê của 4 huyện vùng cao núi đá phía Bắc", I(ASOF),
      total=215640, percent=61.2),
    F("Đồng Văn (38.450 con)", "38.450", 38450, "count", "con", "đàn dê", I(ASOF), total=131970, location="Đồng Văn"),
    F("Mèo Vạc (36.120 con)", "36.120", 36120, "count", "con", "đàn dê", I(ASOF), total=131970, location="Mèo Vạc"),
    F("Yên Minh (31.870 con)", "31.870", 31870, "count", "con", "đàn dê", I(ASOF), total=131970, location="Yên Minh"),
    F("Quản Bạ (25.530 con)", "25.530", 25530, "count", "con", "đàn dê", I(ASOF), total=131970, location="Quản Bạ"),
    F("ước đạt 1.245 tấn", "1.245", 1245, "measure", "tấn", "sản lượng thịt dê hơi xuất chuồng", H1,
      change=CH("increase", 92, "tấn", baseline="cùng kỳ"), status="estimate"),
    F("từ 130.000 đến", "130.000", 130000, "money", "đồng/kg", "giá dê thịt hơi", value_max=150000,
      change=CH("increase", 10000, "đồng/kg", baseline="đầu năm", approx="about")),
    F("khoảng 18.300 con", "18.300", 18300, "count", "con", "đàn thỏ toàn tỉnh", approx="about"),
    F("có 1.126 hộ", "1.126", 1126, "count", "hộ", "hộ nuôi dê quy mô từ 20 con trở lên"),
    F("từ 20 con trở lên", "20", 20, "count", "con", "quy mô nuôi dê", approx="at_least", optional=True),
    F("trong đó 43 hộ", "43", 43, "count", "hộ", "hộ nuôi dê trên 100 con", total=1126),
    F("trên 100 con;", "100", 100, "count", "con", "quy mô nuôi dê", approx="over", optional=True),
    F("27 hợp tác xã", "27", 27, "count", "hợp tác xã", "hợp tác xã chăn nuôi dê, thỏ đang hoạt động"),
    F("hỗ trợ 5 triệu đồng", "5", 5000000, "money", "đồng", "mức hỗ trợ mỗi con dê đực giống"),
    F("hỗ trợ 312 con", "312", 312, "count", "con", "dê đực giống được hỗ trợ", H1),
    F("kinh phí 1,56 tỷ đồng", "1,56", 1560000000, "money", "đồng", "kinh phí hỗ trợ dê đực giống", H1),
    F("Mèo Vạc 96 con", "96", 96, "count", "con", "dê đực giống được hỗ trợ", H1, total=312, location="Mèo Vạc"),
    F("đạt 250.000 con", "250.000", 250000, "count", "con", "tổng đàn dê toàn tỉnh", T25, status="target"),
    F("đạt 2.800 tấn/năm", "2.800", 2800, "measure", "tấn/năm", "sản lượng thịt hơi", T25, status="target"),
    F("đạt trên 80%", "80", 80, "percent", "%", "tỷ lệ đàn dê được tiêm phòng", T25, approx="over", status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Hà Giang: tổng đàn dê tính đến 30/6/2024, 4 huyện vùng cao núi đá, hỗ trợ dê đực giống, mục tiêu 2025.",
    "`Cập nhật: 16/07/2024 08:45` is the dateline; `Lượt xem: 1.482`, the NQ number, the address (số 197) and the phone are not figures.",
    "The four districts' bracketed herds add up to 131.970 (gồm, after the whole); 131.970 is a part of 215.640 (Trong đó).",
    "'6 tháng đầu năm' takes 2024 from 'tính đến ngày 30/6/2024' (the baseline 'cùng kỳ năm 2023' is not a period).",
    "Thresholds 'từ 20 con trở lên', 'trên 100 con' and the group name '4 huyện' are optional.",
]

if __name__ == "__main__":
    emit("p759-1", TEXT, COMMENTS, FIGS, published="2024-07-16", location="Hà Giang")
