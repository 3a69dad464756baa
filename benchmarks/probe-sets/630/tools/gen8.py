from lib import fig, per, inh, chg, emit

TEXT = """Cổng thông tin điện tử thành phố Đà Nẵng
Tin tức > Kinh tế - Xã hội

Sàn giao dịch việc làm kết nối thành công hơn 6.100 lượt lao động trong năm 2023

Ngày cập nhật 28/12/2023

Năm 2023, Trung tâm Dịch vụ việc làm thành phố đã tổ chức 58 phiên giao dịch việc làm, trong đó có 52 phiên định kỳ vào thứ Tư hằng tuần và 6 phiên chuyên đề. Các phiên thu hút 1.380 lượt doanh nghiệp với 45.300 vị trí tuyển dụng; 14.860 lao động đăng ký tìm việc, kết nối thành công 6.120 lượt người, đạt 41,2% số lao động đăng ký.

Trung tâm cũng tổ chức 12 phiên giao dịch việc làm trực tuyến kết nối với các tỉnh miền Trung - Tây Nguyên, với 215 lượt doanh nghiệp tham gia.

Trong năm, Trung tâm tiếp nhận 19.870 hồ sơ đề nghị hưởng trợ cấp thất nghiệp, tăng 15,3% so với năm 2022; số tiền chi trả ước đạt 412,5 tỷ đồng. Mức hưởng bình quân khoảng 4,1 triệu đồng/người/tháng. Các quận có số người hưởng nhiều nhất là Liên Chiểu, Cẩm Lệ và Hải Châu, lần lượt là 4.215, 3.108 và 2.874 người.

Tỷ lệ thất nghiệp khu vực thành thị của thành phố năm 2023 ước khoảng 3,1%, giảm 0,2 điểm phần trăm so với năm 2022.

Năm 2024, Trung tâm phấn đấu kết nối việc làm cho 6.500 lượt người; đến năm 2025, có 50% lao động tìm việc qua sàn giao dịch việc làm được kết nối thành công.

Trung tâm Dịch vụ việc làm Đà Nẵng: số 5 Nguyễn Thị Minh Khai, quận Hải Châu; đường dây nóng 0236.3656.555.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
TN = per("Trong năm", "2023-01-01", "2023-12-31")
HUONG = "người hưởng trợ cấp thất nghiệp"

FIGS = [
    fig("hơn 6.100 lượt", "6.100", 6100, "count", "lượt lao động", approx="over",
        subject="lượt lao động được sàn giao dịch việc làm kết nối thành công",
        period=per("trong năm 2023", "2023-01-01", "2023-12-31")),
    fig("tổ chức 58 phiên", "58", 58, "count", "phiên",
        subject="phiên giao dịch việc làm", period=Y23),
    fig("có 52 phiên", "52", 52, "count", "phiên", total=58,
        subject="phiên giao dịch việc làm định kỳ", period=Y23),
    fig("và 6 phiên", "6", 6, "count", "phiên", total=58,
        subject="phiên giao dịch việc làm chuyên đề", period=Y23),
    fig("1.380 lượt doanh nghiệp", "1.380", 1380, "count", "lượt doanh nghiệp",
        subject="lượt doanh nghiệp tham gia các phiên", period=inh(Y23)),
    fig("45.300 vị trí", "45.300", 45300, "count", "vị trí tuyển dụng",
        subject="vị trí tuyển dụng", period=inh(Y23)),
    fig("14.860 lao động", "14.860", 14860, "count", "lao động",
        subject="lao động đăng ký tìm việc", period=inh(Y23)),
    fig("6.120 lượt người", "6.120", 6120, "count", "lượt người", percent=41.2,
        subject="lượt người kết nối việc làm thành công", period=inh(Y23)),
    fig("tổ chức 12 phiên", "12", 12, "count", "phiên",
        subject="phiên giao dịch việc làm trực tuyến", period=inh(Y23)),
    fig("215 lượt doanh nghiệp", "215", 215, "count", "lượt doanh nghiệp",
        subject="lượt doanh nghiệp tham gia phiên giao dịch việc làm trực tuyến", period=inh(Y23)),
    fig("nhận 19.870 hồ sơ", "19.870", 19870, "count", "hồ sơ",
        change=chg("increase", 15.3, baseline="năm 2022"),
        subject="hồ sơ đề nghị hưởng trợ cấp thất nghiệp", period=TN),
    fig("ước đạt 412,5 tỷ", "412,5", 412500000000, "money", "đồng", status="estimate",
        subject="số tiền chi trả trợ cấp thất nghiệp", period=TN),
    fig("khoảng 4,1 triệu", "4,1", 4100000, "money", "đồng/người/tháng", approx="about",
        subject="mức hưởng trợ cấp thất nghiệp bình quân", period=inh(TN)),
    fig("là 4.215,", "4.215", 4215, "count", "người", subject=HUONG, period=inh(TN), location="Liên Chiểu"),
    fig("3.108 và", "3.108", 3108, "count", "người", subject=HUONG, period=inh(TN), location="Cẩm Lệ"),
    fig("2.874 người", "2.874", 2874, "count", "người", subject=HUONG, period=inh(TN), location="Hải Châu"),
    fig("ước khoảng 3,1%", "3,1", 3.1, "percent", "%", approx="about", status="estimate",
        change=chg("decrease", 0.2, unit="điểm phần trăm", baseline="năm 2022"),
        subject="tỷ lệ thất nghiệp khu vực thành thị", period=per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("cho 6.500 lượt", "6.500", 6500, "count", "lượt người", status="target",
        subject="lượt người được kết nối việc làm", period=per("Năm 2024", "2024-01-01", "2024-12-31")),
    fig("có 50%", "50", 50, "percent", "%", status="target",
        subject="tỷ lệ lao động tìm việc qua sàn giao dịch việc làm được kết nối thành công",
        period=per("đến năm 2025", None, "2025-12-31")),
]

COMMENTS = [
    "Cổng TTĐT thành phố Đà Nẵng (city portal), 'Ngày cập nhật 28/12/2023' (no time): sàn giao dịch việc làm năm 2023 (invented).",
    "52 + 6 = 58 phiên after 'trong đó' → totals. '6.120 lượt người, đạt 41,2% số lao động đăng ký' → percent attribute.",
    "'Trong năm' takes 2023 from 'Năm 2023' earlier. 'ước đạt 412,5 tỷ' → estimate; the average benefit is its own sentence (actual).",
    "'lần lượt là 4.215, 3.108 và 2.874 người' → three figures, the quận in location, subject = the list's indicator.",
    "3,1% is a level with a change in điểm phần trăm ('ước khoảng' → estimate, about).",
    "'phấn đấu' → target for 6.500; 'đến năm 2025, có 50% …' continues the target clause.",
    "Not figures: 'thứ Tư hằng tuần', address 'số 5 Nguyễn Thị Minh Khai, quận Hải Châu', hotline 0236.3656.555.",
]

emit("p630-8", TEXT, COMMENTS, FIGS, published="2023-12-28", location="Đà Nẵng")
