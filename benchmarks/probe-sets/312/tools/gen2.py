from lib import Doc, P, C, T

TEXT = """BÁO QUẢNG NINH
Kinh tế

Quảng Ninh đẩy nhanh thoái vốn nhà nước tại doanh nghiệp

(BQN) - Theo Kế hoạch sắp xếp, cổ phần hóa, thoái vốn giai đoạn 2021-2025 được phê duyệt tại Quyết định số 1479/QĐ-UBND, tỉnh phải hoàn thành cổ phần hóa 2 doanh nghiệp và thoái vốn nhà nước tại 6 doanh nghiệp.

Đến nay, tỉnh đã cổ phần hóa xong Công ty TNHH MTV Môi trường Đô thị Hạ Long và thoái vốn tại 4/6 doanh nghiệp, thu về 1,38 nghìn tỷ đồng, cao hơn 412 tỷ đồng so với giá trị sổ sách. Trong đó, thoái toàn bộ 51% vốn tại Công ty CP Xây dựng số 1 Quảng Ninh, thu về 286 tỷ đồng; thoái 16,5% vốn tại Công ty CP Nước sạch Quảng Ninh (tỷ lệ sở hữu nhà nước giảm từ 65% xuống 48,5%), thu về 713 tỷ đồng.

Sau cổ phần hóa, Công ty CP Môi trường Đô thị Hạ Long có vốn điều lệ 185 tỷ đồng, Nhà nước nắm giữ 36%; năm 2023 doanh thu đạt 412,7 tỷ đồng, tăng 9,1% so với năm 2022, bảo đảm việc làm cho hơn 1.150 lao động.

Hai doanh nghiệp còn lại là Công ty CP Du lịch Hạ Long và Công ty CP Cảng Cẩm Phả dự kiến thoái vốn trong năm 2025 với tỷ lệ từ 20% đến 35% vốn điều lệ. Riêng Công ty TNHH MTV Thủy lợi Yên Lập chưa thể cổ phần hóa do còn vướng xác định giá trị gần 1.240 ha đất.

Từ đầu năm đến nay, 5 doanh nghiệp do tỉnh nắm giữ vốn chi phối đã nộp ngân sách 1.215 tỷ đồng, chiếm 3,8% tổng thu nội địa của tỉnh.

Đồng chí Phó Chủ tịch UBND tỉnh yêu cầu Sở Tài chính hoàn thiện hồ sơ trình HĐND tỉnh tại kỳ họp thứ 22, bảo đảm hoàn thành 100% kế hoạch trước ngày 31/12/2025.

Thu Trang
12/11/2024
"""

d = Doc("p312-2", TEXT, [
    "Báo Quảng Ninh (Party newspaper, BQN tag): equitisation and divestment plan 2021-2025. Bare date '12/11/2024' at the end after the byline.",
    "Distractors: 'Quyết định số 1479/QĐ-UBND', 'Công ty CP Xây dựng số 1', 'kỳ họp thứ 22', 'trước ngày 31/12/2025', the end date line.",
    "Plan figures of the 2021-2025 plan ('phải hoàn thành') are status target. '4/6 doanh nghiệp': total 6 (a/b; no plan word after).",
    "'cao hơn 412 tỷ đồng so với giá trị sổ sách' is the change of 1,38 nghìn tỷ. 'Trong đó' parts 286 and 713 tỷ take total 1,38 nghìn tỷ;",
    "  the divested shares 51% and 16,5% are percent figures. 'giảm từ 65% xuống 48,5%': two levels, each a percent figure (65 is no change amount).",
    "'Đến nay' runs to the dateline: start null, end 2024-11-12. 'Từ đầu năm đến nay' 2024-01-01..2024-11-12.",
    "'Hai doanh nghiệp còn lại' list head: optional. 'từ 20% đến 35%' forecast range (dự kiến). '100% kế hoạch' a completion target: optional.",
], published="2024-11-12", location="Quảng Ninh")

PL = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
DN = P("Đến nay", None, "2024-11-12")
DNi = P("Đến nay", None, "2024-11-12", inh=True)
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")

d.f("cổ phần hóa 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp", "doanh nghiệp phải hoàn thành cổ phần hóa", status="target", period=PL)
d.f("tại 6 doanh nghiệp.", "6", 6, "count", "doanh nghiệp", "doanh nghiệp thoái vốn nhà nước", status="target", period=PL)
d.f("tại 4/6 doanh nghiệp", "4", 4, "count", "doanh nghiệp", "doanh nghiệp đã thoái vốn", total=6, period=DN)
d.f("thu về 1,38 nghìn tỷ đồng", "1,38", 1.38e12, "money", "đồng", "tiền thu về từ thoái vốn",
    change=C("increase", 412e9, "đồng", "giá trị sổ sách"), period=DN)
d.f("toàn bộ 51% vốn", "51", 51, "percent", "%", "vốn thoái tại Công ty CP Xây dựng số 1 Quảng Ninh", period=DNi)
d.f("thu về 286 tỷ đồng", "286", 286e9, "money", "đồng", "tiền thu về", total=1.38e12, period=DNi)
d.f("thoái 16,5% vốn", "16,5", 16.5, "percent", "%", "vốn thoái tại Công ty CP Nước sạch Quảng Ninh", period=DNi)
d.f("từ 65% xuống", "65", 65, "percent", "%", "tỷ lệ sở hữu nhà nước trước thoái vốn", period=DNi)
d.f("xuống 48,5%", "48,5", 48.5, "percent", "%", "tỷ lệ sở hữu nhà nước", period=DNi)
d.f("thu về 713 tỷ đồng", "713", 713e9, "money", "đồng", "tiền thu về", total=1.38e12, period=DNi)
d.f("vốn điều lệ 185 tỷ đồng", "185", 185e9, "money", "đồng", "vốn điều lệ Công ty CP Môi trường Đô thị Hạ Long")
d.f("nắm giữ 36%", "36", 36, "percent", "%", "vốn Nhà nước nắm giữ")
d.f("đạt 412,7 tỷ đồng", "412,7", 412.7e9, "money", "đồng", "doanh thu", change=C("increase", 9.1, "%", "năm 2022"), period=Y23)
d.f("hơn 1.150 lao động", "1.150", 1150, "count", "lao động", "lao động được bảo đảm việc làm", approx="over", period=Y23)
d.f("Hai doanh nghiệp còn lại", "Hai", 2, "count", "doanh nghiệp", "doanh nghiệp còn lại", optional=True)
d.f("từ 20% đến 35%", "20", 20, "percent", "%", "tỷ lệ thoái vốn điều lệ", value_max=35, status="forecast",
    period=P("năm 2025", "2025-01-01", "2025-12-31"))
d.f("gần 1.240 ha", "1.240", 1240, "measure", "ha", "đất vướng xác định giá trị", approx="nearly")
d.f("5 doanh nghiệp do tỉnh", "5", 5, "count", "doanh nghiệp", "doanh nghiệp do tỉnh nắm giữ vốn chi phối",
    period=P("Từ đầu năm đến nay", "2024-01-01", "2024-11-12"))
d.f("ngân sách 1.215 tỷ đồng", "1.215", 1215e9, "money", "đồng", "nộp ngân sách", percent=3.8,
    period=P("Từ đầu năm đến nay", "2024-01-01", "2024-11-12"))
d.f("hoàn thành 100% kế hoạch", "100", 100, "percent", "%", "kế hoạch", status="target", optional=True)
d.write()
