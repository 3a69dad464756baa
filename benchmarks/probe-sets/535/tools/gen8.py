"""p535-8: provincial newspaper (Báo Đà Nẵng), byline with time and date; Da Nang port 2023 results."""
from lib import fig, per, inh, ch, tg, emit

TEXT = """Báo Đà Nẵng > Kinh tế

Cảng Đà Nẵng vượt mốc 14 triệu tấn hàng hóa

HOÀNG HIỆP 07:15, 27/12/2023

Năm 2023, sản lượng hàng hóa thông qua Cảng Đà Nẵng ước đạt 14,3 triệu tấn, tăng 11% so với năm 2022 và vượt 6% kế hoạch. Trong đó, hàng xuất khẩu đạt 5,2 triệu tấn, chiếm 36,4%; hàng container đạt 680.000 TEU, tăng 7,5%. Doanh thu của cảng ước đạt 1.150 tỷ đồng, lợi nhuận trước thuế khoảng 420 tỷ đồng.

Tổng số lượt tàu cập cảng là 2.650 lượt, trong đó có 58 lượt tàu khách quốc tế với khoảng 86.000 lượt hành khách. Với kết quả này, Cảng Đà Nẵng xếp thứ 5 trong 34 cảng biển cả nước về sản lượng container.

Dự án mở rộng bến cảng Tiên Sa giai đoạn 2 có tổng mức đầu tư 1.280 tỷ đồng; đến nay đã giải ngân 702 tỷ đồng, đạt 54,8%. Dự kiến đến năm 2025, cảng hoàn thành thêm 2 cầu cảng với tổng chiều dài 660 m, nâng công suất toàn cảng lên 16-17 triệu tấn/năm.

Ông Nguyễn Hữu Sia, Tổng Giám đốc Công ty CP Cảng Đà Nẵng cho biết, năm 2024 cảng đặt mục tiêu sản lượng đạt 15 triệu tấn, trong đó hàng container khoảng 720.000 TEU. Để giảm chi phí cho chủ hàng, cảng giữ nguyên giá dịch vụ xếp dỡ, đồng thời miễn phí lưu bãi 5 ngày đầu đối với container hàng xuất khẩu.

Tàu container chạy tuyến Đà Nẵng - Hong Kong - Thâm Quyến cập bến số 5 vào mỗi thứ 3 hàng tuần. Thông tin chi tiết liên hệ: Cảng Đà Nẵng, số 26 Bạch Đằng; điện thoại 0236.3822.513.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("vượt mốc 14 triệu tấn", "14", 14e6, "measure", "tấn", "hàng hóa qua Cảng Đà Nẵng", approx="over"),
    fig("ước đạt 14,3 triệu tấn", "14,3", 14.3e6, "measure", "tấn", "sản lượng hàng hóa thông qua Cảng Đà Nẵng", Y23,
        change=ch("increase", 11, baseline="năm 2022"), status="estimate"),
    fig("vượt 6% kế hoạch", "6", 6, "percent", "%", "sản lượng hàng hóa thông qua Cảng Đà Nẵng vượt kế hoạch", Y23,
        status="estimate", optional=True),
    fig("đạt 5,2 triệu tấn", "5,2", 5.2e6, "measure", "tấn", "hàng xuất khẩu", inh(Y23),
        total=14.3e6, percent=36.4, status="estimate"),
    fig("đạt 680.000 TEU", "680.000", 680000, "measure", "TEU", "hàng container", inh(Y23),
        change=ch("increase", 7.5), status="estimate"),
    fig("ước đạt 1.150 tỷ đồng", "1.150", 1150e9, "money", "đồng", "doanh thu của cảng", inh(Y23), status="estimate"),
    fig("khoảng 420 tỷ đồng", "420", 420e9, "money", "đồng", "lợi nhuận trước thuế", inh(Y23),
        approx="about", status="estimate"),
    fig("là 2.650 lượt", "2.650", 2650, "count", "lượt", "lượt tàu cập cảng", inh(Y23)),
    fig("có 58 lượt", "58", 58, "count", "lượt", "lượt tàu khách quốc tế cập cảng", inh(Y23), total=2650),
    fig("khoảng 86.000 lượt", "86.000", 86000, "count", "lượt hành khách", "hành khách tàu khách quốc tế",
        inh(Y23), approx="about"),
    fig("xếp thứ 5", "5", 5, "rank", "hạng", "sản lượng container", total=34),
    fig("tư 1.280 tỷ đồng", "1.280", 1280e9, "money", "đồng",
        "tổng mức đầu tư dự án mở rộng bến cảng Tiên Sa giai đoạn 2"),
    fig("giải ngân 702 tỷ đồng", "702", 702e9, "money", "đồng",
        "vốn giải ngân dự án mở rộng bến cảng Tiên Sa giai đoạn 2",
        per("đến nay", None, "2023-12-27"), percent=54.8),
    fig("thêm 2 cầu cảng", "2", 2, "count", "cầu cảng", "cầu cảng hoàn thành thêm", T25, status="forecast"),
    fig("dài 660 m", "660", 660, "measure", "m", "tổng chiều dài cầu cảng hoàn thành thêm", T25, status="forecast"),
    fig("lên 16-17 triệu tấn/năm", "16", 16e6, "measure", "tấn/năm", "công suất toàn cảng", T25,
        value_max=17e6, status="forecast"),
    fig("đạt 15 triệu tấn", "15", 15e6, "measure", "tấn", "sản lượng hàng hóa của cảng", Y24, status="target"),
    fig("khoảng 720.000 TEU", "720.000", 720000, "measure", "TEU", "hàng container", Y24,
        approx="about", status="target"),
    fig("lưu bãi 5 ngày", "5", 5, "measure", "ngày", "thời gian miễn phí lưu bãi đối với container hàng xuất khẩu",
        optional=True),
]

COMMENTS = [
    "Báo Đà Nẵng: Cảng Đà Nẵng năm 2023 — sản lượng, container, doanh thu, lượt tàu, xếp hạng, dự án Tiên Sa giai đoạn 2, mục tiêu 2024.",
    "Byline with time and date 'HOÀNG HIỆP 07:15, 27/12/2023' gives published; location Đà Nẵng.",
    "'tăng 11% so với năm 2022 và vượt 6% kế hoạch': the first change is the attribute, the second one an optional percent figure.",
    "'Trong đó, hàng xuất khẩu ... chiếm 36,4%' is a part (total 14,3 triệu tấn) with its percent; 680.000 TEU (another unit) has no total.",
    "'xếp thứ 5 trong 34 cảng biển' is a rank with total 34. 'đến nay' ends at the dateline. 'cảng đặt mục tiêu' → target; 'Dự kiến' → forecast.",
    "'vượt mốc 14 triệu tấn' in the headline reads as 'over'. 'miễn phí lưu bãi 5 ngày đầu' is a policy term (optional). Not figures: 'giai đoạn 2', 'bến số 5', 'thứ 3 hàng tuần', address, phone.",
]

if __name__ == "__main__":
    emit("p535-8", TEXT, COMMENTS, FIGS, published="2023-12-27", location="Đà Nẵng")
