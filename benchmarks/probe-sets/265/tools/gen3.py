from lib import F, P, Y, C, emit

TEXT = """Báo Yên Bái điện tử
Kinh tế
05/03/2024 07:45

Văn Yên: Thu gần 850 tỷ đồng từ cây quế

YBĐT - Toàn tỉnh Yên Bái hiện có trên 80.200 ha quế, trong đó huyện Văn Yên có 34.500 ha, chiếm 43%, là vùng quế tập trung lớn nhất cả nước. Diện tích quế đã cho khai thác của huyện khoảng 15.000 ha, phân bố ở 25 xã, thị trấn.

Năm 2023, huyện khai thác 16.300 tấn vỏ quế khô, tăng 5,2% so với năm 2022; sản lượng tinh dầu quế đạt 420 tấn. Tổng doanh thu từ cây quế ước đạt 847 tỷ đồng. Bình quân mỗi ha quế khai thác cho thu nhập khoảng 56 triệu đồng.

Trong tháng 2/2024, giá vỏ quế khô loại 1 dao động 38.000-45.000 đồng/kg; quế vụn từ 18.000 đến 22.000 đồng/kg, giảm khoảng 20% so với cùng kỳ do nhu cầu từ thị trường Ấn Độ, Bangladesh sụt giảm.

Hiện huyện có 125 cơ sở sơ chế, chế biến quế và 5 nhà máy chưng cất tinh dầu; 11.200 ha quế đã được cấp chứng nhận hữu cơ theo tiêu chuẩn EU, Hoa Kỳ, với 3.650 hộ tham gia liên kết. Sản phẩm quế Văn Yên đã xuất khẩu sang hơn 20 quốc gia, vùng lãnh thổ.

Thực hiện Nghị quyết số 69-NQ/TU của Tỉnh ủy, đến năm 2025, tỉnh Yên Bái phấn đấu duy trì ổn định 85.000 ha quế, giá trị xuất khẩu các sản phẩm từ quế đạt 100 triệu USD; riêng huyện Văn Yên đạt 40.000 ha.

Lễ hội Quế Văn Yên lần thứ II dự kiến diễn ra vào tháng 11/2024 tại thị trấn Mậu A, dọc Quốc lộ 37. Ông Hoàng Văn Thắng, Trưởng phòng Nông nghiệp huyện, cho biết huyện đang đề nghị công nhận thêm 3 cây quế di sản.

Thanh Tân
"""

Y23 = Y(2023, "Năm 2023")
Y23I = Y(2023, "Năm 2023", inh=True)
M2 = P("tháng 2/2024", "2024-02-01", "2024-02-29")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Thu gần 850 tỷ đồng", "850", 850e9, "money", "đồng", "thu từ cây quế", approx="nearly"),
    F("trên 80.200 ha", "80.200", 80200, "measure", "ha", "diện tích quế", approx="over", location="Yên Bái"),
    F("có 34.500 ha", "34.500", 34500, "measure", "ha", "diện tích quế", total=80200, percent=43),
    F("khoảng 15.000 ha", "15.000", 15000, "measure", "ha", "diện tích quế đã cho khai thác", approx="about"),
    F("ở 25 xã", "25", 25, "count", "xã, thị trấn", "xã, thị trấn có quế khai thác", optional=True),
    F("khai thác 16.300 tấn", "16.300", 16300, "measure", "tấn", "vỏ quế khô khai thác", Y23,
      change=C("increase", 5.2, "%", "năm 2022")),
    F("đạt 420 tấn", "420", 420, "measure", "tấn", "sản lượng tinh dầu quế", Y23),
    F("ước đạt 847 tỷ đồng", "847", 847e9, "money", "đồng", "tổng doanh thu từ cây quế", Y23I, status="estimate"),
    F("khoảng 56 triệu đồng", "56", 56e6, "money", "đồng/ha", "thu nhập bình quân mỗi ha quế khai thác", Y23I,
      approx="about"),
    F("dao động 38.000-45.000", "38.000", 38000, "money", "đồng/kg", "giá vỏ quế khô loại 1", M2, value_max=45000),
    F("từ 18.000 đến 22.000 đồng/kg", "18.000", 18000, "money", "đồng/kg", "giá quế vụn", M2, value_max=22000,
      change=C("decrease", 20, "%", "cùng kỳ", approx="about")),
    F("có 125 cơ sở", "125", 125, "count", "cơ sở sơ chế, chế biến quế", "cơ sở sơ chế, chế biến quế"),
    F("và 5 nhà máy", "5", 5, "count", "nhà máy", "nhà máy chưng cất tinh dầu"),
    F("11.200 ha quế", "11.200", 11200, "measure", "ha", "diện tích quế được cấp chứng nhận hữu cơ"),
    F("với 3.650 hộ", "3.650", 3650, "count", "hộ", "hộ tham gia liên kết"),
    F("hơn 20 quốc gia", "20", 20, "count", "quốc gia, vùng lãnh thổ", "quốc gia, vùng lãnh thổ sản phẩm quế Văn Yên đã xuất khẩu sang",
      approx="over"),
    F("ổn định 85.000 ha", "85.000", 85000, "measure", "ha", "diện tích quế", T25, status="target", location="Yên Bái"),
    F("đạt 100 triệu USD", "100", 100e6, "money", "USD", "giá trị xuất khẩu các sản phẩm từ quế", T25,
      status="target", location="Yên Bái"),
    F("Văn Yên đạt 40.000 ha", "40.000", 40000, "measure", "ha", "diện tích quế", T25, status="target"),
    F("thêm 3 cây", "3", 3, "count", "cây quế di sản", "cây quế di sản đề nghị công nhận"),
]

COMMENTS = [
    "Báo Yên Bái (Party newspaper, tag YBĐT): cinnamon in Văn Yên district - area, harvest, essential oil, prices in 2/2024, processing, 2025 targets.",
    "Bare dateline '05/03/2024 07:45', byline at the end. Distractors: Nghị quyết số 69-NQ/TU, 'lần thứ II', 'Quốc lộ 37', 'tháng 11/2024'.",
    "Province total first ('Toàn tỉnh Yên Bái ... trên 80.200 ha'), then 'trong đó huyện Văn Yên có 34.500 ha, chiếm 43%': total 80200, percent 43, location Văn Yên.",
    "'ước đạt 847 tỷ đồng' is estimate; the per-ha income is a sentence of its own (actual). Both inherit 'Năm 2023' (inherited).",
    "'giảm khoảng 20% so với cùng kỳ' is the change of the quế vụn price range. Importing countries (Ấn Độ, Bangladesh) are not places of a figure.",
    "'riêng huyện Văn Yên đạt 40.000 ha' is a target of the district (no part cue, so no total). '25 xã, thị trấn' is structure: optional.",
    "Title figure has no period.",
]

if __name__ == "__main__":
    emit("p265-3", TEXT, COMMENTS, FIGS, published="2024-03-05", location="Văn Yên")
