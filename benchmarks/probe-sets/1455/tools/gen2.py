"""p1455-2: district portal (huyện Đức Hòa, Long An): an LED lamp plant in KCN Tân Đức."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA - TỈNH LONG AN
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Tin tức > Kinh tế

Nhà máy đèn LED ở Khu công nghiệp Tân Đức tạo việc làm cho gần 600 lao động

14/05/2024 - 08:40

Đi vào hoạt động từ tháng 3/2021 tại Khu công nghiệp Tân Đức, xã Hựu Thạnh, nhà máy của Công ty TNHH Chiếu sáng Phương Nam hiện có 4 dây chuyền lắp ráp đèn LED và một xưởng sản xuất vỏ nhôm, công suất khoảng 12 triệu sản phẩm/năm.

Năm 2023, công ty sản xuất 9,4 triệu sản phẩm, tăng 15% so với năm 2022; doanh thu đạt 418 tỷ đồng, vượt 4,5% kế hoạch; nộp ngân sách hơn 21 tỷ đồng.

Công ty đang sử dụng 586 lao động, trong đó 402 lao động nữ và khoảng ba chục kỹ sư, kỹ thuật viên. Thu nhập bình quân của công nhân từ 8,5 đến 9,2 triệu đồng/người/tháng, cao hơn khoảng 6% so với năm trước.

Năm 2024, công ty phấn đấu sản xuất 11 triệu sản phẩm, doanh thu 480 tỷ đồng; dự kiến tuyển thêm từ 80 đến 100 lao động cho dây chuyền đèn đường LED mới.

Theo Phòng Kinh tế huyện, trên địa bàn Đức Hòa hiện có 6 doanh nghiệp sản xuất thiết bị chiếu sáng, gồm 4 doanh nghiệp trong nước và 2 doanh nghiệp có vốn đầu tư nước ngoài. Quý I/2024, giá trị sản xuất của nhóm doanh nghiệp này đạt khoảng 265 tỷ đồng, chiếm 3,2% giá trị sản xuất công nghiệp toàn huyện.

Huyện phấn đấu đến năm 2025 thu hút thêm ít nhất 2 dự án sản xuất thiết bị điện, chiếu sáng vào các khu, cụm công nghiệp.

Nguồn: Phòng Kinh tế huyện Đức Hòa

Tin khác:
- Đức Hòa tổ chức Ngày hội việc làm năm 2024
- Hội nghị sơ kết Nghị quyết số 05-NQ/HU của Huyện ủy

UBND huyện Đức Hòa - Khu phố 1, thị trấn Hậu Nghĩa, huyện Đức Hòa, tỉnh Long An. Điện thoại: 0272.3851.246
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Q1 = per("Quý I/2024", "2024-01-01", "2024-03-31")
TO25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("gần 600 lao động", "600", 600, "count", "lao động", approx="nearly",
        subject="lao động nhà máy đèn LED tạo việc làm"),
    fig("có 4 dây chuyền", "4", 4, "count", "dây chuyền",
        subject="dây chuyền lắp ráp đèn LED"),
    fig("một xưởng", "một", 1, "count", "xưởng",
        subject="xưởng sản xuất vỏ nhôm"),
    fig("khoảng 12 triệu", "12", 12e6, "measure", "sản phẩm/năm", approx="about",
        subject="công suất nhà máy"),
    fig("sản xuất 9,4 triệu", "9,4", 9.4e6, "count", "sản phẩm",
        change=chg("increase", 15, "%", "năm 2022"),
        subject="sản phẩm công ty sản xuất", period=Y23),
    fig("đạt 418 tỷ", "418", 418e9, "money", "đồng",
        change=chg("increase", 4.5, "%", "kế hoạch"),
        subject="doanh thu", period=Y23),
    fig("hơn 21 tỷ", "21", 21e9, "money", "đồng", approx="over",
        subject="nộp ngân sách", period=Y23),
    fig("sử dụng 586 lao động", "586", 586, "count", "lao động",
        subject="lao động công ty đang sử dụng"),
    fig("402 lao động nữ", "402", 402, "count", "lao động", total=586,
        subject="lao động nữ"),
    fig("khoảng ba chục", "ba chục", 30, "count", "kỹ sư, kỹ thuật viên", approx="about", total=586,
        subject="kỹ sư, kỹ thuật viên"),
    fig("từ 8,5 đến 9,2", "8,5", 8.5e6, "money", "đồng/người/tháng", value_max=9.2e6,
        change=chg("increase", 6, "%", "năm trước", approx="about"),
        subject="thu nhập bình quân của công nhân"),
    fig("sản xuất 11 triệu", "11", 11e6, "count", "sản phẩm", status="target",
        subject="sản phẩm công ty sản xuất", period=Y24),
    fig("doanh thu 480 tỷ", "480", 480e9, "money", "đồng", status="target",
        subject="doanh thu", period=Y24),
    fig("từ 80 đến 100", "80", 80, "count", "lao động", value_max=100, status="forecast",
        subject="lao động tuyển thêm cho dây chuyền đèn đường LED mới", period=Y24),
    fig("có 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất thiết bị chiếu sáng"),
    fig("gồm 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", total=6,
        subject="doanh nghiệp trong nước"),
    fig("và 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp", total=6,
        subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("khoảng 265 tỷ", "265", 265e9, "money", "đồng", approx="about", percent=3.2,
        subject="giá trị sản xuất của nhóm doanh nghiệp sản xuất thiết bị chiếu sáng", period=Q1),
    fig("ít nhất 2 dự án", "2", 2, "count", "dự án", approx="at_least", status="target",
        subject="dự án sản xuất thiết bị điện, chiếu sáng thu hút thêm", period=TO25),
]

NOTES = [
    "District portal (huyện Đức Hòa, Long An): banner naming the district, menu, '14/05/2024 - 08:40' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 'tháng 3/2021' (a start date), 08:40, 'Khu phố 1', Nghị quyết số 05-NQ/HU, phone 0272.3851.246, 'năm 2024' in a link.",
    "Every figure is in Đức Hòa (the plant stands in xã Hựu Thạnh of the district): default location.",
    "'vượt 4,5% kế hoạch' is a gap to plan: change (increase 4,5%, baseline kế hoạch). 'cao hơn khoảng 6% so với năm trước' is the range's change.",
    "'trong đó 402 lao động nữ và khoảng ba chục kỹ sư' are parts of 586 lao động (ba chục = 30, approx about).",
    "'phấn đấu' governs 11 triệu and 480 tỷ (target); '; dự kiến' starts a new clause: 80-100 is forecast; 'Năm 2024' heads the sentence.",
    "'gồm 4 ... và 2 ...' are parts of 6 doanh nghiệp. 'chiếm 3,2%' is the percent attribute of 265 tỷ.",
]

if __name__ == "__main__":
    write("p1455-2", TEXT, NOTES, FIGS, published="2024-05-14", location="Đức Hòa")
