"""p1189-1: province portal (Bình Dương), inspection of waste-tyre and rubber recycling facilities, 9 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Tài nguyên - Môi trường

Bình Dương: Hơn 40% cơ sở tái chế lốp phế thải được kiểm tra vi phạm môi trường

Cập nhật: 08/10/2024 14:20 | Lượt xem: 2.418

(binhduong.gov.vn) - 9 tháng đầu năm 2024, Sở Tài nguyên và Môi trường phối hợp với Công an tỉnh kiểm tra 46 cơ sở thu mua, tái chế lốp xe và cao su phế thải, tăng 11 cơ sở so với cùng kỳ năm 2023. Trong đó, 29 cơ sở sản xuất bột cao su, cao su tái sinh và 17 cơ sở nhiệt phân lốp thu hồi dầu.

Qua kiểm tra, phát hiện 19/46 cơ sở vi phạm quy định về bảo vệ môi trường, chủ yếu là xả khí thải vượt QCVN 19:2009/BTNMT và chưa có giấy phép môi trường. Cơ quan chức năng đã ban hành 19 quyết định xử phạt với tổng số tiền gần 2,37 tỷ đồng, cao hơn 41% so với cùng kỳ; đình chỉ hoạt động từ 3 đến 6 tháng đối với 4 cơ sở nhiệt phân tại huyện Bắc Tân Uyên.

Theo Sở Tài nguyên và Môi trường, toàn tỉnh hiện có khoảng 120 cơ sở thu gom, tái chế cao su phế thải, sử dụng hơn 1.600 lao động, tập trung nhiều nhất ở thị xã Tân Uyên (38 cơ sở) và TP Thủ Dầu Một (21 cơ sở). Tổng công suất tái chế ước đạt 85.000 tấn/năm. Nguyên liệu chủ yếu là lốp xe tải, lốp xe máy thu mua từ các tỉnh lân cận, chiếm khoảng 60% khối lượng đầu vào.

Năm 2023, lượng lốp xe phế thải phát sinh trên địa bàn tỉnh khoảng 31.500 tấn, gấp 1,6 lần năm 2019; tỷ lệ được thu gom, tái chế đạt 78,5% (chỉ tiêu đề ra là 75%).

Thời gian tới, tỉnh phấn đấu đến năm 2025 có 100% cơ sở tái chế cao su được cấp giấy phép môi trường, di dời 12 cơ sở xen kẽ khu dân cư vào Cụm công nghiệp Tân Lập 2. Người dân phát hiện vi phạm có thể phản ánh qua đường dây nóng 0274.3822.117.
"""

N9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
CS = "cơ sở thu mua, tái chế lốp xe và cao su phế thải được kiểm tra"

FIGS = [
    fig("Hơn 40% cơ sở", "40", 40, "percent", "%", approx="over",
        subject="cơ sở tái chế lốp phế thải được kiểm tra vi phạm môi trường"),
    fig("kiểm tra 46 cơ sở", "46", 46, "count", "cơ sở",
        change=chg("increase", 11, "cơ sở", "cùng kỳ năm 2023"), subject=CS, period=N9),
    fig("Trong đó, 29 cơ sở", "29", 29, "count", "cơ sở", total=46,
        subject="cơ sở sản xuất bột cao su, cao su tái sinh được kiểm tra", period=inh(N9)),
    fig("và 17 cơ sở", "17", 17, "count", "cơ sở", total=46,
        subject="cơ sở nhiệt phân lốp thu hồi dầu được kiểm tra", period=inh(N9)),
    fig("phát hiện 19/46 cơ sở", "19", 19, "count", "cơ sở", total=46,
        subject="cơ sở vi phạm quy định về bảo vệ môi trường", period=inh(N9)),
    fig("ban hành 19 quyết định", "19", 19, "count", "quyết định",
        subject="quyết định xử phạt", period=inh(N9)),
    fig("gần 2,37 tỷ đồng", "2,37", 2370000000, "money", "đồng", approx="nearly",
        change=chg("increase", 41, "%", "cùng kỳ"), subject="tổng số tiền xử phạt", period=inh(N9)),
    fig("từ 3 đến 6 tháng", "3", 3, "measure", "tháng", value_max=6, optional=True,
        subject="thời hạn đình chỉ hoạt động"),
    fig("đối với 4 cơ sở", "4", 4, "count", "cơ sở", location="Bắc Tân Uyên",
        subject="cơ sở nhiệt phân bị đình chỉ hoạt động", period=inh(N9)),
    fig("khoảng 120 cơ sở", "120", 120, "count", "cơ sở", approx="about",
        subject="cơ sở thu gom, tái chế cao su phế thải"),
    fig("hơn 1.600 lao động", "1.600", 1600, "count", "lao động", approx="over",
        subject="lao động tại các cơ sở thu gom, tái chế cao su phế thải"),
    fig("Tân Uyên (38 cơ sở)", "38", 38, "count", "cơ sở", location="Tân Uyên",
        subject="cơ sở thu gom, tái chế cao su phế thải"),
    fig("Thủ Dầu Một (21 cơ sở)", "21", 21, "count", "cơ sở", location="Thủ Dầu Một",
        subject="cơ sở thu gom, tái chế cao su phế thải"),
    fig("ước đạt 85.000 tấn/năm", "85.000", 85000, "measure", "tấn/năm", status="estimate",
        subject="tổng công suất tái chế"),
    fig("chiếm khoảng 60%", "60", 60, "percent", "%", approx="about",
        subject="lốp xe tải, lốp xe máy thu mua từ các tỉnh lân cận trong khối lượng nguyên liệu đầu vào"),
    fig("khoảng 31.500 tấn", "31.500", 31500, "measure", "tấn", approx="about",
        change=chg("increase", 1.6, "lần", "năm 2019"),
        subject="lượng lốp xe phế thải phát sinh", period=Y23),
    fig("đạt 78,5%", "78,5", 78.5, "percent", "%", target=tgt(75, "%"),
        subject="tỷ lệ lốp xe phế thải được thu gom, tái chế", period=Y23),
    fig("có 100% cơ sở", "100", 100, "percent", "%", status="target",
        subject="cơ sở tái chế cao su được cấp giấy phép môi trường", period=T25),
    fig("di dời 12 cơ sở", "12", 12, "count", "cơ sở", status="target",
        subject="cơ sở xen kẽ khu dân cư di dời vào cụm công nghiệp", period=T25),
]

NOTES = [
    "Province portal (Bình Dương): breadcrumb, headline 'Hơn 40%', 'Cập nhật: 08/10/2024 14:20 | Lượt xem: 2.418' (published 2024-10-08).",
    "Distractors: view counter 2.418, time 14:20, QCVN 19:2009/BTNMT, 'Cụm công nghiệp Tân Lập 2', hotline 0274.3822.117.",
    "29 and 17 after 'Trong đó' (sentence break) are parts of 46; '19/46' gives total 46. District list (38, 21) after 'tập trung nhiều nhất' does not",
    "add up to 120: no total. 'gấp 1,6 lần năm 2019' after a tonnage is its change. '(chỉ tiêu đề ra là 75%)' is the target of 78,5%.",
    "'từ 3 đến 6 tháng' is the length of a suspension (optional: a penalty term, not a statistic). 'hiện có' figures get no period.",
    "The 4 suspended facilities are stated to be in huyện Bắc Tân Uyên: location Bắc Tân Uyên.",
]

if __name__ == "__main__":
    write("p1189-1", TEXT, NOTES, FIGS, published="2024-10-08", location="Bình Dương")
