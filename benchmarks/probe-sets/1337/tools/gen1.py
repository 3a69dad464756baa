"""p1337-1: province portal (Gia Lai): teacher shortage at the start of school year 2024-2025."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Cổng thông tin điện tử tỉnh Gia Lai
Trang chủ > Tin tức > Văn hóa - Xã hội

Năm học mới, Gia Lai còn thiếu hơn 2.100 giáo viên

Cập nhật: 12/09/2024 08:45 | Lượt xem: 3.162

Theo Sở Giáo dục và Đào tạo, năm học 2024-2025 toàn tỉnh thiếu 2.146 giáo viên so với định mức, trong đó cấp mầm non thiếu 912 người, tiểu học 786 người, THCS 305 người và THPT 143 người.

Tổng biên chế sự nghiệp giáo dục được giao là 21.530 người, song đến ngày 31/8/2024 ngành mới sử dụng 20.118 biên chế, đạt 93,4%; còn 1.412 chỉ tiêu chưa tuyển được do thiếu nguồn, nhất là giáo viên tiếng Anh, Tin học và Âm nhạc.

Theo Thông tư số 20/2023/TT-BGDĐT, cấp tiểu học được bố trí tối đa 1,5 giáo viên/lớp. Tuy nhiên, tỷ lệ bình quân của tỉnh hiện chỉ khoảng 1,32 giáo viên/lớp; ở huyện Krông Pa, tỷ lệ này là 1,18 giáo viên/lớp, với 168 giáo viên còn thiếu. Tại Trường Tiểu học số 2 xã Ia Rsai của huyện này, chỉ có hai giáo viên tiếng Anh dạy cho 24 lớp.

Năm 2024, tỉnh tổ chức thi tuyển 1.050 chỉ tiêu giáo viên nhưng chỉ tuyển được 684 người, đạt 65,1%. Hơn 300 giáo viên hợp đồng đang được các trường ký hợp đồng theo Nghị định số 111/2022/NĐ-CP với mức lương từ 4,7 đến 5,5 triệu đồng/tháng.

Sở Giáo dục và Đào tạo dự kiến tuyển dụng thêm khoảng 720 giáo viên trong năm 2025; mục tiêu đến năm 2025 có 100% giáo viên mầm non, tiểu học đạt chuẩn trình độ đào tạo.

Tin liên quan:
- Gia Lai: Khai giảng năm học 2024-2025
- Hướng dẫn tuyển dụng viên chức ngành giáo dục năm 2024
"""

NH = per("năm học 2024-2025", "2024-09-01", "2025-05-31")
ASOF = per("đến ngày 31/8/2024", None, "2024-08-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("trong năm 2025", "2025-01-01", "2025-12-31")
TO25 = per("đến năm 2025", None, "2025-12-31")
KP = "Krông Pa"

FIGS = [
    fig("thiếu hơn 2.100 giáo viên", "2.100", 2100, "count", "giáo viên", approx="over",
        subject="giáo viên còn thiếu"),
    fig("thiếu 2.146 giáo viên", "2.146", 2146, "count", "giáo viên",
        subject="giáo viên thiếu so với định mức", period=NH),
    fig("thiếu 912 người", "912", 912, "count", "người", total=2146,
        subject="giáo viên cấp mầm non thiếu", period=NH),
    fig("tiểu học 786 người", "786", 786, "count", "người", total=2146,
        subject="giáo viên tiểu học thiếu", period=NH),
    fig("THCS 305 người", "305", 305, "count", "người", total=2146,
        subject="giáo viên THCS thiếu", period=NH),
    fig("THPT 143 người", "143", 143, "count", "người", total=2146,
        subject="giáo viên THPT thiếu", period=NH),
    fig("là 21.530 người", "21.530", 21530, "count", "người",
        subject="tổng biên chế sự nghiệp giáo dục được giao"),
    fig("sử dụng 20.118 biên chế", "20.118", 20118, "count", "biên chế", percent=93.4,
        subject="biên chế ngành giáo dục sử dụng", period=ASOF),
    fig("còn 1.412 chỉ tiêu", "1.412", 1412, "count", "chỉ tiêu",
        subject="chỉ tiêu biên chế chưa tuyển được", period=ASOF),
    fig("tối đa 1,5 giáo viên/lớp", "1,5", 1.5, "measure", "giáo viên/lớp", approx="at_most",
        subject="giáo viên/lớp được bố trí ở cấp tiểu học", location="Việt Nam"),
    fig("khoảng 1,32 giáo viên/lớp", "1,32", 1.32, "measure", "giáo viên/lớp", approx="about",
        subject="tỷ lệ giáo viên/lớp bình quân cấp tiểu học của tỉnh"),
    fig("là 1,18 giáo viên/lớp", "1,18", 1.18, "measure", "giáo viên/lớp",
        subject="tỷ lệ giáo viên/lớp cấp tiểu học", location=KP),
    fig("với 168 giáo viên", "168", 168, "count", "giáo viên",
        subject="giáo viên còn thiếu", location=KP),
    fig("có hai giáo viên", "hai", 2, "count", "giáo viên",
        subject="giáo viên tiếng Anh của Trường Tiểu học số 2 xã Ia Rsai", location=KP),
    fig("cho 24 lớp", "24", 24, "count", "lớp",
        subject="lớp giáo viên tiếng Anh dạy", location=KP),
    fig("thi tuyển 1.050 chỉ tiêu", "1.050", 1050, "count", "chỉ tiêu",
        subject="chỉ tiêu giáo viên tỉnh tổ chức thi tuyển", period=Y24),
    fig("tuyển được 684 người", "684", 684, "count", "người", percent=65.1,
        subject="giáo viên tuyển được", period=Y24),
    fig("Hơn 300 giáo viên", "300", 300, "count", "giáo viên", approx="over",
        subject="giáo viên hợp đồng các trường ký hợp đồng"),
    fig("từ 4,7 đến 5,5 triệu", "4,7", 4.7e6, "money", "đồng/tháng", value_max=5.5e6,
        subject="mức lương giáo viên hợp đồng"),
    fig("khoảng 720 giáo viên", "720", 720, "count", "giáo viên", approx="about", status="forecast",
        subject="giáo viên dự kiến tuyển dụng thêm", period=Y25),
    fig("có 100% giáo viên", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ giáo viên mầm non, tiểu học đạt chuẩn trình độ đào tạo", period=TO25),
]

NOTES = [
    "Province portal (Gia Lai): teacher shortage, school year 2024-2025; breadcrumb, 'Cập nhật: 12/09/2024 08:45 | Lượt xem: 3.162', related links.",
    "Distractors: 08:45, Lượt xem 3.162, Thông tư số 20/2023/TT-BGDĐT, Nghị định số 111/2022/NĐ-CP, 'Trường Tiểu học số 2', 'ngày 31/8/2024', years in links.",
    "School year 'năm học 2024-2025' = 2024-09-01 .. 2025-05-31 (MOET frame: start of September to end of May); a choice, see REPORT.",
    "'trong đó' parts of 2.146 take total 2146. 'đến ngày 31/8/2024' stands in the second clause: it does not date 21.530 (no period).",
    "The norm 'tối đa 1,5 giáo viên/lớp' of a national circular is located in Việt Nam (borderline). Ia Rsai is a commune of Krông Pa ('của huyện này').",
    "1.050 chỉ tiêu is a figure of its own (not a 'a/b chỉ tiêu' target); 684 takes percent 65.1.",
]

if __name__ == "__main__":
    write("p1337-1", TEXT, NOTES, FIGS, published="2024-09-12", location="Gia Lai")
