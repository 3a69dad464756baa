from lib import F, P, C, T, write

A = """SỞ CÔNG THƯƠNG TỈNH SƠN LA
Tin hoạt động ngành

Sơn La chủ động phương án thu hoạch, bảo quản và tiêu thụ nhãn, xoài năm 2024
Ngày đăng: 20/06/2024 | Lượt xem: 1.204

Theo Kế hoạch số 87/KH-UBND của UBND tỉnh, năm 2024 toàn tỉnh có 21.350 ha nhãn, trong đó tập trung tại các huyện Sông Mã (7.420 ha), Mai Sơn (4.980 ha) và thành phố Sơn La (3.150 ha); sản lượng nhãn dự kiến đạt 145.000 tấn. Diện tích xoài là 19.860 ha, sản lượng dự kiến khoảng 118.000 tấn.

Về hạ tầng bảo quản, trên địa bàn tỉnh hiện có 33 kho lạnh với tổng sức chứa khoảng 14.600 tấn, tăng 4.100 tấn so với năm 2023; 12 cơ sở sấy nhãn công nghệ cao và hơn 1.300 lò sấy thủ công. Công suất sơ chế, bảo quản mới đáp ứng khoảng 35% sản lượng quả tươi vào thời điểm thu hoạch rộ.

Để chủ động đầu ra, Sở Công Thương phối hợp tổ chức 04 hội nghị xúc tiến tiêu thụ tại các tỉnh, thành phố lớn; phấn đấu xuất khẩu từ 25.000 đến 30.000 tấn nhãn, xoài tươi sang Trung Quốc, Hàn Quốc, Úc; tiêu thụ nội địa chiếm khoảng 60% sản lượng.

Năm 2023, toàn tỉnh tiêu thụ 276.000 tấn quả các loại, trong đó xuất khẩu 38.500 tấn, đạt kim ngạch 42,6 triệu USD. Giá nhãn tươi bình quân 12.000 đồng/kg, thấp hơn 15% so với năm 2022 do sản lượng tăng mạnh.

Ông Lê Văn Thắng, Phó Giám đốc Sở Công Thương cho biết: "Tỉnh đã làm việc với các doanh nghiệp vận tải, bảo đảm bố trí ít nhất 200 xe container lạnh phục vụ vận chuyển quả tươi trong tháng 7/2024, thời điểm thu hoạch rộ".

Thông tin hỗ trợ kết nối tiêu thụ liên hệ: Phòng Quản lý thương mại, điện thoại 0212.3852.496.
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24I = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("có 21.350 ha", "21.350", 21350, "measure", "ha", "diện tích nhãn", period=Y24),
    F("Sông Mã (7.420 ha)", "7.420", 7420, "measure", "ha", "diện tích nhãn", total=21350, period=Y24,
      location="Sông Mã"),
    F("Mai Sơn (4.980 ha)", "4.980", 4980, "measure", "ha", "diện tích nhãn", total=21350, period=Y24,
      location="Mai Sơn"),
    F("Sơn La (3.150 ha)", "3.150", 3150, "measure", "ha", "diện tích nhãn", total=21350, period=Y24,
      location="thành phố Sơn La"),
    F("đạt 145.000 tấn", "145.000", 145000, "measure", "tấn", "sản lượng nhãn", status="forecast", period=Y24),
    F("là 19.860 ha", "19.860", 19860, "measure", "ha", "diện tích xoài", period=Y24I),
    F("khoảng 118.000 tấn", "118.000", 118000, "measure", "tấn", "sản lượng xoài", approx="about",
      status="forecast", period=Y24I),
    F("có 33 kho lạnh", "33", 33, "count", "kho lạnh", "kho lạnh trên địa bàn tỉnh"),
    F("khoảng 14.600 tấn", "14.600", 14600, "measure", "tấn", "tổng sức chứa kho lạnh", approx="about",
      change=C("increase", 4100, "tấn", "năm 2023")),
    F("12 cơ sở sấy", "12", 12, "count", "cơ sở sấy", "cơ sở sấy nhãn công nghệ cao"),
    F("hơn 1.300 lò", "1.300", 1300, "count", "lò sấy", "lò sấy thủ công", approx="over"),
    F("khoảng 35% sản lượng", "35", 35, "percent", "%",
      "công suất sơ chế, bảo quản đáp ứng sản lượng quả tươi", approx="about"),
    F("tổ chức 04 hội nghị", "04", 4, "count", "hội nghị", "hội nghị xúc tiến tiêu thụ", period=Y24I),
    F("từ 25.000 đến 30.000 tấn", "25.000", 25000, "measure", "tấn", "nhãn, xoài tươi xuất khẩu",
      value_max=30000, status="target", period=Y24I),
    F("khoảng 60% sản lượng", "60", 60, "percent", "%", "tiêu thụ nội địa trong sản lượng", approx="about",
      status="target", period=Y24I),
    F("tiêu thụ 276.000 tấn", "276.000", 276000, "measure", "tấn", "quả các loại tiêu thụ", period=Y23),
    F("xuất khẩu 38.500 tấn", "38.500", 38500, "measure", "tấn", "quả xuất khẩu", total=276000, period=Y23),
    F("kim ngạch 42,6 triệu USD", "42,6", 42600000, "money", "USD", "kim ngạch xuất khẩu quả", period=Y23),
    F("bình quân 12.000 đồng/kg", "12.000", 12000, "money", "đồng/kg", "giá nhãn tươi bình quân",
      change=C("decrease", 15, "%", "năm 2022"), period=P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)),
    F("ít nhất 200 xe", "200", 200, "count", "xe container lạnh", "xe container lạnh phục vụ vận chuyển quả tươi",
      approx="at_least", period=P("trong tháng 7/2024", "2024-07-01", "2024-07-31")),
]

HEADER = """
Probe 279-2. Sở Công Thương Sơn La (department site): longan and mango season 2024, cold storage, drying, export plans.
Dateline 'Ngày đăng: 20/06/2024' without time, followed by a view counter.
Distractors: 'Lượt xem: 1.204', 'Kế hoạch số 87/KH-UBND', phone 0212.3852.496, a person's name; trade partners (Trung Quốc,
Hàn Quốc, Úc) are not places of the figures. Districts in the bracketed list are locations and parts of 21.350 ha ('trong đó').
'hiện có' capacity figures carry no period (not annotated). '04 hội nghị' (with the plan-year context) is actual.
'phấn đấu' governs the clause after the semicolon too (60% is a target). 'trong tháng 7/2024' is a one-month period.
 'thấp hơn 15% so với năm 2022' is the change of the price (period 2023 inherited from the previous sentence).
"""

if __name__ == "__main__":
    write("p279-2", A, FIGS, HEADER, published="2024-06-20", location="Sơn La")
