"""p1274-5: provincial newspaper (Báo Bình Phước, tag BPO): paediatric ward overloaded by HFMD."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO BÌNH PHƯỚC ĐIỆN TỬ
Trang chủ > Xã hội > Y tế

Thứ Tư, 10/07/2024 | 16:20

Khoa Nhi quá tải vì bệnh tay chân miệng

Những ngày này, Khoa Nhi Bệnh viện đa khoa tỉnh luôn trong tình trạng quá tải, mỗi ngày tiếp nhận từ 40 đến 50 trẻ mắc tay chân miệng đến khám.

(BPO) - Theo bác sĩ CKII Trần Thị Mỹ Hạnh, Trưởng khoa Nhi, từ đầu tháng 6 đến nay, khoa đã điều trị nội trú 286 trẻ mắc tay chân miệng, gấp đôi cùng kỳ năm trước. Hiện khoa có 34 bệnh nhi đang nằm viện, trong đó 6 trẻ ở độ 2b và 1 trẻ độ 3 phải thở máy. Với 45 giường bệnh, nhiều thời điểm khoa phải nằm ghép 2-3 trẻ/giường.

Theo Trung tâm Kiểm soát bệnh tật tỉnh, 6 tháng đầu năm 2024, Bình Phước ghi nhận 892 ca mắc, tăng 57% so với cùng kỳ; huyện Chơn Thành và thị xã Bình Long có số ca mắc nhiều nhất, lần lượt 168 ca và 131 ca. Khoảng 85% ca mắc là con em công nhân các khu công nghiệp.

Chi phí điều trị một ca độ 3 khoảng 40-50 triệu đồng. Nhiều gia đình công nhân với thu nhập 7-8 triệu đồng/tháng gặp khó khăn khi con nằm viện dài ngày.

Từ đầu năm, ngành y tế đã cấp 3.500 gói Cloramin B cho 96 trường mầm non, nhóm trẻ và phun khử khuẩn tại 41 ổ dịch. Bác sĩ Hạnh khuyến cáo phụ huynh cho trẻ rửa tay bằng xà phòng dưới vòi nước chảy, không đưa trẻ mắc bệnh đến trường.

NGỌC BÍCH

Tin cùng chuyên mục:
- Bình Phước đẩy mạnh tiêm chủng mở rộng năm 2024
- Đồng Xoài ra quân diệt lăng quăng, bọ gậy
"""

JUNE = per("từ đầu tháng 6 đến nay", "2024-06-01", "2024-07-10")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
YTD = per("Từ đầu năm", "2024-01-01", "2024-07-10")

FIGS = [
    fig("từ 40 đến 50 trẻ", "40", 40, "measure", "trẻ/ngày", value_max=50,
        subject="trẻ mắc tay chân miệng đến khám Khoa Nhi tiếp nhận mỗi ngày"),
    fig("nội trú 286 trẻ", "286", 286, "count", "trẻ",
        change=chg("increase", 2, "lần", "cùng kỳ năm trước"),
        subject="trẻ mắc tay chân miệng điều trị nội trú", period=JUNE),
    fig("có 34 bệnh nhi", "34", 34, "count", "bệnh nhi", subject="bệnh nhi đang nằm viện"),
    fig("trong đó 6 trẻ", "6", 6, "count", "trẻ", total=34, subject="trẻ ở độ 2b"),
    fig("và 1 trẻ", "1", 1, "count", "trẻ", total=34, subject="trẻ độ 3 phải thở máy"),
    fig("Với 45 giường", "45", 45, "count", "giường bệnh", subject="giường bệnh của khoa"),
    fig("ghép 2-3 trẻ/giường", "2", 2, "measure", "trẻ/giường", value_max=3,
        subject="trẻ nằm ghép"),
    fig("ghi nhận 892 ca", "892", 892, "count", "ca",
        change=chg("increase", 57, "%", "cùng kỳ"), subject="ca mắc", period=H1),
    fig("lần lượt 168 ca", "168", 168, "count", "ca", subject="số ca mắc",
        period=H1, location="Chơn Thành"),
    fig("và 131 ca", "131", 131, "count", "ca", subject="số ca mắc",
        period=H1, location="Bình Long"),
    fig("Khoảng 85%", "85", 85, "percent", "%", approx="about",
        subject="ca mắc là con em công nhân các khu công nghiệp", period=inh(H1)),
    fig("khoảng 40-50 triệu", "40", 40e6, "money", "đồng", approx="about", value_max=50e6,
        subject="chi phí điều trị một ca độ 3"),
    fig("nhập 7-8 triệu", "7", 7e6, "money", "đồng/tháng", value_max=8e6,
        subject="thu nhập gia đình công nhân"),
    fig("cấp 3.500 gói", "3.500", 3500, "count", "gói", subject="gói Cloramin B ngành y tế cấp",
        period=YTD),
    fig("cho 96 trường", "96", 96, "count", "trường",
        subject="trường mầm non, nhóm trẻ được cấp Cloramin B", period=YTD),
    fig("tại 41 ổ dịch", "41", 41, "count", "ổ dịch", subject="ổ dịch được phun khử khuẩn",
        period=YTD),
]

NOTES = [
    "Provincial newspaper (Báo Bình Phước): breadcrumb, 'Thứ Tư, 10/07/2024 | 16:20', sapo, tag '(BPO) -', byline NGỌC BÍCH, links.",
    "Distractors: 16:20, 'CKII', severity grades 'độ 2b', 'độ 3' (labels), 'một ca' (a rate's denominator inside the subject),",
    "'năm 2024' in a link title. 'Bệnh viện đa khoa tỉnh' and BPO imply Bình Phước.",
    "Sapo 'mỗi ngày tiếp nhận từ 40 đến 50 trẻ' is a daily rate: measure, unit 'trẻ/ngày', range. '2-3 trẻ/giường' likewise a rate.",
    "'gấp đôi cùng kỳ năm trước' after 286 trẻ is a change (increase, 2 lần). 'từ đầu tháng 6 đến nay' ends at the dateline.",
    "'Hiện khoa có 34 bệnh nhi ..., trong đó 6 trẻ ... và 1 trẻ ...' → total 34 for both parts; 'Hiện' gives no period.",
    "'huyện Chơn Thành và thị xã Bình Long ..., lần lượt 168 ca và 131 ca' → locations from the list; period 6 tháng đầu năm 2024.",
    "'Khoảng 85% ca mắc là con em công nhân' → percent figure (about), period inherited.",
    "'Từ đầu năm' (without 'đến nay') still runs to the dateline: 2024-01-01..2024-07-10.",
]

if __name__ == "__main__":
    write("p1274-5", TEXT, NOTES, FIGS, published="2024-07-10", location="Bình Phước")
