from lib import Doc, P, C, T

TEXT = """BỘ TÀI CHÍNH - Tin tức tài chính

Đoàn công tác Bộ Tài chính làm việc với tỉnh Lâm Đồng về cơ cấu lại doanh nghiệp nhà nước

Tại buổi làm việc ở Đà Lạt, UBND tỉnh Lâm Đồng báo cáo: tỉnh hiện có 6 doanh nghiệp 100% vốn nhà nước và 3 doanh nghiệp có vốn nhà nước chi phối. Tổng vốn nhà nước đầu tư tại các doanh nghiệp tính đến 30/6/2024 là 1.132,5 tỷ đồng. Năm 2023, các doanh nghiệp đạt tổng doanh thu 1.124 tỷ đồng, lợi nhuận trước thuế 79,6 tỷ đồng, nộp ngân sách 146,7 tỷ đồng.

Kết quả sản xuất kinh doanh năm 2023 của một số doanh nghiệp
Đơn vị tính: tỷ đồng
Doanh nghiệp
Doanh thu
Lợi nhuận trước thuế
Nộp ngân sách
Công ty TNHH MTV Xổ số kiến thiết Lâm Đồng
684,2
52,7
118,4
Công ty CP Cấp thoát nước Lâm Đồng
215,6
18,3
14,9
Công ty TNHH MTV Lâm nghiệp Bảo Lâm
46,8
2,1
3,5
Công ty TNHH MTV Quản lý khai thác công trình thủy lợi
72,4
0,8
1,6

Theo Phương án cơ cấu lại giai đoạn 2022-2025, tỉnh sẽ sáp nhập 2 công ty lâm nghiệp, giảm số doanh nghiệp 100% vốn nhà nước xuống còn 4 doanh nghiệp. Số lao động dôi dư dự kiến khoảng 65 người.

Thứ trưởng Bộ Tài chính đề nghị tỉnh khẩn trương hoàn thành việc xác định giá trị doanh nghiệp theo Nghị định số 140/2020/NĐ-CP, công khai thông tin trên Cổng thông tin doanh nghiệp tại địa chỉ www.business.gov.vn.
"""

d = Doc("p312-7", TEXT, [
    "Ministry site (Bộ Tài chính news), no dateline, so no 'published'. Working session with Lâm Đồng on SOE restructuring; default location Lâm Đồng.",
    "One-cell-per-line table, 'Đơn vị tính: tỷ đồng', rows = enterprises, columns Doanh thu / Lợi nhuận trước thuế / Nộp ngân sách; the year stands in the",
    "  table title line, so the cells' period is inherited (năm 2023). Subject = row label + column label.",
    "Distractors: venue 'ở Đà Lạt', 'Bảo Lâm' inside a company name (not a location), 'Nghị định số 140/2020/NĐ-CP', web address, 'tính đến 30/6/2024'.",
    "'100% vốn nhà nước' labels optional. The restructuring plan ('Phương án … giai đoạn 2022-2025', 'sẽ') gives target status for 2 and 4;",
    "  'dự kiến khoảng 65 người' forecast, period inherited from the plan sentence. 'Hiện' counts (6, 3) have no period.",
], location="Lâm Đồng")

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
GD = P("giai đoạn 2022-2025", "2022-01-01", "2025-12-31")

d.f("có 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp", "doanh nghiệp 100% vốn nhà nước")
d.f("6 doanh nghiệp 100% vốn", "100", 100, "percent", "%", "vốn nhà nước", optional=True)
d.f("và 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", "doanh nghiệp có vốn nhà nước chi phối")
d.f("là 1.132,5 tỷ đồng", "1.132,5", 1132.5e9, "money", "đồng", "Tổng vốn nhà nước đầu tư tại các doanh nghiệp",
    period=P("tính đến 30/6/2024", None, "2024-06-30"))
d.f("doanh thu 1.124 tỷ đồng", "1.124", 1124e9, "money", "đồng", "tổng doanh thu", period=Y23)
d.f("thuế 79,6 tỷ đồng", "79,6", 79.6e9, "money", "đồng", "lợi nhuận trước thuế", period=Y23)
d.f("ngân sách 146,7 tỷ đồng", "146,7", 146.7e9, "money", "đồng", "nộp ngân sách", period=Y23)
rows = [
    ("Công ty TNHH MTV Xổ số kiến thiết Lâm Đồng", ["684,2", "52,7", "118,4"]),
    ("Công ty CP Cấp thoát nước Lâm Đồng", ["215,6", "18,3", "14,9"]),
    ("Công ty TNHH MTV Lâm nghiệp Bảo Lâm", ["46,8", "2,1", "3,5"]),
    ("Công ty TNHH MTV Quản lý khai thác công trình thủy lợi", ["72,4", "0,8", "1,6"]),
]
cols = ["Doanh thu", "Lợi nhuận trước thuế", "Nộp ngân sách"]
for label, cells in rows:
    prev = label
    for col, num in zip(cols, cells):
        anchor = f"{prev}\n{num}"
        d.f(anchor, num, float(num.replace(",", ".")) * 1e9, "money", "đồng", f"{col} {label}", period=Y23i)
        prev = num
d.f("sáp nhập 2 công ty", "2", 2, "count", "công ty lâm nghiệp", "công ty lâm nghiệp sáp nhập", status="target", period=GD)
d.f("xuống còn 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", "số doanh nghiệp 100% vốn nhà nước", status="target", period=GD)
d.f("nghiệp 100% vốn nhà nước xuống", "100", 100, "percent", "%", "vốn nhà nước", optional=True)
d.f("khoảng 65 người", "65", 65, "count", "người", "Số lao động dôi dư", approx="about", status="forecast",
    period=P("giai đoạn 2022-2025", "2022-01-01", "2025-12-31", inh=True))
d.write()
