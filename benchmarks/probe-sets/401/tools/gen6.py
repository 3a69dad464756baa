from lib import *

TEXT = """Pháp luật

Thứ tư, 12/3/2025, 07:15 (GMT+7)

Gần 7,2 triệu hợp đồng, giao dịch được công chứng trong năm 2024

Cả nước có gần 1.500 tổ chức hành nghề công chứng, mỗi ngày công chứng bình quân gần 20.000 hợp đồng, giao dịch.

Theo số liệu Bộ Tư pháp công bố tại hội nghị tổng kết ngày 10/3, cả nước hiện có 1.476 tổ chức hành nghề công chứng, gồm 96 Phòng công chứng và 1.380 Văn phòng công chứng, với khoảng 3.400 công chứng viên.

Năm 2024, các tổ chức này đã công chứng gần 7,2 triệu hợp đồng, giao dịch, tăng khoảng 9% so với năm 2023; thu phí công chứng hơn 4,1 nghìn tỷ đồng, nộp ngân sách hơn 560 tỷ đồng. TP HCM và Hà Nội là hai địa phương có nhiều tổ chức hành nghề nhất, lần lượt 132 và 128 tổ chức; tỉnh Lai Châu chỉ có 3 tổ chức.

Ông Trần Minh Đức, Trưởng Phòng Công chứng số 3 TP HCM, cho biết thời gian công chứng một hợp đồng mua bán nhà đất hiện mất từ 1 đến 2 ngày làm việc. Theo biểu phí hiện hành, hợp đồng trị giá 3 tỷ đồng phải nộp phí công chứng khoảng 2,2 triệu đồng.

Luật Công chứng số 46/2024/QH15 có hiệu lực từ ngày 1/7/2025 lần đầu cho phép công chứng điện tử. Bộ Tư pháp dự kiến trong năm 2025 sẽ có khoảng 200 tổ chức hành nghề thực hiện công chứng điện tử; đến năm 2030, cả nước phấn đấu có khoảng 4.500 công chứng viên, tỷ lệ giao dịch công chứng điện tử đạt 50%.

Theo luật mới, công chứng viên được hành nghề đến không quá 70 tuổi; người đề nghị bổ nhiệm phải có thời gian công tác pháp luật từ 3 năm trở lên.

Hải Minh
"""

Y24 = Y("năm 2024", 2024)
Y24i = Y("Năm 2024", 2024, inh=True)
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("Gần 7,2 triệu", "7,2", 7.2e6, "count", "hợp đồng, giao dịch", "hợp đồng, giao dịch được công chứng", Y24, approx="nearly"),
    F("gần 1.500 tổ chức", "1.500", 1500, "count", "tổ chức hành nghề công chứng", "tổ chức hành nghề công chứng", approx="nearly"),
    F("gần 20.000 hợp đồng", "20.000", 20000, "count", "hợp đồng, giao dịch", "hợp đồng, giao dịch công chứng bình quân mỗi ngày",
      approx="nearly"),
    F("có 1.476 tổ chức", "1.476", 1476, "count", "tổ chức hành nghề công chứng", "tổ chức hành nghề công chứng"),
    F("gồm 96 Phòng", "96", 96, "count", "Phòng công chứng", "Phòng công chứng", total=1476),
    F("và 1.380 Văn phòng", "1.380", 1380, "count", "Văn phòng công chứng", "Văn phòng công chứng", total=1476),
    F("khoảng 3.400 công chứng viên", "3.400", 3400, "count", "công chứng viên", "công chứng viên", approx="about"),
    F("công chứng gần 7,2 triệu", "7,2", 7.2e6, "count", "hợp đồng, giao dịch", "hợp đồng, giao dịch được công chứng", Y("Năm 2024", 2024),
      approx="nearly", change=ch("+", 9, baseline="năm 2023", approx="about")),
    F("hơn 4,1 nghìn tỷ", "4,1", 4.1e12, "money", "đồng", "phí công chứng thu được", Y("Năm 2024", 2024), approx="over"),
    F("hơn 560 tỷ", "560", 560e9, "money", "đồng", "nộp ngân sách", Y("Năm 2024", 2024), approx="over"),
    F("là hai địa phương", "hai", 2, "count", "địa phương", "địa phương có nhiều tổ chức hành nghề nhất", optional=True),
    F("lần lượt 132", "132", 132, "count", "tổ chức", "tổ chức hành nghề công chứng", location="TP Hồ Chí Minh"),
    F("và 128 tổ chức", "128", 128, "count", "tổ chức", "tổ chức hành nghề công chứng", location="Hà Nội"),
    F("chỉ có 3 tổ chức", "3", 3, "count", "tổ chức", "tổ chức hành nghề công chứng", location="Lai Châu"),
    F("từ 1 đến 2 ngày", "1", 1, "measure", "ngày làm việc", "thời gian công chứng một hợp đồng mua bán nhà đất", value_max=2),
    F("trị giá 3 tỷ", "3", 3e9, "money", "đồng", "giá trị hợp đồng (ví dụ)", optional=True),
    F("khoảng 2,2 triệu", "2,2", 2.2e6, "money", "đồng", "phí công chứng hợp đồng trị giá 3 tỷ đồng", approx="about", optional=True),
    F("khoảng 200 tổ chức", "200", 200, "count", "tổ chức hành nghề", "tổ chức hành nghề thực hiện công chứng điện tử",
      Y("trong năm 2025", 2025), approx="about", status="forecast"),
    F("khoảng 4.500 công chứng viên", "4.500", 4500, "count", "công chứng viên", "công chứng viên", T30, approx="about", status="target"),
    F("đạt 50%", "50", 50, "percent", "%", "tỷ lệ giao dịch công chứng điện tử", T30, status="target"),
    F("không quá 70 tuổi", "70", 70, "measure", "tuổi", "tuổi hành nghề của công chứng viên", approx="at_most", optional=True),
    F("từ 3 năm trở lên", "3", 3, "measure", "năm", "thời gian công tác pháp luật", approx="at_least", optional=True),
]

emit("p401-6", TEXT, [
    "National press (VnExpress-style): notarial sector 2024, Law on Notarization 2024 (e-notarization), 2025/2030 targets; 'Thứ tư, d/m/yyyy, hh:mm (GMT+7)'.",
    "Location Việt Nam; 'lần lượt 132 và 128 tổ chức' after 'TP HCM và Hà Nội' maps in order. 'hiện có' gives no period (omitted).",
    "'4,1 nghìn tỷ đồng' = 4,1·10^12. A worked fee example (3 tỷ / 2,2 triệu) and legal thresholds (70 tuổi, 3 năm) are optional.",
    "'Phòng Công chứng số 3' is a name; 'ngày 10/3', 'số 46/2024/QH15', 'ngày 1/7/2025' are distractors.",
], FIGS, published="2025-03-12", location="Việt Nam")
