"""p800-5: provincial Party newspaper (Báo Kon Tum), ginger price collapse in huyện Kon Plông, byline + bare date at the end."""
from lib import F, P, I, C, write_set

TEXT = """BÁO KON TUM - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH KON TUM
Kinh tế

Gừng mất giá, nông dân Kon Plông lo thua lỗ

Những ngày này, tại các xã Măng Cành, Đắk Long, Hiếu của huyện Kon Plông, nhiều hộ dân vẫn để gừng dưới đất chưa thu hoạch vì giá quá thấp. Thương lái chỉ mua gừng tươi với giá 4.000 - 5.000 đồng/kg, giảm gần 80% so với tháng 1/2023 (khoảng 22.000 đồng/kg).

Theo Phòng Nông nghiệp và PTNT huyện, năm 2023 toàn huyện trồng 1.320 ha gừng, tăng gần gấp đôi so với năm 2022 do giá gừng hai năm trước tăng cao. Trong đó, xã Măng Cành 415 ha, Đắk Long 306 ha, Hiếu 252 ha. Năng suất bình quân 20 - 22 tấn/ha, tổng sản lượng ước khoảng 27.000 tấn, nhưng đến nay mới tiêu thụ được khoảng 35%.

Ông A Thuấn ở thôn 2 cho biết, gia đình trồng 1,5 ha gừng, chi phí giống, phân bón, công chăm sóc hết khoảng 150 triệu đồng. "Với giá hiện nay, bán hết cũng chỉ thu về 130 triệu đồng, lỗ ít nhất 20 triệu", ông nói.

Nguyên nhân là năm 2022 giá gừng lên tới 25.000 - 30.000 đồng/kg khiến người dân ồ ạt mở rộng diện tích, trong khi thị trường tiêu thụ chủ yếu qua thương lái, chưa có doanh nghiệp liên kết bao tiêu. Toàn huyện hiện chỉ có 2 cơ sở sơ chế gừng với tổng công suất khoảng 10 tấn/ngày.

Ông Nguyễn Văn Sáu, Phó Chủ tịch UBND huyện Kon Plông cho biết, huyện đang kết nối với 3 doanh nghiệp tại Quảng Ngãi, Đà Nẵng để tiêu thụ gừng; đồng thời khuyến cáo người dân không mở rộng diện tích, dự kiến năm 2024 diện tích gừng giảm xuống còn khoảng 800 ha.

THANH HƯƠNG
22/10/2023
"""

JAN = P("tháng 1/2023", "2023-01-01", "2023-01-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
NOW = P("đến nay", None, "2023-10-22")
Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("giá 4.000 - 5.000 đồng/kg", "4.000", 4000, "money", "đồng/kg", "giá gừng tươi thương lái mua",
      value_max=5000, change=C("decrease", 80, "%", "tháng 1/2023", "nearly")),
    F("khoảng 22.000 đồng/kg", "22.000", 22000, "money", "đồng/kg", "giá gừng tươi", JAN, approx="about"),
    F("trồng 1.320 ha gừng", "1.320", 1320, "measure", "ha", "diện tích gừng", Y23,
      change=C("increase", 2, "lần", "năm 2022", "nearly")),
    F("Măng Cành 415 ha", "415", 415, "measure", "ha", "diện tích gừng", I(Y23), total=1320),
    F("Đắk Long 306 ha", "306", 306, "measure", "ha", "diện tích gừng", I(Y23), total=1320),
    F("Hiếu 252 ha", "252", 252, "measure", "ha", "diện tích gừng", I(Y23), total=1320),
    F("bình quân 20 - 22 tấn/ha", "20", 20, "measure", "tấn/ha", "năng suất gừng bình quân", I(Y23), value_max=22),
    F("ước khoảng 27.000 tấn", "27.000", 27000, "measure", "tấn", "tổng sản lượng gừng", I(Y23),
      approx="about", status="estimate"),
    F("được khoảng 35%", "35", 35, "percent", "%", "tỷ lệ sản lượng gừng đã tiêu thụ", NOW, approx="about"),
    F("trồng 1,5 ha gừng", "1,5", 1.5, "measure", "ha", "diện tích gừng của hộ ông A Thuấn"),
    F("khoảng 150 triệu đồng", "150", 150_000_000, "money", "đồng", "chi phí trồng gừng của hộ ông A Thuấn",
      approx="about"),
    F("thu về 130 triệu đồng", "130", 130_000_000, "money", "đồng", "tiền bán gừng của hộ ông A Thuấn"),
    F("lỗ ít nhất 20 triệu", "20", 20_000_000, "money", "đồng", "số tiền lỗ của hộ ông A Thuấn",
      approx="at_least"),
    F("lên tới 25.000 - 30.000 đồng/kg", "25.000", 25000, "money", "đồng/kg", "giá gừng", Y22, value_max=30000),
    F("có 2 cơ sở", "2", 2, "count", "cơ sở", "cơ sở sơ chế gừng"),
    F("khoảng 10 tấn/ngày", "10", 10, "measure", "tấn/ngày", "tổng công suất sơ chế gừng", approx="about"),
    F("với 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", "doanh nghiệp huyện kết nối tiêu thụ gừng"),
    F("còn khoảng 800 ha", "800", 800, "measure", "ha", "diện tích gừng", Y24, approx="about", status="forecast"),
]

NOTES = [
    "Báo Kon Tum (Party newspaper): ginger price collapse in huyện Kon Plông 2023; byline THANH HƯƠNG and bare date at the end.",
    "Distractors: 22/10/2023 (published), 'thôn 2', 'Nguyễn Văn Sáu', 'hai năm trước' (a time reference), 'tháng 1/2023' baseline.",
    "Location default the district Kon Plông; communes after 'Trong đó' total 1.320 ha (sentence break), location Kon Plông",
    "(a commune is no province, city or district). revised after scoring: the 3 commune items had location = the commune.",
    "'giảm gần 80% so với tháng 1/2023 (khoảng 22.000 đồng/kg)': the change of the price range; the bracketed old price",
    "is a figure of its own with period tháng 1/2023. 'tăng gần gấp đôi so với năm 2022' = change ×2 (nearly).",
    "'đến nay' ends at the bare date 22/10/2023. The farmer's holding and money are facts (required), location Kon Plông",
    "('thôn 2' is no district). The 3 enterprises 'tại Quảng Ngãi, Đà Nẵng' are the district's partners: location Kon Plông.",
    "'lỗ ít nhất 20 triệu' = 20 000 000 đồng (unit implied by the sentence).",
]

if __name__ == "__main__":
    write_set(5, TEXT, FIGS, NOTES, published="2023-10-22", location="Kon Plông")
