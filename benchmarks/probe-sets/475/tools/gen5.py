"""p475-5: Báo Quảng Trị (Party newspaper), large-timber plantations and FSC certification."""
from lib import emit, fig, per, inh, chg

TEXT = """Báo Quảng Trị › Kinh tế

Phát triển rừng trồng gỗ lớn gắn với chứng chỉ FSC

QTO - Những năm gần đây, tỉnh Quảng Trị đẩy mạnh chuyển hóa rừng trồng gỗ nhỏ sang gỗ lớn, nâng cao giá trị trên mỗi ha rừng. Đến cuối năm 2023, toàn tỉnh có 24.620 ha rừng trồng gỗ lớn, chiếm 16,8% diện tích rừng trồng sản xuất; diện tích rừng được cấp chứng chỉ FSC đạt 31.850 ha, tăng gần 2,3 lần so với năm 2019.

Theo tính toán của ngành nông nghiệp, rừng keo gỗ lớn chu kỳ 10 năm cho lợi nhuận từ 180 đến 220 triệu đồng/ha. Mức lợi nhuận này gấp 1,8 lần rừng gỗ nhỏ chu kỳ 5 năm. Gỗ có chứng chỉ FSC được doanh nghiệp thu mua với giá cao hơn từ 10 đến 15% so với gỗ thường.

Năm 2023, Quảng Trị trồng mới 8.950 ha rừng tập trung, trong đó 1.240 ha trồng rừng gỗ lớn; tỷ lệ che phủ rừng đạt 50,1%. Các huyện Hướng Hóa, Gio Linh và Vĩnh Linh lần lượt có 5.310 ha, 4.870 ha và 3.960 ha rừng gỗ lớn.

Theo Nghị quyết số 05/2023/NQ-HĐND, chủ rừng chuyển hóa sang gỗ lớn được hỗ trợ 15 triệu đồng/ha; tổng kinh phí hỗ trợ giai đoạn 2024-2025 dự kiến khoảng 36 tỷ đồng. Tỉnh đặt mục tiêu đến năm 2025 nâng diện tích rừng trồng gỗ lớn lên 30.000 ha và diện tích có chứng chỉ FSC lên 40.000 ha.

Anh Hồ Văn Lâm ở thôn 3, xã Vĩnh Ô (huyện Vĩnh Linh) cho biết, gia đình anh có 6 ha keo gỗ lớn trồng từ năm 2015 dọc Quốc lộ 9, dự kiến khai thác vào năm 2025.

NGỌC TRANG
07:15, 12/03/2024
"""

ASOF = per("Đến cuối năm 2023", None, "2023-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
TO25 = per("đến năm 2025", None, "2025-12-31")
BIG = "diện tích rừng gỗ lớn"

FIGS = [
    fig("có 24.620 ha", "24.620", 24620, "measure", "ha", "diện tích rừng trồng gỗ lớn", ASOF, percent=16.8),
    fig("đạt 31.850 ha", "31.850", 31850, "measure", "ha", "diện tích rừng được cấp chứng chỉ FSC", ASOF,
        change=chg("increase", 2.3, unit="lần", baseline="năm 2019", approx="nearly")),
    fig("chu kỳ 10 năm", "10", 10, "measure", "năm", "chu kỳ rừng keo gỗ lớn", optional=True),
    fig("từ 180 đến 220 triệu đồng/ha", "180", 180e6, "money", "đồng/ha", "lợi nhuận rừng keo gỗ lớn",
        value_max=220e6),
    fig("gấp 1,8 lần", "1,8", 1.8, "multiple", "lần", "lợi nhuận rừng keo gỗ lớn so với rừng gỗ nhỏ"),
    fig("chu kỳ 5 năm", "5", 5, "measure", "năm", "chu kỳ rừng gỗ nhỏ", optional=True),
    fig("từ 10 đến 15%", "10", 10, "percent", "%", "giá thu mua gỗ có chứng chỉ FSC cao hơn gỗ thường",
        value_max=15),
    fig("trồng mới 8.950 ha", "8.950", 8950, "measure", "ha", "diện tích trồng mới rừng tập trung", Y23),
    fig("đó 1.240 ha", "1.240", 1240, "measure", "ha", "diện tích trồng rừng gỗ lớn", Y23, total=8950),
    fig("đạt 50,1%", "50,1", 50.1, "percent", "%", "tỷ lệ che phủ rừng", Y23),
    fig("có 5.310 ha", "5.310", 5310, "measure", "ha", BIG, location="Hướng Hóa"),
    fig("4.870 ha", "4.870", 4870, "measure", "ha", BIG, location="Gio Linh"),
    fig("3.960 ha", "3.960", 3960, "measure", "ha", BIG, location="Vĩnh Linh"),
    fig("hỗ trợ 15 triệu đồng/ha", "15", 15e6, "money", "đồng/ha", "mức hỗ trợ chủ rừng chuyển hóa sang gỗ lớn"),
    fig("khoảng 36 tỷ đồng", "36", 36e9, "money", "đồng", "tổng kinh phí hỗ trợ",
        per("giai đoạn 2024-2025", "2024-01-01", "2025-12-31"), approx="about", status="forecast"),
    fig("lên 30.000 ha", "30.000", 30000, "measure", "ha", "diện tích rừng trồng gỗ lớn", TO25, status="target"),
    fig("lên 40.000 ha", "40.000", 40000, "measure", "ha", "diện tích có chứng chỉ FSC", TO25, status="target"),
    fig("có 6 ha", "6", 6, "measure", "ha", "diện tích keo gỗ lớn của gia đình anh Hồ Văn Lâm", location="Vĩnh Linh"),
]

COMMENTS = [
    "Báo Quảng Trị (Party newspaper, tag QTO), byline + '07:15, 12/03/2024' at the end (= published).",
    "'Đến cuối năm 2023' is an as-of period (start null). 'tăng gần 2,3 lần so với năm 2019' is the change of 31.850 ha (lần, nearly).",
    "'gấp 1,8 lần' stands as its own sentence: a multiple. 'cao hơn từ 10 đến 15% so với gỗ thường' is the claim: percent, no change.",
    "'chu kỳ 10 năm' / 'chu kỳ 5 năm' (rotation length) optional. 'thôn 3', 'Quốc lộ 9', 'năm 2015', Nghị quyết số 05/2023/NQ-HĐND: not figures.",
    "'6 ha' of one household: a figure, location Vĩnh Linh (huyện named in the bracket).",
]

if __name__ == "__main__":
    emit("p475-5", TEXT, FIGS, COMMENTS, published="2024-03-12", location="Quảng Trị")
