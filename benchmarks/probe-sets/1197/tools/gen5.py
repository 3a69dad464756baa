"""p1197-5: Party newspaper (Báo Quảng Ngãi); Nghĩa Hiệp flower village (huyện Tư Nghĩa), a farmer's chrysanthemums, Tết 2024."""
from lib import F, P, I, C, T, write

TEXT = """BÁO QUẢNG NGÃI
Kinh tế | Nông nghiệp - Nông thôn

Làng hoa Nghĩa Hiệp rộn ràng vào vụ Tết

Những ngày cuối năm, nông dân làng hoa Nghĩa Hiệp (huyện Tư Nghĩa) tất bật chăm sóc hàng chục nghìn chậu hoa để kịp cung ứng cho thị trường Tết Giáp Thìn 2024.

Từ trung tâm TP Quảng Ngãi theo Quốc lộ 24B chừng 5 km là đến làng hoa. Năm 2023, xã Nghĩa Hiệp có 420 hộ trồng hoa với tổng diện tích 68 ha, tăng 6 ha so với năm 2022; trong đó hoa cúc là cây chủ lực với gần 50 ha. Vụ Tết này, toàn xã xuống giống khoảng 600.000 chậu hoa các loại, trong đó cúc mâm xôi và cúc đơn chiếm hơn 80%.

Gia đình ông Trần Văn Lực ở thôn Kim Thạch, một trong những hộ trồng hoa lâu năm của làng, xuống giống 8.000 chậu cúc và 1.200 chậu vạn thọ. Theo ông Lực, mỗi chậu cúc mâm xôi có chi phí khoảng 40.000 đồng, giá bán tại vườn từ 100.000 đến 120.000 đồng/chậu. Trừ chi phí, vụ Tết này gia đình ông dự kiến lãi trên 150 triệu đồng, gấp đôi trồng lúa trên cùng diện tích. Ông Lực thuê thêm 5 lao động thời vụ, trả công 250.000 đồng/người/ngày.

Theo Sở NN&PTNT, vụ Tết Giáp Thìn 2024, toàn tỉnh Quảng Ngãi trồng khoảng 150 ha hoa các loại, ước cung ứng ra thị trường 1,3 triệu chậu hoa. Ngoài Nghĩa Hiệp, tỉnh còn có các làng hoa truyền thống như Phổ Vinh (thị xã Đức Phổ), Nghĩa Hà (TP Quảng Ngãi). Ông Lực là thế hệ thứ ba trong gia đình gắn bó với nghề trồng hoa.

BẢO NGỌC
27/12/2023
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
QN = "Quảng Ngãi"

FIGS = [
    F("hàng chục nghìn chậu", "chục", 10000, "count", "chậu", approx="over", optional=True,
      subject="chậu hoa nông dân làng hoa Nghĩa Hiệp chăm sóc"),
    F("chừng 5 km", "5", 5, "measure", "km", approx="about",
      subject="khoảng cách từ trung tâm TP Quảng Ngãi đến làng hoa"),
    F("có 420 hộ", "420", 420, "count", "hộ", subject="hộ trồng hoa xã Nghĩa Hiệp", period=Y23),
    F("tổng diện tích 68 ha", "68", 68, "measure", "ha", change=C("increase", 6, "ha", "năm 2022"),
      subject="tổng diện tích trồng hoa", period=Y23),
    F("gần 50 ha", "50", 50, "measure", "ha", approx="nearly", total=68,
      subject="diện tích hoa cúc", period=Y23),
    F("khoảng 600.000 chậu", "600.000", 600000, "count", "chậu", approx="about",
      subject="chậu hoa các loại toàn xã xuống giống vụ Tết"),
    F("chiếm hơn 80%", "80", 80, "percent", "%", approx="over",
      subject="tỷ lệ cúc mâm xôi và cúc đơn trong số chậu hoa xuống giống"),
    F("giống 8.000 chậu", "8.000", 8000, "count", "chậu",
      subject="chậu cúc gia đình ông Trần Văn Lực xuống giống"),
    F("1.200 chậu vạn thọ", "1.200", 1200, "count", "chậu",
      subject="chậu vạn thọ gia đình ông Trần Văn Lực xuống giống"),
    F("khoảng 40.000 đồng", "40.000", 40000, "money", "đồng/chậu", approx="about",
      subject="chi phí mỗi chậu cúc mâm xôi"),
    F("từ 100.000 đến 120.000", "100.000", 100000, "money", "đồng/chậu", value_max=120000,
      subject="giá bán cúc mâm xôi tại vườn"),
    F("lãi trên 150 triệu", "150", 150000000, "money", "đồng", approx="over", status="forecast",
      change=C("increase", 2, "lần", "trồng lúa trên cùng diện tích"),
      subject="lãi vụ Tết của gia đình ông Lực"),
    F("thêm 5 lao động", "5", 5, "count", "lao động", subject="lao động thời vụ ông Lực thuê thêm"),
    F("250.000 đồng/người/ngày", "250.000", 250000, "money", "đồng/người/ngày",
      subject="tiền công lao động thời vụ"),
    F("khoảng 150 ha", "150", 150, "measure", "ha", approx="about", location=QN,
      subject="diện tích hoa các loại toàn tỉnh trồng vụ Tết"),
    F("1,3 triệu chậu", "1,3", 1300000, "count", "chậu", status="estimate", location=QN,
      subject="chậu hoa cung ứng ra thị trường"),
]

NOTES = [
    "Party newspaper (Báo Quảng Ngãi): section line, headline, sapo, byline 'BẢO NGỌC' and bare date '27/12/2023' at the end (published).",
    "Nghĩa Hiệp is a commune of huyện Tư Nghĩa: default location Tư Nghĩa; the province figures of the last paragraph are Quảng Ngãi.",
    "'hàng chục nghìn chậu' is an indefinite number word (optional). 'chừng 5 km' (chừng = about) is a distance, a measure figure.",
    "'trong đó hoa cúc ... gần 50 ha' is a part of 68 ha; 'trong đó cúc mâm xôi và cúc đơn chiếm hơn 80%' has no base amount: its own percent figure.",
    "'gấp đôi trồng lúa' (đôi = 2) is the change of the 150 triệu profit; 'dự kiến lãi' -> forecast; 'ước cung ứng' -> estimate. 'Vụ Tết này' is a season: no period.",
    "Distractors: 'Quốc lộ 24B', 'Giáp Thìn 2024', 'một trong những hộ' (idiom), 'thế hệ thứ ba' (ordinal), 'thôn Kim Thạch', byline date.",
]

if __name__ == "__main__":
    write("p1197-5", TEXT, NOTES, FIGS, published="2023-12-27", location="Tư Nghĩa")
