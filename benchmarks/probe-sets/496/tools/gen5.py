"""p496-5: Party newspaper (Báo Nghệ An), grade-10 entrance exam 2024, byline and date at the end."""
from lib import emit, fig, per, inh, chg, tgt

TEXT = """BÁO NGHỆ AN - CƠ QUAN CỦA ĐẢNG BỘ, CHÍNH QUYỀN VÀ NHÂN DÂN TỈNH NGHỆ AN
Giáo dục

Gần 38.000 thí sinh đăng ký dự thi vào lớp 10 công lập

Theo Sở Giáo dục và Đào tạo, kỳ thi tuyển sinh vào lớp 10 THPT năm học 2024-2025 có 37.862 thí sinh đăng ký, tăng 1.640 em so với năm trước. Tổng chỉ tiêu tuyển sinh của 92 trường THPT công lập là 29.115 học sinh; dự kiến khoảng 8.700 em sẽ phải lựa chọn trường tư thục, trung tâm giáo dục thường xuyên hoặc học nghề.

Thí sinh thi 3 môn gồm Toán, Ngữ văn và Ngoại ngữ trong hai ngày 3-4/6/2024 tại 98 điểm thi. Trường có số thí sinh đăng ký cao nhất là THPT Huỳnh Thúc Kháng (TP Vinh) với 1.562 hồ sơ cho 585 chỉ tiêu. Trường THPT chuyên Phan Bội Châu dự kiến tuyển 16 lớp chuyên với 560 học sinh.

Năm 2023, điểm chuẩn vào các trường THPT công lập ở TP Vinh dao động từ 25,5 đến 38,25 điểm; tỷ lệ học sinh tốt nghiệp THCS vào học lớp 10 công lập toàn tỉnh đạt 76,9%.

Trao đổi với phóng viên, ông Thái Văn Thành, Giám đốc Sở GD&ĐT cho biết, áp lực tập trung ở vùng ven TP Vinh và các huyện Nghi Lộc, Hưng Nguyên, nơi dân số cơ học tăng nhanh. Sở đã đề nghị UBND tỉnh bổ sung 215 biên chế giáo viên THPT và đầu tư 148 phòng học với tổng kinh phí khoảng 186 tỷ đồng. Hiện toàn tỉnh còn thiếu 1.930 giáo viên các cấp, trong đó cấp THPT thiếu 264 người, chủ yếu ở các môn Tin học, Giáo dục kinh tế và pháp luật.

Thành Chung
12/06/2024 - 06:45
"""

NH = per("năm học 2024-2025", "2024-01-01", "2025-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    fig("Gần 38.000 thí sinh", "38.000", 38000, "count", "thí sinh",
        "thí sinh đăng ký dự thi vào lớp 10 công lập", approx="nearly"),
    fig("có 37.862 thí sinh", "37.862", 37862, "count", "thí sinh",
        "thí sinh đăng ký kỳ thi tuyển sinh vào lớp 10 THPT", NH,
        change=chg("increase", 1640, "em", "năm trước")),
    fig("của 92 trường", "92", 92, "count", "trường",
        "trường THPT công lập", inh(NH)),
    fig("là 29.115 học sinh", "29.115", 29115, "count", "học sinh",
        "tổng chỉ tiêu tuyển sinh của các trường THPT công lập", inh(NH), status="target"),
    fig("khoảng 8.700 em", "8.700", 8700, "count", "em",
        "học sinh phải lựa chọn trường tư thục, trung tâm giáo dục thường xuyên hoặc học nghề",
        inh(NH), approx="about", status="forecast"),
    fig("thi 3 môn", "3", 3, "count", "môn", "môn thi"),
    fig("trong hai ngày", "hai", 2, "measure", "ngày", optional=True),
    fig("tại 98 điểm thi", "98", 98, "count", "điểm thi", "điểm thi"),
    fig("với 1.562 hồ sơ", "1.562", 1562, "count", "hồ sơ",
        "hồ sơ đăng ký vào THPT Huỳnh Thúc Kháng", location="Vinh"),
    fig("cho 585 chỉ tiêu", "585", 585, "count", "chỉ tiêu",
        "chỉ tiêu tuyển sinh THPT Huỳnh Thúc Kháng", status="target", location="Vinh"),
    fig("tuyển 16 lớp chuyên", "16", 16, "count", "lớp chuyên",
        "lớp chuyên Trường THPT chuyên Phan Bội Châu dự kiến tuyển", status="forecast"),
    fig("với 560 học sinh", "560", 560, "count", "học sinh",
        "học sinh Trường THPT chuyên Phan Bội Châu dự kiến tuyển", status="forecast"),
    fig("từ 25,5 đến 38,25 điểm", "25,5", 25.5, "measure", "điểm",
        "điểm chuẩn vào các trường THPT công lập", Y23, value_max=38.25, location="Vinh"),
    fig("đạt 76,9%", "76,9", 76.9, "percent", "%",
        "tỷ lệ học sinh tốt nghiệp THCS vào học lớp 10 công lập", Y23),
    fig("bổ sung 215 biên chế", "215", 215, "count", "biên chế",
        "biên chế giáo viên THPT đề nghị bổ sung"),
    fig("đầu tư 148 phòng học", "148", 148, "count", "phòng học",
        "phòng học đề nghị đầu tư"),
    fig("khoảng 186 tỷ đồng", "186", 186e9, "money", "đồng",
        "tổng kinh phí đầu tư phòng học", approx="about"),
    fig("thiếu 1.930 giáo viên", "1.930", 1930, "count", "giáo viên",
        "giáo viên các cấp còn thiếu"),
    fig("thiếu 264 người", "264", 264, "count", "người",
        "giáo viên THPT còn thiếu", total=1930),
]

COMMENTS = [
    "Báo Nghệ An (Party newspaper): tuyển sinh lớp 10 THPT công lập năm học 2024-2025; byline 'Thành Chung' then '12/06/2024 - 06:45' at the end.",
    "Not figures: 'lớp 10', the exam dates '3-4/6/2024' ('hai ngày', the exam's duration, optional), 'Năm 2023' (period), names. Quotas ('chỉ tiêu tuyển sinh ... là 29.115 học sinh',",
    "'585 chỉ tiêu') are figures with status target (FIGURES.md lists 'chỉ tiêu' as a target cue); 'dự kiến' -> forecast, also for 'tuyển 16 lớp chuyên",
    "với 560 học sinh'. THPT Huỳnh Thúc Kháng (TP Vinh) figures and the TP Vinh cut-off range take location 'Vinh'. The 1.562 applications",
    "'cho 585 chỉ tiêu' are not a part of a whole (no total). 'trong đó cấp THPT thiếu 264 người' is a part of 1.930.",
]

if __name__ == "__main__":
    emit(5, TEXT, COMMENTS, FIGS, published="2024-06-12", location="Nghệ An")
