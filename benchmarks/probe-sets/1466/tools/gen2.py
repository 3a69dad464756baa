"""p1466-2: district portal (huyện Hoài Đức, Hà Nội): school dental programme, school year 2023-2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HOÀI ĐỨC - THÀNH PHỐ HÀ NỘI
Trang chủ | Tin tức - Sự kiện | Giáo dục - Y tế

Hơn 21 nghìn học sinh được khám răng miệng miễn phí
Ngày đăng: 28/05/2024 - 15:20

Năm học 2023-2024, Trung tâm Y tế huyện Hoài Đức phối hợp với Phòng Giáo dục và Đào tạo triển khai chương trình nha học đường tại 46 trường mầm non, tiểu học và trung học cơ sở, tăng 8 trường so với năm học trước.

Qua đợt khám, các y, bác sĩ đã khám răng miệng cho 21.374 học sinh, trong đó 11.260 em mắc sâu răng, chiếm 52,7%; 3.018 em bị viêm lợi, chiếm 14,1%. So với năm học 2022-2023, tỷ lệ học sinh sâu răng giảm 4,3 điểm phần trăm.

Bên cạnh khám sàng lọc, chương trình trám bít hố rãnh cho 2.460 học sinh lớp 1 và lớp 2, điều trị sâu răng sớm cho gần 1.900 em. Hai chục cán bộ y tế trường học được tập huấn hướng dẫn chải răng đúng cách. Công ty TNHH Răng Xinh (số 126 đường Lai Xá, xã Kim Chung) tài trợ 15.000 bộ kem và bàn chải đánh răng, trị giá khoảng 420 triệu đồng.

Bác sĩ Nguyễn Thị Thu Hà, Trưởng khoa Kiểm soát bệnh tật, cho biết chi phí khám, điều trị bình quân khoảng 35.000 đồng/học sinh, do ngân sách huyện và quỹ bảo hiểm y tế học sinh chi trả.

Năm học 2024-2025, huyện phấn đấu 100% trường tiểu học triển khai nha học đường, khám răng cho ít nhất 25.000 học sinh và giảm tỷ lệ sâu răng xuống dưới 50%. Dự kiến, Trung tâm Y tế huyện sẽ mua thêm 3 ghế nha khoa di động với kinh phí từ 180 đến 200 triệu đồng.

Nguồn: Trung tâm Y tế huyện Hoài Đức
Tin khác:
- Hoài Đức ra quân Tháng hành động vì an toàn thực phẩm
- Xã Kim Chung tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc
"""

NH24 = per("Năm học 2023-2024", "2023-09-01", "2024-05-31")
NH25 = per("Năm học 2024-2025", "2024-09-01", "2025-05-31")

FIGS = [
    fig("Hơn 21 nghìn", "21", 21000, "count", "học sinh", approx="over",
        subject="học sinh được khám răng miệng miễn phí"),
    fig("tại 46 trường", "46", 46, "count", "trường", change=chg("increase", 8, "trường", "năm học trước"),
        subject="trường mầm non, tiểu học và trung học cơ sở triển khai chương trình nha học đường", period=NH24),
    fig("cho 21.374 học sinh", "21.374", 21374, "count", "học sinh",
        subject="học sinh được khám răng miệng", period=inh(NH24)),
    fig("11.260 em", "11.260", 11260, "count", "em", total=21374, percent=52.7,
        subject="học sinh mắc sâu răng", period=inh(NH24)),
    fig("3.018 em", "3.018", 3018, "count", "em", total=21374, percent=14.1,
        subject="học sinh bị viêm lợi", period=inh(NH24)),
    fig("giảm 4,3 điểm", "4,3", 4.3, "measure", "điểm phần trăm",
        subject="tỷ lệ học sinh sâu răng giảm so với năm học 2022-2023", period=inh(NH24)),
    fig("cho 2.460 học sinh", "2.460", 2460, "count", "học sinh",
        subject="học sinh lớp 1 và lớp 2 được trám bít hố rãnh", period=inh(NH24)),
    fig("gần 1.900 em", "1.900", 1900, "count", "em", approx="nearly",
        subject="học sinh được điều trị sâu răng sớm", period=inh(NH24)),
    fig("Hai chục cán bộ", "Hai chục", 20, "count", "cán bộ",
        subject="cán bộ y tế trường học được tập huấn hướng dẫn chải răng", period=inh(NH24)),
    fig("tài trợ 15.000 bộ", "15.000", 15000, "count", "bộ",
        subject="bộ kem và bàn chải đánh răng Công ty TNHH Răng Xinh tài trợ", period=inh(NH24)),
    fig("khoảng 420 triệu", "420", 420e6, "money", "đồng", approx="about",
        subject="trị giá bộ kem và bàn chải đánh răng tài trợ", period=inh(NH24)),
    fig("khoảng 35.000 đồng/học sinh", "35.000", 35000, "money", "đồng/học sinh", approx="about",
        subject="chi phí khám, điều trị bình quân"),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="trường tiểu học triển khai nha học đường", period=NH25),
    fig("ít nhất 25.000", "25.000", 25000, "count", "học sinh", approx="at_least", status="target",
        subject="học sinh được khám răng", period=NH25),
    fig("dưới 50%", "50", 50, "percent", "%", approx="under", status="target",
        subject="tỷ lệ sâu răng", period=NH25),
    fig("thêm 3 ghế", "3", 3, "count", "ghế nha khoa", status="forecast",
        subject="ghế nha khoa di động Trung tâm Y tế huyện mua thêm", period=inh(NH25)),
    fig("từ 180 đến 200", "180", 180e6, "money", "đồng", value_max=200e6, status="forecast",
        subject="kinh phí mua ghế nha khoa di động", period=inh(NH25)),
]

NOTES = [
    "District portal (huyện Hoài Đức, Hà Nội): banner, menu, 'Ngày đăng: 28/05/2024 - 15:20', source line, 'Tin khác'.",
    "Distractors: 'lớp 1 và lớp 2' (grade names), 'số 126 đường Lai Xá', '15:20', 'năm học 2022-2023' as a baseline.",
    "School-year periods: 'Năm học 2023-2024' is read 2023-09-01..2024-05-31 (the Ministry's school year ends by 31 May); the spec has no row",
    "for 'năm học', so these dates are my reading. Only the 46 trường and the 2024-2025 targets carry the phrase in their own sentence.",
    "11.260 and 3.018 follow 'trong đó' after the 21.374 examined: total 21374, share 'chiếm' as percent attribute.",
    "'giảm 4,3 điểm phần trăm' is a measure in 'điểm phần trăm' (not a percent). 'Hai chục' = 20. 'Hơn 21 nghìn' = 21000, over.",
    "The 2024-2025 targets follow 'phấn đấu' (target); the chairs and their cost follow 'Dự kiến' (forecast).",
]

if __name__ == "__main__":
    write("p1466-2", TEXT, NOTES, FIGS, published="2024-05-28", location="Hoài Đức")
