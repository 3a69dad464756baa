from lib import F, P, C, T, write

TEXT = """Thái Bình: Hơn 312 nghìn người được sàng lọc tăng huyết áp trong 9 tháng năm 2024
Cập nhật: 14/10/2024 08:35 | Lượt xem: 2.317

Theo báo cáo của Sở Y tế Thái Bình, 9 tháng năm 2024, toàn tỉnh đã tổ chức sàng lọc tăng huyết áp cho 312.450 người từ 40 tuổi trở lên, đạt 78,1% kế hoạch năm, tăng 14,6% so với cùng kỳ. Qua sàng lọc, các cơ sở y tế đã phát hiện mới 9.846 người mắc tăng huyết áp và 3.127 người mắc đái tháo đường.

Tính đến ngày 30/9/2024, các trạm y tế xã, phường, thị trấn đang quản lý, điều trị 58.932 người bệnh tăng huyết áp, trong đó 31.275 người đạt huyết áp mục tiêu, chiếm 53,1%. Số người bệnh đái tháo đường được quản lý tại tuyến xã là 16.408 người, tăng 1.962 người so với cuối năm 2023.

Đến nay, 100% trạm y tế xã (260/260 trạm) đã triển khai quản lý tăng huyết áp, đái tháo đường theo Kế hoạch số 112/KH-UBND ngày 15/3/2024 của UBND tỉnh. Với kết quả này, Thái Bình tiếp tục đứng thứ 2 toàn quốc về tỷ lệ người bệnh tăng huyết áp được quản lý tại trạm y tế.

Tỷ lệ người bệnh tăng huyết áp được quản lý đạt huyết áp mục tiêu có sự chênh lệch giữa các địa phương: cao nhất là huyện Vũ Thư (68,4%), tiếp đến Kiến Xương (65,2%), Đông Hưng (61,7%); thấp nhất là thành phố Thái Bình (39,5%).

Giai đoạn 2021-2025, tỉnh phấn đấu 60% người tăng huyết áp được phát hiện và 55% số người phát hiện được quản lý theo hướng dẫn chuyên môn. Riêng năm 2024, chỉ tiêu sàng lọc là 400.000 người; 3 tháng cuối năm, ngành Y tế dự kiến sàng lọc thêm khoảng 88.000 người.

Người dân cần tư vấn liên hệ đường dây nóng Sở Y tế: 0227.3831.566.
"""

HEADER = [
    "Cổng TTĐT tỉnh Thái Bình: sàng lọc, quản lý tăng huyết áp và đái tháo đường 9 tháng năm 2024; district rates; 2021-2025 and 2024 targets.",
    "Dateline 'Cập nhật: 14/10/2024 08:35' followed by a view counter (page furniture). Distractors: 'Lượt xem: 2.317', 'Kế hoạch số 112/KH-UBND",
    "ngày 15/3/2024', hotline 0227.3831.566, '3 tháng cuối năm' (a period). Age threshold '40 tuổi trở lên' optional.",
    "'trong đó 31.275 người …, chiếm 53,1%' is part of the 58.932 THA patients (same thing, same as-of date). '100% … (260/260 trạm)': two figures.",
    "'Đến nay' ends at the dateline (start null). The district list takes its indicator from the sentence head; districts are locations.",
    "'chỉ tiêu sàng lọc là 400.000 người' has no host figure in its sentence, so it is a figure with status target; '88.000' is dự kiến (forecast).",
]

S9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
S9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", True)
A30 = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
A30i = P("Tính đến ngày 30/9/2024", None, "2024-09-30", True)
DN = P("Đến nay", None, "2024-10-14")
DNi = P("Đến nay", None, "2024-10-14", True)
SUBJ_D = "Tỷ lệ người bệnh tăng huyết áp được quản lý đạt huyết áp mục tiêu"

FIGS = [
    F("Hơn 312 nghìn người", "312", 312000, "count", "người", "người được sàng lọc tăng huyết áp",
      approx="over", period=P("trong 9 tháng năm 2024", "2024-01-01", "2024-09-30")),
    F("cho 312.450 người", "312.450", 312450, "count", "người", "người từ 40 tuổi trở lên được sàng lọc tăng huyết áp",
      percent=78.1, change=C("increase", 14.6, "%", "cùng kỳ"), period=S9),
    F("312.450 người từ 40 tuổi", "40", 40, "measure", "tuổi", approx="at_least", optional=True),
    F("phát hiện mới 9.846 người", "9.846", 9846, "count", "người", "người mắc tăng huyết áp được phát hiện mới", period=S9i),
    F("và 3.127 người", "3.127", 3127, "count", "người", "người mắc đái tháo đường được phát hiện mới", period=S9i),
    F("điều trị 58.932 người bệnh", "58.932", 58932, "count", "người bệnh",
      "người bệnh tăng huyết áp đang quản lý, điều trị tại trạm y tế xã, phường, thị trấn", period=A30),
    F("trong đó 31.275 người", "31.275", 31275, "count", "người", "người bệnh tăng huyết áp đạt huyết áp mục tiêu",
      total=58932, percent=53.1, period=A30),
    F("là 16.408 người", "16.408", 16408, "count", "người", "người bệnh đái tháo đường được quản lý tại tuyến xã",
      change=C("increase", 1962, "người", "cuối năm 2023"), period=A30i),
    F("Đến nay, 100% trạm", "100", 100, "percent", "%",
      "trạm y tế xã triển khai quản lý tăng huyết áp, đái tháo đường", period=DN),
    F("(260/260 trạm)", "260", 260, "count", "trạm", "trạm y tế xã triển khai quản lý tăng huyết áp, đái tháo đường",
      total=260, period=DN),
    F("đứng thứ 2 toàn quốc", "2", 2, "rank", "hạng", "tỷ lệ người bệnh tăng huyết áp được quản lý tại trạm y tế", period=DNi),
    F("Vũ Thư (68,4%)", "68,4", 68.4, "percent", "%", SUBJ_D, period=A30i, location="Vũ Thư"),
    F("Kiến Xương (65,2%)", "65,2", 65.2, "percent", "%", SUBJ_D, period=A30i, location="Kiến Xương"),
    F("Đông Hưng (61,7%)", "61,7", 61.7, "percent", "%", SUBJ_D, period=A30i, location="Đông Hưng"),
    F("thành phố Thái Bình (39,5%)", "39,5", 39.5, "percent", "%", SUBJ_D, period=A30i, location="Thái Bình"),
    F("phấn đấu 60% người", "60", 60, "percent", "%", "người tăng huyết áp được phát hiện", status="target",
      period=P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
    F("và 55% số người", "55", 55, "percent", "%", "số người phát hiện được quản lý theo hướng dẫn chuyên môn", status="target",
      period=P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
    F("là 400.000 người", "400.000", 400000, "count", "người", "chỉ tiêu sàng lọc", status="target",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("khoảng 88.000 người", "88.000", 88000, "count", "người", "người sàng lọc thêm", approx="about", status="forecast",
      period=P("3 tháng cuối năm", "2024-10-01", "2024-12-31")),
]

write(1, TEXT, HEADER, FIGS, published="2024-10-14", location="Thái Bình")
