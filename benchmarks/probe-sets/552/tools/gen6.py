from lib import write, fig, per, inh, chg

TEXT = """Kinh doanh › Năng lượng

Thứ ba, 21/5/2024, 18:45 (GMT+7)

Tiêu thụ điện lập đỉnh mới gần 47.000 MW

Nắng nóng gay gắt kéo dài khiến nhu cầu dùng điện trên cả nước liên tục lập kỷ lục mới.

Theo Trung tâm Điều độ hệ thống điện quốc gia (A0), lúc 14h30 ngày 20/5, công suất tiêu thụ cực đại toàn hệ thống đạt 46.936 MW, cao hơn 2.650 MW so với đỉnh cũ hồi tháng 6/2023. Sản lượng tiêu thụ trong ngày đạt 978,9 triệu kWh, tăng 11,4% so với cùng ngày năm trước. Riêng điện mặt trời phát lên lưới khoảng 152 triệu kWh, chiếm 15,5%.

Tính chung 4 tháng đầu năm, sản lượng điện sản xuất toàn hệ thống đạt 97,28 tỷ kWh, tăng 12,8% so với cùng kỳ năm 2023. Trong đó, điện mặt trời đạt 9,4 tỷ kWh, chiếm 9,7%; điện gió đạt 4,1 tỷ kWh, chiếm 4,2%.

Để đáp ứng nhu cầu, EVN cho biết đã huy động tối đa các nguồn năng lượng tái tạo, trong đó có khoảng 1.400 MW điện mặt trời trước đây phải cắt giảm do quá tải lưới. Giá mua điện bình quân của 85 nhà máy năng lượng tái tạo chuyển tiếp hiện khoảng 1.184 đồng/kWh, thấp hơn giá bán lẻ điện bình quân 2.006,79 đồng/kWh.

Theo báo cáo của tổ chức Ember, năm 2023 Việt Nam xếp thứ 10 thế giới về tỷ trọng điện mặt trời trong cơ cấu sản lượng điện.

A0 dự báo nhu cầu điện các tháng cao điểm có thể tăng từ 10 đến 12% so với cùng kỳ; công suất đỉnh toàn hệ thống có thể lên tới 49.500 MW. Người dân được khuyến nghị cài đặt điều hòa ở mức 26-27 độ C và tắt thiết bị khi không sử dụng.

Minh Khôi
"""

DAY = per("ngày 20/5", "2024-05-20", "2024-05-20")
M4 = per("4 tháng đầu năm", "2024-01-01", "2024-04-30")

FIGS = [
    fig("gần 47.000 MW", "47.000", 47000, "measure", "MW", "Tiêu thụ điện lập đỉnh mới", approx="nearly"),
    fig("đạt 46.936 MW", "46.936", 46936, "measure", "MW", "công suất tiêu thụ cực đại toàn hệ thống", DAY,
        change=chg("increase", 2650, "MW", "đỉnh cũ hồi tháng 6/2023")),
    fig("đạt 978,9 triệu kWh", "978,9", 978.9e6, "measure", "kWh", "sản lượng tiêu thụ trong ngày", inh(DAY),
        change=chg("increase", 11.4, baseline="cùng ngày năm trước")),
    fig("khoảng 152 triệu kWh", "152", 152e6, "measure", "kWh", "điện mặt trời phát lên lưới", inh(DAY),
        approx="about", percent=15.5),
    fig("đạt 97,28 tỷ kWh", "97,28", 97.28e9, "measure", "kWh", "sản lượng điện sản xuất toàn hệ thống", M4,
        change=chg("increase", 12.8, baseline="cùng kỳ năm 2023")),
    fig("đạt 9,4 tỷ kWh", "9,4", 9.4e9, "measure", "kWh", "sản lượng điện mặt trời", inh(M4), total=97.28e9, percent=9.7),
    fig("đạt 4,1 tỷ kWh", "4,1", 4.1e9, "measure", "kWh", "sản lượng điện gió", inh(M4), total=97.28e9, percent=4.2),
    fig("khoảng 1.400 MW", "1.400", 1400, "measure", "MW", "công suất điện mặt trời trước đây phải cắt giảm do quá tải lưới",
        approx="about"),
    fig("của 85 nhà máy", "85", 85, "count", "nhà máy", "nhà máy năng lượng tái tạo chuyển tiếp"),
    fig("khoảng 1.184 đồng/kWh", "1.184", 1184, "money", "đồng/kWh",
        "giá mua điện bình quân của nhà máy năng lượng tái tạo chuyển tiếp", approx="about"),
    fig("bình quân 2.006,79 đồng/kWh", "2.006,79", 2006.79, "money", "đồng/kWh", "giá bán lẻ điện bình quân"),
    fig("xếp thứ 10 thế giới", "10", 10, "rank", "hạng", "tỷ trọng điện mặt trời trong cơ cấu sản lượng điện",
        per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("từ 10 đến 12%", "10", 10, "percent", "%", "nhu cầu điện các tháng cao điểm tăng so với cùng kỳ", value_max=12,
        status="forecast"),
    fig("lên tới 49.500 MW", "49.500", 49500, "measure", "MW", "công suất đỉnh toàn hệ thống", status="forecast"),
    fig("mức 26-27 độ C", "26", 26, "measure", "độ C", "nhiệt độ cài đặt điều hòa khuyến nghị", value_max=27, optional=True),
]

HEADER = [
    "National press (e-paper style): 'Thứ ba, 21/5/2024, 18:45 (GMT+7)'; công suất, sản lượng tiêu thụ điện lập đỉnh ngày 20/5/2024,",
    "sản lượng 4 tháng, giá mua điện năng lượng tái tạo chuyển tiếp, dự báo. Location Việt Nam throughout (Ember is a source).",
    "'ngày 20/5' is a one-day period (year from the dateline). 'cao hơn 2.650 MW so với đỉnh cũ' is the change of 46.936 MW.",
    "'thấp hơn giá bán lẻ điện bình quân 2.006,79 đồng/kWh' names the comparison's other value, not a difference: its own figure,",
    "and 1.184 đồng/kWh has no change. 'trong đó có khoảng 1.400 MW' follows no figure: no total. '152 triệu kWh, chiếm 15,5%':",
    "percent only ('Riêng' is no part cue). '10 đến 12%' is a forecast growth rate as the claim (no change).",
    "Not figures: '14h30', '(GMT+7)', 'tháng 6/2023', '(A0)'. The 26-27 độ C setting advice is optional.",
]

if __name__ == "__main__":
    write("p552-6", TEXT, HEADER, FIGS, published="2024-05-21", location="Việt Nam")
