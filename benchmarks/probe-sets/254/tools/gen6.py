from lib import *

A = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH ĐỒNG NAI
Hoạt động Quỹ Phát triển khoa học và công nghệ

Quỹ Phát triển khoa học và công nghệ tỉnh: giải ngân tăng mạnh trong quý III/2024
Ngày cập nhật: 12/10/2024

Quỹ Phát triển khoa học và công nghệ tỉnh Đồng Nai được thành lập năm 2015 với vốn điều lệ ban đầu 30 tỷ đồng. Tính đến 30/9/2024, tổng nguồn vốn hoạt động của Quỹ đạt 112,4 tỷ đồng, trong đó vốn điều lệ 80 tỷ đồng.

Trong quý III/2024, Quỹ đã giải ngân 9,6 tỷ đồng cho 4 dự án đổi mới công nghệ, tăng 2,1 tỷ đồng so với quý II/2024. Lũy kế từ đầu năm đến nay, Quỹ đã tài trợ, cho vay 11 dự án với tổng kinh phí 26,75 tỷ đồng, đạt 76,4% kế hoạch năm; trong đó tài trợ không hoàn lại 5 dự án (3,2 tỷ đồng), cho vay 6 dự án (23,55 tỷ đồng). Kế hoạch năm 2024 của Quỹ là 35 tỷ đồng.

Các dự án tập trung tại TP Biên Hòa (5 dự án), huyện Trảng Bom (3 dự án), huyện Long Thành (2 dự án) và huyện Nhơn Trạch (1 dự án), chủ yếu trong lĩnh vực cơ khí chế tạo, tự động hóa và chế biến nông sản.

Tỷ lệ thu hồi nợ vay đúng hạn đạt 98,7%; nợ quá hạn chiếm 1,3%, giảm 0,6 điểm phần trăm so với cùng kỳ. Lãi suất cho vay của Quỹ chỉ bằng khoảng 50% lãi suất cho vay thương mại.

Quý IV/2024, Quỹ dự kiến xét duyệt thêm 5 hồ sơ đề nghị vay vốn với tổng nhu cầu khoảng 12 tỷ đồng theo Quyết định số 2581/QĐ-UBND về Điều lệ tổ chức và hoạt động của Quỹ.

Tổ chức, doanh nghiệp có nhu cầu liên hệ Quỹ tại số 1597 đường Phạm Văn Thuận, phường Thống Nhất, TP Biên Hòa; điện thoại 0251.3822.194.
"""

T30 = P("Tính đến 30/9/2024", None, "2024-09-30")
Q3 = P("Trong quý III/2024", "2024-07-01", "2024-09-30")
YTD = P("Lũy kế từ đầu năm đến nay", "2024-01-01", "2024-10-12")
YTDi = P("Lũy kế từ đầu năm đến nay", "2024-01-01", "2024-10-12", inh=True)
FIG = [
    F("ban đầu 30 tỷ đồng", "30", 30e9, "money", "đồng", "vốn điều lệ ban đầu", period=P("năm 2015", "2015-01-01", "2015-12-31")),
    F("đạt 112,4 tỷ đồng", "112,4", 112.4e9, "money", "đồng", "tổng nguồn vốn hoạt động của Quỹ", period=T30),
    F("điều lệ 80 tỷ đồng", "80", 80e9, "money", "đồng", "vốn điều lệ", total=112.4e9, period=T30),
    F("giải ngân 9,6 tỷ đồng", "9,6", 9.6e9, "money", "đồng", "giải ngân", change=C("increase", 2.1e9, "đồng", "quý II/2024"), period=Q3),
    F("cho 4 dự án", "4", 4, "count", "dự án", "dự án đổi mới công nghệ được giải ngân", period=Q3),
    F("cho vay 11 dự án", "11", 11, "count", "dự án", "dự án được tài trợ, cho vay", period=YTD),
    F("kinh phí 26,75 tỷ đồng", "26,75", 26.75e9, "money", "đồng", "tổng kinh phí tài trợ, cho vay", percent=76.4, period=YTD),
    F("hoàn lại 5 dự án", "5", 5, "count", "dự án", "dự án tài trợ không hoàn lại", total=11, period=YTD),
    F("(3,2 tỷ đồng)", "3,2", 3.2e9, "money", "đồng", "tài trợ không hoàn lại", total=26.75e9, period=YTD),
    F("cho vay 6 dự án", "6", 6, "count", "dự án", "dự án cho vay", total=11, period=YTD),
    F("(23,55 tỷ đồng)", "23,55", 23.55e9, "money", "đồng", "cho vay", total=26.75e9, period=YTD),
    F("là 35 tỷ đồng", "35", 35e9, "money", "đồng", "Kế hoạch năm 2024 của Quỹ", status="target",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("(5 dự án)", "5", 5, "count", "dự án", "dự án", location="Biên Hòa", period=YTDi),
    F("(3 dự án)", "3", 3, "count", "dự án", "dự án", location="Trảng Bom", period=YTDi),
    F("(2 dự án)", "2", 2, "count", "dự án", "dự án", location="Long Thành", period=YTDi),
    F("(1 dự án)", "1", 1, "count", "dự án", "dự án", location="Nhơn Trạch", period=YTDi),
    F("đạt 98,7%", "98,7", 98.7, "percent", "%", "Tỷ lệ thu hồi nợ vay đúng hạn", period=YTDi),
    F("chiếm 1,3%", "1,3", 1.3, "percent", "%", "nợ quá hạn", change=C("decrease", 0.6, "điểm phần trăm", "cùng kỳ"), period=YTDi),
    F("khoảng 50% lãi suất", "50", 50, "percent", "%", "Lãi suất cho vay của Quỹ so với lãi suất cho vay thương mại", approx="about"),
    F("thêm 5 hồ sơ", "5", 5, "count", "hồ sơ", "hồ sơ đề nghị vay vốn xét duyệt thêm", status="forecast",
      period=P("Quý IV/2024", "2024-10-01", "2024-12-31")),
    F("khoảng 12 tỷ đồng", "12", 12e9, "money", "đồng", "tổng nhu cầu vay vốn", approx="about", status="forecast",
      period=P("Quý IV/2024", "2024-10-01", "2024-12-31")),
]

build(6, A, FIG, comments=[
    "Department site (Sở KH&CN Đồng Nai): the provincial S&T Development Fund, Q3 2024 and year to date. 'Ngày cập nhật: 12/10/2024' without time.",
    "Distractors: 'thành lập năm 2015' (a date; it locates 30 tỷ), 'Quyết định số 2581/QĐ-UBND', address 'số 1597 đường Phạm Văn Thuận,",
    "phường Thống Nhất, TP Biên Hòa' (not a place of any figure), phone '0251.3822.194'.",
    "'trong đó vốn điều lệ 80 tỷ' part of 112,4 tỷ. '; trong đó … 5 dự án (3,2 tỷ đồng), … 6 dự án (23,55 tỷ đồng)': counts are parts of 11,",
    "money parts of 26,75 tỷ (the bracketed amounts are figures of their own, not attributes of the counts). 'đạt 76,4% kế hoạch năm' is the share.",
    "'Lũy kế từ đầu năm đến nay' runs 2024-01-01 to the dateline. District list (TP Biên Hòa …) → locations, no total (no cue).",
    "'giảm 0,6 điểm phần trăm so với cùng kỳ' is the change of 1,3% (unit điểm phần trăm). 'dự kiến' → forecast.",
    "revised after first run: district-list subject back to 'dự án', as the list's sentence names it ('Các dự án tập trung tại …').",
    "'chỉ bằng khoảng 50% lãi suất cho vay thương mại' is a standalone percent (no base amount); no period stated in its paragraph.",
], published="2024-10-12", location="Đồng Nai")
