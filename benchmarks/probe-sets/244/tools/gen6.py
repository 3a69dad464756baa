from lib import *

A = """Số hóa > Viễn thông
Thứ Hai, 15/7/2024, 14:20 (GMT+7)

Hơn 1,2 triệu thuê bao bị khóa hai chiều vì chưa chuẩn hóa thông tin

Sau đợt rà soát quý II/2024, các nhà mạng đã khóa hai chiều hơn 1,2 triệu thuê bao di động có thông tin không trùng khớp với Cơ sở dữ liệu quốc gia về dân cư.

Theo Cục Viễn thông (Bộ TT&TT), trong quý II/2024, các doanh nghiệp đã gửi tin nhắn thông báo tới khoảng 4,5 triệu thuê bao; trong số này, 2,1 triệu thuê bao đã đến cửa hàng chuẩn hóa, đạt 46,7%. Số thuê bao bị khóa một chiều là 1,86 triệu, trong đó 640.000 thuê bao sau đó đã chuẩn hóa và được mở lại.

Theo từng nhà mạng, số thuê bao bị khóa hai chiều lần lượt là: Viettel 512.000, VinaPhone 348.000, MobiFone 261.000 và Vietnamobile 93.000.

Tính đến ngày 30/6/2024, cả nước có khoảng 126,3 triệu thuê bao đã được đối soát, trong đó 98,6% có thông tin trùng khớp. Riêng nhóm thuê bao đứng tên doanh nghiệp, tỷ lệ chuẩn hóa mới đạt 72,4%, thấp hơn 17,6% so với chỉ tiêu. Các nhà mạng chi khoảng 320 tỷ đồng cho công tác chuẩn hóa trong 6 tháng đầu năm, tăng gần 40% so với cùng kỳ.

Theo dự thảo Nghị định thay thế Nghị định 49/2017/NĐ-CP, mỗi cá nhân chỉ được đăng ký tối đa 10 số thuê bao di động; từ số thứ 11 trở đi phải ký hợp đồng trực tiếp tại điểm giao dịch (Điều 15).

Người dùng có thể kiểm tra thông tin bằng cách soạn tin TTTB gửi 1414 hoặc gọi tổng đài 18008098.

Lưu Quý
12 bình luận
"""

Q2 = lambda inh=False, text="quý II/2024": Q(text, 2, 2024, inh)
T6 = lambda inh=False: ASOF("Tính đến ngày 30/6/2024", 2024, 6, 30, inh)
F = [
    fig("Hơn 1,2 triệu thuê bao bị", "1,2", 1.2e6, "count", "thuê bao", "thuê bao bị khóa hai chiều",
        approx="over", period=Q2(True)),
    fig("hai chiều hơn 1,2 triệu", "1,2", 1.2e6, "count", "thuê bao di động",
        "thuê bao di động bị khóa hai chiều có thông tin không trùng khớp", approx="over", period=Q2()),
    fig("khoảng 4,5 triệu", "4,5", 4.5e6, "count", "thuê bao", "thuê bao được gửi tin nhắn thông báo",
        approx="about", period=Q2(text="trong quý II/2024")),
    fig("này, 2,1 triệu", "2,1", 2.1e6, "count", "thuê bao", "thuê bao đã đến cửa hàng chuẩn hóa",
        total=4.5e6, percent=46.7, period=Q2(text="trong quý II/2024")),
    fig("là 1,86 triệu", "1,86", 1.86e6, "count", "thuê bao", "Số thuê bao bị khóa một chiều",
        period=Q2(True)),
    fig("640.000 thuê bao", "640.000", 640000, "count", "thuê bao", "thuê bao đã chuẩn hóa và được mở lại",
        total=1.86e6, period=Q2(True)),
    fig("Viettel 512.000", "512.000", 512000, "count", "thuê bao", "số thuê bao bị khóa hai chiều", period=Q2(True)),
    fig("VinaPhone 348.000", "348.000", 348000, "count", "thuê bao", "số thuê bao bị khóa hai chiều", period=Q2(True)),
    fig("MobiFone 261.000", "261.000", 261000, "count", "thuê bao", "số thuê bao bị khóa hai chiều", period=Q2(True)),
    fig("Vietnamobile 93.000", "93.000", 93000, "count", "thuê bao", "số thuê bao bị khóa hai chiều", period=Q2(True)),
    fig("khoảng 126,3 triệu", "126,3", 126.3e6, "count", "thuê bao", "thuê bao đã được đối soát",
        approx="about", period=T6()),
    fig("trong đó 98,6%", "98,6", 98.6, "percent", "%", "thuê bao có thông tin trùng khớp", period=T6()),
    fig("mới đạt 72,4%", "72,4", 72.4, "percent", "%", "tỷ lệ chuẩn hóa nhóm thuê bao đứng tên doanh nghiệp",
        change=chg("decrease", 17.6, "%", "chỉ tiêu"), period=T6(True)),
    fig("khoảng 320 tỷ", "320", 320e9, "money", "đồng", "chi cho công tác chuẩn hóa", approx="about",
        change=chg("increase", 40, "%", "cùng kỳ", approx="nearly"), period=FIRST("6 tháng đầu năm", 6, 2024)),
    fig("tối đa 10 số", "10", 10, "count", "số thuê bao di động", "số thuê bao di động mỗi cá nhân được đăng ký",
        approx="at_most", optional=True),
    fig("số thứ 11", "11", 11, "rank", "hạng", optional=True),
]
C = [
    "National press (VnExpress-style 'Số hóa'), 'Thứ Hai, 15/7/2024, 14:20 (GMT+7)' dateline, byline and comment count at the end. SIM clean-up, national: Việt Nam.",
    "Headline 'Hơn 1,2 triệu' is a figure of its own; its period stands in the lead (inherited). 'khoảng 4,5 triệu …; trong số này, 2,1 triệu …, đạt 46,7%':",
    "total 4,5 triệu and percent 46.7. '1,86 triệu, trong đó 640.000': total. Enterprise list after 'lần lượt là:' has no whole before the colon: no total.",
    "'trong đó 98,6% có thông tin trùng khớp': a percent after trong đó has no whole (as h01). 'thấp hơn 17,6% so với chỉ tiêu': change, baseline chỉ tiêu.",
    "'tăng gần 40% so với cùng kỳ': change with approx nearly. '6 tháng đầu năm' takes 2024 from the earlier dates.",
    "Optional: 'tối đa 10 số' (a legal limit in a draft), 'số thứ 11' (an ordinal in a rule). Distractors: Nghị định 49/2017/NĐ-CP, Điều 15,",
    "short code 1414, tổng đài 18008098, '12 bình luận', GMT+7.",
]
write(6, A, F, C, published="2024-07-15", location="Việt Nam")
