"""p822-2: district portal (quận Ninh Kiều, Cần Thơ) - household business registrations, closures, tax (9 months 2023)."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN NINH KIỀU - THÀNH PHỐ CẦN THƠ
Trang chủ | Tin tức - Sự kiện | Kinh tế
Ngày đăng: 06/10/2023 | Người viết: Thanh Tâm

Ninh Kiều: 9 tháng cấp mới 1.146 giấy chứng nhận đăng ký hộ kinh doanh

Theo Phòng Tài chính - Kế hoạch quận, trong 9 tháng đầu năm 2023, quận đã cấp mới 1.146 giấy chứng nhận đăng ký hộ kinh doanh theo Nghị định số 01/2021/NĐ-CP, tăng 8,2% so với cùng kỳ năm 2022, với tổng vốn đăng ký 287,5 tỷ đồng; cấp đăng ký thay đổi cho 623 hộ. Cũng trong thời gian này, có 418 hộ chấm dứt hoạt động và 196 hộ tạm ngừng kinh doanh. Số hộ chấm dứt hoạt động gấp 1,4 lần cùng kỳ năm trước.

Tính đến ngày 30/9/2023, trên địa bàn quận có 14.352 hộ kinh doanh đang hoạt động. Ngành thương mại, ăn uống chiếm tỷ trọng lớn nhất với 61,5%; các dịch vụ nhỏ như cắt tóc, gội đầu, giặt là, sửa chữa xe máy có khoảng 2.100 hộ, chiếm gần 15%. Các phường có nhiều hộ kinh doanh nhất là Tân An (1.874 hộ), An Hòa (1.652 hộ) và Xuân Khánh (1.530 hộ).

Về thuế, Chi cục Thuế khu vực Ninh Kiều - Phong Điền đang quản lý 9.870 hộ nộp thuế khoán. Trong 9 tháng, số thuế thu từ hộ kinh doanh trên địa bàn quận đạt 96,4 tỷ đồng, bằng 78,7% dự toán năm. Ngoài ra có 3.215 hộ có doanh thu từ 100 triệu đồng/năm trở xuống, thuộc diện không phải nộp thuế giá trị gia tăng và thuế thu nhập cá nhân.

Thời gian tới, quận phấn đấu cả năm 2023 cấp mới 1.500 giấy chứng nhận đăng ký hộ kinh doanh và hỗ trợ 50 hộ chuyển đổi lên doanh nghiệp. Người dân có nhu cầu liên hệ Bộ phận Tiếp nhận và Trả kết quả quận, số 2 đường Hòa Bình, phường Tân An, điện thoại 0292.3820.156.
"""

M9 = P("9 tháng đầu năm 2023", "2023-01-01", "2023-09-30")
ASOF = P("Tính đến ngày 30/9/2023", end="2023-09-30")
Y = P("cả năm 2023", "2023-01-01", "2023-12-31")
GCN = "giấy chứng nhận đăng ký hộ kinh doanh cấp mới"

FIGS = [
    F("9 tháng cấp mới 1.146", "1.146", 1146, "count", "giấy chứng nhận", GCN,
      P("9 tháng", "2023-01-01", "2023-09-30")),
    F("quận đã cấp mới 1.146", "1.146", 1146, "count", "giấy chứng nhận", GCN, M9,
      change=C("increase", 8.2, baseline="cùng kỳ năm 2022")),
    F("287,5 tỷ đồng", "287,5", 287.5e9, "money", "đồng", "tổng vốn đăng ký của hộ kinh doanh cấp mới", M9),
    F("cho 623 hộ", "623", 623, "count", "hộ", "hộ được cấp đăng ký thay đổi", M9),
    F("có 418 hộ", "418", 418, "count", "hộ", "hộ chấm dứt hoạt động", I(M9)),
    F("196 hộ", "196", 196, "count", "hộ", "hộ tạm ngừng kinh doanh", I(M9)),
    F("gấp 1,4 lần", "1,4", 1.4, "multiple", "lần", "số hộ chấm dứt hoạt động so với cùng kỳ năm trước"),
    F("có 14.352 hộ", "14.352", 14352, "count", "hộ kinh doanh", "hộ kinh doanh đang hoạt động", ASOF),
    F("với 61,5%", "61,5", 61.5, "percent", "%", "tỷ trọng ngành thương mại, ăn uống trong số hộ kinh doanh",
      I(ASOF)),
    F("khoảng 2.100 hộ", "2.100", 2100, "count", "hộ",
      "hộ dịch vụ nhỏ như cắt tóc, gội đầu, giặt là, sửa chữa xe máy", I(ASOF), approx="about", percent=15),
    F("Tân An (1.874 hộ)", "1.874", 1874, "count", "hộ", "hộ kinh doanh", I(ASOF)),
    F("(1.652 hộ)", "1.652", 1652, "count", "hộ", "hộ kinh doanh", I(ASOF)),
    F("(1.530 hộ)", "1.530", 1530, "count", "hộ", "hộ kinh doanh", I(ASOF)),
    F("quản lý 9.870 hộ", "9.870", 9870, "count", "hộ", "hộ nộp thuế khoán"),
    F("đạt 96,4 tỷ đồng", "96,4", 96.4e9, "money", "đồng", "số thuế thu từ hộ kinh doanh",
      P("9 tháng", "2023-01-01", "2023-09-30"), percent=78.7),
    F("có 3.215 hộ", "3.215", 3215, "count", "hộ",
      "hộ có doanh thu từ 100 triệu đồng/năm trở xuống không phải nộp thuế"),
    F("từ 100 triệu đồng/năm", "100", 100e6, "money", "đồng/năm", "ngưỡng doanh thu không phải nộp thuế",
      approx="at_most", optional=True),
    F("cấp mới 1.500 giấy", "1.500", 1500, "count", "giấy chứng nhận", GCN, Y, status="target"),
    F("hỗ trợ 50 hộ", "50", 50, "count", "hộ", "hộ chuyển đổi lên doanh nghiệp", Y, status="target"),
]

NOTES = [
    "Cổng TTĐT quận Ninh Kiều (Cần Thơ): cấp mới, chấm dứt, tạm ngừng hộ kinh doanh; thuế khoán (9 tháng 2023).",
    "Headline and body both state 1.146 (two figures). 'gấp 1,4 lần cùng kỳ' stands as its own sentence: a multiple.",
    "Wards in the list (Tân An, An Hòa, Xuân Khánh): FIGURES.md defines location as province, city or district, so these",
    "figures keep the district 'Ninh Kiều' (revised after the first run: first annotated with the ward names).",
    "The revenue threshold '100 triệu đồng/năm trở xuống' is a category bound: optional.",
    "Distractors: Nghị định số 01/2021/NĐ-CP, số 2 đường Hòa Bình, 0292.3820.156, date line.",
]

write(2, TEXT, FIGS, NOTES, published="2023-10-06", location="Ninh Kiều")
