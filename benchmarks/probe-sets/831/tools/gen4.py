"""p831-4: ministry site (Bộ Nông nghiệp và Môi trường / Cục Thủy sản và Kiểm ngư), national 2024 figures."""
from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Trang chủ » Tin tức » Thủy sản
Ngày đăng: 08/05/2025 | Lượt xem: 1.047

Nuôi cá nước lạnh: Hướng đi bền vững cho kinh tế vùng cao

Theo Cục Thủy sản và Kiểm ngư, năm 2024 cả nước có 38 tỉnh, thành phố nuôi cá nước lạnh với tổng thể tích bể, ao nuôi khoảng 1,2 triệu m3. Sản lượng đạt 5.860 tấn, tăng 12,5% so với năm 2023; trong đó cá tầm chiếm 61,4%, cá hồi vân chiếm 36,2%, còn lại là cá hồi chấm và một số loài khác.

Các địa phương có sản lượng lớn nhất lần lượt là Lâm Đồng (1.650 tấn), Lào Cai (1.320 tấn), Lai Châu (780 tấn) và Hà Giang (410 tấn). Cả nước hiện có khoảng 1.100 cơ sở nuôi, tạo việc làm cho trên 9.000 lao động.

Năm 2020, sản lượng cá nước lạnh mới đạt 3.100 tấn; như vậy sau 4 năm, sản lượng đã tăng gần 1,9 lần. Giá trị sản xuất năm 2024 ước đạt 1.150 tỷ đồng.

Tuy vậy, ngành hàng vẫn phụ thuộc lớn vào con giống nhập khẩu. Mỗi năm cần khoảng 8-10 triệu trứng cá hồi vân, chủ yếu nhập từ Phần Lan, Na Uy và Đan Mạch; các cơ sở trong nước mới chủ động được khoảng 15% nhu cầu cá tầm giống. Năm 2024, cá tầm nhập khẩu từ Trung Quốc vào Việt Nam khoảng 2.300 tấn, gần bằng 64% sản lượng cá tầm nuôi trong nước.

Theo Đề án phát triển nuôi cá nước lạnh (Quyết định số 1664/QĐ-BNN-TCTS), mục tiêu đến năm 2025 sản lượng đạt 6.500 tấn và đến năm 2030 đạt 10.000 tấn; giá trị xuất khẩu đạt 20 triệu USD. Lễ hội cá hồi Sa Pa lần thứ 5 sẽ được tổ chức vào tháng 8/2025.

Cục Thủy sản và Kiểm ngư
Địa chỉ: Số 10 Nguyễn Công Hoan, Ba Đình, Hà Nội. ĐT: 024.3724.5370
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y2025 = P("đến năm 2025", None, "2025-12-31")
Y2030 = P("đến năm 2030", None, "2030-12-31")
FIGS = [
    F("có 38 tỉnh, thành phố", "38", 38, "count", "tỉnh, thành phố", "tỉnh, thành phố nuôi cá nước lạnh", Y24),
    F("khoảng 1,2 triệu m3", "1,2", 1.2e6, "measure", "m3", "tổng thể tích bể, ao nuôi cá nước lạnh", Y24,
      approx="about"),
    F("đạt 5.860 tấn", "5.860", 5860, "measure", "tấn", "sản lượng cá nước lạnh", I(Y24),
      change=C("increase", 12.5, baseline="năm 2023")),
    F("chiếm 61,4%", "61,4", 61.4, "percent", "%", "tỷ trọng cá tầm trong sản lượng cá nước lạnh", I(Y24)),
    F("chiếm 36,2%", "36,2", 36.2, "percent", "%", "tỷ trọng cá hồi vân trong sản lượng cá nước lạnh", I(Y24)),
    F("Lâm Đồng (1.650 tấn)", "1.650", 1650, "measure", "tấn", "sản lượng cá nước lạnh", I(Y24), location="Lâm Đồng"),
    F("Lào Cai (1.320 tấn)", "1.320", 1320, "measure", "tấn", "sản lượng cá nước lạnh", I(Y24), location="Lào Cai"),
    F("Lai Châu (780 tấn)", "780", 780, "measure", "tấn", "sản lượng cá nước lạnh", I(Y24), location="Lai Châu"),
    F("Hà Giang (410 tấn)", "410", 410, "measure", "tấn", "sản lượng cá nước lạnh", I(Y24), location="Hà Giang"),
    F("khoảng 1.100 cơ sở", "1.100", 1100, "count", "cơ sở", "cơ sở nuôi cá nước lạnh", approx="about"),
    F("trên 9.000 lao động", "9.000", 9000, "count", "lao động", "lao động có việc làm từ nuôi cá nước lạnh",
      approx="over"),
    F("đạt 3.100 tấn", "3.100", 3100, "measure", "tấn", "sản lượng cá nước lạnh",
      P("Năm 2020", "2020-01-01", "2020-12-31")),
    F("tăng gần 1,9 lần", "1,9", 1.9, "multiple", "lần", "sản lượng cá nước lạnh năm 2024 so với năm 2020",
      approx="nearly"),
    F("ước đạt 1.150 tỷ đồng", "1.150", 1150e9, "money", "đồng", "giá trị sản xuất cá nước lạnh", Y24,
      status="estimate"),
    F("khoảng 8-10 triệu trứng", "8", 8e6, "count", "trứng", "trứng cá hồi vân cần mỗi năm", value_max=10e6,
      approx="about"),
    F("khoảng 15% nhu cầu", "15", 15, "percent", "%", "nhu cầu cá tầm giống do các cơ sở trong nước chủ động được",
      approx="about"),
    F("khoảng 2.300 tấn", "2.300", 2300, "measure", "tấn", "cá tầm nhập khẩu từ Trung Quốc vào Việt Nam",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="about", percent=64),
    F("đạt 6.500 tấn", "6.500", 6500, "measure", "tấn", "sản lượng cá nước lạnh", Y2025, status="target"),
    F("đạt 10.000 tấn", "10.000", 10000, "measure", "tấn", "sản lượng cá nước lạnh", Y2030, status="target"),
    F("đạt 20 triệu USD", "20", 20e6, "money", "USD", "giá trị xuất khẩu cá nước lạnh", Y2030, status="target"),
]

HEADER = [
    "Ministry site (Bộ Nông nghiệp và Môi trường), 'Ngày đăng: 08/05/2025 | Lượt xem: 1.047': national cold-water fish figures for 2024.",
    "Distractors: 'Lượt xem: 1.047', 'Quyết định số 1664/QĐ-BNN-TCTS', 'lần thứ 5' (ordinal), 'tháng 8/2025', 'sau 4 năm' (a span that locates the",
    "multiple), address 'Số 10 Nguyễn Công Hoan, Ba Đình, Hà Nội', phone '024.3724.5370'. Foreign origins (Phần Lan, Na Uy, Đan Mạch, Trung Quốc) are not locations.",
    "Location Việt Nam throughout; the ranked province list does not add up to 5.860 (no total) and each item takes its province as location.",
    "Shares 'cá tầm chiếm 61,4%' follow 'trong đó' but are percents of the whole, so percent figures of their own (no base amount given).",
    "'gần bằng 64% sản lượng cá tầm nuôi trong nước' is the share (percent attribute) of 2.300 tấn; its approx 'gần' is not scored.",
    "'mục tiêu đến năm 2025 ... và đến năm 2030 ...; giá trị xuất khẩu đạt 20 triệu USD': the target cue and 'đến năm 2030' run to the 20 triệu USD.",
    "'Mỗi năm cần khoảng 8-10 triệu trứng' is an annual need with no dated period. 'hiện' gives no period.",
]

if __name__ == "__main__":
    write("p831-4", TEXT, HEADER, FIGS, published="2025-05-08", location="Việt Nam")
