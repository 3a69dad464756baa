"""p1299-2: district portal (huyện Đức Hòa, Long An): firms in the first half of 2024, a garment firm back at work."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA
Trang chủ / Tin tức - Sự kiện / Kinh tế

Doanh nghiệp quay trở lại hoạt động tăng mạnh

16/07/2024 - 08:45

Theo Phòng Tài chính - Kế hoạch huyện Đức Hòa, 6 tháng đầu năm 2024, trên địa bàn huyện có 146 doanh nghiệp thành lập mới với tổng vốn đăng ký trên 1.850 tỷ đồng; 57 doanh nghiệp quay trở lại hoạt động, gấp 1,5 lần cùng kỳ năm 2023. Số doanh nghiệp tạm ngừng kinh doanh là 38, giảm 9 doanh nghiệp so với cùng kỳ; 11 doanh nghiệp hoàn tất thủ tục giải thể.

Điển hình là Công ty TNHH May mặc Phúc Khang tại xã Đức Hòa Hạ. Sau hơn một năm tạm ngừng hoạt động do thiếu đơn hàng, công ty đã quay trở lại sản xuất và gọi lại khoảng 320 công nhân, trong đó 250 lao động nữ. Thu nhập của công nhân từ 7,5 đến 8,5 triệu đồng/người/tháng. Doanh thu quý II của công ty ước đạt 42 tỷ đồng, đơn hàng áo khoác mã PK-2024 đã kín đến hết năm.

Tổ công tác hỗ trợ doanh nghiệp của huyện đã tổ chức 4 buổi đối thoại, thu hút hơn 200 lượt doanh nghiệp tham dự. Hiện toàn huyện có 3.412 doanh nghiệp đang hoạt động, đứng thứ hai toàn tỉnh. Huyện phấn đấu cả năm 2024 có từ 280 đến 300 doanh nghiệp thành lập mới.

Nguồn: Phòng Tài chính - Kế hoạch huyện

Tin khác:
- Đức Hòa triển khai Luật Doanh nghiệp năm 2020
- Gặp gỡ doanh nghiệp Khu công nghiệp Tân Đức giai đoạn 2

Địa chỉ: Khu phố 3, thị trấn Hậu Nghĩa, huyện Đức Hòa, tỉnh Long An | ĐT: 0272.3851.209
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Q2 = per("quý II", "2024-04-01", "2024-06-30")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("có 146 doanh nghiệp", "146", 146, "count", "doanh nghiệp",
        subject="doanh nghiệp thành lập mới", period=H1),
    fig("trên 1.850 tỷ", "1.850", 1850e9, "money", "đồng", approx="over",
        subject="tổng vốn đăng ký của doanh nghiệp thành lập mới", period=H1),
    fig("57 doanh nghiệp", "57", 57, "count", "doanh nghiệp",
        change=chg("increase", 1.5, "lần", "cùng kỳ năm 2023"),
        subject="doanh nghiệp quay trở lại hoạt động", period=H1),
    fig("là 38,", "38", 38, "count", "doanh nghiệp",
        change=chg("decrease", 9, "doanh nghiệp", "cùng kỳ"),
        subject="số doanh nghiệp tạm ngừng kinh doanh", period=inh(H1)),
    fig("11 doanh nghiệp", "11", 11, "count", "doanh nghiệp",
        subject="doanh nghiệp hoàn tất thủ tục giải thể", period=inh(H1)),
    fig("hơn một năm", "một", 1, "measure", "năm", approx="over",
        subject="thời gian công ty tạm ngừng hoạt động", optional=True),
    fig("khoảng 320 công nhân", "320", 320, "count", "công nhân", approx="about",
        subject="công nhân công ty gọi lại"),
    fig("250 lao động", "250", 250, "count", "lao động", total=320,
        subject="lao động nữ"),
    fig("từ 7,5 đến", "7,5", 7.5e6, "money", "đồng/người/tháng", value_max=8.5e6,
        subject="thu nhập của công nhân"),
    fig("ước đạt 42 tỷ", "42", 42e9, "money", "đồng", status="estimate",
        subject="doanh thu quý II của công ty", period=Q2),
    fig("4 buổi", "4", 4, "count", "buổi đối thoại",
        subject="buổi đối thoại Tổ công tác hỗ trợ doanh nghiệp tổ chức"),
    fig("hơn 200 lượt", "200", 200, "count", "lượt doanh nghiệp", approx="over",
        subject="lượt doanh nghiệp tham dự đối thoại"),
    fig("có 3.412 doanh nghiệp", "3.412", 3412, "count", "doanh nghiệp",
        subject="doanh nghiệp đang hoạt động"),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng",
        subject="số doanh nghiệp đang hoạt động"),
    fig("từ 280 đến", "280", 280, "count", "doanh nghiệp", value_max=300, status="target",
        subject="doanh nghiệp thành lập mới", period=Y24),
]

NOTES = [
    "District portal (huyện Đức Hòa, Long An): banner naming the district, '16/07/2024 - 08:45' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 08:45, 'Luật Doanh nghiệp năm 2020', 'Khu công nghiệp Tân Đức giai đoạn 2', 'Khu phố 3', phone 0272.3851.209, product code 'PK-2024'.",
    "Every figure describes the district, so location Đức Hòa (the commune Đức Hòa Hạ is below a district). 'gấp 1,5 lần cùng kỳ' is a change in lần.",
    "'Số doanh nghiệp tạm ngừng kinh doanh là 38, giảm 9 doanh nghiệp so với cùng kỳ': unit from the subject; change in doanh nghiệp.",
    "'khoảng 320 công nhân, trong đó 250 lao động nữ': total 320. 'Sau hơn một năm tạm ngừng' is a duration of the firm's pause: optional.",
    "'Hiện' figures (3.412, rank) and the dialogue counts have no stated period. 'phấn đấu cả năm 2024 có từ 280 đến 300': target range.",
]

if __name__ == "__main__":
    write("p1299-2", TEXT, NOTES, FIGS, published="2024-07-16", location="Đức Hòa")
