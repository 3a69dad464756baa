"""p928-4: Bộ NN&PTNT site, national bivalve (hàu, vẹm) farming 2023: parts, province list, exports, mortality, 2030 targets."""
from lib import F, P, I, C, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Thủy sản

Nuôi nhuyễn thể hai mảnh vỏ: mở rộng vùng nuôi gắn với kiểm soát môi trường
15/03/2024 08:50

Theo Cục Thủy sản, năm 2023 diện tích nuôi nhuyễn thể hai mảnh vỏ cả nước đạt khoảng 48.500 ha; sản lượng ước đạt 425.000 tấn, tăng 5,2% so với năm 2022. Trong đó, sản lượng hàu đạt 112.000 tấn, vẹm xanh khoảng 2.600 tấn, còn lại là nghêu, sò huyết và các loài khác.

Quảng Ninh là địa phương có sản lượng hàu lớn nhất với 48.600 tấn, chiếm 43,4% sản lượng hàu cả nước; tiếp đến là Bà Rịa - Vũng Tàu, Phú Yên và Khánh Hòa với sản lượng lần lượt là 14.200 tấn, 6.150 tấn và 4.800 tấn. Vẹm xanh được nuôi chủ yếu tại Kiên Giang, Khánh Hòa và Bình Định, riêng Kiên Giang chiếm khoảng 50% sản lượng.

Kim ngạch xuất khẩu nhuyễn thể hai mảnh vỏ năm 2023 đạt 112,5 triệu USD, giảm 13,7% so với năm 2022. Hàu Việt Nam đã có mặt tại 12 thị trường, trong đó Trung Quốc chiếm 65% kim ngạch xuất khẩu hàu.

Cũng trong năm 2023, cả nước ghi nhận 9 đợt hàu, vẹm chết bất thường tại 6 tỉnh, chủ yếu do mưa lớn kéo dài làm giảm độ mặn, gây thiệt hại khoảng 3.200 tấn, gấp 2,5 lần năm 2022.

Hiện cả nước mới có 38% diện tích nuôi nhuyễn thể được cấp mã số vùng nuôi. Theo Kế hoạch số 1520/KH-BNN-TS, đến năm 2030 sản lượng nhuyễn thể hai mảnh vỏ nuôi đạt 600.000 tấn, trong đó hàu đạt 200.000 tấn; 70% vùng nuôi tập trung được quan trắc môi trường định kỳ. Việt Nam hiện đứng thứ 4 châu Á về sản lượng nghêu nuôi.

Bộ Nông nghiệp và Phát triển nông thôn - Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3846.8161
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("khoảng 48.500 ha", "48.500", 48500, "measure", "ha", "diện tích nuôi nhuyễn thể hai mảnh vỏ",
      approx="about", period=Y23),
    F("ước đạt 425.000 tấn", "425.000", 425000, "measure", "tấn", "sản lượng nhuyễn thể hai mảnh vỏ",
      change=C("increase", 5.2, "%", "năm 2022"), status="estimate", period=Y23),
    F("hàu đạt 112.000 tấn", "112.000", 112000, "measure", "tấn", "sản lượng hàu", total=425000,
      status="estimate", period=I(Y23)),
    F("khoảng 2.600 tấn", "2.600", 2600, "measure", "tấn", "sản lượng vẹm xanh", approx="about", total=425000,
      status="estimate", period=I(Y23)),
    F("với 48.600 tấn", "48.600", 48600, "measure", "tấn", "sản lượng hàu", percent=43.4, period=I(Y23),
      location="Quảng Ninh"),
    F("là 14.200 tấn", "14.200", 14200, "measure", "tấn", "sản lượng hàu", period=I(Y23),
      location="Bà Rịa - Vũng Tàu"),
    F("6.150 tấn và", "6.150", 6150, "measure", "tấn", "sản lượng hàu", period=I(Y23), location="Phú Yên"),
    F("và 4.800 tấn", "4.800", 4800, "measure", "tấn", "sản lượng hàu", period=I(Y23), location="Khánh Hòa"),
    F("khoảng 50%", "50", 50, "percent", "%", "tỷ trọng sản lượng vẹm xanh", approx="about", period=I(Y23),
      location="Kiên Giang"),
    F("đạt 112,5 triệu USD", "112,5", 112.5e6, "money", "USD", "kim ngạch xuất khẩu nhuyễn thể hai mảnh vỏ",
      change=C("decrease", 13.7, "%", "năm 2022"), period=Y23),
    F("12 thị trường", "12", 12, "count", "thị trường", "thị trường có hàu Việt Nam"),
    F("chiếm 65%", "65", 65, "percent", "%", "tỷ trọng Trung Quốc trong kim ngạch xuất khẩu hàu"),
    F("9 đợt", "9", 9, "count", "đợt", "đợt hàu, vẹm chết bất thường", period=P("trong năm 2023", "2023-01-01", "2023-12-31")),
    F("6 tỉnh", "6", 6, "count", "tỉnh", "tỉnh có hàu, vẹm chết bất thường", period=P("trong năm 2023", "2023-01-01", "2023-12-31")),
    F("khoảng 3.200 tấn", "3.200", 3200, "measure", "tấn", "hàu, vẹm thiệt hại do chết bất thường",
      approx="about", change=C("increase", 2.5, "lần", "năm 2022"),
      period=P("trong năm 2023", "2023-01-01", "2023-12-31")),
    F("38% diện tích", "38", 38, "percent", "%", "diện tích nuôi nhuyễn thể được cấp mã số vùng nuôi"),
    F("đạt 600.000 tấn", "600.000", 600000, "measure", "tấn", "sản lượng nhuyễn thể hai mảnh vỏ nuôi",
      status="target", period=Y30),
    F("đạt 200.000 tấn", "200.000", 200000, "measure", "tấn", "sản lượng hàu nuôi", total=600000,
      status="target", period=Y30),
    F("70% vùng nuôi", "70", 70, "percent", "%", "vùng nuôi tập trung được quan trắc môi trường định kỳ",
      status="target", period=Y30),
    F("đứng thứ 4", "4", 4, "rank", "hạng", "sản lượng nghêu nuôi châu Á"),
]

NOTES = [
    "Bộ NN&PTNT site: nuôi nhuyễn thể hai mảnh vỏ cả nước năm 2023 (Cục Thủy sản), national; dateline 15/03/2024 08:50.",
    "Hàu and vẹm after 'Trong đó' are parts of 425.000 tấn (same thing: bivalve output) and continue 'ước đạt' (estimate).",
    "Province list ('lần lượt là', items matched to the places by order) shares 'sản lượng hàu'; places go to location. 'Trung Quốc chiếm 65%' is a trade partner: location Việt Nam.",
    "'gấp 2,5 lần năm 2022' follows 3.200 tấn, so it is its change (value 2.5, unit lần), not a multiple figure of its own.",
    "'Cũng trong năm 2023' gives the period of 9 đợt / 6 tỉnh / 3.200 tấn. 'đến năm 2030' targets continue through ';' (70%).",
    "Distractors: Kế hoạch số 1520/KH-BNN-TS, Số 2 Ngọc Hà, 024.3846.8161, 08:50, 'hai mảnh vỏ' (a name: not a figure).",
]

write(4, TEXT, FIGS, NOTES, published="2024-03-15", location="Việt Nam")
