"""p895-2: huyện Lý Nhân (Hà Nam) district portal, xã Nhân Thịnh, 2023."""
from lib import build, F, P, I, C

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LÝ NHÂN - TỈNH HÀ NAM
Tin tức > Kinh tế - Nông nghiệp
Xã Nhân Thịnh phát triển nghề nuôi ngỗng
Thứ Năm, 14/09/2023 - 10:05

Những năm gần đây, nghề nuôi ngỗng ở xã Nhân Thịnh phát triển mạnh nhờ tận dụng bãi cỏ ven đê sông Hồng. Toàn xã hiện có 215 hộ nuôi ngỗng với tổng đàn khoảng 18.000 con, gấp gần 2 lần so với năm 2020. Trong đó có 12 hộ nuôi quy mô từ 500 con trở lên.

Giống ngỗng được nuôi chủ yếu là ngỗng Sư Tử và ngỗng cỏ địa phương. Sau khoảng 75 - 80 ngày nuôi, ngỗng đạt trọng lượng 4 - 5 kg/con. Với giá ngỗng hơi hiện nay khoảng 80.000 đồng/kg, mỗi lứa 200 con người nuôi thu lãi trên 25 triệu đồng.

Gia đình ông Trần Văn Bảy ở thôn 3 nuôi thường xuyên 1.500 con ngỗng, mỗi năm thu lãi khoảng 300 triệu đồng. Ông Bảy cho biết, ngỗng ít bệnh, chủ yếu ăn cỏ nên chi phí thức ăn thấp hơn nuôi vịt.

Năm 2023, xã đã hỗ trợ thành lập Tổ hợp tác nuôi ngỗng Nhân Thịnh với 32 thành viên; tổ hợp tác đã ký hợp đồng bao tiêu với Công ty TNHH Thực phẩm Hà Nam 2, mỗi tháng cung ứng khoảng 3 tấn ngỗng thịt.

Từ đầu năm đến nay, các hộ trong xã đã xuất bán gần 42.000 con ngỗng thịt, doanh thu ước đạt 13,5 tỷ đồng. Mục tiêu đến năm 2025, toàn xã có 300 hộ nuôi ngỗng, tổng đàn đạt 25.000 con.

Thời gian tới, UBND xã tiếp tục phối hợp với Trạm Chăn nuôi và Thú y huyện mở lớp tập huấn kỹ thuật, đồng thời đề nghị các ngân hàng cho vay ưu đãi theo Nghị định số 55/2015/NĐ-CP để các hộ mở rộng quy mô.

Minh Hằng - Trung tâm Văn hóa, Thông tin và Thể thao huyện
"""

YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-09-14")
GOAL = P("đến năm 2025", end="2025-12-31")
FIGS = [
    F("có 215 hộ", "215", 215, "count", "hộ", "hộ nuôi ngỗng"),
    F("khoảng 18.000 con", "18.000", 18000, "count", "con", "tổng đàn ngỗng", approx="about",
      change=C("increase", 2, unit="lần", baseline="năm 2020", approx="nearly")),
    F("có 12 hộ", "12", 12, "count", "hộ", "hộ nuôi ngỗng quy mô từ 500 con trở lên", total=215),
    F("từ 500 con trở lên", "500", 500, "count", "con", "quy mô hộ nuôi ngỗng", approx="at_least", optional=True),
    F("khoảng 75 - 80 ngày", "75", 75, "measure", "ngày", "thời gian nuôi ngỗng", approx="about", value_max=80,
      optional=True),
    F("trọng lượng 4 - 5 kg/con", "4", 4, "measure", "kg/con", "trọng lượng ngỗng", value_max=5),
    F("khoảng 80.000 đồng/kg", "80.000", 80000, "money", "đồng/kg", "giá ngỗng hơi", approx="about"),
    F("mỗi lứa 200 con", "200", 200, "count", "con", "ngỗng mỗi lứa", optional=True),
    F("trên 25 triệu đồng", "25", 25000000, "money", "đồng", "lãi mỗi lứa ngỗng", approx="over"),
    F("thường xuyên 1.500 con", "1.500", 1500, "count", "con", "ngỗng nuôi thường xuyên của gia đình ông Trần Văn Bảy"),
    F("khoảng 300 triệu đồng", "300", 300000000, "money", "đồng/năm", "lãi nuôi ngỗng của gia đình ông Bảy",
      approx="about"),
    F("với 32 thành viên", "32", 32, "count", "thành viên", "thành viên Tổ hợp tác nuôi ngỗng Nhân Thịnh",
      P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("khoảng 3 tấn", "3", 3, "measure", "tấn/tháng", "ngỗng thịt cung ứng mỗi tháng", approx="about"),
    F("gần 42.000 con", "42.000", 42000, "count", "con", "ngỗng thịt xuất bán", YTD, approx="nearly"),
    F("ước đạt 13,5 tỷ đồng", "13,5", 13500000000, "money", "đồng", "doanh thu bán ngỗng thịt", YTD,
      status="estimate"),
    F("có 300 hộ", "300", 300, "count", "hộ", "hộ nuôi ngỗng", GOAL, status="target"),
    F("đạt 25.000 con", "25.000", 25000, "count", "con", "tổng đàn ngỗng", GOAL, status="target"),
]

NOTES = [
    "Cổng TTĐT huyện Lý Nhân (Hà Nam): nghề nuôi ngỗng ở xã Nhân Thịnh; dateline 'Thứ Năm, 14/09/2023 - 10:05', byline at the end.",
    "Location is the district (the commune lies in Lý Nhân). 'gấp gần 2 lần so với năm 2020' is the change of the 18.000 herd (unit lần).",
    "Optional: '500 con trở lên' (size-class threshold) and 'mỗi lứa 200 con' (the example's specification).",
    "revised: 'Sau khoảng 75 - 80 ngày nuôi' made optional: a duration that locates the weight figure in time (FIGURES.md §1).",
    "'thôn 3', 'ông Trần Văn Bảy', 'Công ty TNHH Thực phẩm Hà Nam 2', 'Nghị định số 55/2015/NĐ-CP', 'sông Hồng' are not figures.",
    "'mỗi tháng … 3 tấn' keeps its denominator (tấn/tháng); no period (a running rate, not the 2023 founding).",
]

build("p895-2", TEXT, NOTES, FIGS, published="2023-09-14", location="Lý Nhân")
