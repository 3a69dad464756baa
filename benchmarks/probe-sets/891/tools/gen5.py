"""p891-5: Party/provincial newspaper (Báo Hải Dương), dưa lưới nhà màng; byline and bare date at the end."""
from lib import F, C, P, Y, write

TEXT = """Dưa lưới nhà màng: hướng đi mới của nông dân xứ Đông

Từ vài mô hình thử nghiệm năm 2019, đến nay Hải Dương đã có khoảng 45 ha nhà màng, nhà lưới trồng dưa lưới, dưa vàng, tập trung ở các huyện Gia Lộc, Cẩm Giàng, Bình Giang và Thanh Miện.

Tại xã Gia Tân (Gia Lộc), ven Quốc lộ 37, anh Vũ Văn Hai đầu tư 3.000 m2 nhà màng với chi phí gần 900 triệu đồng. Mỗi năm anh trồng 3 vụ dưa, mỗi vụ thu khoảng 7 tấn quả, giá bán bình quân 30.000 đồng/kg. Trừ chi phí, mỗi năm gia đình anh lãi trên 300 triệu đồng. "Nhà màng giúp chủ động thời vụ, dưa ít sâu bệnh, đều quả", anh Hai chia sẻ.

Theo Sở Nông nghiệp và Phát triển nông thôn, năng suất dưa lưới trong nhà màng bình quân 22-25 tấn/ha/vụ, lợi nhuận 500-600 triệu đồng/ha/năm. Con số này gấp 5 đến 6 lần so với cấy lúa trên cùng diện tích.

Năm 2023, toàn tỉnh có 7 sản phẩm dưa lưới, dưa vàng được công nhận OCOP 3 sao và 1 sản phẩm đạt 4 sao. Dưa của các hợp tác xã đã vào 5 chuỗi siêu thị lớn, giá bán cao hơn 20-30% so với dưa trồng ngoài đồng.

Tuy vậy, diện tích nhà màng mới chiếm chưa đến 0,1% diện tích đất sản xuất nông nghiệp của tỉnh. Mục tiêu đến năm 2025, Hải Dương có 100 ha nhà màng trồng dưa và rau quả. Tỉnh hỗ trợ 30% kinh phí làm nhà màng, nhưng không quá 150 triệu đồng/mô hình. Ngành nông nghiệp đang phối hợp với các doanh nghiệp xây dựng thương hiệu dưa lưới Hải Dương, hướng tới xuất khẩu.

VĂN HƯNG
22/8/2023
"""

GL = "Gia Lộc"
FIGS = [
    F("khoảng 45 ha", "45", 45, "measure", "ha", "diện tích nhà màng, nhà lưới trồng dưa lưới, dưa vàng",
      P("đến nay", None, "2023-08-22"), approx="about"),
    F("đầu tư 3.000 m2", "3.000", 3000, "measure", "m2", "diện tích nhà màng của anh Vũ Văn Hai", location=GL),
    F("gần 900 triệu đồng", "900", 900e6, "money", "đồng", "chi phí đầu tư nhà màng", approx="nearly", location=GL),
    F("trồng 3 vụ", "3", 3, "measure", "vụ/năm", "số vụ dưa mỗi năm", location=GL),
    F("khoảng 7 tấn", "7", 7, "measure", "tấn/vụ", "sản lượng dưa mỗi vụ", approx="about", location=GL),
    F("bình quân 30.000 đồng/kg", "30.000", 30000, "money", "đồng/kg", "giá bán dưa bình quân", location=GL),
    F("lãi trên 300 triệu đồng", "300", 300e6, "money", "đồng/năm", "lãi mỗi năm", approx="over", location=GL),
    F("bình quân 22-25 tấn/ha/vụ", "22", 22, "measure", "tấn/ha/vụ", "năng suất dưa lưới trong nhà màng", value_max=25),
    F("lợi nhuận 500-600 triệu đồng/ha/năm", "500", 500e6, "money", "đồng/ha/năm", "lợi nhuận dưa lưới trong nhà màng",
      value_max=600e6),
    F("gấp 5 đến 6 lần", "5", 5, "multiple", "lần", "lợi nhuận dưa lưới nhà màng so với cấy lúa", value_max=6),
    F("có 7 sản phẩm", "7", 7, "count", "sản phẩm", "sản phẩm dưa lưới, dưa vàng được công nhận OCOP 3 sao",
      Y(2023, "Năm 2023")),
    F("OCOP 3 sao", "3", 3, "count", "sao", optional=True),
    F("và 1 sản phẩm", "1", 1, "count", "sản phẩm", "sản phẩm đạt OCOP 4 sao", Y(2023, "Năm 2023")),
    F("đạt 4 sao", "4", 4, "count", "sao", optional=True),
    F("vào 5 chuỗi siêu thị", "5", 5, "count", "chuỗi siêu thị", "chuỗi siêu thị lớn có dưa của các hợp tác xã"),
    F("cao hơn 20-30%", "20", 20, "percent", "%", "giá bán dưa nhà màng cao hơn dưa trồng ngoài đồng", value_max=30),
    F("chưa đến 0,1%", "0,1", 0.1, "percent", "%", "diện tích nhà màng trong diện tích đất sản xuất nông nghiệp",
      approx="under"),
    F("có 100 ha", "100", 100, "measure", "ha", "diện tích nhà màng trồng dưa và rau quả",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("hỗ trợ 30%", "30", 30, "percent", "%", "mức hỗ trợ kinh phí làm nhà màng"),
    F("không quá 150 triệu đồng/mô hình", "150", 150e6, "money", "đồng/mô hình", "mức hỗ trợ tối đa làm nhà màng",
      approx="at_most"),
]
NOTES = [
    "Báo Hải Dương: dưa lưới nhà màng; a Gia Lộc farmer, provincial yield/profit, OCOP products, 2025 target, support rates.",
    "Byline 'VĂN HƯNG' and bare date '22/8/2023' at the end give published. 'đến nay' ends at that date.",
    "The farmer's figures (xã Gia Tân, Gia Lộc) are located in Gia Lộc. 'Mỗi năm anh trồng 3 vụ' is a rate (vụ/năm, measure).",
    "OCOP star grades ('3 sao', '4 sao') are category labels: optional. 'gấp 5 đến 6 lần' standing as its own sentence is a multiple.",
    "'giá bán cao hơn 20-30%' has no base amount: a percent figure (range) without change. 'năm 2019' is only a date.",
    "Distractors: Quốc lộ 37, 'Vũ Văn Hai' / 'anh Hai' (a name), 'vài mô hình'.",
]
write(5, TEXT, FIGS, NOTES, published="2023-08-22", location="Hải Dương")
