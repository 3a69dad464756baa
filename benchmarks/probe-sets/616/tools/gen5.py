"""p616-5: Party newspaper (Báo Đà Nẵng), apartment projects and prices per m2, H1/2024; byline and date at the end."""
from lib import F, P, I, CH, emit

TEXT = """Báo Đà Nẵng điện tử > Kinh tế > Bất động sản

Giá căn hộ sơ cấp tại Đà Nẵng tăng 9,4% trong 6 tháng đầu năm

Theo Sở Xây dựng thành phố, 6 tháng đầu năm 2024, thị trường Đà Nẵng có 5 dự án chung cư mở bán với 2.140 căn hộ, tăng 1,8 lần so với cùng kỳ năm 2023. Tỷ lệ hấp thụ đạt khoảng 65%, cao nhất kể từ năm 2021.

Giá bán căn hộ sơ cấp bình quân đạt 52,6 triệu đồng/m2, tăng 9,4% so với cuối năm 2023. Trong đó, các dự án ven biển quận Sơn Trà có giá từ 65 đến 90 triệu đồng/m2, còn tại quận Liên Chiểu chỉ khoảng 35-42 triệu đồng/m2. Căn hộ tại tòa A2 của một dự án trên đường 2 Tháng 9 được chào bán với giá hơn 100 triệu đồng/m2.

Hiện toàn thành phố có 142 dự án nhà ở thương mại, khu đô thị, trong đó 34 dự án chung cư với khoảng 21.600 căn hộ. Năm 2023, diện tích nhà ở bình quân của thành phố đạt 30,2 m2 sàn/người.

Ông Phan Ngọc Hùng, Phó Giám đốc Sở Xây dựng, cho biết nguồn cung nhà ở giá phù hợp vẫn thiếu. Thu nhập bình quân của người lao động khoảng 9,5 triệu đồng/tháng, trong khi một căn hộ 60 m2 có giá trên 3 tỷ đồng.

Dự kiến 6 tháng cuối năm, thị trường đón thêm 3 dự án với khoảng 1.900 căn hộ; giá bán dự báo tiếp tục tăng 5-7%. Đối với nhà ở xã hội, thành phố phấn đấu đến năm 2025 hoàn thành 6.000 căn theo Quyết định số 2157/QĐ-UBND.

THÀNH LONG
15/08/2024
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
# FIGURES.md: a phrase without a year takes the year of the nearest earlier period anywhere in the article;
# here that is "Năm 2023" (paragraph 3), so 2023, although the article means the second half of 2024.
H2 = P("6 tháng cuối năm", "2023-07-01", "2023-12-31")
FIGS = [
    F("tăng 9,4% trong", "9,4", 9.4, "percent", "%", "giá căn hộ sơ cấp",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("có 5 dự án", "5", 5, "count", "dự án", "dự án chung cư mở bán", H1),
    F("với 2.140 căn hộ", "2.140", 2140, "count", "căn hộ", "căn hộ chung cư mở bán", H1,
      change=CH("increase", 1.8, "lần", "cùng kỳ năm 2023")),
    F("khoảng 65%", "65", 65, "percent", "%", "tỷ lệ hấp thụ căn hộ", I(H1), approx="about"),
    F("đạt 52,6 triệu", "52,6", 52600000, "money", "đồng/m2", "giá bán căn hộ sơ cấp bình quân", I(H1),
      change=CH("increase", 9.4, baseline="cuối năm 2023")),
    F("từ 65 đến 90", "65", 65000000, "money", "đồng/m2", "giá bán căn hộ các dự án ven biển", I(H1),
      value_max=90000000, location="Sơn Trà"),
    F("khoảng 35-42", "35", 35000000, "money", "đồng/m2", "giá bán căn hộ", I(H1),
      approx="about", value_max=42000000, location="Liên Chiểu"),
    F("hơn 100 triệu", "100", 100000000, "money", "đồng/m2", "giá chào bán căn hộ tại tòa A2", I(H1), approx="over"),
    F("có 142 dự án", "142", 142, "count", "dự án", "dự án nhà ở thương mại, khu đô thị"),
    F("đó 34 dự án", "34", 34, "count", "dự án", "dự án chung cư", total=142),
    F("khoảng 21.600 căn hộ", "21.600", 21600, "count", "căn hộ", "căn hộ của các dự án chung cư", approx="about"),
    F("đạt 30,2 m2", "30,2", 30.2, "measure", "m2 sàn/người", "diện tích nhà ở bình quân",
      P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("khoảng 9,5 triệu", "9,5", 9500000, "money", "đồng/tháng", "thu nhập bình quân của người lao động",
      approx="about"),
    F("căn hộ 60 m2", "60", 60, "measure", "m2", "diện tích căn hộ", optional=True),
    F("trên 3 tỷ đồng", "3", 3000000000, "money", "đồng", "giá một căn hộ 60 m2", approx="over"),
    F("thêm 3 dự án", "3", 3, "count", "dự án", "dự án chung cư mở bán thêm", H2, status="forecast"),
    F("khoảng 1.900 căn hộ", "1.900", 1900, "count", "căn hộ", "căn hộ mở bán thêm", H2, approx="about",
      status="forecast"),
    F("tăng 5-7%", "5", 5, "percent", "%", "giá bán căn hộ", H2, value_max=7, status="forecast"),
    F("hoàn thành 6.000 căn", "6.000", 6000, "count", "căn", "căn nhà ở xã hội hoàn thành",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

COMMENTS = [
    "Báo Đà Nẵng: thị trường căn hộ 6 tháng đầu năm 2024 (dự án, căn hộ, giá/m2, hấp thụ). Byline and date '15/08/2024' at the end.",
    "Headline '6 tháng đầu năm' takes the year of published (nothing dated before it). 'tòa A2', 'đường 2 Tháng 9', 'từ năm 2021',",
    "'Quyết định số 2157/QĐ-UBND' are not figures. 'tăng 1,8 lần so với cùng kỳ' after 2.140 căn hộ is its change (lần).",
    "Headline 9,4% is a growth rate as the claim (no change); in the body 'tăng 9,4% so với cuối năm 2023' is the change of 52,6 triệu đồng/m2.",
    "District price ranges after 'Trong đó' are not parts of an average price: no total; district as location. 'căn hộ 60 m2' is optional.",
    "'Hiện' sentence: no period. 'Dự kiến/dự báo' -> forecast for the whole last paragraph's first sentence; 'phấn đấu' -> target.",
    "revised: '6 tháng cuối năm' dated 2023 (nearest earlier period 'Năm 2023', FIGURES.md §3), was 2024 (the meaning, not the contract).",
]

if __name__ == "__main__":
    emit("p616-5", TEXT, COMMENTS, FIGS, published="2024-08-15", location="Đà Nẵng")
