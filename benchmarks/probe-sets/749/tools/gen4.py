"""p749-4: ministry site (Bộ NN&PTNT) — national banana area, output, exports 2023, provinces, growing-area codes, 2030 targets."""
from lib import F, P, I, CH, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ / Tin tức / Trồng trọt
Ngày đăng: 26/02/2024 | Lượt xem: 2.415

Xuất khẩu chuối năm 2023 lần đầu vượt mốc 300 triệu USD

Theo Cục Trồng trọt, năm 2023 diện tích chuối cả nước đạt khoảng 155.000 ha, sản lượng trên 2,6 triệu tấn, tăng lần lượt 3,5% và 5,2% so với năm 2022.

Kim ngạch xuất khẩu chuối cả năm đạt 317 triệu USD, tăng 22,4% so với năm 2022, đưa chuối trở thành mặt hàng đứng thứ 3 trong nhóm trái cây xuất khẩu, sau sầu riêng và thanh long. Trung Quốc vẫn là thị trường lớn nhất với 228 triệu USD, chiếm 71,9%; tiếp đến là Nhật Bản 41,5 triệu USD, Hàn Quốc 27,3 triệu USD. Giá chuối xuất khẩu bình quân đạt 480 USD/tấn.

Các địa phương có diện tích chuối lớn gồm Đồng Nai (12.400 ha), Thanh Hóa (9.800 ha), Nghệ An (8.700 ha), Tây Ninh (5.900 ha) và Lào Cai (4.300 ha). Cả nước hiện có 386 mã số vùng trồng chuối xuất khẩu sang Trung Quốc với tổng diện tích hơn 28.000 ha, phân bố tại 21/63 tỉnh, thành phố.

Tuy nhiên, bệnh héo vàng (Fusarium) đang gây hại trên khoảng 3.200 ha, chủ yếu tại các tỉnh phía Bắc.

Theo Quyết định số 4205/QĐ-BNN-TT ngày 16/10/2023 của Bộ trưởng, đến năm 2030 diện tích chuối cả nước ổn định ở mức 160.000-170.000 ha, sản lượng 3-3,2 triệu tấn, kim ngạch xuất khẩu đạt 500 triệu USD.

Cục Trồng trọt - Nhà B9, số 2 Ngọc Hà, Ba Đình, Hà Nội. ĐT: 024.3734.4967
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("vượt mốc 300 triệu USD", "300", 300000000, "money", "USD", "xuất khẩu chuối",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    F("khoảng 155.000 ha", "155.000", 155000, "measure", "ha", "diện tích chuối cả nước", Y23, approx="about",
      change=CH("increase", 3.5, baseline="năm 2022")),
    F("trên 2,6 triệu tấn", "2,6", 2600000, "measure", "tấn", "sản lượng chuối", Y23, approx="over",
      change=CH("increase", 5.2, baseline="năm 2022")),
    F("đạt 317 triệu USD", "317", 317000000, "money", "USD", "kim ngạch xuất khẩu chuối",
      P("cả năm", "2023-01-01", "2023-12-31"), change=CH("increase", 22.4, baseline="năm 2022")),
    F("đứng thứ 3", "3", 3, "rank", "hạng", "chuối trong nhóm trái cây xuất khẩu", P("cả năm", "2023-01-01", "2023-12-31")),
    F("với 228 triệu USD", "228", 228000000, "money", "USD", "kim ngạch xuất khẩu chuối sang thị trường Trung Quốc", I(Y23),
      percent=71.9),
    F("Nhật Bản 41,5 triệu USD", "41,5", 41500000, "money", "USD", "kim ngạch xuất khẩu chuối sang Nhật Bản", I(Y23)),
    F("Hàn Quốc 27,3 triệu USD", "27,3", 27300000, "money", "USD", "kim ngạch xuất khẩu chuối sang Hàn Quốc", I(Y23)),
    F("đạt 480 USD/tấn", "480", 480, "money", "USD/tấn", "giá chuối xuất khẩu bình quân", I(Y23)),
    F("Đồng Nai (12.400 ha)", "12.400", 12400, "measure", "ha", "diện tích chuối", I(Y23), location="Đồng Nai"),
    F("Thanh Hóa (9.800 ha)", "9.800", 9800, "measure", "ha", "diện tích chuối", I(Y23), location="Thanh Hóa"),
    F("Nghệ An (8.700 ha)", "8.700", 8700, "measure", "ha", "diện tích chuối", I(Y23), location="Nghệ An"),
    F("Tây Ninh (5.900 ha)", "5.900", 5900, "measure", "ha", "diện tích chuối", I(Y23), location="Tây Ninh"),
    F("Lào Cai (4.300 ha)", "4.300", 4300, "measure", "ha", "diện tích chuối", I(Y23), location="Lào Cai"),
    F("có 386 mã số", "386", 386, "count", "mã số vùng trồng", "mã số vùng trồng chuối xuất khẩu sang Trung Quốc"),
    F("hơn 28.000 ha", "28.000", 28000, "measure", "ha", "tổng diện tích vùng trồng chuối được cấp mã số", approx="over"),
    F("21/63", "21", 21, "count", "tỉnh, thành phố", "tỉnh, thành phố có mã số vùng trồng chuối", total=63),
    F("khoảng 3.200 ha", "3.200", 3200, "measure", "ha", "diện tích chuối bị bệnh héo vàng (Fusarium) gây hại",
      approx="about"),
    F("160.000-170.000 ha", "160.000", 160000, "measure", "ha", "diện tích chuối cả nước", T30,
      value_max=170000, status="target"),
    F("3-3,2 triệu tấn", "3", 3000000, "measure", "tấn", "sản lượng chuối", T30, value_max=3200000, status="target"),
    F("đạt 500 triệu USD", "500", 500000000, "money", "USD", "kim ngạch xuất khẩu chuối", T30, status="target"),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT), 'Ngày đăng: 26/02/2024 | Lượt xem: 2.415': national banana figures 2023, provinces, codes, 2030 targets.",
    "'tăng lần lượt 3,5% và 5,2%' distributes one change to each of the two figures before it.",
    "'vượt mốc 300 triệu USD' in the headline is a money figure with approx over. 'cả năm' takes 2023 from the lead.",
    "Export markets (Trung Quốc, Nhật Bản, Hàn Quốc) are trade partners, not places: location Việt Nam, partner in the subject.",
    "Provinces in the 'gồm' list are each figure's location (no numeric whole before 'gồm': no total). '21/63 tỉnh, thành phố' is national.",
    "'3-3,2 triệu tấn': the multiplier applies to both ends. 'ngày 16/10/2023' in the target sentence is the decision's date, not the period.",
    "Distractors: Quyết định số 4205/QĐ-BNN-TT, 'Nhà B9, số 2 Ngọc Hà', phone 024.3734.4967, Lượt xem: 2.415.",
]

if __name__ == "__main__":
    emit("p749-4", TEXT, COMMENTS, FIGS, published="2024-02-26", location="Việt Nam")
