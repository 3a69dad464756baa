"""p1337-4: ministry site (Bộ GD&ĐT): national teacher shortage, allocated posts, recruitment, leavers."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ GIÁO DỤC VÀ ĐÀO TẠO
Trang chủ > Tin tức > Tin tổng hợp

Cả nước còn thiếu khoảng 113 nghìn giáo viên

22/03/2024 | 16:05 | Cục Nhà giáo và Cán bộ quản lý giáo dục

Ngày 22/3, tại Hà Nội, Bộ Giáo dục và Đào tạo tổ chức hội nghị sơ kết 2 năm thực hiện Kết luận số 28-KL/TW của Bộ Chính trị về biên chế giáo viên.

Theo báo cáo, tính đến ngày 31/5/2023, cả nước thiếu 113.083 giáo viên các cấp, trong đó thiếu nhiều nhất là giáo viên mầm non với 49.251 người và tiểu học với 40.016 người.

Giai đoạn 2022-2026, Bộ Chính trị bổ sung 65.980 biên chế giáo viên cho các địa phương. Năm học 2022-2023, Bộ đã giao 27.850 biên chế; đến tháng 12/2023 các địa phương mới tuyển được hơn 19.000 người, đạt khoảng 69%. Một số địa phương thiếu nhiều giáo viên là Hà Nội (4.260 người), Thanh Hóa (3.850 người), Nghệ An (3.120 người). Tỷ lệ tuyển dụng thấp nhất thuộc về Điện Biên với 41,5%.

Cũng trong năm học 2022-2023, cả nước có 9.295 giáo viên nghỉ việc, thôi việc, giảm gần 7% so với năm học trước. Về tỷ lệ giáo viên/lớp, cấp tiểu học bình quân đạt 1,37 giáo viên/lớp, THCS 1,83 và THPT 2,06 giáo viên/lớp, đều thấp hơn định mức.

Bộ đề nghị các địa phương phấn đấu hoàn thành tuyển dụng 100% biên chế được giao trong năm 2024. Dự kiến năm học 2024-2025, cả nước cần thêm khoảng 25.000 giáo viên do quy mô học sinh tăng.

Tin cùng chuyên mục:
- Hướng dẫn thực hiện Thông tư số 20/2023/TT-BGDĐT
- Hội nghị giao ban công tác nhà giáo quý I/2024

Bộ Giáo dục và Đào tạo - 35 Đại Cồ Việt, Hai Bà Trưng, Hà Nội. Điện thoại: 024.3869.4795
"""

ASOF = per("tính đến ngày 31/5/2023", None, "2023-05-31")
GD = per("Giai đoạn 2022-2026", "2022-01-01", "2026-12-31")
NH23 = per("Năm học 2022-2023", "2022-09-01", "2023-05-31")
DEC = per("đến tháng 12/2023", None, "2023-12-31")
NH23b = per("trong năm học 2022-2023", "2022-09-01", "2023-05-31")
Y24 = per("trong năm 2024", "2024-01-01", "2024-12-31")
NH25 = per("năm học 2024-2025", "2024-09-01", "2025-05-31")

FIGS = [
    fig("khoảng 113 nghìn", "113", 113000, "count", "giáo viên", approx="about",
        subject="giáo viên cả nước còn thiếu"),
    fig("thiếu 113.083 giáo viên", "113.083", 113083, "count", "giáo viên",
        subject="giáo viên các cấp cả nước thiếu", period=ASOF),
    fig("với 49.251 người", "49.251", 49251, "count", "người", total=113083,
        subject="giáo viên mầm non thiếu", period=ASOF),
    fig("với 40.016 người", "40.016", 40016, "count", "người", total=113083,
        subject="giáo viên tiểu học thiếu", period=ASOF),
    fig("bổ sung 65.980 biên chế", "65.980", 65980, "count", "biên chế",
        subject="biên chế giáo viên Bộ Chính trị bổ sung cho các địa phương", period=GD),
    fig("giao 27.850 biên chế", "27.850", 27850, "count", "biên chế",
        subject="biên chế Bộ đã giao", period=NH23),
    fig("hơn 19.000 người", "19.000", 19000, "count", "người", approx="over", percent=69,
        subject="giáo viên các địa phương tuyển được", period=DEC),
    fig("Hà Nội (4.260 người)", "4.260", 4260, "count", "người",
        subject="giáo viên thiếu", location="Hà Nội"),
    fig("Thanh Hóa (3.850 người)", "3.850", 3850, "count", "người",
        subject="giáo viên thiếu", location="Thanh Hóa"),
    fig("Nghệ An (3.120 người)", "3.120", 3120, "count", "người",
        subject="giáo viên thiếu", location="Nghệ An"),
    fig("với 41,5%", "41,5", 41.5, "percent", "%",
        subject="tỷ lệ tuyển dụng thấp nhất", location="Điện Biên"),
    fig("có 9.295 giáo viên", "9.295", 9295, "count", "giáo viên",
        change=chg("decrease", 7, "%", "năm học trước", approx="nearly"),
        subject="giáo viên nghỉ việc, thôi việc", period=NH23b),
    fig("đạt 1,37 giáo viên/lớp", "1,37", 1.37, "measure", "giáo viên/lớp",
        subject="tỷ lệ giáo viên/lớp cấp tiểu học bình quân"),
    fig("THCS 1,83", "1,83", 1.83, "measure", "giáo viên/lớp",
        subject="tỷ lệ giáo viên/lớp THCS"),
    fig("THPT 2,06", "2,06", 2.06, "measure", "giáo viên/lớp",
        subject="tỷ lệ giáo viên/lớp THPT"),
    fig("tuyển dụng 100% biên chế", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ biên chế được giao hoàn thành tuyển dụng", period=Y24),
    fig("khoảng 25.000 giáo viên", "25.000", 25000, "count", "giáo viên", approx="about",
        status="forecast", subject="giáo viên cả nước cần thêm", period=NH25),
]

NOTES = [
    "Ministry site (Bộ GD&ĐT): breadcrumb, '22/03/2024 | 16:05 | Cục ...', related links, address footer. National figures: location Việt Nam.",
    "Distractors: 16:05, 'Ngày 22/3', 'sơ kết 2 năm thực hiện' (an event name, like 'cao điểm \"90 ngày, đêm\"'), Kết luận số 28-KL/TW, Thông tư số 20/2023/TT-BGDĐT, quý I/2024 in a link, '35 Đại Cồ Việt', phone.",
    "'khoảng 113 nghìn' = 113000. 'trong đó ... với 49.251 người và ... với 40.016 người' take total 113083.",
    "'hơn 19.000 người, đạt khoảng 69%': percent 69 (the attribute carries no approx of its own).",
    "List 'Hà Nội (4.260 người), ...': subject from the list head ('địa phương thiếu nhiều giáo viên'), place to location.",
    "'giảm gần 7% so với năm học trước': change decrease 7 (nearly). School years as 1 Sep .. 31 May.",
    "'THCS 1,83' takes the unit 'giáo viên/lớp' of its list.",
]

if __name__ == "__main__":
    write("p1337-4", TEXT, NOTES, FIGS, published="2024-03-22", location="Việt Nam")
