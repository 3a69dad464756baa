"""p606-2: Văn Chấn district portal — Suối Giàng ancient Shan tuyết trees, output, prices, OCOP, 2024 plan."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VĂN CHẤN - TỈNH YÊN BÁI
Trang chủ / Kinh tế / Nông nghiệp - Nông thôn
Thứ Năm, 14/03/2024 - 09:20

Suối Giàng bảo tồn hơn 40.000 cây chè Shan tuyết cổ thụ

Xã Suối Giàng hiện có 535 ha chè Shan tuyết, trong đó khoảng 320 ha là chè cổ thụ với hơn 40.000 cây; nhiều cây có tuổi đời từ 200 đến 300 năm, đường kính gốc trên 1 m. Năm 2023, có thêm 86 cây chè của xã được công nhận là Cây Di sản Việt Nam.

Năm 2023, sản lượng chè búp tươi của xã đạt 1.380 tấn, tăng 6,2% so với năm 2022. Giá chè búp tươi thông thường từ 15.000 đến 20.000 đồng/kg, còn chè hái từ cây trên 100 năm tuổi được thu mua từ 60.000 đến 80.000 đồng/kg. Như vậy, giá chè cổ thụ gấp khoảng 4 lần chè thường. Toàn xã có 612 hộ làm chè (chiếm 78% số hộ), 12 cơ sở chế biến và hai hợp tác xã; thu nhập từ chè bình quân đạt 48 triệu đồng/hộ/năm.

Toàn huyện Văn Chấn hiện có 2.130 ha chè các loại; sản lượng chè búp tươi năm 2023 ước đạt 21.500 tấn. Huyện đã có 9 sản phẩm chè đạt chuẩn OCOP, gồm 6 sản phẩm 4 sao và 3 sản phẩm 3 sao, tập trung ở các xã Suối Giàng, Sơn Lương, Nậm Búng.

Năm 2024, huyện đặt mục tiêu trồng mới 50 ha chè Shan tuyết, phục tráng khoảng 1.200 cây chè cổ thụ và có thêm 2 sản phẩm OCOP. Dự kiến kinh phí hỗ trợ từ ngân sách là 3,5 tỷ đồng, thực hiện theo Nghị quyết số 69/2020/NQ-HĐND của HĐND tỉnh.

Đỗ Thanh Hà (Trung tâm Truyền thông và Văn hóa huyện)
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("bảo tồn hơn 40.000 cây", "40.000", 40000, "count", "cây", "cây chè Shan tuyết cổ thụ", approx="over"),
    F("có 535 ha", "535", 535, "measure", "ha", "diện tích chè Shan tuyết"),
    F("khoảng 320 ha", "320", 320, "measure", "ha", "diện tích chè cổ thụ", approx="about", total=535),
    F("với hơn 40.000 cây", "40.000", 40000, "count", "cây", "cây chè cổ thụ", approx="over"),
    F("từ 200 đến 300 năm", "200", 200, "measure", "năm", "tuổi đời cây chè cổ thụ", value_max=300),
    F("trên 1 m", "1", 1, "measure", "m", "đường kính gốc cây chè cổ thụ", approx="over"),
    F("thêm 86 cây", "86", 86, "count", "cây", "cây chè được công nhận là Cây Di sản Việt Nam", Y23),
    F("đạt 1.380 tấn", "1.380", 1380, "measure", "tấn", "sản lượng chè búp tươi của xã", Y23,
      change=CH("increase", 6.2, baseline="năm 2022")),
    F("từ 15.000 đến 20.000 đồng/kg", "15.000", 15000, "money", "đồng/kg", "giá chè búp tươi thông thường",
      value_max=20000),
    F("cây trên 100 năm tuổi", "100", 100, "measure", "năm", "tuổi cây chè", approx="over", optional=True),
    F("từ 60.000 đến 80.000 đồng/kg", "60.000", 60000, "money", "đồng/kg",
      "giá thu mua chè hái từ cây trên 100 năm tuổi", value_max=80000),
    F("gấp khoảng 4 lần", "4", 4, "multiple", "lần", "giá chè cổ thụ so với chè thường", approx="about"),
    F("có 612 hộ", "612", 612, "count", "hộ", "hộ làm chè", percent=78),
    F("12 cơ sở chế biến", "12", 12, "count", "cơ sở chế biến", "cơ sở chế biến"),
    F("hai hợp tác xã", "hai", 2, "count", "hợp tác xã", "hợp tác xã"),
    F("đạt 48 triệu đồng/hộ/năm", "48", 48e6, "money", "đồng/hộ/năm", "thu nhập từ chè bình quân"),
    F("có 2.130 ha", "2.130", 2130, "measure", "ha", "diện tích chè các loại"),
    F("ước đạt 21.500 tấn", "21.500", 21500, "measure", "tấn", "sản lượng chè búp tươi",
      P("năm 2023", "2023-01-01", "2023-12-31"), status="estimate"),
    F("có 9 sản phẩm", "9", 9, "count", "sản phẩm", "sản phẩm chè đạt chuẩn OCOP"),
    F("gồm 6 sản phẩm", "6", 6, "count", "sản phẩm", "sản phẩm chè OCOP 4 sao", total=9),
    F("và 3 sản phẩm 3 sao", "3", 3, "count", "sản phẩm", "sản phẩm chè OCOP 3 sao", total=9),
    F("trồng mới 50 ha", "50", 50, "measure", "ha", "diện tích trồng mới chè Shan tuyết", Y24, status="target"),
    F("khoảng 1.200 cây", "1.200", 1200, "count", "cây", "cây chè cổ thụ phục tráng", Y24,
      approx="about", status="target"),
    F("thêm 2 sản phẩm", "2", 2, "count", "sản phẩm", "sản phẩm OCOP có thêm", Y24, status="target"),
    F("là 3,5 tỷ đồng", "3,5", 3.5e9, "money", "đồng", "kinh phí hỗ trợ từ ngân sách", I(Y24), status="forecast"),
]

COMMENTS = [
    "Cổng TTĐT huyện Văn Chấn (Yên Bái): chè Shan tuyết cổ thụ Suối Giàng — diện tích, số cây, tuổi, sản lượng, giá, hộ, OCOP, kế hoạch 2024.",
    "Dateline 'Thứ Năm, 14/03/2024 - 09:20'; byline at the end. Commune figures take the district (Văn Chấn) as location.",
    "Distractors: 'Nghị quyết số 69/2020/NQ-HĐND', OCOP star levels '4 sao', '3 sao', the dateline.",
    "Tree age 'từ 200 đến 300 năm' and trunk diameter 'trên 1 m' are facts (figures); 'cây trên 100 năm tuổi' is a threshold (optional).",
    "'gấp khoảng 4 lần' stands alone as its own sentence: multiple. 320 ha is a part of 535 ha (trong đó); 40.000 cây counts trees: no total.",
    "'hai hợp tác xã' is a number word. 'Dự kiến ... 3,5 tỷ' -> forecast, year from the previous sentence (inherited).",
]

if __name__ == "__main__":
    emit("p606-2", TEXT, COMMENTS, FIGS, published="2024-03-14", location="Văn Chấn")
