"""p1233-5: Party newspaper (Báo Hà Tĩnh), the Trung Lương forge village in thị xã Hồng Lĩnh, a household portrait."""
from lib import F, P, I, C, T, write

TEXT = """BÁO HÀ TĨNH
Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Tĩnh

Kinh tế

Làng rèn Trung Lương đỏ lửa đầu xuân

Những ngày đầu năm, tiếng búa máy vang khắp các ngõ xóm ở phường Trung Lương (thị xã Hồng Lĩnh). Theo UBND phường, hiện có 142 hộ theo nghề rèn, giảm 18 hộ so với năm 2020, song sản lượng vẫn tăng nhờ cơ giới hóa.

Gia đình anh Nguyễn Văn Tình ở tổ dân phố 5 là một trong những hộ làm lớn nhất làng. Xưởng của anh có ba búa máy, 2 lò nung và 7 lao động. Trung bình mỗi ngày xưởng cho ra khoảng 150 sản phẩm dao, liềm, rựa; năm 2023 anh bán được hơn 40.000 sản phẩm, lãi gần 500 triệu đồng.

"Thợ lành nghề ở đây được trả 350.000 - 400.000 đồng/ngày công, hai người thợ lâu năm nhất đã gắn bó với xưởng hơn 10 năm", anh Tình cho biết.

Năm 2023, sản lượng nông cụ, dao kéo của làng đạt khoảng 1,1 triệu sản phẩm, giá trị sản xuất 86 tỷ đồng, tăng 12% so với năm 2022; có 4 sản phẩm được công nhận OCOP. Sản phẩm của làng có mặt ở nhiều tỉnh từ Thanh Hóa đến Đắk Lắk và một phần xuất sang Lào.

Năm 2024, thị xã Hồng Lĩnh phấn đấu hỗ trợ 30 hộ làm nghề vay vốn ưu đãi với mức tối đa 100 triệu đồng/hộ, xây dựng nhãn hiệu tập thể "Dao rèn Trung Lương"; dự kiến giá trị sản xuất của làng đạt 95 tỷ đồng.

THÁI OANH
17/02/2024
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23B = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
WS = "xưởng của anh Nguyễn Văn Tình"

FIGS = [
    F("có 142 hộ", "142", 142, "count", "hộ", change=C("decrease", 18, "hộ", "năm 2020"),
      subject="hộ theo nghề rèn"),
    F("có ba búa máy", "ba", 3, "count", "búa máy", subject=f"búa máy {WS}"),
    F("2 lò nung", "2", 2, "count", "lò nung", subject=f"lò nung {WS}"),
    F("7 lao động", "7", 7, "count", "lao động", subject=f"lao động {WS}"),
    F("khoảng 150 sản phẩm", "150", 150, "measure", "sản phẩm/ngày", approx="about",
      subject="sản phẩm dao, liềm, rựa xưởng cho ra mỗi ngày"),
    F("hơn 40.000 sản phẩm", "40.000", 40000, "count", "sản phẩm", approx="over",
      subject="sản phẩm anh Tình bán được", period=Y23),
    F("gần 500 triệu", "500", 500e6, "money", "đồng", approx="nearly",
      subject="lãi của xưởng anh Tình", period=Y23),
    F("350.000 - 400.000", "350.000", 350000, "money", "đồng/ngày công", value_max=400000,
      subject="tiền công thợ lành nghề"),
    F("hai người thợ", "hai", 2, "count", "người thợ", optional=True,
      subject="thợ lâu năm nhất của xưởng"),
    F("hơn 10 năm", "10", 10, "measure", "năm", approx="over", optional=True,
      subject="thời gian thợ lâu năm nhất gắn bó với xưởng"),
    F("khoảng 1,1 triệu", "1,1", 1.1e6, "count", "sản phẩm", approx="about",
      subject="sản lượng nông cụ, dao kéo của làng", period=Y23B),
    F("sản xuất 86 tỷ", "86", 86e9, "money", "đồng", change=C("increase", 12, "%", "năm 2022"),
      subject="giá trị sản xuất của làng", period=Y23B),
    F("có 4 sản phẩm", "4", 4, "count", "sản phẩm", subject="sản phẩm được công nhận OCOP", period=Y23B),
    F("hỗ trợ 30 hộ", "30", 30, "count", "hộ", status="target",
      subject="hộ làm nghề được hỗ trợ vay vốn ưu đãi", period=Y24),
    F("tối đa 100 triệu", "100", 100e6, "money", "đồng/hộ", approx="at_most", status="target",
      subject="mức vay vốn ưu đãi", period=Y24),
    F("đạt 95 tỷ", "95", 95e9, "money", "đồng", status="forecast",
      subject="giá trị sản xuất của làng", period=Y24),
]

NOTES = [
    "Party newspaper (Báo Hà Tĩnh): byline 'THÁI OANH' and bare date '17/02/2024' at the end (published).",
    "Place: phường Trung Lương, thị xã Hồng Lĩnh -> default location Hồng Lĩnh (a town-level unit, like a district).",
    "Distractors: tổ dân phố 5, 'Dao rèn Trung Lương' (a brand name), 'đầu xuân', 'Những ngày đầu năm', province names Thanh Hóa / Đắk Lắk / Lào in a market range.",
    "'ba búa máy' is a number word (3). 'hai người thợ lâu năm nhất ... hơn 10 năm' inside a quote: a determiner and a tenure, optional.",
    "'hiện có 142 hộ ..., giảm 18 hộ so với năm 2020' = change in hộ; 'hiện' gets no period. 'mỗi ngày ... khoảng 150 sản phẩm' -> measure sản phẩm/ngày.",
    "'Năm 2024, ... phấn đấu' -> target (30 hộ, tối đa 100 triệu đồng/hộ); '; dự kiến ... 95 tỷ' -> forecast, same sentence so period 2024 is scored.",
]

if __name__ == "__main__":
    write("p1233-5", TEXT, NOTES, FIGS, published="2024-02-17", location="Hồng Lĩnh")
