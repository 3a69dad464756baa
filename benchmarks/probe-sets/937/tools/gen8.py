"""p937-8: Báo Gia Lai online, (GLO)- tag - nho hạ đen ở Ia Grai, headline figure (10/2024)."""
from lib import F, P, I, C, T, build

TEXT = """
BÁO GIA LAI ĐIỆN TỬ
Kinh tế › Nông nghiệp

Nông dân Ia Grai thu gần 700 triệu đồng/ha từ nho hạ đen
Cập nhật lúc 15:10, Thứ hai, 07/10/2024

(GLO)- Sau 3 năm thử nghiệm, cây nho hạ đen đã bén rễ trên vùng đất đỏ bazan huyện Ia Grai. Hiện toàn huyện có 42 ha nho, gấp 6 lần so với năm 2021, tập trung ở các xã Ia Dêr (18 ha), Ia Sao (11 ha), Ia Hrung (8 ha) và thị trấn Ia Kha (5 ha).

Anh Nguyễn Văn Bảy (thôn 2, xã Ia Dêr) hiện có 0,8 ha nho hạ đen. Mỗi năm vườn nho cho 2 vụ, năng suất mỗi vụ 13-14 tấn/ha; mùa thu hoạch, anh thuê 4 lao động với tiền công 220.000 đồng/người/ngày. Với giá bán tại vườn 25.000-28.000 đồng/kg, anh thu gần 700 triệu đồng/ha/năm, trừ chi phí còn lãi khoảng 400 triệu đồng.

Theo Phòng Nông nghiệp và PTNT huyện Ia Grai, năm 2024 sản lượng nho toàn huyện ước đạt 950 tấn, giá trị khoảng 24 tỷ đồng. Huyện đã hỗ trợ thành lập 1 hợp tác xã với 27 thành viên, đang xây dựng nhãn hiệu tập thể "Nho hạ đen Ia Grai" và đề nghị đưa vào danh mục sản phẩm OCOP lần thứ 2 của tỉnh.

Toàn tỉnh Gia Lai hiện có 96 ha nho, chủ yếu là nho hạ đen, phân bố tại 7 huyện, thị xã. 9 tháng đầu năm 2024, diện tích trồng mới đạt 23 ha, bằng 76,7% kế hoạch năm. Mục tiêu đến năm 2025, tỉnh phát triển 150 ha nho, trong đó Ia Grai chiếm trên 40%.

NGỌC DUY
"""

IG = "Ia Grai"
GL = "Gia Lai"
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("thu gần 700 triệu đồng/ha từ", "700", "money", "đồng/ha", "thu nhập từ nho hạ đen", m=1e6,
      approx="nearly"),
    F("Sau 3 năm thử nghiệm", "3", "measure", "năm", "thời gian thử nghiệm cây nho hạ đen", optional=True),
    F("có 42 ha nho", "42", "measure", "ha", "diện tích nho", change=C("increase", 6, "lần", "năm 2021")),
    F("Ia Dêr (18 ha)", "18", "measure", "ha", "diện tích nho xã Ia Dêr", total=42),
    F("Ia Sao (11 ha)", "11", "measure", "ha", "diện tích nho xã Ia Sao", total=42),
    F("Ia Hrung (8 ha)", "8", "measure", "ha", "diện tích nho xã Ia Hrung", total=42),
    F("Ia Kha (5 ha)", "5", "measure", "ha", "diện tích nho thị trấn Ia Kha", total=42),
    F("có 0,8 ha", "0,8", "measure", "ha", "diện tích nho hạ đen của anh Nguyễn Văn Bảy"),
    F("cho 2 vụ", "2", "count", "vụ", "số vụ nho mỗi năm"),
    F("13-14 tấn/ha", "13", "measure", "tấn/ha", "năng suất nho mỗi vụ", vmax=14),
    F("thuê 4 lao động", "4", "count", "lao động", "lao động thuê mùa thu hoạch"),
    F("220.000 đồng/người/ngày", "220.000", "money", "đồng/người/ngày", "tiền công lao động thu hoạch nho"),
    F("25.000-28.000 đồng/kg", "25.000", "money", "đồng/kg", "giá bán nho tại vườn", vmax=28000),
    F("gần 700 triệu đồng/ha/năm", "700", "money", "đồng/ha/năm", "thu nhập từ vườn nho", m=1e6,
      approx="nearly"),
    F("khoảng 400 triệu đồng", "400", "money", "đồng", "lãi từ vườn nho", m=1e6, approx="about"),
    F("ước đạt 950 tấn", "950", "measure", "tấn", "sản lượng nho", period=Y24, status="estimate"),
    F("khoảng 24 tỷ đồng", "24", "money", "đồng", "giá trị sản lượng nho", m=1e9, approx="about",
      period=Y24, status="estimate"),
    F("lập 1 hợp tác xã", "1", "count", "hợp tác xã", "hợp tác xã trồng nho được hỗ trợ thành lập"),
    F("27 thành viên", "27", "count", "thành viên", "thành viên hợp tác xã"),
    F("có 96 ha nho", "96", "measure", "ha", "diện tích nho", location=GL),
    F("7 huyện, thị xã", "7", "count", "huyện, thị xã", "huyện, thị xã có trồng nho", location=GL),
    F("đạt 23 ha", "23", "measure", "ha", "diện tích nho trồng mới", percent=76.7, location=GL,
      period=P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")),
    F("phát triển 150 ha nho", "150", "measure", "ha", "diện tích nho", status="target", period=TO25,
      location=GL),
    F("chiếm trên 40%", "40", "percent", "%", "tỷ trọng diện tích nho của Ia Grai trong toàn tỉnh",
      approx="over", status="target", period=TO25),
]

NOTES = [
    "Báo Gia Lai online, (GLO)- tag, 'Cập nhật lúc 15:10, Thứ hai, 07/10/2024': nho hạ đen in huyện Ia Grai; headline figure.",
    "Not figures: 'thôn 2', 'năm 2021' (baseline), 'OCOP lần thứ 2' (ordinal), '15:10'. Optional: 'Sau 3 năm thử nghiệm'.",
    "Default location Ia Grai (communes lie in it); province-wide sentences take Gia Lai. The commune list in brackets adds up",
    "to the 42 ha before it: total 42. 'gấp 6 lần so với năm 2021' is the change of 42 ha; 'bằng 76,7% kế hoạch năm' the percent of 23 ha.",
    "'Ia Grai chiếm trên 40%' of the 150 ha target: a percent figure of its own (target), location Ia Grai.",
]

if __name__ == "__main__":
    build("p937-8", TEXT, FIGS, NOTES, published="2024-10-07", location=IG)
