from lib import F, P, C, T, write

TEXT = """
Số hóa tài liệu thư viện: kho số tăng nhanh, người đọc chưa nhiều

Năm 2023, Thư viện Quốc gia Việt Nam số hóa thêm 1,06 triệu trang tài liệu, nâng tổng số trang đã số hóa lên hơn 9,2 triệu trang. Song song, nhiều thư viện địa phương cũng đẩy mạnh xây dựng kho tài liệu số.

Các thư viện tỉnh, thành có kho tài liệu số lớn là Hà Nội với khoảng 412.000 trang, TP Hồ Chí Minh 386.000 trang, Đà Nẵng 215.000 trang và Thừa Thiên Huế 198.000 trang (số liệu tính đến tháng 6/2024).

Tuy nhiên, lượt khai thác tài liệu số còn khiêm tốn. 6 tháng đầu năm 2024, cổng thư viện số của Thư viện Quốc gia ghi nhận khoảng 1,4 triệu lượt truy cập, song chỉ khoảng 8% trong số đó là lượt đọc, tải tài liệu toàn văn. Thống kê của Vụ Thư viện cho thấy, trong 63 thư viện cấp tỉnh, mới có 29 thư viện cung cấp dịch vụ đọc tài liệu số từ xa, chiếm 46%.

Theo TS Nguyễn Hữu Giới, Phó Chủ tịch Hội Thư viện Việt Nam, rào cản lớn nhất là bản quyền: khoảng 70% tài liệu xuất bản sau năm 1975 trong các thư viện vẫn còn thời hạn bảo hộ quyền tác giả, chỉ được phục vụ đọc tại chỗ. Chi phí số hóa bình quân từ 1.500 đến 3.000 đồng/trang, chưa kể chi phí lưu trữ, bảo trì hệ thống.

Chương trình chuyển đổi số ngành thư viện đến năm 2025, định hướng đến năm 2030 dự kiến huy động khoảng 1,15 nghìn tỷ đồng, trong đó ngân sách trung ương chiếm 35%. Mục tiêu đến năm 2025, 50% tài liệu quý hiếm, tài liệu địa chí của các thư viện công cộng được số hóa; đến năm 2030 tỷ lệ này đạt 100%.

"Số hóa không chỉ để lưu giữ mà phải để người dân đọc được. Kho số 9 triệu trang mà mỗi ngày chỉ vài trăm lượt đọc toàn văn là lãng phí", ông Giới nói.

Minh Anh
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("tính đến tháng 6/2024", None, "2024-06-30")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
LIST = "kho tài liệu số của thư viện tỉnh, thành"

FIGS = [
    F("thêm 1,06 triệu trang", "1,06", 1060000, "count", "trang", "trang tài liệu Thư viện Quốc gia Việt Nam số hóa thêm",
      period=Y23),
    F("hơn 9,2 triệu trang", "9,2", 9200000, "count", "trang", "tổng số trang đã số hóa",
      approx="over", period=Y23),
    F("khoảng 412.000 trang", "412.000", 412000, "count", "trang", LIST, approx="about",
      location="Hà Nội", period=ASOF),
    F("Minh 386.000 trang", "386.000", 386000, "count", "trang", LIST, location="TP Hồ Chí Minh", period=ASOF),
    F("Đà Nẵng 215.000 trang", "215.000", 215000, "count", "trang", LIST, location="Đà Nẵng", period=ASOF),
    F("Huế 198.000 trang", "198.000", 198000, "count", "trang", LIST, location="Thừa Thiên Huế", period=ASOF),
    F("khoảng 1,4 triệu lượt", "1,4", 1400000, "count", "lượt truy cập", "lượt truy cập cổng thư viện số của Thư viện Quốc gia",
      approx="about", period=H1),
    F("khoảng 8% trong", "8", 8, "percent", "%", "lượt đọc, tải tài liệu toàn văn", approx="about", period=H1),
    F("trong 63 thư viện", "63", 63, "count", "thư viện cấp tỉnh", "thư viện cấp tỉnh", optional=True),
    F("có 29 thư viện", "29", 29, "count", "thư viện", "thư viện cung cấp dịch vụ đọc tài liệu số từ xa",
      total=63, percent=46),
    F("khoảng 70% tài liệu", "70", 70, "percent", "%",
      "tài liệu xuất bản sau năm 1975 trong các thư viện vẫn còn thời hạn bảo hộ quyền tác giả", approx="about"),
    F("từ 1.500 đến 3.000 đồng/trang", "1.500", 1500, "money", "đồng/trang", "chi phí số hóa bình quân",
      value_max=3000),
    F("khoảng 1,15 nghìn tỷ đồng", "1,15", 1150000000000, "money", "đồng",
      "kinh phí Chương trình chuyển đổi số ngành thư viện", approx="about", status="forecast"),
    F("chiếm 35%", "35", 35, "percent", "%", "ngân sách trung ương", status="forecast"),
    F("2025, 50% tài liệu", "50", 50, "percent", "%",
      "tài liệu quý hiếm, tài liệu địa chí của các thư viện công cộng được số hóa", status="target", period=T25),
    F("đạt 100%", "100", 100, "percent", "%", "tỷ lệ tài liệu quý hiếm, tài liệu địa chí được số hóa",
      status="target", period=T30),
    F("Kho số 9 triệu trang", "9", 9000000, "count", "trang", "kho số", optional=True),
]

COMMENTS = [
    "National press, no dateline at all (published null), byline at the end. Default location Việt Nam (Thư viện Quốc gia, Vụ Thư viện).",
    "Province list shares 'kho tài liệu số'; the bracket '(số liệu tính đến tháng 6/2024)' in the same sentence is every item's period.",
    "'trong 63 thư viện cấp tỉnh, mới có 29 …, chiếm 46%' → 29 with total 63 and percent 46; the whole 63 is optional (structure count).",
    "'đồng/trang' is a rate unit (money). 'dự kiến huy động' → forecast; the share 'trong đó ngân sách trung ương chiếm 35%' has no base amount:",
    "a percent figure of its own, in the forecast clause. 'Chương trình … đến năm 2025, định hướng đến năm 2030' is a name: its years give no period.",
    "Quote '9 triệu trang' (rounded restatement) and 'vài trăm lượt' (no number): optional / none. Distractors: 'sau năm 1975', 'Thừa Thiên Huế'.",
]
write("p392-6", COMMENTS, TEXT, FIGS, published=None, location="Việt Nam")
