from lib import *

A = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ › Tin tức › Năng lượng

Năm 2023: Năng lượng tái tạo đóng góp hơn 13% sản lượng điện toàn hệ thống
Ngày đăng: 18/01/2024 | Lượt xem: 4.512

(MOIT) - Theo báo cáo của Tập đoàn Điện lực Việt Nam (EVN), năm 2023 tổng sản lượng điện sản xuất và nhập khẩu toàn hệ thống đạt 280,6 tỷ kWh, tăng 4,56% so với năm 2022. Trong đó, điện từ năng lượng tái tạo (gió, mặt trời, sinh khối) đạt 36,9 tỷ kWh, chiếm 13,2%; thủy điện đạt 80,9 tỷ kWh, chiếm 28,8%; nhiệt điện than đạt 131,2 tỷ kWh, chiếm 46,8%.

Sản lượng điện mặt trời (gồm cả mái nhà) đạt 25,4 tỷ kWh, giảm 1,8% so với năm 2022; điện gió đạt 10,8 tỷ kWh, tăng 21,3%. Đáng chú ý, năm 2023 các nhà máy điện gió, điện mặt trời phải giảm phát khoảng 1,07 tỷ kWh do lưới truyền tải hạn chế và phụ tải thấp, tập trung vào tháng 4 và tháng 5.

Đối với 85 dự án năng lượng tái tạo chuyển tiếp (tổng công suất 4.736,6 MW), tính đến ngày 31/12/2023 đã có 78/85 dự án nộp hồ sơ đàm phán giá theo Thông tư số 15/2022/TT-BCT; trong đó 62 dự án với tổng công suất 3.399,3 MW được phê duyệt giá tạm và vận hành thương mại.

Năm 2024, EVN đặt kế hoạch sản lượng điện sản xuất và nhập khẩu toàn hệ thống đạt 306,6 tỷ kWh, tăng 9,3% so với năm 2023; trong đó năng lượng tái tạo dự kiến đạt khoảng 40 tỷ kWh. Để bảo đảm cung ứng điện mùa khô, Bộ Công Thương đã ban hành Quyết định số 21/QĐ-BCT yêu cầu các đơn vị huy động tối đa các nguồn điện tái tạo, hạn chế cắt giảm công suất.

Thông tin liên hệ: Cục Điện lực, số 23 Ngô Quyền, Hoàn Kiếm, Hà Nội.
"""

y23h = P("Năm 2023", "2023-01-01", "2023-12-31")
y23 = P("năm 2023", "2023-01-01", "2023-12-31")
asof = P("tính đến ngày 31/12/2023", None, "2023-12-31")
y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

figs = [
    F("đóng góp hơn 13%", "13", 13, "percent", "%", "năng lượng tái tạo đóng góp sản lượng điện toàn hệ thống", y23h, approx="over"),
    F("đạt 280,6 tỷ kWh", "280,6", 280.6e9, "measure", "kWh", "tổng sản lượng điện sản xuất và nhập khẩu toàn hệ thống", y23,
      change=CH("increase", 4.56, "%", "năm 2022")),
    F("đạt 36,9 tỷ kWh", "36,9", 36.9e9, "measure", "kWh", "điện từ năng lượng tái tạo", I(y23), total=280.6e9, percent=13.2),
    F("đạt 80,9 tỷ kWh", "80,9", 80.9e9, "measure", "kWh", "thủy điện", I(y23), total=280.6e9, percent=28.8),
    F("đạt 131,2 tỷ kWh", "131,2", 131.2e9, "measure", "kWh", "nhiệt điện than", I(y23), total=280.6e9, percent=46.8),
    F("đạt 25,4 tỷ kWh", "25,4", 25.4e9, "measure", "kWh", "sản lượng điện mặt trời", I(y23),
      change=CH("decrease", 1.8, "%", "năm 2022")),
    F("đạt 10,8 tỷ kWh", "10,8", 10.8e9, "measure", "kWh", "điện gió", I(y23), change=CH("increase", 21.3, "%")),
    F("khoảng 1,07 tỷ kWh", "1,07", 1.07e9, "measure", "kWh", "sản lượng điện gió, điện mặt trời phải giảm phát", y23, approx="about"),
    F("với 85 dự án", "85", 85, "count", "dự án", "dự án năng lượng tái tạo chuyển tiếp"),
    F("công suất 4.736,6 MW", "4.736,6", 4736.6, "measure", "MW", "tổng công suất dự án năng lượng tái tạo chuyển tiếp"),
    F("có 78/85 dự án", "78", 78, "count", "dự án", "dự án nộp hồ sơ đàm phán giá", asof, total=85),
    F("đó 62 dự án", "62", 62, "count", "dự án", "dự án được phê duyệt giá tạm và vận hành thương mại", asof, total=78),
    F("công suất 3.399,3 MW", "3.399,3", 3399.3, "measure", "MW", "tổng công suất dự án được phê duyệt giá tạm và vận hành thương mại", asof),
    F("đạt 306,6 tỷ kWh", "306,6", 306.6e9, "measure", "kWh", "sản lượng điện sản xuất và nhập khẩu toàn hệ thống", y24,
      status="target", change=CH("increase", 9.3, "%", "năm 2023")),
    F("khoảng 40 tỷ kWh", "40", 40e9, "measure", "kWh", "năng lượng tái tạo", y24, approx="about", status="forecast", total=306.6e9),
]

build("p237-5", A, figs, [
    "Ministry site (Bộ Công Thương): national electricity output 2023 by source, solar/wind, curtailment, transitional projects, 2024 plan.",
    "'Ngày đăng: 18/01/2024 | Lượt xem: 4.512' is the dateline with a view counter. Headline 'Năm 2023: … hơn 13%' carries its period.",
    "'Trong đó' parts with 'chiếm' shares take total 280,6 tỷ kWh and the share as percent. The next paragraph's solar/wind figures have no",
    "cue (no total). '78/85 dự án' total 85; '… trong đó 62 dự án' total 78; 3.399,3 MW has no stated whole for the 78 projects (no total).",
    "'EVN đặt kế hoạch … đạt 306,6 tỷ kWh' is a target; 'trong đó … dự kiến đạt khoảng 40 tỷ kWh' a forecast part of it (total 306,6 tỷ).",
    "revised: the 85 transitional projects and their 4.736,6 MW have no period: 'tính đến ngày 31/12/2023' opens the next clause",
    "('… đã có 78/85 dự án nộp hồ sơ') and dates that progress, not the fixed set of projects defined before it.",
    "Distractors: 'Thông tư số 15/2022/TT-BCT', 'Quyết định số 21/QĐ-BCT', 'tháng 4 và tháng 5', address 'số 23 Ngô Quyền', counter.",
], published="2024-01-18", location="Việt Nam")
