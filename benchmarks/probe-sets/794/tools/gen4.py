"""p794-4: Cục Thủy sản (Bộ NN&PTNT) site - national ốc hương, sò huyết, freshwater snails, exports, 2030 target."""
from lib import F, build, chg, inh, per

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN - CỤC THỦY SẢN
Trang chủ > Tin tức > Nuôi trồng thủy sản
Nuôi ốc hương, sò huyết: sản lượng tăng, xuất khẩu gặp khó
Ngày đăng: 05/12/2023 | Lượt xem: 1.127

Theo Cục Thủy sản, năm 2023 diện tích nuôi ốc hương cả nước ước đạt khoảng 4.200 ha, sản lượng ước đạt 16.500 tấn, tăng 8,6% so với năm 2022. Các địa phương có diện tích lớn nhất lần lượt là Khánh Hòa (1.380 ha), Phú Yên (620 ha) và Bình Thuận (510 ha). Ninh Thuận xếp thứ 4 với 430 ha.

Đối với sò huyết, diện tích nuôi khoảng 21.500 ha, chủ yếu tại Cà Mau, Kiên Giang, Bạc Liêu và Trà Vinh; sản lượng năm 2023 ước đạt 31.000 tấn. Riêng Cà Mau chiếm 46% sản lượng sò huyết cả nước. Các loài ốc nước ngọt như ốc nhồi, ốc bươu đen được nuôi tại hơn 30 tỉnh, thành phố với tổng diện tích khoảng 2.600 ha.

Về xuất khẩu, 11 tháng năm 2023, kim ngạch xuất khẩu nhuyễn thể có vỏ (trừ mực, bạch tuộc) đạt 98,6 triệu USD, giảm 14,2% so với cùng kỳ năm 2022. Trung Quốc là thị trường lớn nhất, chiếm 41,5%, tiếp đến là Hàn Quốc (18,3%) và Nhật Bản (12,7%). Giá ốc hương tại ao hiện ở mức 300.000-360.000 đồng/kg, giảm khoảng 15% so với đầu năm do sức mua từ thị trường Trung Quốc yếu.

Theo Chiến lược phát triển thủy sản Việt Nam đến năm 2030 (Quyết định số 339/QĐ-TTg ngày 11/3/2021), sản lượng nuôi nhuyễn thể đến năm 2030 đạt 1,2 triệu tấn. Tại hội nghị lần thứ 3 về phát triển nuôi biển tổ chức ở Nha Trang, Cục Thủy sản đặt mục tiêu trong giai đoạn 2024-2025 xây dựng thêm 25 cơ sở sản xuất giống ốc hương đạt chuẩn.

Cục Thủy sản - Số 10 Nguyễn Công Hoan, Ba Đình, Hà Nội. ĐT: 024.3724.5370
"""

Y = per("năm 2023", "2023-01-01", "2023-12-31")
P11 = per("11 tháng năm 2023", "2023-01-01", "2023-11-30")
DT = "diện tích nuôi ốc hương"
XK = "thị phần xuất khẩu nhuyễn thể có vỏ"

FIGS = [
    F("khoảng 4.200 ha", "4.200", 4200, "measure", "ha", "diện tích nuôi ốc hương cả nước", Y, approx="about",
      status="estimate"),
    F("ước đạt 16.500 tấn", "16.500", 16500, "measure", "tấn", "sản lượng ốc hương", Y, status="estimate",
      change=chg("increase", 8.6, baseline="năm 2022")),
    F("Khánh Hòa (1.380 ha)", "1.380", 1380, "measure", "ha", DT, inh(Y), location="Khánh Hòa"),
    F("Phú Yên (620 ha)", "620", 620, "measure", "ha", DT, inh(Y), location="Phú Yên"),
    F("Bình Thuận (510 ha)", "510", 510, "measure", "ha", DT, inh(Y), location="Bình Thuận"),
    F("xếp thứ 4", "4", 4, "rank", "hạng", DT, inh(Y), location="Ninh Thuận"),
    F("với 430 ha", "430", 430, "measure", "ha", DT, inh(Y), location="Ninh Thuận"),
    F("khoảng 21.500 ha", "21.500", 21500, "measure", "ha", "diện tích nuôi sò huyết", approx="about"),
    F("ước đạt 31.000 tấn", "31.000", 31000, "measure", "tấn", "sản lượng sò huyết", Y, status="estimate"),
    F("chiếm 46%", "46", 46, "percent", "%", "tỷ trọng sản lượng sò huyết cả nước", location="Cà Mau"),
    F("hơn 30 tỉnh, thành phố", "30", 30, "count", "tỉnh, thành phố", "tỉnh, thành phố nuôi ốc nước ngọt",
      approx="over"),
    F("khoảng 2.600 ha", "2.600", 2600, "measure", "ha", "diện tích nuôi ốc nước ngọt", approx="about"),
    F("đạt 98,6 triệu USD", "98,6", 98.6e6, "money", "USD", "kim ngạch xuất khẩu nhuyễn thể có vỏ", P11,
      change=chg("decrease", 14.2, baseline="cùng kỳ năm 2022")),
    F("chiếm 41,5%", "41,5", 41.5, "percent", "%", XK, inh(P11)),
    F("Hàn Quốc (18,3%)", "18,3", 18.3, "percent", "%", XK, inh(P11)),
    F("Nhật Bản (12,7%)", "12,7", 12.7, "percent", "%", XK, inh(P11)),
    F("mức 300.000-360.000 đồng/kg", "300.000", 300000, "money", "đồng/kg", "giá ốc hương tại ao",
      value_max=360000, change=chg("decrease", 15, baseline="đầu năm", approx="about")),
    F("đạt 1,2 triệu tấn", "1,2", 1.2e6, "measure", "tấn", "sản lượng nuôi nhuyễn thể",
      per("đến năm 2030", end="2030-12-31"), status="target"),
    F("thêm 25 cơ sở", "25", 25, "count", "cơ sở", "cơ sở sản xuất giống ốc hương đạt chuẩn xây dựng thêm",
      per("giai đoạn 2024-2025", "2024-01-01", "2025-12-31"), status="target"),
]

COMMENTS = [
    "Ministry agency site (Cục Thủy sản): national 2023 ốc hương and sò huyết, freshwater snails, 11-month shellfish exports,",
    "export markets (trade partners are not places: location Việt Nam), price range with a % change, 2030 target.",
    "The ranking list 'lần lượt là Khánh Hòa (1.380 ha), ...' does not add up to 4.200: no total; its own sentence has no 'ước': actual.",
    "'Riêng Cà Mau chiếm 46%' is Cà Mau's share of the national output (a percent figure of its own, location Cà Mau).",
    "'hơn 30 tỉnh, thành phố' is a count of provinces: Việt Nam. 'đặt mục tiêu ... xây dựng thêm 25 cơ sở': target.",
    "Distractors: Lượt xem 1.127, Quyết định số 339/QĐ-TTg ngày 11/3/2021, 'lần thứ 3', Số 10 Nguyễn Công Hoan, 024.3724.5370.",
]

if __name__ == "__main__":
    build("p794-4", TEXT, FIGS, COMMENTS, published="2023-12-05", location="Việt Nam")
