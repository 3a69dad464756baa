"""p677-8: ward portal (phường Hòa Hiệp Nam, quận Liên Chiểu, Đà Nẵng) — Nam Ô fish-sauce craft village, Q1/2024."""
from lib import F, P, inh, CH, TG, emit

TEXT = """UBND PHƯỜNG HÒA HIỆP NAM - QUẬN LIÊN CHIỂU
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Thủ tục hành chính
Ngày đăng: 22/04/2024 | Người đăng: Ban biên tập

Làng nghề nước mắm Nam Ô: 72 hộ giữ nghề, quý I đạt khoảng 96.000 lít

Theo báo cáo của UBND phường, quý I/2024 làng nghề truyền thống nước mắm Nam Ô có 72 hộ sản xuất, tăng 9 hộ so với cùng kỳ năm 2023; sản lượng đạt khoảng 96.000 lít, trong đó nước mắm nhĩ (loại cốt đầu) khoảng 28.500 lít. Các hộ tập trung tại tổ dân phố Nam Ô 1, Nam Ô 2 và khu vực đường Nguyễn Văn Cừ.

Nước mắm Nam Ô được làm từ cá cơm than đánh bắt ở vịnh Đà Nẵng, ủ chượp trong chum sành từ 12 đến 18 tháng, độ đạm đạt 30-40 g N/l. Giá bán nước mắm nhĩ từ 250.000 đến 300.000 đồng/lít, loại thường khoảng 80.000 đồng/lít.

Năm 2023, doanh thu toàn làng nghề đạt 7,2 tỷ đồng, tăng 1,35 lần so với năm 2022; thu nhập bình quân của lao động làng nghề khoảng 8,5 triệu đồng/người/tháng. Làng nghề đón hơn 18.000 lượt khách tham quan, trong đó khách quốc tế chiếm gần 1/3.

Thành phố đã hỗ trợ 1,5 tỷ đồng xây dựng nhà trưng bày sản phẩm và 2 lò ủ chượp mẫu. Năm 2024, phường phấn đấu sản lượng nước mắm đạt 420.000 lít, đón 25.000 lượt khách; đồng thời đề nghị công nhận thêm 3 sản phẩm OCOP.

Mọi góp ý xin gửi về: UBND phường Hòa Hiệp Nam, số 36 Nguyễn Văn Cừ, quận Liên Chiểu, TP Đà Nẵng. Đường dây nóng: 0236.3842.118.
"""

Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Nam Ô: 72 hộ", "72", 72, "count", "hộ", "hộ giữ nghề làng nghề nước mắm Nam Ô"),
    F("quý I đạt khoảng 96.000 lít", "96.000", 96000, "measure", "lít", "sản lượng làng nghề nước mắm Nam Ô",
      P("quý I", "2024-01-01", "2024-03-31"), approx="about"),
    F("có 72 hộ sản xuất", "72", 72, "count", "hộ", "hộ sản xuất làng nghề truyền thống nước mắm Nam Ô", Q1,
      change=CH("increase", 9, "hộ", baseline="cùng kỳ năm 2023")),
    F("sản lượng đạt khoảng 96.000 lít", "96.000", 96000, "measure", "lít", "sản lượng làng nghề nước mắm Nam Ô", Q1,
      approx="about"),
    F("khoảng 28.500 lít", "28.500", 28500, "measure", "lít", "nước mắm nhĩ (loại cốt đầu)", Q1, approx="about",
      total=96000),
    F("từ 12 đến 18 tháng", "12", 12, "measure", "tháng", "thời gian ủ chượp nước mắm Nam Ô", value_max=18,
      note="fermentation time is a property, not a period locating a figure: measure"),
    F("đạt 30-40 g N/l", "30", 30, "measure", "g N/l", "độ đạm nước mắm Nam Ô", value_max=40),
    F("từ 250.000 đến 300.000 đồng/lít", "250.000", 250000, "money", "đồng/lít", "giá bán nước mắm nhĩ",
      value_max=300000),
    F("khoảng 80.000 đồng/lít", "80.000", 80000, "money", "đồng/lít", "giá bán nước mắm loại thường", approx="about"),
    F("đạt 7,2 tỷ đồng", "7,2", 7.2e9, "money", "đồng", "doanh thu toàn làng nghề", Y23,
      change=CH("increase", 1.35, "lần", baseline="năm 2022")),
    F("khoảng 8,5 triệu đồng/người/tháng", "8,5", 8.5e6, "money", "đồng/người/tháng",
      "thu nhập bình quân của lao động làng nghề", Y23, approx="about"),
    F("hơn 18.000 lượt khách", "18.000", 18000, "count", "lượt khách", "lượt khách tham quan làng nghề", inh(Y23),
      approx="over"),
    F("gần 1/3", "1", 1, "count", "phần", "khách quốc tế", optional=True,
      note="a fraction '1/3' (share ≈ 33%): optional; not a part 1 of total 3"),
    F("hỗ trợ 1,5 tỷ đồng", "1,5", 1.5e9, "money", "đồng", "kinh phí thành phố hỗ trợ xây dựng nhà trưng bày sản phẩm và lò ủ chượp mẫu"),
    F("và 2 lò", "2", 2, "count", "lò", "lò ủ chượp mẫu được hỗ trợ xây dựng"),
    F("đạt 420.000 lít", "420.000", 420000, "measure", "lít", "sản lượng nước mắm", Y24, status="target"),
    F("đón 25.000 lượt khách", "25.000", 25000, "count", "lượt khách", "lượt khách đón", Y24, status="target",
      note="revised: 'tham quan' came from another sentence (was 'lượt khách tham quan')"),
    F("thêm 3 sản phẩm", "3", 3, "count", "sản phẩm", "sản phẩm OCOP đề nghị công nhận thêm", Y24, status="target"),
]

COMMENTS = [
    "p677-8 — ward portal (UBND phường Hòa Hiệp Nam, quận Liên Chiểu, Đà Nẵng): làng nghề nước mắm Nam Ô, quý I/2024 and 2023; 'Ngày đăng: 22/04/2024' (published).",
    "Location = the district 'Liên Chiểu' (a ward is below the spec's province/city/district level; the portal names its quận).",
    "'tổ dân phố Nam Ô 1, Nam Ô 2', 'số 36 Nguyễn Văn Cừ', hotline: not figures. 'gần 1/3' (fraction) optional.",
    "Headline '72 hộ' has no period; 'quý I' in the headline takes 2024 from the dateline. 'tăng 1,35 lần so với năm 2022' is a change in lần.",
    "Status target continues from 'phấn đấu' into 'đồng thời đề nghị công nhận thêm 3 sản phẩm'.",
    "revised after the first scoring: 25.000 lượt khách subject without 'tham quan' (from another sentence).",
]

if __name__ == "__main__":
    emit("p677-8", TEXT, COMMENTS, FIGS, published="2024-04-22", location="Liên Chiểu")
