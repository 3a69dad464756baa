from lib import fig, period, inh, change, write

TEXT = """CÔNG ĐOÀN THỦ ĐÔ - Cổng thông tin Liên đoàn Lao động thành phố Hà Nội
Trang chủ » Hoạt động công đoàn » Tổ chức

9 tháng, Công đoàn Thủ đô kết nạp hơn 41.000 đoàn viên

Ngày cập nhật: 12/10/2023

9 tháng năm 2023, Liên đoàn Lao động thành phố Hà Nội đã thành lập mới 412 công đoàn cơ sở, kết nạp 41.256 đoàn viên, đạt 82,5% kế hoạch năm; trong đó khu vực doanh nghiệp ngoài nhà nước 36.870 đoàn viên. Tính đến 30/9/2023, toàn thành phố có 1.086.540 đoàn viên, tăng 2,3% so với cùng kỳ. Số đoàn viên kết nạp mới trong quý III gấp 2 lần quý II.

Quý III/2023, các cấp công đoàn đã hỗ trợ xây mới, sửa chữa 27 Mái ấm Công đoàn với tổng số tiền 1.650 triệu đồng; mức hỗ trợ lần lượt là 70 triệu đồng/nhà xây mới và 30 triệu đồng/nhà sửa chữa.

Công đoàn các cấp đã phối hợp tổ chức 58 cuộc đối thoại tại nơi làm việc, tham gia giải quyết 9 vụ ngừng việc tập thể, giảm 4 vụ so với 9 tháng năm 2022. Có 13 doanh nghiệp nợ lương, nợ bảo hiểm xã hội bị công đoàn khởi kiện ra tòa, với số tiền hơn 24,6 tỷ đồng.

Tỷ lệ công đoàn cơ sở doanh nghiệp có thỏa ước lao động tập thể đạt 68,4%, cao hơn 3,1 điểm phần trăm so với cuối năm 2022. Số thu kinh phí công đoàn 9 tháng ước đạt 1.534,8 tỷ đồng, bằng 76,7% dự toán năm.

Phấn đấu đến năm 2025, Công đoàn Thủ đô có 1,2 triệu đoàn viên và 100% doanh nghiệp từ 25 lao động trở lên thành lập công đoàn cơ sở, theo Nghị quyết Đại hội XVII Công đoàn thành phố.

Trụ sở: số 85 Trần Quốc Toản, quận Hoàn Kiếm. Đường dây nóng: 1900.1234
"""

M9 = period("9 tháng năm 2023", "2023-01-01", "2023-09-30")
ASOF = period("Tính đến 30/9/2023", end="2023-09-30")
Q3 = period("Quý III/2023", "2023-07-01", "2023-09-30")
T25 = period("đến năm 2025", end="2025-12-31")

F = [
    fig("hơn 41.000 đoàn viên", "41.000", 41000, "count", "đoàn viên", "đoàn viên Công đoàn Thủ đô kết nạp", inh(M9), approx="over"),
    fig("thành lập mới 412", "412", 412, "count", "công đoàn cơ sở", "công đoàn cơ sở thành lập mới", M9),
    fig("kết nạp 41.256 đoàn viên", "41.256", 41256, "count", "đoàn viên", "đoàn viên kết nạp mới", M9, percent=82.5),
    fig("nhà nước 36.870 đoàn viên", "36.870", 36870, "count", "đoàn viên", "đoàn viên kết nạp mới khu vực doanh nghiệp ngoài nhà nước",
        M9, total=41256),
    fig("có 1.086.540 đoàn viên", "1.086.540", 1086540, "count", "đoàn viên", "đoàn viên toàn thành phố", ASOF,
        change=change("increase", 2.3, baseline="cùng kỳ")),
    fig("gấp 2 lần", "2", 2, "multiple", "lần", "Số đoàn viên kết nạp mới trong quý III so với quý II",
        period("quý III", "2023-07-01", "2023-09-30")),
    fig("sửa chữa 27 Mái ấm", "27", 27, "count", "Mái ấm Công đoàn", "Mái ấm Công đoàn hỗ trợ xây mới, sửa chữa", Q3),
    fig("tiền 1.650 triệu", "1.650", 1_650_000_000, "money", "đồng", "tổng số tiền hỗ trợ Mái ấm Công đoàn", Q3),
    fig("là 70 triệu", "70", 70_000_000, "money", "đồng/nhà", "mức hỗ trợ nhà xây mới", Q3),
    fig("và 30 triệu", "30", 30_000_000, "money", "đồng/nhà", "mức hỗ trợ nhà sửa chữa", Q3),
    fig("tổ chức 58 cuộc", "58", 58, "count", "cuộc đối thoại", "cuộc đối thoại tại nơi làm việc", inh(M9)),
    fig("quyết 9 vụ", "9", 9, "count", "vụ", "vụ ngừng việc tập thể công đoàn tham gia giải quyết", inh(M9),
        change=change("decrease", 4, "vụ", "9 tháng năm 2022")),
    fig("Có 13 doanh nghiệp", "13", 13, "count", "doanh nghiệp", "doanh nghiệp nợ lương, nợ bảo hiểm xã hội bị công đoàn khởi kiện ra tòa",
        inh(M9)),
    fig("hơn 24,6 tỷ", "24,6", 24_600_000_000, "money", "đồng", "số tiền nợ lương, nợ bảo hiểm xã hội bị khởi kiện", inh(M9),
        approx="over"),
    fig("đạt 68,4%", "68,4", 68.4, "percent", "%", "Tỷ lệ công đoàn cơ sở doanh nghiệp có thỏa ước lao động tập thể", inh(M9),
        change=change("increase", 3.1, "điểm phần trăm", "cuối năm 2022")),
    fig("ước đạt 1.534,8 tỷ", "1.534,8", 1_534_800_000_000, "money", "đồng", "Số thu kinh phí công đoàn",
        period("9 tháng", "2023-01-01", "2023-09-30"), percent=76.7, status="estimate"),
    fig("có 1,2 triệu", "1,2", 1_200_000, "count", "đoàn viên", "đoàn viên Công đoàn Thủ đô", T25, status="target"),
    fig("và 100% doanh nghiệp", "100", 100, "percent", "%", "doanh nghiệp từ 25 lao động trở lên thành lập công đoàn cơ sở", T25,
        status="target"),
    fig("từ 25 lao động", "25", 25, "count", "lao động", "ngưỡng lao động của doanh nghiệp", T25, approx="at_least",
        status="target", optional=True),
]

NOTES = [
    "Hà Nội city union portal (Công đoàn Thủ đô), 'Ngày cập nhật: 12/10/2023': 9-month 2023 union results: new grassroots unions and",
    "members, Mái ấm Công đoàn Q3, dialogues, strikes, lawsuits over arrears, collective agreements, union-fee revenue, 2025 targets.",
    "Distractors: Nghị quyết Đại hội XVII (ordinal), số 85 Trần Quốc Toản, hotline 1900.1234, menu, 'Ngày cập nhật'.",
    "'gấp 2 lần' standing alone as the claim -> multiple (period quý III, year from the article). 'cao hơn 3,1 điểm phần trăm' is the",
    "change of the 68,4% level (not a growth rate). 'bằng 76,7% dự toán năm' is the percent of 1.534,8 tỷ; 'đạt 82,5% kế hoạch năm' of 41.256.",
    "'lần lượt là 70 … và 30 triệu đồng/nhà': two money figures (unit đồng/nhà). Threshold 'từ 25 lao động trở lên' optional.",
    "The '58 cuộc' / '9 vụ' sentence names only the baseline '9 tháng năm 2022'; its period (9 tháng năm 2023) is inherited, not scored.",
]

write("p486-8", TEXT, NOTES, F, published="2023-10-12", location="Hà Nội")
