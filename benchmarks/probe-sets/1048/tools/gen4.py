"""p1048-4: Cục Chăn nuôi (ministry agency) site, national deer herd and velvet, 2022 results and 2030 orientation."""
from lib import F, write, period, inherit, change

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN - CỤC CHĂN NUÔI
Trang chủ / Tin tức / Chăn nuôi khác
Ngày đăng: 22/05/2023 | Lượt xem: 1.145

Phát triển chăn nuôi hươu sao theo hướng hàng hóa, an toàn sinh học

Theo số liệu thống kê của Cục Chăn nuôi, đến hết năm 2022, tổng đàn hươu, nai của cả nước đạt khoảng 168.000 con, tăng 4,5% so với năm 2021; trong đó hươu sao chiếm khoảng 78%. Chăn nuôi hươu hiện có mặt tại 42/63 tỉnh, thành phố, nhưng tập trung chủ yếu ở khu vực Bắc Trung Bộ.

Ba địa phương có đàn hươu lớn nhất lần lượt là Hà Tĩnh (khoảng 44.000 con), Nghệ An (32.500 con) và Thanh Hóa (7.900 con), chiếm hơn 50% tổng đàn cả nước.

Năm 2022, sản lượng nhung hươu cả nước ước đạt 52 tấn, giá trị khoảng 960 tỷ đồng. Ngoài tiêu thụ trong nước, khoảng 6,5 tấn nhung được xuất khẩu sang Hàn Quốc, Trung Quốc, kim ngạch đạt 1,4 triệu USD.

Chăn nuôi hươu phải tuân thủ Luật Chăn nuôi 2018 và Nghị định số 13/2020/NĐ-CP; trang trại từ 10 đơn vị vật nuôi trở lên phải đáp ứng đủ điều kiện chăn nuôi. Định hướng đến năm 2030, tổng đàn hươu, nai cả nước đạt khoảng 250.000 con, sản lượng nhung đạt 80 tấn/năm. Cục Chăn nuôi đề nghị các địa phương phấn đấu duy trì tỷ lệ tiêm phòng lở mồm long móng cho đàn hươu trên 80%.

Cục Chăn nuôi - Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3734.5443
"""

END22 = period("đến hết năm 2022", end="2022-12-31")
Y22 = period("Năm 2022", "2022-01-01", "2022-12-31")
T30 = period("đến năm 2030", end="2030-12-31")

FIGS = [
    F("khoảng 168.000 con", "168.000", 168000, "count", "con", "tổng đàn hươu, nai", approx="about",
      change=change("increase", 4.5, "%", "năm 2021"), period=END22),
    F("chiếm khoảng 78%", "78", 78, "percent", "%", "hươu sao trong tổng đàn hươu, nai", approx="about", period=END22),
    F("tại 42/63 tỉnh", "42", 42, "count", "tỉnh, thành phố", "tỉnh, thành phố có chăn nuôi hươu", total=63),
    F("Ba địa phương", "Ba", 3, "count", "địa phương", "địa phương có đàn hươu lớn nhất", optional=True),
    F("Hà Tĩnh (khoảng 44.000 con)", "44.000", 44000, "count", "con", "đàn hươu", approx="about",
      location="Hà Tĩnh", period=inherit(END22)),
    F("Nghệ An (32.500 con)", "32.500", 32500, "count", "con", "đàn hươu", location="Nghệ An", period=inherit(END22)),
    F("Thanh Hóa (7.900 con)", "7.900", 7900, "count", "con", "đàn hươu", location="Thanh Hóa", period=inherit(END22)),
    F("chiếm hơn 50%", "50", 50, "percent", "%", "ba địa phương trong tổng đàn hươu cả nước", approx="over",
      period=inherit(END22)),
    F("ước đạt 52 tấn", "52", 52, "measure", "tấn", "sản lượng nhung hươu", status="estimate", period=Y22),
    F("khoảng 960 tỷ đồng", "960", 960e9, "money", "đồng", "giá trị sản lượng nhung hươu", approx="about",
      status="estimate", period=Y22),
    F("khoảng 6,5 tấn", "6,5", 6.5, "measure", "tấn", "nhung hươu xuất khẩu", approx="about", period=inherit(Y22)),
    F("đạt 1,4 triệu USD", "1,4", 1.4e6, "money", "USD", "kim ngạch xuất khẩu nhung hươu", period=inherit(Y22)),
    F("từ 10 đơn vị vật nuôi", "10", 10, "measure", "đơn vị vật nuôi", "ngưỡng quy mô trang trại", approx="at_least",
      optional=True),
    F("khoảng 250.000 con", "250.000", 250000, "count", "con", "tổng đàn hươu, nai", approx="about", status="target",
      period=T30),
    F("đạt 80 tấn/năm", "80", 80, "measure", "tấn/năm", "sản lượng nhung", status="target", period=T30),
    F("trên 80%", "80", 80, "percent", "%", "tỷ lệ tiêm phòng lở mồm long móng cho đàn hươu", approx="over",
      status="target"),
]

NOTES = [
    "Probe 1048-4: Cục Chăn nuôi (Bộ NN&PTNT) site, 'Ngày đăng: 22/05/2023 | Lượt xem: 1.145'. National figures -> Việt Nam;",
    "the three provinces of the 'lần lượt' list are locations of their items. 'chiếm hơn 50%' is the share of the three together,",
    "a percent figure of its own (not the percent of Thanh Hóa's 7.900). 'trong đó hươu sao chiếm khoảng 78%' has no base count:",
    "a percent figure. Hàn Quốc, Trung Quốc are trade partners, not places. 'Ba địa phương' and '10 đơn vị vật nuôi trở lên' optional.",
    "Not figures: Luật Chăn nuôi 2018, Nghị định số 13/2020/NĐ-CP, Số 2 Ngọc Hà, 024.3734.5443, Lượt xem.",
]

write(4, TEXT, FIGS, NOTES, published="2023-05-22", location="Việt Nam")
