"""p1140-4: ministry site (Bộ Y tế), national: prevalence, psychiatric hospitals and beds, psychiatrists, hotline, targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức - Sự kiện > Hoạt động của Bộ

Nâng cao năng lực chăm sóc sức khỏe tâm thần cho người dân

Ngày đăng: 09/10/2023 | Lượt xem: 1.382

Theo kết quả điều tra dịch tễ học do Bộ Y tế công bố, khoảng 14 triệu người Việt Nam, tương đương gần 15% dân số, đang mắc các rối loạn tâm thần thường gặp; trong đó trầm cảm chiếm khoảng 5,4% dân số, rối loạn lo âu khoảng 3,8%.

Cả nước hiện có 2 bệnh viện tâm thần tuyến trung ương (Bệnh viện Tâm thần Trung ương 1 và Bệnh viện Tâm thần Trung ương 2), 37 bệnh viện tâm thần tuyến tỉnh với tổng số khoảng 9.600 giường bệnh; 63/63 tỉnh, thành phố đã có khoa hoặc bệnh viện tâm thần. Năm 2022, hai bệnh viện tuyến trung ương lần lượt điều trị nội trú cho 8.350 và 7.920 lượt người bệnh.

Tuy nhiên, nhân lực chuyên ngành còn thiếu: cả nước mới có khoảng 1.100 bác sĩ chuyên khoa tâm thần, bình quân 1,1 bác sĩ/100.000 dân; khoảng 40% bệnh viện tâm thần tuyến tỉnh chưa có chuyên gia tâm lý lâm sàng.

Từ tháng 10/2022, Bộ Y tế phối hợp với các đơn vị triển khai tổng đài hỗ trợ tâm lý miễn phí 1800 599 920. Tính đến hết tháng 9/2023, tổng đài đã tiếp nhận hơn 12.000 cuộc gọi, trong đó khoảng 30% liên quan đến trầm cảm, ý định tự sát.

Theo Kế hoạch hành động quốc gia ban hành kèm Quyết định số 155/QĐ-TTg, đến năm 2025 phấn đấu 50% người mắc trầm cảm được phát hiện sớm; đến năm 2030, tỷ lệ này đạt 80%.

Bộ Y tế - 138A Giảng Võ, Ba Đình, Hà Nội
"""

Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
ASOF = per("Tính đến hết tháng 9/2023", None, "2023-09-30")
T25 = per("đến năm 2025", None, "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("khoảng 14 triệu", "14", 14000000, "count", "người", approx="about", percent=15,
        subject="người mắc các rối loạn tâm thần thường gặp"),
    fig("khoảng 5,4%", "5,4", 5.4, "percent", "%", approx="about",
        subject="tỷ lệ trầm cảm trong dân số"),
    fig("khoảng 3,8%", "3,8", 3.8, "percent", "%", approx="about",
        subject="tỷ lệ rối loạn lo âu trong dân số"),
    fig("có 2 bệnh viện", "2", 2, "count", "bệnh viện", subject="bệnh viện tâm thần tuyến trung ương"),
    fig("37 bệnh viện", "37", 37, "count", "bệnh viện", subject="bệnh viện tâm thần tuyến tỉnh"),
    fig("khoảng 9.600 giường", "9.600", 9600, "count", "giường bệnh", approx="about",
        subject="giường bệnh của các bệnh viện tâm thần"),
    fig("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", total=63,
        subject="tỉnh, thành phố có khoa hoặc bệnh viện tâm thần"),
    fig("hai bệnh viện tuyến", "hai", 2, "count", "bệnh viện", optional=True,
        subject="bệnh viện tuyến trung ương"),
    fig("cho 8.350", "8.350", 8350, "count", "lượt người bệnh",
        subject="lượt người bệnh điều trị nội trú tại Bệnh viện Tâm thần Trung ương 1", period=Y22),
    fig("và 7.920", "7.920", 7920, "count", "lượt người bệnh",
        subject="lượt người bệnh điều trị nội trú tại Bệnh viện Tâm thần Trung ương 2", period=Y22),
    fig("khoảng 1.100 bác sĩ", "1.100", 1100, "count", "bác sĩ", approx="about",
        subject="bác sĩ chuyên khoa tâm thần"),
    fig("bình quân 1,1", "1,1", 1.1, "measure", "bác sĩ/100.000 dân",
        subject="bác sĩ chuyên khoa tâm thần bình quân trên dân số"),
    fig("khoảng 40%", "40", 40, "percent", "%", approx="about",
        subject="bệnh viện tâm thần tuyến tỉnh chưa có chuyên gia tâm lý lâm sàng"),
    fig("hơn 12.000 cuộc", "12.000", 12000, "count", "cuộc gọi", approx="over",
        subject="cuộc gọi tổng đài hỗ trợ tâm lý đã tiếp nhận", period=ASOF),
    fig("khoảng 30%", "30", 30, "percent", "%", approx="about",
        subject="cuộc gọi liên quan đến trầm cảm, ý định tự sát", period=ASOF),
    fig("phấn đấu 50%", "50", 50, "percent", "%", status="target",
        subject="người mắc trầm cảm được phát hiện sớm", period=T25),
    fig("đạt 80%", "80", 80, "percent", "%", status="target",
        subject="tỷ lệ người mắc trầm cảm được phát hiện sớm", period=T30),
]

NOTES = [
    "Ministry site (Bộ Y tế), national: location Việt Nam throughout. 'Ngày đăng: 09/10/2023 | Lượt xem: 1.382' (published; counter is furniture).",
    "'khoảng 14 triệu người …, tương đương gần 15% dân số' → count with share 15. The two '% dân số' after 'trong đó' are percent figures (no total: other unit).",
    "Distractors: 'Bệnh viện Tâm thần Trung ương 1/2' (names), '1800 599 920' (hotline number), 'Quyết định số 155/QĐ-TTg', '138A Giảng Võ',",
    "'tháng 10/2022' (start of a service), '100.000 dân' (rate denominator, part of the unit). 'hai bệnh viện tuyến trung ương' restates the 2 (optional).",
    "'lần lượt … 8.350 và 7.920': list items take the list's indicator plus the hospital they stand for (hospitals are not places).",
    "Targets: 'đến năm 2025 phấn đấu 50%'; 'đến năm 2030, tỷ lệ này đạt 80%' continues the cue (target), end-only periods.",
]

if __name__ == "__main__":
    write("p1140-4", TEXT, NOTES, FIGS, published="2023-10-09", location="Việt Nam")
