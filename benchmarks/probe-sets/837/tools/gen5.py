"""p837-5: Party/provincial newspaper (Báo Cao Bằng), soybean revival; byline and bare date at the end."""
from lib import F, P, Y, C, T, write

text = """Phục hồi cây đậu tương trên đất ruộng một vụ

Những năm gần đây, diện tích đậu tương của tỉnh Cao Bằng giảm mạnh do hiệu quả thấp, giống thoái hóa. Để phục hồi cây trồng truyền thống này, năm 2023 tỉnh triển khai mô hình trồng đậu tương trên đất ruộng một vụ tại các huyện Hà Quảng, Trùng Khánh và Hòa An với tổng diện tích 320 ha.

Toàn tỉnh hiện có khoảng 2.850 ha đậu tương, giảm gần 60% so với năm 2015. Năm nay, các địa phương gieo trồng đậu tương vụ hè thu được 1.940 ha, đạt 88,2% kế hoạch; trong đó Hà Quảng 610 ha, Trùng Khánh 455 ha, Hòa An 398 ha, các huyện còn lại 477 ha.

Giống đậu tương ĐT26 và ĐVN6 được đưa vào thay thế giống địa phương, cho năng suất bình quân 18,5 tạ/ha, cao hơn 4,2 tạ/ha so với giống cũ. Với giá bán 22.000-25.000 đồng/kg, mỗi ha đậu tương cho thu nhập khoảng 42 triệu đồng, trừ chi phí lãi trên 20 triệu đồng. Trồng đậu tương còn giúp cải tạo đất, giảm khoảng 30% lượng phân đạm bón cho vụ lúa sau.

Tỉnh hỗ trợ 100% giống và 50% phân bón cho hộ tham gia mô hình, tổng kinh phí gần 1,6 tỷ đồng từ Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi. Đã có 1.215 hộ tham gia, trong đó 86% là hộ đồng bào dân tộc Tày, Nùng.

Bà Nông Thị Ba ở xóm Nà Mạ, xã Trường Hà (Hà Quảng) phấn khởi: "Nhà tôi trồng 3.000 m2 đậu tương, thu được hơn 5 tạ hạt, bán ngay tại nhà".

Mục tiêu đến năm 2025, tỉnh khôi phục diện tích đậu tương lên 4.000 ha, hình thành 5 vùng sản xuất tập trung, gắn với liên kết tiêu thụ.

NGỌC ÁNH
18/10/2023
"""

NN = Y("Năm nay", 2023)
T25 = P("đến năm 2025", None, "2025-12-31")
figs = [
    F("tổng diện tích 320 ha", "320", 320, "measure", "ha",
      "mô hình trồng đậu tương trên đất ruộng một vụ", period=Y("năm 2023", 2023)),
    F("khoảng 2.850 ha", "2.850", 2850, "measure", "ha", "diện tích đậu tương toàn tỉnh", approx="about",
      change=C("decrease", 60, "%", "năm 2015", "nearly")),
    F("được 1.940 ha", "1.940", 1940, "measure", "ha", "đậu tương vụ hè thu gieo trồng", percent=88.2,
      period=NN),
    F("Hà Quảng 610 ha", "610", 610, "measure", "ha", "đậu tương vụ hè thu", total=1940,
      location="Hà Quảng", period=NN),
    F("Trùng Khánh 455 ha", "455", 455, "measure", "ha", "đậu tương vụ hè thu", total=1940,
      location="Trùng Khánh", period=NN),
    F("Hòa An 398 ha", "398", 398, "measure", "ha", "đậu tương vụ hè thu", total=1940,
      location="Hòa An", period=NN),
    F("còn lại 477 ha", "477", 477, "measure", "ha", "đậu tương vụ hè thu các huyện còn lại", total=1940,
      period=NN),
    F("bình quân 18,5 tạ/ha", "18,5", 18.5, "measure", "tạ/ha", "năng suất bình quân giống đậu tương ĐT26 và ĐVN6",
      change=C("increase", 4.2, "tạ/ha", "giống cũ")),
    F("giá bán 22.000-25.000 đồng/kg", "22.000", 22000, "money", "đồng/kg", "giá bán đậu tương",
      value_max=25000),
    F("khoảng 42 triệu đồng", "42", 42000000, "money", "đồng/ha", "thu nhập mỗi ha đậu tương", approx="about"),
    F("lãi trên 20 triệu đồng", "20", 20000000, "money", "đồng/ha", "lãi mỗi ha đậu tương", approx="over"),
    F("giảm khoảng 30%", "30", 30, "percent", "%", "lượng phân đạm bón cho vụ lúa sau giảm", approx="about"),
    F("hỗ trợ 100% giống", "100", 100, "percent", "%", "mức hỗ trợ giống"),
    F("50% phân bón", "50", 50, "percent", "%", "mức hỗ trợ phân bón"),
    F("gần 1,6 tỷ đồng", "1,6", 1600000000, "money", "đồng", "tổng kinh phí hỗ trợ mô hình", approx="nearly"),
    F("có 1.215 hộ", "1.215", 1215, "count", "hộ", "hộ tham gia mô hình"),
    F("trong đó 86%", "86", 86, "percent", "%", "hộ đồng bào dân tộc Tày, Nùng trong số hộ tham gia"),
    F("trồng 3.000 m2", "3.000", 3000, "measure", "m2", "diện tích đậu tương nhà bà Nông Thị Ba",
      location="Hà Quảng", optional=True),
    F("hơn 5 tạ hạt", "5", 5, "measure", "tạ", "sản lượng đậu tương nhà bà Nông Thị Ba", approx="over",
      location="Hà Quảng", optional=True),
    F("lên 4.000 ha", "4.000", 4000, "measure", "ha", "diện tích đậu tương", status="target", period=T25),
    F("hình thành 5 vùng", "5", 5, "count", "vùng", "vùng sản xuất đậu tương tập trung", status="target",
      period=T25),
]

notes = [
    "Báo Cao Bằng (Party provincial paper): soybean revival on one-crop paddy land; byline NGỌC ÁNH and bare date 18/10/2023 at the end.",
    "Distractors: variety names ĐT26, ĐVN6; person 'Nông Thị Ba'; 'xóm Nà Mạ'; programme name; 'năm 2015' as a baseline.",
    "'Năm nay' = 2023 (published). The district list after 'trong đó' adds up to 1.940 ha (610+455+398+477): total 1940, and",
    "the period 'Năm nay' stands in the same sentence (scored). 'các huyện còn lại' is no place: location stays Cao Bằng.",
    "'khoảng 42 triệu đồng' and 'trên 20 triệu đồng' are per ha ('mỗi ha đậu tương'): unit đồng/ha.",
    "'trong đó 86% là hộ ...' is a share inside the 1.215 households, a percent figure of its own (no total, not a percent of 1.215).",
    "'hỗ trợ 100% giống và 50% phân bón' are support rates: percent figures. Quoted household figures are optional.",
]
write(5, text, figs, notes, published="2023-10-18", location="Cao Bằng")
