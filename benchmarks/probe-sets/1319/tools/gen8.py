"""p1319-8: news agency (TTXVN): green last-mile delivery and parcel lockers in TP Hồ Chí Minh, 10 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """THÔNG TẤN XÃ VIỆT NAM
Kinh tế | Thứ Hai, 18/11/2024 16:20

TP Hồ Chí Minh: Giao hàng xanh và tủ nhận hàng thông minh phát triển nhanh

TP Hồ Chí Minh (TTXVN) - Theo Sở Thông tin và Truyền thông TP Hồ Chí Minh, 10 tháng năm 2024, sản lượng bưu gửi trên địa bàn thành phố đạt khoảng 610 triệu bưu gửi, chiếm gần 30% sản lượng cả nước; doanh thu bưu chính đạt 19.800 tỷ đồng, tăng 16,2% so với cùng kỳ.

Hiện thành phố có hơn 1.300 tủ nhận hàng thông minh (locker) đặt tại chung cư, nhà ga tuyến metro số 1 và tòa nhà văn phòng, tăng gấp ba so với cuối năm 2023. Mỗi tủ có từ 24 đến 60 ngăn, người dân có thể nhận hàng 24/7.

Công ty TNHH Giao hàng Xanh Phương Nam hiện vận hành 890 phương tiện chạy điện, chiếm 35% tổng số phương tiện của doanh nghiệp, gồm 850 xe máy điện và 40 xe tải điện. Từ đầu năm đến nay, đội xe điện đã giao khoảng 22 triệu đơn hàng, giúp giảm phát thải khoảng 2.900 tấn CO2. Doanh nghiệp đặt mục tiêu đến năm 2026 điện hóa 100% đội xe giao hàng nội thành.

Thành phố phấn đấu đến năm 2025 có ít nhất 50% bưu gửi nội thành được giao bằng phương tiện xanh và rút ngắn thời gian giao hàng nội thành xuống dưới 4 giờ. Theo khảo sát của Sở, chi phí giao hàng chặng cuối hiện chiếm khoảng 41-53% tổng chi phí logistics của doanh nghiệp thương mại điện tử.

Bà Nguyễn Thị Mai Lan, Phó Giám đốc Sở cho biết, thành phố sẽ hướng dẫn doanh nghiệp triển khai Quyết định số 2150/QĐ-UBND về phát triển logistics xanh, ưu tiên bố trí điểm sạc tại các bãi xe ở Quận 7 và TP Thủ Đức.

(Thu Hương/TTXVN)
"""

M10 = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-11-18")
T26 = per("đến năm 2026", None, "2026-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("khoảng 610 triệu", "610", 610e6, "count", "bưu gửi", approx="about", percent=30,
        subject="sản lượng bưu gửi trên địa bàn thành phố", period=M10),
    fig("đạt 19.800 tỷ", "19.800", 19800e9, "money", "đồng",
        change=chg("increase", 16.2, "%", "cùng kỳ"), subject="doanh thu bưu chính", period=M10),
    fig("hơn 1.300 tủ", "1.300", 1300, "count", "tủ", approx="over",
        change=chg("increase", 3, "lần", "cuối năm 2023"),
        subject="tủ nhận hàng thông minh (locker)"),
    fig("từ 24 đến 60 ngăn", "24", 24, "count", "ngăn", value_max=60, subject="ngăn của mỗi tủ"),
    fig("hành 890 phương", "890", 890, "count", "phương tiện", percent=35,
        subject="phương tiện chạy điện Công ty TNHH Giao hàng Xanh Phương Nam vận hành"),
    fig("gồm 850 xe", "850", 850, "count", "xe máy điện", total=890, subject="xe máy điện"),
    fig("và 40 xe", "40", 40, "count", "xe tải điện", total=890, subject="xe tải điện"),
    fig("khoảng 22 triệu", "22", 22e6, "count", "đơn hàng", approx="about",
        subject="đơn hàng đội xe điện đã giao", period=YTD),
    fig("khoảng 2.900 tấn", "2.900", 2900, "measure", "tấn", approx="about",
        subject="phát thải CO2 giảm được", period=YTD),
    fig("điện hóa 100%", "100", 100, "percent", "%", status="target",
        subject="đội xe giao hàng nội thành điện hóa", period=T26),
    fig("ít nhất 50%", "50", 50, "percent", "%", approx="at_least", status="target",
        subject="bưu gửi nội thành được giao bằng phương tiện xanh", period=T25),
    fig("dưới 4 giờ", "4", 4, "measure", "giờ", approx="under", status="target",
        subject="thời gian giao hàng nội thành", period=T25),
    fig("khoảng 41-53%", "41", 41, "percent", "%", value_max=53, approx="about",
        subject="tỷ trọng chi phí giao hàng chặng cuối trong tổng chi phí logistics của doanh nghiệp thương mại điện tử"),
]

NOTES = [
    "News agency (TTXVN): agency banner, 'Thứ Hai, 18/11/2024 16:20', place-and-agency lead '(TTXVN) -', byline '(Thu Hương/TTXVN)'.",
    "Distractors: 16:20, 'tuyến metro số 1', '24/7' (not a fraction), 'CO2', 'cuối năm 2023' (baseline), Quyết định số 2150/QĐ-UBND, 'Quận 7'.",
    "All figures describe TP Hồ Chí Minh (the firm has no other place); Quận 7 / TP Thủ Đức only name sites for chargers.",
    "'khoảng 610 triệu bưu gửi, chiếm gần 30% sản lượng cả nước' → percent attribute 30 of 610 triệu; location stays TP Hồ Chí Minh.",
    "'tăng gấp ba so với cuối năm 2023' → change increase 3 lần. 'Mỗi tủ có từ 24 đến 60 ngăn' → count range (per locker, not a time rate).",
    "'890 phương tiện ..., chiếm 35% ..., gồm 850 ... và 40 ...' → percent 35 of 890; parts total 890.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-11-18. Targets: 'mục tiêu đến năm 2026', 'phấn đấu đến năm 2025' (both clauses).",
    "'chi phí giao hàng chặng cuối hiện chiếm khoảng 41-53%' → percent range, about; no base amount in the sentence.",
]

if __name__ == "__main__":
    write("p1319-8", TEXT, NOTES, FIGS, published="2024-11-18", location="TP Hồ Chí Minh")
