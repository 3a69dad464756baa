from lib import F, P, emit

TEXT = """Lâm Đồng: Sản lượng nấm năm 2024 ước đạt hơn 12.000 tấn
THANH HÀ 07:12, 24/12/2024

(LĐ) - Theo Sở NN&PTNT, năm 2024, sản lượng nấm các loại trên địa bàn tỉnh Lâm Đồng ước đạt hơn 12.000 tấn, tăng 9,6% so với năm 2023; giá trị sản xuất ước đạt 780 tỷ đồng. Diện tích nhà trồng nấm khoảng 46 ha, tập trung tại TP Đà Lạt, huyện Lạc Dương và huyện Đơn Dương.

Sản lượng một số loại nấm chủ yếu (đơn vị tính: tấn):
Loại nấm | Năm 2023 | Ước năm 2024 | Kế hoạch năm 2025
Nấm bào ngư | 5.420 | 5.980 | 6.500
Nấm đông cô | 2.150 | 2.310 | 2.450
Nấm đùi gà | 1.960 | 2.240 | 2.600
Nấm linh chi | 185,5 | 210 | 250

Riêng nấm linh chi đỏ, giá bán dao động 1,2-1,5 triệu đồng/kg, trong khi nấm đông cô tươi khoảng 90.000 đồng/kg. Toàn tỉnh có 14 hợp tác xã và hơn 120 hộ sản xuất nấm quy mô lớn; 8 sản phẩm nấm đạt chứng nhận OCOP từ 3 sao trở lên.

Ngoài nấm, cây atisô được trồng trên 320 ha, năng suất bình quân 25 tấn/ha. Năm 2025, tỉnh phấn đấu nâng sản lượng nấm lên 13.500 tấn, trong đó nấm dược liệu chiếm khoảng 15%.

Ông Nguyễn Văn Sơn, Giám đốc Trung tâm Khuyến nông tỉnh (số 19 đường Trần Hưng Đạo, phường 10, TP Đà Lạt), cho biết: Trung tâm sẽ hỗ trợ chuyển giao quy trình trồng nấm theo tiêu chuẩn VietGAP cho các hợp tác xã.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24_I = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
E24 = P("Ước năm 2024", "2024-01-01", "2024-12-31")
K25 = P("Kế hoạch năm 2025", "2025-01-01", "2025-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")


def row(label, a, b, c, a_anchor=None, b_anchor=None, c_anchor=None):
    def val(s):
        return float(s.replace(".", "").replace(",", "."))
    return [
        F(a_anchor or f"{label} | {a}", a, val(a), "measure", "tấn", f"sản lượng {label} năm 2023", Y23),
        F(b_anchor or f"{a} | {b}", b, val(b), "measure", "tấn", f"sản lượng {label} ước năm 2024", E24, status="estimate"),
        F(c_anchor or f"{b} | {c}", c, val(c), "measure", "tấn", f"sản lượng {label} kế hoạch năm 2025", K25, status="target"),
    ]


FIGS = [
    F("hơn 12.000 tấn\n", "12.000", 12000, "measure", "tấn", "sản lượng nấm", P("năm 2024", "2024-01-01", "2024-12-31"),
      approx="over", status="estimate"),
    F("ước đạt hơn 12.000 tấn, tăng", "12.000", 12000, "measure", "tấn", "sản lượng nấm các loại", Y24,
      approx="over", status="estimate",
      change={"direction": "increase", "value": 9.6, "unit": "%", "baseline": "năm 2023"}),
    F("ước đạt 780 tỷ đồng", "780", 780e9, "money", "đồng", "giá trị sản xuất", Y24, status="estimate"),
    F("khoảng 46 ha", "46", 46, "measure", "ha", "diện tích nhà trồng nấm", Y24_I, approx="about"),
    *row("Nấm bào ngư", "5.420", "5.980", "6.500"),
    *row("Nấm đông cô", "2.150", "2.310", "2.450"),
    *row("Nấm đùi gà", "1.960", "2.240", "2.600"),
    *row("Nấm linh chi", "185,5", "210", "250"),
    F("1,2-1,5 triệu", "1,2", 1.2e6, "money", "đồng/kg", "giá bán nấm linh chi đỏ", value_max=1.5e6),
    F("khoảng 90.000 đồng/kg", "90.000", 90000, "money", "đồng/kg", "giá nấm đông cô tươi", approx="about"),
    F("có 14 hợp tác xã", "14", 14, "count", "hợp tác xã", "hợp tác xã sản xuất nấm quy mô lớn"),
    F("hơn 120 hộ", "120", 120, "count", "hộ", "hộ sản xuất nấm quy mô lớn", approx="over"),
    F("; 8 sản phẩm", "8", 8, "count", "sản phẩm", "sản phẩm nấm đạt chứng nhận OCOP"),
    F("từ 3 sao", "3", 3, "measure", "sao", "hạng sao OCOP", approx="at_least", optional=True),
    F("trên 320 ha", "320", 320, "measure", "ha", "diện tích cây atisô", Y24_I, approx="over"),
    F("bình quân 25 tấn/ha", "25", 25, "measure", "tấn/ha", "năng suất bình quân atisô", Y24_I),
    F("lên 13.500 tấn", "13.500", 13500, "measure", "tấn", "sản lượng nấm", Y25, status="target"),
    F("chiếm khoảng 15%", "15", 15, "percent", "%", "tỷ trọng nấm dược liệu trong sản lượng nấm", Y25,
      approx="about", status="target"),
]

HEADER = """Báo Lâm Đồng (Party newspaper): nấm ăn, nấm dược liệu năm 2024. Byline + time + date 'THANH HÀ 07:12, 24/12/2024'; '(LĐ)' tag.
Flattened '|' table: 'Loại nấm | Năm 2023 | Ước năm 2024 | Kế hoạch năm 2025', unit from '(đơn vị tính: tấn)'; status actual / estimate / target
by column, period from the column header, subject = row label + column label.
Distractors: address 'số 19 đường Trần Hưng Đạo, phường 10', 'VietGAP', the places of the 46 ha (TP Đà Lạt, Lạc Dương, Đơn Dương describe where, the figure is provincial).
'từ 3 sao trở lên' is a threshold: optional. '13.500 tấn, trong đó nấm dược liệu chiếm khoảng 15%': the share belongs to a part with no amount,
so it is a percent figure of its own (target, 2025), not the percent of 13.500.
Headline '12.000 tấn' repeats the lead (its period is in the headline itself: 'năm 2024'). Atisô figures inherit năm 2024."""

emit(4, HEADER, TEXT, FIGS, published="2024-12-24", location="Lâm Đồng")
