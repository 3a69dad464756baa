"""p939-4: ministry site (Bộ Nông nghiệp và Môi trường) — national MPAs, seagrass and reefs, 2025."""
from lib import F, P, I, C, T, make

TEXT = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Trang chủ > Tin tức > Biển và hải đảo
Ngày đăng: 08/06/2025 | Lượt xem: 1.045

Cả nước đã thành lập 12 khu bảo tồn biển

Nhân Ngày Đại dương thế giới 8/6 và Tuần lễ Biển và Hải đảo Việt Nam lần thứ 17, Cục Thủy sản và Kiểm ngư cho biết, tính đến tháng 5/2025, cả nước đã thành lập 12/16 khu bảo tồn biển theo quy hoạch tại Quyết định số 742/QĐ-TTg, với tổng diện tích khoảng 211.000 ha, đạt 0,21% diện tích vùng biển Việt Nam. Mục tiêu đến năm 2030, diện tích các khu bảo tồn biển, ven biển đạt 6% diện tích tự nhiên vùng biển quốc gia.

Theo số liệu điều tra, tổng diện tích thảm cỏ biển của Việt Nam hiện khoảng 15.000 ha, phân bố tại 14 tỉnh, thành phố ven biển; so với những năm 1990, diện tích đã suy giảm từ 40 đến 60% ở nhiều khu vực. Diện tích rạn san hô khoảng 1.122 km2, trong đó trên 80% đang bị đe dọa ở mức trung bình đến cao. Các địa phương có diện tích cỏ biển lớn nhất lần lượt là Kiên Giang (khoảng 11.000 ha), Khánh Hòa (1.200 ha) và Thừa Thiên Huế (gần 900 ha).

Năm 2024, lực lượng Kiểm ngư và các địa phương đã tổ chức hơn 3.200 chuyến tuần tra trên các vùng biển có khu bảo tồn, tăng 12,5% so với năm 2023; phát hiện 1.146 vụ vi phạm, xử phạt tổng số tiền 18,7 tỷ đồng. Kinh phí Trung ương hỗ trợ các khu bảo tồn biển năm 2024 đạt 62 tỷ đồng, bằng 124% năm 2023.

Theo đánh giá, mật độ cá rạn trong vùng lõi các khu bảo tồn biển hiện gấp 2,5 lần vùng ngoài. Bộ đặt mục tiêu đến năm 2030 phục hồi ít nhất 10.000 ha hệ sinh thái biển bị suy thoái, trong đó 3.000 ha thảm cỏ biển.

Văn phòng Bộ - Số 2 Ngọc Hà, Ba Đình, Hà Nội
"""

VN = "Việt Nam"
P5 = P("tính đến tháng 5/2025", None, "2025-05-31")
P30 = P("đến năm 2030", None, "2030-12-31")
P24 = P("Năm 2024", "2024-01-01", "2024-12-31")
P24b = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("thành lập 12 khu bảo tồn biển", "12", 12, "count", "khu bảo tồn biển", "khu bảo tồn biển đã thành lập", I(P5)),
    F("12/16 khu bảo tồn biển", "12", 12, "count", "khu bảo tồn biển", "khu bảo tồn biển đã thành lập", P5,
      target=T(16, "khu bảo tồn biển")),
    F("khoảng 211.000 ha", "211.000", 211000, "measure", "ha", "tổng diện tích các khu bảo tồn biển", P5,
      approx="about", percent=0.21),
    F("đạt 6%", "6", 6, "percent", "%", "diện tích các khu bảo tồn biển, ven biển trong diện tích tự nhiên vùng biển quốc gia",
      P("đến năm 2030", None, "2030-12-31"), status="target"),
    F("khoảng 15.000 ha", "15.000", 15000, "measure", "ha", "tổng diện tích thảm cỏ biển", approx="about"),
    F("tại 14 tỉnh", "14", 14, "count", "tỉnh, thành phố", "tỉnh, thành phố ven biển có thảm cỏ biển"),
    F("từ 40 đến 60%", "40", 40, "percent", "%", "diện tích thảm cỏ biển suy giảm so với những năm 1990",
      value_max=60),
    F("khoảng 1.122 km2", "1.122", 1122, "measure", "km2", "diện tích rạn san hô", approx="about"),
    F("trên 80%", "80", 80, "percent", "%", "rạn san hô đang bị đe dọa ở mức trung bình đến cao", approx="over"),
    F("khoảng 11.000 ha", "11.000", 11000, "measure", "ha", "diện tích cỏ biển", approx="about",
      location="Kiên Giang"),
    F("(1.200 ha)", "1.200", 1200, "measure", "ha", "diện tích cỏ biển", location="Khánh Hòa"),
    F("gần 900 ha", "900", 900, "measure", "ha", "diện tích cỏ biển", approx="nearly", location="Thừa Thiên Huế"),
    F("hơn 3.200 chuyến", "3.200", 3200, "count", "chuyến tuần tra", "chuyến tuần tra trên các vùng biển có khu bảo tồn",
      P24, approx="over", change=C("increase", 12.5, "%", "năm 2023")),
    F("phát hiện 1.146 vụ", "1.146", 1146, "count", "vụ vi phạm", "vụ vi phạm phát hiện", P24),
    F("số tiền 18,7 tỷ đồng", "18,7", 18.7e9, "money", "đồng", "tổng số tiền xử phạt", P24),
    F("đạt 62 tỷ đồng", "62", 62e9, "money", "đồng", "kinh phí Trung ương hỗ trợ các khu bảo tồn biển", P24b,
      percent=124),
    F("gấp 2,5 lần", "2,5", 2.5, "multiple", "lần", "mật độ cá rạn trong vùng lõi các khu bảo tồn biển so với vùng ngoài"),
    F("ít nhất 10.000 ha", "10.000", 10000, "measure", "ha", "diện tích hệ sinh thái biển bị suy thoái được phục hồi",
      P30, approx="at_least", status="target"),
    F("trong đó 3.000 ha", "3.000", 3000, "measure", "ha", "diện tích thảm cỏ biển được phục hồi", P30,
      total=10000, status="target"),
]

make("p939-4", TEXT, FIGS, published="2025-06-08", location=VN, notes=[
    "Ministry site (Bộ Nông nghiệp và Môi trường): national MPAs, seagrass and reef areas, patrols 2024, 2030 targets.",
    "Not figures: 'Ngày Đại dương thế giới 8/6', 'lần thứ 17', 'Quyết định số 742/QĐ-TTg', 'những năm 1990'",
    "(a baseline), 'Số 2 Ngọc Hà', 'Lượt xem: 1.045'. '12/16 khu bảo tồn biển theo quy hoạch': 16 is the plan",
    "(quy hoạch) -> target, not total. 'bằng 124% năm 2023' after a money figure -> its percent.",
    "The ranking list (Kiên Giang, Khánh Hòa, Thừa Thiên Huế) gets the provinces as location, no total.",
])
