"""p1228-8: provincial newspaper online (Báo Bình Phước), Bình Phước biofuel (ethanol) plant, 8 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """BÁO BÌNH PHƯỚC ĐIỆN TỬ
Kinh tế | Nông nghiệp | Xã hội

Nhà máy nhiên liệu sinh học Bình Phước thu mua hơn 110.000 tấn sắn lát

Cập nhật lúc 10:25, Thứ Tư, 18/09/2024

(BP) - 8 tháng năm 2024, Nhà máy nhiên liệu sinh học Bình Phước đã sản xuất 36.800 m3 ethanol nhiên liệu, đạt 64% kế hoạch năm, gấp 1,8 lần cùng kỳ năm 2023. Toàn bộ sản phẩm được cung cấp cho các đơn vị pha chế xăng E5 RON 92 ở khu vực phía Nam.

Để có nguyên liệu, nhà máy đã thu mua 111.800 tấn sắn lát của nông dân trong tỉnh; trong đó các huyện Bù Đốp, Lộc Ninh và Bù Gia Mập lần lượt cung cấp 46.000 tấn, 38.500 tấn và 27.300 tấn. Giá thu mua bình quân 5.200 đồng/kg, cao hơn khoảng 8% so với năm trước.

Gia đình anh Điểu Minh (thôn 3, xã Thiện Hưng, huyện Bù Đốp) trồng 6 ha sắn, năng suất bình quân 32 tấn/ha. Sau khi trừ chi phí, anh lãi khoảng 150 triệu đồng mỗi vụ, gấp đôi trồng điều trên cùng diện tích. Anh cho biết, nhờ có nhà máy bao tiêu nên không còn cảnh bị thương lái ép giá như trước.

Bình Phước hiện có khoảng 24.600 ha sắn, đứng thứ 4 cả nước về diện tích. Năm 2024, nhà máy dự kiến sản xuất 57.500 m3 ethanol, tạo việc làm ổn định cho 185 công nhân. Tỉnh phấn đấu đến năm 2025 có ít nhất 70% diện tích sắn áp dụng quy trình canh tác bền vững, gắn với vùng nguyên liệu của nhà máy.

Hoàng Anh
"""

M8 = P("8 tháng năm 2024", "2024-01-01", "2024-08-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
BD = "Bù Đốp"
SAN = "sắn lát nhà máy thu mua"

FIGS = [
    F("hơn 110.000 tấn", "110.000", 110000, "measure", "tấn", approx="over",
      subject="sắn lát Nhà máy nhiên liệu sinh học Bình Phước thu mua"),
    F("sản xuất 36.800 m3", "36.800", 36800, "measure", "m3", percent=64,
      change=C("increase", 1.8, "lần", "cùng kỳ năm 2023"),
      subject="ethanol nhiên liệu nhà máy sản xuất", period=M8),
    F("thu mua 111.800 tấn", "111.800", 111800, "measure", "tấn",
      subject="sắn lát nhà máy thu mua của nông dân trong tỉnh", period=I(M8)),
    F("cung cấp 46.000 tấn", "46.000", 46000, "measure", "tấn", total=111800,
      subject=SAN, period=I(M8), location=BD),
    F("38.500 tấn", "38.500", 38500, "measure", "tấn", total=111800,
      subject=SAN, period=I(M8), location="Lộc Ninh"),
    F("27.300 tấn", "27.300", 27300, "measure", "tấn", total=111800,
      subject=SAN, period=I(M8), location="Bù Gia Mập"),
    F("bình quân 5.200 đồng/kg", "5.200", 5200, "money", "đồng/kg",
      change=C("increase", 8, "%", "năm trước", approx="about"),
      subject="giá thu mua sắn lát bình quân", period=I(M8)),
    F("trồng 6 ha", "6", 6, "measure", "ha", subject="diện tích sắn gia đình anh Điểu Minh trồng", location=BD),
    F("32 tấn/ha", "32", 32, "measure", "tấn/ha", subject="năng suất sắn bình quân", location=BD),
    F("khoảng 150 triệu", "150", 150e6, "money", "đồng/vụ", approx="about",
      change=C("increase", 2, "lần", "trồng điều trên cùng diện tích"),
      subject="lãi trồng sắn sau khi trừ chi phí", location=BD),
    F("khoảng 24.600 ha", "24.600", 24600, "measure", "ha", approx="about",
      subject="diện tích sắn"),
    F("đứng thứ 4", "4", 4, "rank", "hạng", subject="thứ hạng cả nước về diện tích sắn"),
    F("sản xuất 57.500 m3", "57.500", 57500, "measure", "m3", status="forecast",
      subject="ethanol nhà máy sản xuất", period=Y24),
    F("cho 185 công nhân", "185", 185, "count", "công nhân", status="forecast",
      subject="công nhân nhà máy tạo việc làm ổn định", period=Y24),
    F("ít nhất 70%", "70", 70, "percent", "%", approx="at_least", status="target",
      subject="diện tích sắn áp dụng quy trình canh tác bền vững", period=T25),
]

NOTES = [
    "Provincial newspaper online (Báo Bình Phước): headline figure, 'Cập nhật lúc 10:25, Thứ Tư, 18/09/2024', tag '(BP) -', byline at the end.",
    "Distractors: time 10:25, '(BP)', 'E5 RON 92', 'thôn 3', 'năm 2023' in the baseline.",
    "Plant figures stay Bình Phước (the text gives no district for the plant). The 'lần lượt' list after 'trong đó' adds up to 111.800: each part has total 111800 and its district as location.",
    "The farmer's passage (xã Thiện Hưng, huyện Bù Đốp) takes Bù Đốp for its three sentences' figures; 'mỗi vụ' makes the profit đồng/vụ; 'gấp đôi' (đôi = 2) is its change.",
    "'đứng thứ 4 cả nước về diện tích' ranks Bình Phước: location Bình Phước, not Việt Nam.",
    "'dự kiến sản xuất ..., tạo việc làm ... cho 185 công nhân' → both forecast. 'đến năm 2025' → end 2025-12-31 (target).",
    "The 111.800 tấn sentence follows the '8 tháng năm 2024' sentence about the same plant: inherited.",
]

if __name__ == "__main__":
    write("p1228-8", TEXT, NOTES, FIGS, published="2024-09-18", location="Bình Phước")
