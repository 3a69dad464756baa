from lib import F, P, C, T, emit

text = """Thanh Hóa: 9 tháng năm 2024 tuyển sinh, đào tạo nghề cho hơn 52 nghìn người
Cập nhật: 08/10/2024 15:20 | Lượt xem: 2.315

Theo báo cáo của Sở Lao động - Thương binh và Xã hội, 9 tháng năm 2024, toàn tỉnh Thanh Hóa tuyển sinh, đào tạo nghề cho 52.340 người, đạt 78,1% kế hoạch năm, tăng 6,4% so với cùng kỳ. Trong đó, trình độ cao đẳng 6.120 người, trung cấp 9.850 người, sơ cấp và đào tạo dưới 3 tháng 36.370 người. Riêng quý III/2024, các cơ sở tuyển sinh 18.760 người, tăng 9,2% so với quý II/2024. Tổng kinh phí thực hiện 9 tháng ước khoảng 48,6 tỷ đồng.

Tỷ lệ lao động qua đào tạo ước đạt 71,5%, trong đó có bằng cấp, chứng chỉ đạt 29,8%. Tỷ lệ học sinh, sinh viên có việc làm sau tốt nghiệp bình quân trên 90%, nhiều nghề như hàn, điện công nghiệp, công nghệ ô tô đạt 100%.

Hiện toàn tỉnh có 62 cơ sở giáo dục nghề nghiệp, gồm 10 trường cao đẳng, 13 trường trung cấp và 39 trung tâm giáo dục nghề nghiệp; ngoài ra còn 41 doanh nghiệp, cơ sở khác có hoạt động giáo dục nghề nghiệp. Thực hiện Kế hoạch số 155/KH-UBND ngày 12/6/2024 của UBND tỉnh, các cơ sở đã rà soát, sắp xếp lại mạng lưới, đầu tư thiết bị cho các nghề trọng điểm.

Năm 2024, tỉnh phấn đấu tuyển sinh 67.000 người; đến năm 2025, tỷ lệ lao động qua đào tạo đạt 75%, trong đó có bằng cấp, chứng chỉ đạt 35%. Để hoàn thành chỉ tiêu, Sở đề nghị các địa phương đẩy mạnh tư vấn, hướng nghiệp cho học sinh lớp 9 và lớp 12, gắn đào tạo với nhu cầu của doanh nghiệp trong các khu công nghiệp.

Thông tin chi tiết liên hệ: Phòng Giáo dục nghề nghiệp, Sở Lao động - Thương binh và Xã hội, số 25 Đại lộ Lê Lợi, TP Thanh Hóa; điện thoại 0237.3852.468.
"""

Y9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
SUBJ = "tuyển sinh, đào tạo nghề"
figs = [
    F("hơn 52 nghìn người", "52", 52000, "count", "người", SUBJ, Y9, approx="over"),
    F("nghề cho 52.340 người", "52.340", 52340, "count", "người", SUBJ, Y9,
      percent=78.1, change=C("increase", 6.4, "%", "cùng kỳ")),
    F("cao đẳng 6.120 người", "6.120", 6120, "count", "người", "tuyển sinh, đào tạo nghề trình độ cao đẳng", Y9i, total=52340),
    F("trung cấp 9.850 người", "9.850", 9850, "count", "người", "tuyển sinh, đào tạo nghề trình độ trung cấp", Y9i, total=52340),
    F("đào tạo dưới 3 tháng 36.370", "3", 3, "measure", "tháng", approx="under", optional=True),
    F("tháng 36.370 người", "36.370", 36370, "count", "người", "tuyển sinh, đào tạo nghề sơ cấp và đào tạo dưới 3 tháng", Y9i, total=52340),
    F("tuyển sinh 18.760 người", "18.760", 18760, "count", "người", "tuyển sinh", P("quý III/2024", "2024-07-01", "2024-09-30"),
      change=C("increase", 9.2, "%", "quý II/2024")),
    F("khoảng 48,6 tỷ đồng", "48,6", 48.6e9, "money", "đồng", "tổng kinh phí thực hiện", P("9 tháng", "2024-01-01", "2024-09-30"),
      approx="about", status="estimate"),
    F("ước đạt 71,5%", "71,5", 71.5, "percent", "%", "tỷ lệ lao động qua đào tạo", Y9i, status="estimate"),
    F("chứng chỉ đạt 29,8%", "29,8", 29.8, "percent", "%", "tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ", Y9i,
      total=71.5, status="estimate"),
    F("bình quân trên 90%", "90", 90, "percent", "%", "tỷ lệ học sinh, sinh viên có việc làm sau tốt nghiệp", Y9i, approx="over"),
    F("ô tô đạt 100%", "100", 100, "percent", "%", "tỷ lệ học sinh, sinh viên có việc làm sau tốt nghiệp nhiều nghề", Y9i),
    F("có 62 cơ sở", "62", 62, "count", "cơ sở giáo dục nghề nghiệp", "cơ sở giáo dục nghề nghiệp"),
    F("gồm 10 trường cao đẳng", "10", 10, "count", "trường cao đẳng", "trường cao đẳng", total=62),
    F("13 trường trung cấp", "13", 13, "count", "trường trung cấp", "trường trung cấp", total=62),
    F("39 trung tâm", "39", 39, "count", "trung tâm giáo dục nghề nghiệp", "trung tâm giáo dục nghề nghiệp", total=62),
    F("còn 41 doanh nghiệp", "41", 41, "count", "doanh nghiệp, cơ sở khác",
      "doanh nghiệp, cơ sở khác có hoạt động giáo dục nghề nghiệp"),
    F("tuyển sinh 67.000 người", "67.000", 67000, "count", "người", "tuyển sinh", P("Năm 2024", "2024-01-01", "2024-12-31"),
      status="target"),
    F("tạo đạt 75%", "75", 75, "percent", "%", "tỷ lệ lao động qua đào tạo", P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("chứng chỉ đạt 35%", "35", 35, "percent", "%", "tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ",
      P("đến năm 2025", None, "2025-12-31"), total=75, status="target"),
]

emit("p414-1", text, [
    "Cổng TTĐT tỉnh Thanh Hóa (province portal): tuyển sinh, đào tạo nghề 9 tháng năm 2024. Dateline 'Cập nhật: 08/10/2024 15:20 | Lượt xem: 2.315'.",
    "Distractors: 'Lượt xem: 2.315', 'Kế hoạch số 155/KH-UBND ngày 12/6/2024', 'lớp 9 và lớp 12' (grades), 'số 25 Đại lộ Lê Lợi', phone 0237.3852.468.",
    "Title 'hơn 52 nghìn người' is a figure of its own (over). 'đạt 78,1% kế hoạch năm' is the percent of 52.340, 'tăng 6,4% so với cùng kỳ' its change.",
    "'Trong đó' parts (cao đẳng/trung cấp/sơ cấp) sum to 52.340 and carry it as total; their period is inherited. 'dưới 3 tháng' (course length) optional.",
    "'trong đó có bằng cấp, chứng chỉ đạt 29,8%' is a part of the 71,5% rate (same base, labour force): total 71.5; 'ước đạt' governs it (estimate).",
    "'Hiện toàn tỉnh có 62 cơ sở' has no period; 'gồm' parts carry total 62; 'ngoài ra còn 41' is not a part and 'ngoài ra' is not the approx cue 'ngoài'.",
    "'Riêng quý III/2024' is not a part-of cue and counts another period: no total. 'Năm 2024 … phấn đấu' / 'đến năm 2025' give targets.",
], figs, published="2024-10-08", location="Thanh Hóa")
