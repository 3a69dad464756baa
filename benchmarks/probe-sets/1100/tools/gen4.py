"""p1100-4: Bộ Thông tin và Truyền thông site, publishing industry 2023 (national)."""
from lib import F, P, CH, year, inh, write

TEXT = """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Trang chủ / Tin tức / Xuất bản - In - Phát hành
Ngày đăng: 12/01/2024 | Lượt xem: 1.126

Ngành xuất bản năm 2023: doanh thu ước đạt 3.950 tỷ đồng

Ngày 11/1, tại Hà Nội, Cục Xuất bản, In và Phát hành tổ chức Hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024.

Theo báo cáo, năm 2023 cả nước có 57 nhà xuất bản hoạt động, xuất bản 41.500 xuất bản phẩm với gần 570 triệu bản, tăng 8,6% về số bản so với năm 2022. Doanh thu toàn ngành ước đạt 3.950 tỷ đồng, nộp ngân sách nhà nước 192 tỷ đồng. Riêng xuất bản phẩm điện tử đạt 5.120 đầu, tăng 21% so với năm trước. Bình quân số bản sách đạt 5,7 bản/người/năm.

Ngày Sách và Văn hóa đọc Việt Nam lần thứ 2 năm 2023 được 63/63 tỉnh, thành phố hưởng ứng với hơn 2.100 hoạt động; doanh thu bán sách tại các hội sách đạt khoảng 75 tỷ đồng. Các địa phương có doanh thu hội sách cao nhất lần lượt là TP Hồ Chí Minh (28,5 tỷ đồng), Hà Nội (14,2 tỷ đồng) và Đà Nẵng (3,6 tỷ đồng). Hội sách trực tuyến quốc gia lần thứ 4 thu hút hơn 2,3 triệu lượt truy cập.

Phát biểu tại hội nghị, Thứ trưởng đề nghị các nhà xuất bản đẩy mạnh chuyển đổi số, chống in lậu, phát hành sách qua sàn thương mại điện tử. Năm 2024, Cục đặt mục tiêu doanh thu toàn ngành tăng 5-7%, đạt 6 bản sách/người/năm; đến năm 2030, xuất bản phẩm điện tử chiếm 30% tổng số đầu xuất bản phẩm.

Cơ quan chủ quản: Bộ Thông tin và Truyền thông
Địa chỉ: 18 Nguyễn Du, Hà Nội. Điện thoại: 024.3822.6410
"""

Y23 = year(2023)
Y23i = inh(Y23)
Y24 = year(2024, "Năm 2024")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("năm 2023: doanh thu ước đạt 3.950", "3.950", 3950e9, "money", "đồng", "doanh thu ngành xuất bản", Y23,
      status="estimate"),
    F("có 57 nhà xuất bản", "57", 57, "count", "nhà xuất bản", "nhà xuất bản hoạt động", Y23),
    F("xuất bản 41.500 xuất bản phẩm", "41.500", 41500, "count", "xuất bản phẩm", "xuất bản phẩm xuất bản", Y23),
    F("gần 570 triệu bản", "570", 570e6, "count", "bản", "số bản xuất bản phẩm", Y23, approx="nearly",
      change=CH("increase", 8.6, "%", "năm 2022")),
    F("toàn ngành ước đạt 3.950 tỷ đồng", "3.950", 3950e9, "money", "đồng", "doanh thu toàn ngành xuất bản", Y23i,
      status="estimate"),
    F("nộp ngân sách nhà nước 192 tỷ đồng", "192", 192e9, "money", "đồng", "nộp ngân sách nhà nước", Y23i,
      status="estimate"),
    F("đạt 5.120 đầu", "5.120", 5120, "count", "đầu", "xuất bản phẩm điện tử", Y23i,
      change=CH("increase", 21, "%", "năm trước")),
    F("đạt 5,7 bản/người/năm", "5,7", 5.7, "measure", "bản/người/năm", "bình quân số bản sách", Y23i),
    F("được 63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố",
      "tỉnh, thành phố hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam", Y23, total=63),
    F("hơn 2.100 hoạt động", "2.100", 2100, "count", "hoạt động", "hoạt động hưởng ứng Ngày Sách và Văn hóa đọc",
      Y23, approx="over"),
    F("khoảng 75 tỷ đồng", "75", 75e9, "money", "đồng", "doanh thu bán sách tại các hội sách", Y23, approx="about"),
    F("Hồ Chí Minh (28,5 tỷ đồng)", "28,5", 28.5e9, "money", "đồng", "doanh thu hội sách", Y23i,
      location="TP Hồ Chí Minh"),
    F("Hà Nội (14,2 tỷ đồng)", "14,2", 14.2e9, "money", "đồng", "doanh thu hội sách", Y23i, location="Hà Nội"),
    F("Đà Nẵng (3,6 tỷ đồng)", "3,6", 3.6e9, "money", "đồng", "doanh thu hội sách", Y23i, location="Đà Nẵng"),
    F("hơn 2,3 triệu lượt truy cập", "2,3", 2.3e6, "count", "lượt truy cập",
      "lượt truy cập Hội sách trực tuyến quốc gia", Y23i, approx="over"),
    F("tăng 5-7%", "5", 5, "percent", "%", "tăng trưởng doanh thu toàn ngành", Y24, value_max=7, status="target"),
    F("đạt 6 bản sách/người/năm", "6", 6, "measure", "bản sách/người/năm", "bình quân số bản sách", Y24,
      status="target"),
    F("chiếm 30% tổng số", "30", 30, "percent", "%", "tỷ lệ xuất bản phẩm điện tử trong tổng số đầu xuất bản phẩm",
      T30, status="target"),
]

NOTES = [
    "Bộ TT&TT (Cục Xuất bản, In và Phát hành): tổng kết ngành xuất bản năm 2023; national figures (location Việt Nam).",
    "Ranking list 'lần lượt là TP Hồ Chí Minh (28,5 tỷ đồng), ...' shares the indicator 'doanh thu hội sách'; each city is the",
    "location; the list does not add up to 75 tỷ and is not introduced by a part-of cue, so no total. 'tăng 5-7%' of revenue is",
    "a growth rate as the claim (percent figure, range, target). 'nộp ngân sách' continues the 'ước đạt' clause (estimate).",
    "Distractors: 'lần thứ 2', 'lần thứ 4', 'Ngày 11/1', 'Lượt xem: 1.126', '18 Nguyễn Du', '024.3822.6410'.",
]

if __name__ == "__main__":
    write("p1100-4", TEXT, NOTES, FIGS, published="2024-01-12", location="Việt Nam")
