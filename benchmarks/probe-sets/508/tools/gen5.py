"""p508-5: Báo Quảng Trị (Party newspaper) — commune health stations, national criteria, staff, investment, targets."""
from lib import F, P, INH, CH, TG, emit

TEXT = """Báo Quảng Trị - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Trị
Xã hội › Y tế

Nâng cao chất lượng hoạt động của 125 trạm y tế tuyến xã

(QT) - Thực hiện Nghị quyết số 20-NQ/TW của Ban Chấp hành Trung ương, mạng lưới y tế cơ sở của tỉnh từng bước được củng cố. Hiện toàn tỉnh có 125 trạm y tế xã, phường, thị trấn, trong đó 117 trạm có bác sĩ làm việc, đạt 93,6%; 100% trạm có nữ hộ sinh hoặc y sĩ sản nhi.

Tính đến cuối năm 2023, có 109/125 xã, phường, thị trấn đạt Bộ tiêu chí quốc gia về y tế xã giai đoạn đến năm 2030, chiếm 87,2%. Giai đoạn 2021-2023, tỉnh đã đầu tư hơn 86 tỷ đồng để xây mới 14 trạm, sửa chữa, nâng cấp 37 trạm y tế và trang bị máy siêu âm cho 52 trạm. Năm 2023, các trạm y tế đã khám, chữa bệnh cho 612.480 lượt người, tăng 8,3% so với năm 2022, trong đó khám bảo hiểm y tế chiếm khoảng 71%.

Tuy nhiên, nhân lực y tế cơ sở vẫn còn thiếu. Toàn tỉnh hiện có 1.047 nhân viên y tế tuyến xã, bình quân 8,4 người/trạm; tỷ lệ bác sĩ đạt 10,2 bác sĩ/vạn dân, thấp hơn mức bình quân cả nước (khoảng 12,5 bác sĩ/vạn dân). Từ năm 2021 đến nay, có 46 viên chức y tế xã xin nghỉ việc hoặc chuyển công tác, chủ yếu ở các huyện miền núi Hướng Hóa, Đakrông.

Theo Sở Y tế, tỉnh phấn đấu đến năm 2025 có 100% trạm y tế xã có bác sĩ làm việc, 95% xã đạt Bộ tiêu chí quốc gia về y tế xã; đến năm 2030 đạt 13 bác sĩ/vạn dân. Bệnh viện Đa khoa tỉnh và các trung tâm y tế sẽ luân phiên cử bác sĩ về hỗ trợ các trạm dọc Quốc lộ 9 và đường Hồ Chí Minh nhánh Tây.

HOÀNG TÁO
14/03/2024
"""

END23 = P("Tính đến cuối năm 2023", None, "2023-12-31")
G2123 = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hoạt động của 125 trạm", "125", 125, "count", "trạm y tế", "trạm y tế tuyến xã"),
    F("có 125 trạm y tế", "125", 125, "count", "trạm y tế", "trạm y tế xã, phường, thị trấn"),
    F("trong đó 117 trạm", "117", 117, "count", "trạm", "trạm y tế có bác sĩ làm việc", total=125, percent=93.6),
    F("100% trạm có nữ", "100", 100, "percent", "%", "trạm y tế có nữ hộ sinh hoặc y sĩ sản nhi"),
    F("có 109/125 xã", "109", 109, "count", "xã, phường, thị trấn",
      "xã, phường, thị trấn đạt Bộ tiêu chí quốc gia về y tế xã", END23, total=125, percent=87.2),
    F("hơn 86 tỷ đồng", "86", 86000000000, "money", "đồng", "kinh phí đầu tư xây mới, sửa chữa, nâng cấp trạm y tế", G2123, approx="over"),
    F("xây mới 14 trạm", "14", 14, "count", "trạm", "trạm y tế xây mới", G2123),
    F("nâng cấp 37 trạm", "37", 37, "count", "trạm y tế", "trạm y tế sửa chữa, nâng cấp", G2123),
    F("cho 52 trạm", "52", 52, "count", "trạm", "trạm được trang bị máy siêu âm", G2123),
    F("cho 612.480 lượt người", "612.480", 612480, "count", "lượt người", "lượt khám, chữa bệnh tại trạm y tế", Y23,
      change=CH("increase", 8.3, "%", "năm 2022")),
    F("chiếm khoảng 71%", "71", 71, "percent", "%", "khám bảo hiểm y tế trong lượt khám, chữa bệnh", Y23,
      approx="about"),
    F("có 1.047 nhân viên", "1.047", 1047, "count", "nhân viên y tế", "nhân viên y tế tuyến xã"),
    F("bình quân 8,4 người/trạm", "8,4", 8.4, "measure", "người/trạm", "nhân viên y tế tuyến xã bình quân mỗi trạm"),
    F("đạt 10,2 bác sĩ/vạn dân", "10,2", 10.2, "measure", "bác sĩ/vạn dân", "tỷ lệ bác sĩ"),
    F("khoảng 12,5 bác sĩ", "12,5", 12.5, "measure", "bác sĩ/vạn dân", "tỷ lệ bác sĩ bình quân cả nước",
      approx="about", location="Việt Nam"),
    F("có 46 viên chức", "46", 46, "count", "viên chức", "viên chức y tế xã xin nghỉ việc hoặc chuyển công tác",
      P("Từ năm 2021 đến nay", "2021-01-01", "2024-03-14")),
    F("có 100% trạm y tế xã", "100", 100, "percent", "%", "trạm y tế xã có bác sĩ làm việc", T25, status="target"),
    F("95% xã đạt", "95", 95, "percent", "%", "xã đạt Bộ tiêu chí quốc gia về y tế xã", T25, status="target"),
    F("đạt 13 bác sĩ/vạn dân", "13", 13, "measure", "bác sĩ/vạn dân", "tỷ lệ bác sĩ",
      P("đến năm 2030", None, "2030-12-31"), status="target"),
]

COMMENTS = [
    "Báo Quảng Trị (Party newspaper; '(QT)' tag; byline and bare date 14/03/2024 at the end): trạm y tế tuyến xã.",
    "Headline 125 and lead 125 are two mentions, both figures. 117 trạm: part of 125 ('trong đó'), percent 93.6.",
    "'109/125 xã …, chiếm 87,2%' → total 125 and percent 87.2. 'khám BHYT chiếm khoảng 71%' after 'trong đó' describes a",
    "part whose count is not given: a percent figure of its own (612.480 is not 71% of anything).",
    "'thấp hơn mức bình quân cả nước (khoảng 12,5 …)': 12,5 is the national level, a figure located in Việt Nam, not a change.",
    "Sentences with 'Hiện'/'hiện có' or no period phrase get no period. Targets: 'phấn đấu đến năm 2025 …; đến năm 2030 đạt …'.",
    "Not figures: Nghị quyết số 20-NQ/TW, 'giai đoạn đến năm 2030' (name of the criteria set), Quốc lộ 9, the date line.",
]

if __name__ == "__main__":
    emit("p508-5", TEXT, COMMENTS, FIGS, published="2024-03-14", location="Quảng Trị")
