from lib import F, per, write

A = """BỘ NỘI VỤ - CỔNG THÔNG TIN ĐIỆN TỬ
15/07/2024 | 08:30 | Lượt xem: 4.271

Đánh giá Chỉ số cải cách hành chính cấp huyện: bước chuyển từ "chấm điểm" sang "đo lường kết quả"

(Moha.gov.vn) - Theo báo cáo của Vụ Cải cách hành chính, tính đến tháng 6/2024, có 58/63 tỉnh, thành phố đã ban hành Bộ chỉ số đánh giá cải cách hành chính cấp huyện, tăng 9 địa phương so với năm 2022; trong đó 41 địa phương lồng ghép đo lường sự hài lòng của người dân vào chỉ số.

Năm 2023, cả nước có 705 đơn vị hành chính cấp huyện; giá trị trung bình Chỉ số cải cách hành chính cấp huyện của các địa phương đã công bố đạt 84,37%. Nhiều địa phương có kết quả cao như Quảng Ninh (bình quân cấp huyện 91,2%), Bình Dương (89,8%), Đồng Tháp (88,9%). Số huyện có SIPAS trên 90% năm 2023 gấp 1,5 lần năm 2021.

Riêng quý II/2024, Hệ thống thông tin giải quyết thủ tục hành chính ghi nhận 3,47 triệu hồ sơ ở cấp huyện, tăng 6,8% so với quý I/2024. Số hồ sơ quá hạn khoảng 81 nghìn hồ sơ, bằng 2,3% tổng số hồ sơ; các địa phương đã gửi hơn 64 nghìn văn bản xin lỗi.

Việc cắt giảm, đơn giản hóa thủ tục hành chính ở cấp huyện giai đoạn 2021-2023 ước tiết kiệm chi phí tuân thủ khoảng 4,1 nghìn tỷ đồng mỗi năm.

Theo Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030 ban hành kèm Nghị quyết số 76/NQ-CP, đến năm 2025 mức độ hài lòng của người dân, doanh nghiệp đối với sự phục vụ của cơ quan hành chính nhà nước đạt tối thiểu 90%; đến năm 2030 đạt tối thiểu 95%.

Vụ Cải cách hành chính đề nghị 5 địa phương chưa ban hành bộ chỉ số hoàn thành trong quý III/2024.
"""

AS = per("tính đến tháng 6/2024", None, "2024-06-30")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = per("Năm 2023", "2023-01-01", "2023-12-31", True)
Y23s = per("năm 2023", "2023-01-01", "2023-12-31")
Q2 = per("quý II/2024", "2024-04-01", "2024-06-30")
Q2i = per("quý II/2024", "2024-04-01", "2024-06-30", True)
G = per("giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
S = "giá trị trung bình Chỉ số cải cách hành chính cấp huyện"

figs = [
    F("có 58/63", "58", 58, "count", "tỉnh, thành phố", "tỉnh, thành phố đã ban hành Bộ chỉ số đánh giá cải cách hành chính cấp huyện", AS,
      total=63, change={"direction": "increase", "value": 9, "unit": "địa phương", "baseline": "năm 2022"}),
    F("trong đó 41 địa phương", "41", 41, "count", "địa phương", "địa phương lồng ghép đo lường sự hài lòng của người dân vào chỉ số", AS, total=58),
    F("có 705 đơn vị", "705", 705, "count", "đơn vị hành chính cấp huyện", "đơn vị hành chính cấp huyện", Y23),
    F("đạt 84,37%", "84,37", 84.37, "percent", "%", S, Y23),
    F("huyện 91,2%)", "91,2", 91.2, "percent", "%", "bình quân cấp huyện", Y23i, location="Quảng Ninh"),
    F("Bình Dương (89,8%)", "89,8", 89.8, "percent", "%", "bình quân cấp huyện", Y23i, location="Bình Dương"),
    F("Đồng Tháp (88,9%)", "88,9", 88.9, "percent", "%", "bình quân cấp huyện", Y23i, location="Đồng Tháp"),
    F("trên 90% năm 2023", "90", 90, "percent", "%", "SIPAS", approx="over", optional=True),
    F("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần", "Số huyện có SIPAS trên 90%", Y23s),
    F("3,47 triệu hồ sơ", "3,47", 3470000, "count", "hồ sơ", "hồ sơ ở cấp huyện", Q2,
      change={"direction": "increase", "value": 6.8, "unit": "%", "baseline": "quý I/2024"}),
    F("khoảng 81 nghìn hồ sơ", "81", 81000, "count", "hồ sơ", "hồ sơ quá hạn", Q2i, approx="about", percent=2.3),
    F("hơn 64 nghìn văn bản", "64", 64000, "count", "văn bản xin lỗi", "văn bản xin lỗi đã gửi", Q2i, approx="over"),
    F("khoảng 4,1 nghìn tỷ đồng", "4,1", 4100000000000, "money", "đồng", "chi phí tuân thủ tiết kiệm mỗi năm", G,
      approx="about", status="estimate"),
    F("tối thiểu 90%", "90", 90, "percent", "%", "mức độ hài lòng của người dân, doanh nghiệp đối với sự phục vụ của cơ quan hành chính nhà nước",
      T25, approx="at_least", status="target"),
    F("tối thiểu 95%", "95", 95, "percent", "%", "mức độ hài lòng của người dân, doanh nghiệp", T30, approx="at_least", status="target"),
    F("đề nghị 5 địa phương", "5", 5, "count", "địa phương", "địa phương chưa ban hành bộ chỉ số",
      per("tính đến tháng 6/2024", None, "2024-06-30", True)),
]
write(8, A, figs, [
    "Ministry site (Bộ Nội vụ portal): national overview of district-level PAR Index. Dateline '15/07/2024 | 08:30 | Lượt xem: 4.271' (counter is furniture).",
    "'58/63 tỉnh, thành phố …, tăng 9 địa phương so với năm 2022; trong đó 41 địa phương …': total 63, change 9 địa phương, part 41 of 58.",
    "Province list: each province is the location, subject the list's indicator ('bình quân cấp huyện'). National figures: location Việt Nam.",
    "'gấp 1,5 lần năm 2021' with no base count: a standalone multiple. 'trên 90%' threshold inside its subject: optional.",
    "'3,47 triệu … tăng 6,8% so với quý I/2024': change with that baseline. 'khoảng 81 nghìn …, bằng 2,3% tổng số hồ sơ': percent attribute.",
    "'ước tiết kiệm … khoảng 4,1 nghìn tỷ đồng mỗi năm': money 4.1e12, estimate, about; period giai đoạn 2021-2023.",
    "Targets 'đến năm 2025 … tối thiểu 90%' and 'đến năm 2030 … tối thiểu 95%': at_least, status target, periods end 2025/2030.",
    "'5 địa phương chưa ban hành' (63-58): as of June 2024 (inherited); the deadline 'trong quý III/2024' is not its period.",
    "Distractors: 'Nghị quyết số 76/NQ-CP', '(Moha.gov.vn)', 'giai đoạn 2021-2030' (programme name), 'quý I/2024' (baseline), 'tháng 6/2024'.",
], published="2024-07-15", location="Việt Nam")
