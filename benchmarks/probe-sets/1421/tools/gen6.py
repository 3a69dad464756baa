"""p1421-6: news agency (TTXVN / Vietnam+): a private hospital in Ninh Kiều (Cần Thơ) opens expanded newborn screening."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """VIETNAM+ | Xã hội | Y tế

Cần Thơ: Bệnh viện tư nhân triển khai sàng lọc sơ sinh mở rộng

Thứ Năm, 15/8/2024 - 16:42

Cần Thơ (TTXVN) - Ngày 15/8, Bệnh viện Sản Nhi Phước An (quận Ninh Kiều, thành phố Cần Thơ) đưa vào sử dụng hệ thống xét nghiệm sàng lọc sơ sinh mở rộng, cho phép phát hiện sớm 5 bệnh bẩm sinh từ mẫu máu gót chân.

Hệ thống gồm hai máy xét nghiệm tự động với tổng vốn đầu tư hơn 8,5 tỷ đồng, công suất 300 mẫu/ngày, trả kết quả trong 5-7 ngày.

Theo bác sĩ CKII Phạm Thị Ngọc Lan, Giám đốc bệnh viện, 7 tháng đầu năm 2024, bệnh viện đã tiếp nhận 4.318 ca sinh, lấy máu gót chân cho 4.105 trẻ, đạt 95,1%, vượt 5,1% so với chỉ tiêu; sàng lọc thính lực cho 3.987 trẻ. Qua sàng lọc, bệnh viện phát hiện 72 trẻ có nguy cơ cao, chủ yếu thiếu men G6PD. Giá gói sàng lọc 5 bệnh tại bệnh viện là 590.000 đồng; trẻ sinh tại viện được giảm 10% chi phí.

Toàn thành phố Cần Thơ hiện có 9 cơ sở thực hiện lấy máu gót chân. Năm 2023, tỷ lệ trẻ sơ sinh được sàng lọc của thành phố đạt 67,3%, xếp thứ 2 khu vực Đồng bằng sông Cửu Long, sau tỉnh Vĩnh Long.

Thành phố đặt mục tiêu năm 2025 nâng tỷ lệ này lên 75% và đến năm 2030 đạt trên 90%. Người dân có nhu cầu tư vấn có thể liên hệ đường dây nóng 0292.3821.115 của Trung tâm Kiểm soát bệnh tật thành phố, số 400 đường Nguyễn Văn Cừ.

Thanh Liêm (TTXVN)
"""

S7 = per("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
NK = "Ninh Kiều"

FIGS = [
    fig("sớm 5 bệnh", "5", 5, "count", "bệnh", subject="bệnh bẩm sinh được phát hiện sớm",
        location=NK, optional=True),
    fig("gồm hai máy", "hai", 2, "count", "máy", subject="máy xét nghiệm tự động", location=NK),
    fig("hơn 8,5 tỷ", "8,5", 8.5e9, "money", "đồng", approx="over",
        subject="tổng vốn đầu tư hệ thống xét nghiệm", location=NK),
    fig("300 mẫu/ngày", "300", 300, "measure", "mẫu/ngày", subject="công suất hệ thống xét nghiệm",
        location=NK),
    fig("trong 5-7 ngày", "5", 5, "measure", "ngày", value_max=7, subject="thời gian trả kết quả",
        location=NK),
    fig("nhận 4.318 ca", "4.318", 4318, "count", "ca sinh", subject="ca sinh bệnh viện tiếp nhận",
        period=S7, location=NK),
    fig("cho 4.105 trẻ", "4.105", 4105, "count", "trẻ", percent=95.1,
        change=chg("increase", 5.1, "%", "chỉ tiêu"),
        subject="trẻ được lấy máu gót chân", period=S7, location=NK),
    fig("cho 3.987 trẻ", "3.987", 3987, "count", "trẻ", subject="trẻ được sàng lọc thính lực",
        period=S7, location=NK),
    fig("phát hiện 72 trẻ", "72", 72, "count", "trẻ", subject="trẻ có nguy cơ cao",
        period=inh(S7), location=NK),
    fig("gói sàng lọc 5 bệnh tại", "5", 5, "count", "bệnh", subject="bệnh được sàng lọc",
        location=NK, optional=True),
    fig("là 590.000 đồng", "590.000", 590000, "money", "đồng",
        subject="giá gói sàng lọc 5 bệnh tại bệnh viện", location=NK),
    fig("giảm 10%", "10", 10, "percent", "%", subject="chi phí được giảm cho trẻ sinh tại viện",
        location=NK),
    fig("có 9 cơ sở", "9", 9, "count", "cơ sở", subject="cơ sở thực hiện lấy máu gót chân"),
    fig("đạt 67,3%", "67,3", 67.3, "percent", "%",
        subject="tỷ lệ trẻ sơ sinh được sàng lọc của thành phố", period=Y23),
    fig("xếp thứ 2", "2", 2, "rank", "hạng",
        subject="tỷ lệ trẻ sơ sinh được sàng lọc khu vực Đồng bằng sông Cửu Long", period=Y23),
    fig("lên 75%", "75", 75, "percent", "%", status="target",
        subject="tỷ lệ trẻ sơ sinh được sàng lọc", period=Y25),
    fig("trên 90%", "90", 90, "percent", "%", approx="over", status="target",
        subject="tỷ lệ trẻ sơ sinh được sàng lọc", period=T30),
]

NOTES = [
    "News agency (TTXVN / Vietnam+): section path, 'Thứ Năm, 15/8/2024 - 16:42', 'Cần Thơ (TTXVN) -', byline 'Thanh Liêm (TTXVN)'.",
    "Distractors: 16:42, 'Ngày 15/8', 'CKII', hotline 0292.3821.115, 'số 400 đường Nguyễn Văn Cừ', 'G6PD', 'sau tỉnh Vĩnh Long'.",
    "Hospital passage (quận Ninh Kiều): location Ninh Kiều for its figures; city-wide figures stay Cần Thơ.",
    "'hai máy' number word; 'hơn 8,5 tỷ đồng' over; '300 mẫu/ngày' rate; 'trả kết quả trong 5-7 ngày' a turnaround time (measure, range).",
    "'lấy máu gót chân cho 4.105 trẻ, đạt 95,1%, vượt 5,1% so với chỉ tiêu': percent 95,1; 'vượt 5,1% so với chỉ tiêu' is a gap to",
    "a plan → change (increase 5,1, baseline 'chỉ tiêu'); no total (no part-of cue between 4.318 ca sinh and 4.105 trẻ).",
    "'trẻ sinh tại viện được giảm 10% chi phí' is a percent figure of its own (a discount, not a change over time).",
    "'xếp thứ 2 khu vực Đồng bằng sông Cửu Long' → rank 2, located in Cần Thơ (the region is the field of the ranking).",
    "'nâng tỷ lệ này lên 75%' / 'đến năm 2030 đạt trên 90%' → targets; subject resolves 'tỷ lệ này' to the screening rate.",
    "'5 bệnh' (capability and package labels) optional.",
]

if __name__ == "__main__":
    write("p1421-6", TEXT, NOTES, FIGS, published="2024-08-15", location="Cần Thơ")
