"""p895-8: Báo Vĩnh Long online, headline figure, (VLO) tag; huyện Vũng Liêm, 2023."""
from lib import build, F, P, I, C

TEXT = """Kinh tế > Nông nghiệp
Vũng Liêm có hơn 300 hộ nuôi ngỗng thương phẩm
Cập nhật: 10:32, 26/06/2023

(VLO) - Theo Phòng Nông nghiệp và PTNT huyện Vũng Liêm, tính đến ngày 15/6/2023, toàn huyện có 318 hộ nuôi ngỗng với tổng đàn trên 27.500 con, tăng 12,4% so với cùng kỳ. Trong đó, xã Trung Thành Tây có đàn lớn nhất với 6.800 con, kế đến là xã Quới An (4.900 con) và xã Trung Ngãi (4.100 con).

Nuôi ngỗng ở đây chủ yếu theo hình thức bán chăn thả trên ruộng lúa sau thu hoạch, dọc Quốc lộ 53 và đường tỉnh 901. Sau 70-75 ngày, ngỗng đạt 3,8-4,2 kg/con. Với giá ngỗng hơi hiện khoảng 65.000 đồng/kg, giá con giống 35.000 đồng/con, mỗi con ngỗng lãi bình quân 70.000 đồng. Theo tính toán của ngành nông nghiệp, lợi nhuận từ nuôi ngỗng gấp 2,5 lần trồng lúa trên cùng diện tích.

6 tháng đầu năm, các hộ đã xuất bán khoảng 21.000 con ngỗng thịt, tổng giá trị ước đạt 5,2 tỷ đồng. Ông Lê Văn Chín, ấp 4, xã Quới An, nuôi 800 con mỗi lứa, cho biết mỗi năm gia đình lãi trên 150 triệu đồng.

Huyện đã thành lập 2 tổ hợp tác nuôi ngỗng với 45 thành viên; dự kiến trong năm 2023 thành lập thêm 1 hợp tác xã. Mục tiêu đến năm 2025, tổng đàn ngỗng toàn huyện đạt 40.000 con, trong đó 30% số hộ nuôi áp dụng quy trình VietGAHP.

PHƯƠNG THẢO
"""

ASOF = P("tính đến ngày 15/6/2023", end="2023-06-15")
H1 = P("6 tháng đầu năm", "2023-01-01", "2023-06-30")
GOAL = P("đến năm 2025", end="2025-12-31")
FIGS = [
    F("có hơn 300 hộ", "300", 300, "count", "hộ", "hộ nuôi ngỗng thương phẩm", approx="over"),
    F("có 318 hộ", "318", 318, "count", "hộ", "hộ nuôi ngỗng", ASOF),
    F("trên 27.500 con", "27.500", 27500, "count", "con", "tổng đàn ngỗng", ASOF, approx="over",
      change=C("increase", 12.4, baseline="cùng kỳ")),
    F("với 6.800 con", "6.800", 6800, "count", "con", "đàn ngỗng xã Trung Thành Tây", I(ASOF), total=27500),
    F("(4.900 con)", "4.900", 4900, "count", "con", "đàn ngỗng xã Quới An", I(ASOF), total=27500),
    F("(4.100 con)", "4.100", 4100, "count", "con", "đàn ngỗng xã Trung Ngãi", I(ASOF), total=27500),
    F("Sau 70-75 ngày", "70", 70, "measure", "ngày", "thời gian nuôi ngỗng", value_max=75, optional=True),
    F("đạt 3,8-4,2 kg/con", "3,8", 3.8, "measure", "kg/con", "trọng lượng ngỗng", value_max=4.2),
    F("khoảng 65.000 đồng/kg", "65.000", 65000, "money", "đồng/kg", "giá ngỗng hơi", approx="about"),
    F("giống 35.000 đồng/con", "35.000", 35000, "money", "đồng/con", "giá con giống"),
    F("bình quân 70.000 đồng", "70.000", 70000, "money", "đồng/con", "lãi bình quân mỗi con ngỗng"),
    F("gấp 2,5 lần", "2,5", 2.5, "multiple", "lần", "lợi nhuận từ nuôi ngỗng so với trồng lúa"),
    F("khoảng 21.000 con", "21.000", 21000, "count", "con", "ngỗng thịt xuất bán", H1, approx="about"),
    F("ước đạt 5,2 tỷ đồng", "5,2", 5200000000, "money", "đồng", "tổng giá trị ngỗng thịt xuất bán", H1,
      status="estimate"),
    F("nuôi 800 con", "800", 800, "count", "con", "ngỗng nuôi mỗi lứa của ông Lê Văn Chín"),
    F("trên 150 triệu đồng", "150", 150000000, "money", "đồng/năm", "lãi nuôi ngỗng mỗi năm của gia đình",
      approx="over"),
    F("thành lập 2 tổ hợp tác", "2", 2, "count", "tổ hợp tác", "tổ hợp tác nuôi ngỗng"),
    F("với 45 thành viên", "45", 45, "count", "thành viên", "thành viên tổ hợp tác nuôi ngỗng"),
    F("thêm 1 hợp tác xã", "1", 1, "count", "hợp tác xã", "hợp tác xã thành lập thêm",
      P("trong năm 2023", "2023-01-01", "2023-12-31"), status="forecast"),
    F("đạt 40.000 con", "40.000", 40000, "count", "con", "tổng đàn ngỗng", GOAL, status="target"),
    F("đó 30% số hộ", "30", 30, "percent", "%", "tỷ lệ hộ nuôi áp dụng quy trình VietGAHP", GOAL, status="target"),
]

NOTES = [
    "Báo Vĩnh Long online: headline figure 'hơn 300 hộ', 'Cập nhật: 10:32, 26/06/2023', tag '(VLO) -', byline at the end.",
    "Location Vũng Liêm (district) for all figures; the communes (Trung Thành Tây, Quới An, Trung Ngãi) are not districts, so they stay",
    "in the subject. The commune herds follow 'Trong đó' after the 27.500 herd: total 27500 (they need not add up: 'trong đó' parts).",
    "'gấp 2,5 lần trồng lúa' stands as its own claim: a multiple. '6 tháng đầu năm' takes 2023 from the dateline/as-of date.",
    "'30% số hộ' after 'trong đó' is a share of households, not a part of the 40.000 geese: no total; it is a target figure.",
    "'nuôi 800 con mỗi lứa' is the farmer's batch size, kept as a count in 'con'. Not figures: 'Quốc lộ 53', 'đường tỉnh 901', 'ấp 4',",
    "'Lê Văn Chín', '10:32', '(VLO)'.",
    "revised: 'Sau 70-75 ngày' made optional: a duration that locates the weight figure in time (FIGURES.md §1).",
]

build("p895-8", TEXT, NOTES, FIGS, published="2023-06-26", location="Vũng Liêm")
