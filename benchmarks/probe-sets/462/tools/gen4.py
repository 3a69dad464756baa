from lib import F, P, CH, TG, emit

TEXT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Tin hoạt động của Bộ

Còn 22 khu công nghiệp đang hoạt động chưa có hệ thống xử lý nước thải tập trung

Theo báo cáo tổng hợp của Bộ Tài nguyên và Môi trường, tính đến ngày 31/12/2023, cả nước có 417 khu công nghiệp (KCN) được thành lập, trong đó 299 KCN đã đi vào hoạt động; 277/299 KCN đang hoạt động đã có hệ thống xử lý nước thải tập trung đạt quy chuẩn, chiếm 92,6%, tăng 1,8 điểm phần trăm so với năm 2022; còn 22 KCN chưa có hoặc đang xây dựng hệ thống.

Tổng công suất thiết kế của các nhà máy xử lý nước thải tập trung đạt khoảng 1,28 triệu m³/ngày đêm, trong khi lượng nước thải thực tế phát sinh ước khoảng 890 nghìn m³/ngày đêm. Tổng vốn đầu tư cho các công trình này khoảng 18,6 nghìn tỷ đồng. Cả nước có 265 KCN đã lắp đặt trạm quan trắc nước thải tự động, liên tục và truyền dữ liệu về các Sở Tài nguyên và Môi trường theo quy định tại Nghị định số 08/2022/NĐ-CP.

Các địa phương có số KCN đạt yêu cầu nhiều nhất là Đồng Nai (31 KCN), Bình Dương (29 KCN), Bà Rịa - Vũng Tàu (15 KCN) và Long An (14 KCN). Một số địa phương còn KCN chưa hoàn thành hạng mục này như Hà Tĩnh, Thanh Hóa, Quảng Nam.

Năm 2023, lực lượng Cảnh sát phòng, chống tội phạm về môi trường và thanh tra chuyên ngành đã phát hiện 1.214 vụ vi phạm pháp luật về bảo vệ môi trường tại các KCN, cụm công nghiệp, xử phạt hành chính hơn 96,7 tỷ đồng, giảm 8,3% so với năm 2022.

Mục tiêu giai đoạn 2021-2025 là 100% KCN đang hoạt động có hệ thống xử lý nước thải tập trung đạt quy chuẩn kỹ thuật môi trường và 70% cụm công nghiệp có hệ thống xử lý nước thải tập trung.

Cục Kiểm soát ô nhiễm môi trường
15/01/2024
"""

T31 = P("tính đến ngày 31/12/2023", None, "2023-12-31")
T31i = P("tính đến ngày 31/12/2023", None, "2023-12-31", inh=True)
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
GD = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
SUBJ_L = "số KCN đạt yêu cầu"

FIGS = [
    F("Còn 22 khu công nghiệp", "22", 22, "count", "khu công nghiệp",
      "khu công nghiệp đang hoạt động chưa có hệ thống xử lý nước thải tập trung"),
    F("có 417 khu công nghiệp", "417", 417, "count", "khu công nghiệp", "khu công nghiệp được thành lập", T31),
    F("trong đó 299 KCN", "299", 299, "count", "KCN", "KCN đã đi vào hoạt động", T31, total=417),
    F("277/299", "277", 277, "count", "KCN",
      "KCN đang hoạt động đã có hệ thống xử lý nước thải tập trung đạt quy chuẩn", T31,
      total=299, percent=92.6, change=CH("increase", 1.8, "điểm phần trăm", "năm 2022")),
    F("còn 22 KCN", "22", 22, "count", "KCN", "KCN chưa có hoặc đang xây dựng hệ thống", T31),
    F("khoảng 1,28 triệu m³", "1,28", 1280000, "measure", "m³/ngày đêm",
      "tổng công suất thiết kế của các nhà máy xử lý nước thải tập trung", T31i, approx="about"),
    F("khoảng 890 nghìn m³", "890", 890000, "measure", "m³/ngày đêm", "lượng nước thải thực tế phát sinh",
      T31i, approx="about", status="estimate"),
    F("khoảng 18,6 nghìn tỷ đồng", "18,6", 18600000000000, "money", "đồng",
      "tổng vốn đầu tư cho các công trình xử lý nước thải tập trung", T31i, approx="about"),
    F("có 265 KCN", "265", 265, "count", "KCN", "KCN đã lắp đặt trạm quan trắc nước thải tự động, liên tục", T31i),
    F("Đồng Nai (31 KCN)", "31", 31, "count", "KCN", SUBJ_L, T31i, location="Đồng Nai"),
    F("Bình Dương (29 KCN)", "29", 29, "count", "KCN", SUBJ_L, T31i, location="Bình Dương"),
    F("Vũng Tàu (15 KCN)", "15", 15, "count", "KCN", SUBJ_L, T31i, location="Bà Rịa - Vũng Tàu"),
    F("Long An (14 KCN)", "14", 14, "count", "KCN", SUBJ_L, T31i, location="Long An"),
    F("phát hiện 1.214 vụ", "1.214", 1214, "count", "vụ vi phạm",
      "vụ vi phạm pháp luật về bảo vệ môi trường tại các KCN, cụm công nghiệp", Y23),
    F("hơn 96,7 tỷ đồng", "96,7", 96700000000, "money", "đồng", "tiền xử phạt hành chính", Y23,
      approx="over", change=CH("decrease", 8.3, "%", "năm 2022")),
    F("là 100% KCN", "100", 100, "percent", "%",
      "KCN đang hoạt động có hệ thống xử lý nước thải tập trung đạt quy chuẩn kỹ thuật môi trường", GD,
      status="target"),
    F("và 70% cụm", "70", 70, "percent", "%", "cụm công nghiệp có hệ thống xử lý nước thải tập trung", GD,
      status="target"),
]

COMMENTS = [
    "Ministry site (Bộ TN&MT), no dateline at the top, bare date '15/01/2024' at the end; national industrial-park wastewater at 31/12/2023.",
    "'417 …, trong đó 299' total 417; '277/299' total 299 with share 'chiếm 92,6%' and change 'tăng 1,8 điểm phần trăm so với năm 2022' (the figure the cues follow).",
    "'còn 22 KCN' after ';' has no part-of cue: no total. Title '22 khu công nghiệp' is a figure (no period stated in the title).",
    "'ước khoảng 890 nghìn' estimate, about; '18,6 nghìn tỷ đồng' = 1.86e13. Province list: items are locations, subject the list's indicator.",
    "Targets of 'Mục tiêu giai đoạn 2021-2025' are status target with that period. Location default Việt Nam.",
    "Distractors: Nghị định số 08/2022/NĐ-CP, the dateline, names of provinces without figures (Hà Tĩnh, Thanh Hóa, Quảng Nam).",
]

emit("p462-4", TEXT, COMMENTS, FIGS, published="2024-01-15", location="Việt Nam")
