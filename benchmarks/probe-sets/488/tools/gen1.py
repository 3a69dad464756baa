from lib import F, P, I, CH, TG, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Y tế - Xã hội

Nghệ An: Tỷ lệ hài lòng của người bệnh năm 2023 đạt trên 93%
Cập nhật: 16/01/2024 10:42
Lượt xem: 1.874

(NA) - Theo Sở Y tế Nghệ An, năm 2023 các cơ sở khám bệnh, chữa bệnh công lập trên địa bàn tỉnh đã khảo sát 15.620 lượt người bệnh theo hướng dẫn tại Quyết định số 3869/QĐ-BYT của Bộ Y tế, tăng 2.140 lượt so với năm 2022.

Kết quả, tỷ lệ hài lòng chung của người bệnh đạt 93,2%, tăng 1,8 điểm phần trăm so với năm 2022. Trong đó, tỷ lệ hài lòng của người bệnh nội trú đạt 94,6%; người bệnh ngoại trú đạt 91,5%.

Có 38/42 bệnh viện đạt tỷ lệ hài lòng từ 90% trở lên. Các đơn vị có tỷ lệ hài lòng cao nhất lần lượt là Bệnh viện Sản Nhi Nghệ An (98,1%), Bệnh viện Ung bướu Nghệ An (97,4%) và Bệnh viện Hữu nghị Đa khoa Nghệ An (96,8%).

Thời gian chờ khám trung bình năm 2023 giảm còn 42 phút, giảm 13 phút so với năm 2022; 87,3% người bệnh được hỏi cho biết sẽ quay lại hoặc giới thiệu người thân đến khám. Cùng đợt, khảo sát 6.450 nhân viên y tế cho thấy tỷ lệ hài lòng của nhân viên y tế đạt 85,9%.

Năm 2024, ngành Y tế Nghệ An phấn đấu tỷ lệ hài lòng của người bệnh đạt trên 95%, 100% bệnh viện công lập triển khai khảo sát trực tuyến trên phần mềm của Bộ Y tế.

Người dân phản ánh về chất lượng khám, chữa bệnh xin liên hệ đường dây nóng Sở Y tế: 0238.3844.578, hoặc trực tiếp tại số 18 Trường Thi, thành phố Vinh.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
HL = "tỷ lệ hài lòng của người bệnh"

FIGS = [
    F("đạt trên 93%", "93", 93, "percent", "%", HL, Y23, approx="over"),
    F("khảo sát 15.620 lượt", "15.620", 15620, "count", "lượt người bệnh",
      "lượt người bệnh được khảo sát", Y23, change=CH("increase", 2140, "lượt", "năm 2022")),
    F("đạt 93,2%", "93,2", 93.2, "percent", "%", "tỷ lệ hài lòng chung của người bệnh", I(Y23),
      change=CH("increase", 1.8, "điểm phần trăm", "năm 2022")),
    F("đạt 94,6%", "94,6", 94.6, "percent", "%", "tỷ lệ hài lòng của người bệnh nội trú", I(Y23)),
    F("đạt 91,5%", "91,5", 91.5, "percent", "%", "tỷ lệ hài lòng của người bệnh ngoại trú", I(Y23)),
    F("38/42 bệnh viện", "38", 38, "count", "bệnh viện",
      "bệnh viện đạt tỷ lệ hài lòng từ 90% trở lên", I(Y23), total=42),
    F("từ 90% trở lên", "90", 90, "percent", "%", "ngưỡng tỷ lệ hài lòng", approx="at_least", optional=True),
    F("(98,1%)", "98,1", 98.1, "percent", "%", "tỷ lệ hài lòng Bệnh viện Sản Nhi Nghệ An", I(Y23)),
    F("(97,4%)", "97,4", 97.4, "percent", "%", "tỷ lệ hài lòng Bệnh viện Ung bướu Nghệ An", I(Y23)),
    F("(96,8%)", "96,8", 96.8, "percent", "%", "tỷ lệ hài lòng Bệnh viện Hữu nghị Đa khoa Nghệ An", I(Y23)),
    F("còn 42 phút", "42", 42, "measure", "phút", "thời gian chờ khám trung bình", Y23,
      change=CH("decrease", 13, "phút", "năm 2022")),
    F("87,3% người bệnh", "87,3", 87.3, "percent", "%",
      "người bệnh được hỏi cho biết sẽ quay lại hoặc giới thiệu người thân đến khám", Y23),
    F("khảo sát 6.450 nhân viên", "6.450", 6450, "count", "nhân viên y tế",
      "nhân viên y tế được khảo sát", I(Y23)),
    F("đạt 85,9%", "85,9", 85.9, "percent", "%", "tỷ lệ hài lòng của nhân viên y tế", I(Y23)),
    F("đạt trên 95%", "95", 95, "percent", "%", HL, Y24, approx="over", status="target"),
    F("100% bệnh viện", "100", 100, "percent", "%",
      "bệnh viện công lập triển khai khảo sát trực tuyến", Y24, status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Nghệ An (province portal): patient-satisfaction survey results 2023, hospitals' rates, waiting time, 2024 targets.",
    "Dateline 'Cập nhật: 16/01/2024 10:42'. Distractors: 'Lượt xem: 1.874', 'Quyết định số 3869/QĐ-BYT', phone 0238.3844.578, 'số 18 Trường Thi'.",
    "Headline 'năm 2023 đạt trên 93%' states its own period. 'tăng 2.140 lượt', 'tăng 1,8 điểm phần trăm', 'giảm 13 phút' are changes of the",
    "figure before them. '38/42 bệnh viện' total 42; the threshold 'từ 90% trở lên' in the subject is optional (cf. 469 'từ 5 ha trở lên').",
    "Hospitals in the 'lần lượt' list are not places: location stays Nghệ An; subject = list indicator (tỷ lệ hài lòng) + the hospital.",
    "'Trong đó' before the inpatient/outpatient rates: percent parts of a percent, no total. Targets 2024: status target, period 2024.",
]

emit("p488-1", TEXT, COMMENTS, FIGS, published="2024-01-16", location="Nghệ An")
