from lib import write, F, P

TEXT = """Cổng Thông tin điện tử tỉnh Thái Bình
Trang chủ > Tin tức > Văn hóa - Xã hội

Thái Bình: Gần 19% học sinh mắc tật khúc xạ qua đợt khám sức khỏe đầu năm học
Cập nhật: 18/11/2024 08:30 | Lượt xem: 1.962

Theo báo cáo của Sở Giáo dục và Đào tạo, tính đến ngày 31/10/2024, các cơ sở giáo dục trên địa bàn tỉnh đã tổ chức khám sức khỏe đầu năm học cho 312.450 học sinh, đạt 97,8% tổng số học sinh toàn tỉnh. Trong đó, khối mầm non có 74.105 trẻ, tiểu học 112.560 em, trung học cơ sở 79.842 em và trung học phổ thông 45.943 em.

Kết quả khám cho thấy tỷ lệ học sinh mắc tật khúc xạ (chủ yếu là cận thị) là 18,9%, tăng 1,4% so với năm học trước; tỷ lệ học sinh thừa cân, béo phì là 11,2%; suy dinh dưỡng thể thấp còi còn 6,3%, giảm 0,8% so với cùng kỳ. Bệnh răng miệng vẫn có tỷ lệ mắc cao nhất với 34,5% số học sinh được khám.

Tỷ lệ cận thị tăng dần theo cấp học: ở bậc tiểu học là 12,7%, trung học cơ sở 24,6% và trung học phổ thông lên tới 38,2%. Theo địa bàn, thành phố Thái Bình có tỷ lệ học sinh cận thị cao nhất (27,5%), tiếp đến là huyện Kiến Xương (21,3%), Vũ Thư (20,8%); thấp nhất là huyện Thái Thụy với 14,6%.

Hiện toàn tỉnh có 702/756 trường bố trí nhân viên y tế, chiếm 92,9%; trong đó 415 trường có nhân viên y tế chuyên trách. Năm 2025, ngành Giáo dục phấn đấu 100% trường học có phòng y tế đạt chuẩn, tỷ lệ học sinh được khám sức khỏe định kỳ đạt trên 98%.

Sở GD&ĐT đề nghị các trường gửi danh sách học sinh cần khám chuyên khoa mắt về Trung tâm Kiểm soát bệnh tật tỉnh (số 8 đường Hoàng Văn Thái, TP Thái Bình) trước ngày 15/12/2024 theo Công văn số 2816/SGDĐT-CTTT. Mọi thông tin xin liên hệ số điện thoại 0227.3831.552.
"""

ASOF = P("tính đến ngày 31/10/2024", None, "2024-10-31")
ASOF_I = P("tính đến ngày 31/10/2024", None, "2024-10-31", inherited=True)
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Gần 19% học sinh", "19", 19, "percent", "%", "tỷ lệ học sinh mắc tật khúc xạ", approx="nearly"),
    F("cho 312.450 học sinh", "312.450", 312450, "count", "học sinh",
      "học sinh được khám sức khỏe đầu năm học", percent=97.8, period=ASOF),
    F("mầm non có 74.105 trẻ", "74.105", 74105, "count", "trẻ", "trẻ mầm non được khám sức khỏe",
      total=312450, period=ASOF_I),
    F("tiểu học 112.560 em", "112.560", 112560, "count", "em", "học sinh tiểu học được khám sức khỏe",
      total=312450, period=ASOF_I),
    F("trung học cơ sở 79.842 em", "79.842", 79842, "count", "em", "học sinh trung học cơ sở được khám sức khỏe",
      total=312450, period=ASOF_I),
    F("phổ thông 45.943 em", "45.943", 45943, "count", "em", "học sinh trung học phổ thông được khám sức khỏe",
      total=312450, period=ASOF_I),
    F("là 18,9%", "18,9", 18.9, "percent", "%", "tỷ lệ học sinh mắc tật khúc xạ",
      change={"direction": "increase", "value": 1.4, "unit": "%", "baseline": "năm học trước"}, period=ASOF_I),
    F("béo phì là 11,2%", "11,2", 11.2, "percent", "%", "tỷ lệ học sinh thừa cân, béo phì", period=ASOF_I),
    F("còn 6,3%", "6,3", 6.3, "percent", "%", "tỷ lệ suy dinh dưỡng thể thấp còi",
      change={"direction": "decrease", "value": 0.8, "unit": "%", "baseline": "cùng kỳ"}, period=ASOF_I),
    F("với 34,5%", "34,5", 34.5, "percent", "%", "tỷ lệ mắc bệnh răng miệng", period=ASOF_I),
    F("tiểu học là 12,7%", "12,7", 12.7, "percent", "%", "tỷ lệ cận thị bậc tiểu học", period=ASOF_I),
    F("cơ sở 24,6%", "24,6", 24.6, "percent", "%", "tỷ lệ cận thị trung học cơ sở", period=ASOF_I),
    F("lên tới 38,2%", "38,2", 38.2, "percent", "%", "tỷ lệ cận thị trung học phổ thông", period=ASOF_I),
    F("cao nhất (27,5%)", "27,5", 27.5, "percent", "%", "tỷ lệ học sinh cận thị", location="Thái Bình", period=ASOF_I),
    F("Kiến Xương (21,3%)", "21,3", 21.3, "percent", "%", "tỷ lệ học sinh cận thị", location="Kiến Xương", period=ASOF_I),
    F("Vũ Thư (20,8%)", "20,8", 20.8, "percent", "%", "tỷ lệ học sinh cận thị", location="Vũ Thư", period=ASOF_I),
    F("Thái Thụy với 14,6%", "14,6", 14.6, "percent", "%", "tỷ lệ học sinh cận thị", location="Thái Thụy", period=ASOF_I),
    F("có 702/756 trường", "702", 702, "count", "trường", "trường bố trí nhân viên y tế", total=756, percent=92.9),
    F("trong đó 415 trường", "415", 415, "count", "trường", "trường có nhân viên y tế chuyên trách", total=702),
    F("phấn đấu 100% trường học", "100", 100, "percent", "%", "trường học có phòng y tế đạt chuẩn",
      status="target", period=Y25),
    F("đạt trên 98%", "98", 98, "percent", "%", "tỷ lệ học sinh được khám sức khỏe định kỳ",
      approx="over", status="target", period=Y25),
]

write("p377-1", TEXT, FIGS, [
    "Cổng TTĐT tỉnh Thái Bình (province portal): khám sức khỏe đầu năm học 2024-2025 — tật khúc xạ, thừa cân, thấp còi, răng miệng, cấp học, huyện; nhân viên y tế.",
    "Dateline 'Cập nhật: 18/11/2024 08:30 | Lượt xem: 1.962' (view counter is page furniture). Distractors: 'số 8 đường Hoàng Văn Thái', 'ngày 15/12/2024',",
    "'Công văn số 2816/SGDĐT-CTTT', phone 0227.3831.552. The breakdown after 'Trong đó' (74.105+112.560+79.842+45.943 = 312.450) takes total 312.450.",
    "'tính đến ngày 31/10/2024' is an as-of date; the results paragraphs inherit it. 'tăng 1,4% so với năm học trước' is the change of 18,9%.",
    "'thành phố Thái Bình (27,5%)' is the provincial city: location Thái Bình. 'Hiện' gives no period. 'Năm 2025 ... phấn đấu' targets.",
], location="Thái Bình", published="2024-11-18")
