from lib import F, P, C, T, write

TEXT = """SỞ XÂY DỰNG THÀNH PHỐ HẢI PHÒNG
Số 1 Lê Đại Hành, quận Hồng Bàng

Kết quả công tác quản lý trật tự lòng đường, hè phố năm 2024
Ngày đăng: 15/01/2025 | Lượt xem: 864

Năm 2024, Thanh tra Sở Xây dựng phối hợp với UBND các quận kiểm tra 2.480 lượt tuyến phố, phát hiện và xử lý 9.742 trường hợp vi phạm trật tự lòng đường, hè phố, giảm 11,6% so với năm 2023. Kết quả cụ thể như sau:

Bảng: Kết quả xử lý vi phạm trật tự lòng đường, hè phố
(Đơn vị tính: trường hợp)

Nội dung
Năm 2023
Năm 2024
So sánh (%)
Lấn chiếm hè phố để kinh doanh
6.105
5.320
87,1
Trông giữ xe trái phép
1.954
1.486
76,0
Dừng, đỗ xe sai quy định
2.961
2.936
99,2
Tổng số
11.020
9.742
88,4

Các lực lượng đã ban hành 3.215 quyết định xử phạt vi phạm hành chính với tổng số tiền 6,35 tỷ đồng; tháo dỡ 1.120 mái che, mái vẩy; cẩu kéo, tạm giữ 418 phương tiện. Quận Lê Chân và quận Ngô Quyền là hai địa bàn có số vi phạm cao nhất, lần lượt là 2.146 và 1.873 trường hợp.

Về sử dụng tạm thời hè phố có thu phí, trong năm các quận đã cấp 1.357 giấy phép, thu phí 4,9 tỷ đồng, đạt 98% dự toán.

Thực hiện Quyết định số 2851/QĐ-UBND của UBND thành phố, năm 2025 Sở Xây dựng đề ra chỉ tiêu giảm 10% số vụ vi phạm so với năm 2024 và 100% tuyến phố văn minh đô thị không còn lấn chiếm hè phố.
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24I = P("Năm 2024", "2024-01-01", "2024-12-31", inh=True)
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

ROWS = [
    ("Lấn chiếm hè phố để kinh doanh", "6.105", "5.320", "87,1"),
    ("Trông giữ xe trái phép", "1.954", "1.486", "76,0"),
    ("Dừng, đỗ xe sai quy định", "2.961", "2.936", "99,2"),
    ("Tổng số", "11.020", "9.742", "88,4"),
]


def v(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("kiểm tra 2.480 lượt", "2.480", 2480, "count", "lượt tuyến phố", "lượt tuyến phố được kiểm tra", period=Y24),
    F("xử lý 9.742 trường hợp", "9.742", 9742, "count", "trường hợp",
      "trường hợp vi phạm trật tự lòng đường, hè phố", change=C("decrease", 11.6, "%", "năm 2023"), period=Y24),
]
for label, a, b, pc in ROWS:
    FIGS += [
        F(f"{label}\n{a}\n", a, v(a), "count", "trường hợp", label, period=Y23),
        F(f"\n{a}\n{b}\n", b, v(b), "count", "trường hợp", label, period=Y24),
        F(f"\n{b}\n{pc}\n", pc, v(pc), "percent", "%", f"{label} so sánh", period=Y24I),
    ]

FIGS += [
    F("ban hành 3.215 quyết định", "3.215", 3215, "count", "quyết định", "quyết định xử phạt vi phạm hành chính",
      period=Y24I),
    F("tổng số tiền 6,35 tỷ đồng", "6,35", 6350000000, "money", "đồng", "tổng số tiền xử phạt", period=Y24I),
    F("tháo dỡ 1.120 mái che", "1.120", 1120, "count", "mái che", "mái che, mái vẩy bị tháo dỡ", period=Y24I),
    F("tạm giữ 418 phương tiện", "418", 418, "count", "phương tiện", "phương tiện bị cẩu kéo, tạm giữ",
      period=Y24I),
    F("là hai địa bàn", "hai", 2, "count", "địa bàn", "địa bàn có số vi phạm cao nhất", optional=True),
    F("lần lượt là 2.146", "2.146", 2146, "count", "trường hợp", "số vi phạm", location="Lê Chân", period=Y24I),
    F("và 1.873 trường hợp", "1.873", 1873, "count", "trường hợp", "số vi phạm", location="Ngô Quyền", period=Y24I),
    F("cấp 1.357 giấy phép", "1.357", 1357, "count", "giấy phép", "giấy phép sử dụng tạm thời hè phố có thu phí",
      period=P("trong năm", "2024-01-01", "2024-12-31")),
    F("thu phí 4,9 tỷ đồng", "4,9", 4900000000, "money", "đồng", "thu phí sử dụng tạm thời hè phố", percent=98,
      period=P("trong năm", "2024-01-01", "2024-12-31")),
    F("giảm 10% số vụ", "10", 10, "percent", "%", "giảm số vụ vi phạm", status="target", period=Y25),
    F("100% tuyến phố văn minh", "100", 100, "percent", "%",
      "tuyến phố văn minh đô thị không còn lấn chiếm hè phố", status="target", period=Y25),
]

COMMENTS = [
    "Department site (Sở Xây dựng Hải Phòng) with address line 'Số 1 Lê Đại Hành' (distractor); 'Ngày đăng: 15/01/2025 | Lượt xem: 864'.",
    "One-cell-per-line table (as h23/h24): header Nội dung / Năm 2023 / Năm 2024 / So sánh (%), '(Đơn vị tính: trường hợp)'.",
    "Cells: subject = row label (plus 'so sánh' for the % column); period from the year column headers (scored); the % column",
    "inherits 'Năm 2024' (not scored). 'Tổng số' row cells are figures of their own; no total attribute for table cells.",
    "Text 9.742 (lead) carries 'giảm 11,6% so với năm 2023' as its change; the table's 9.742 is a separate cell figure.",
    "'lần lượt là 2.146 và 1.873' after 'Quận Lê Chân và quận Ngô Quyền': list items, locations by order.",
    "'chỉ tiêu giảm 10% số vụ vi phạm so với năm 2024': a target rate (percent, no change object), period năm 2025.",
    "'trong năm' (same sentence) = the year of the report, 2024. 'đạt 98% dự toán' is the share of 4,9 tỷ.",
    "Distractors: Quyết định số 2851/QĐ-UBND, address 'Số 1 Lê Đại Hành', view counter, 'Bảng'.",
]

write("p408-6", TEXT, FIGS, COMMENTS, published="2025-01-15", location="Hải Phòng")
