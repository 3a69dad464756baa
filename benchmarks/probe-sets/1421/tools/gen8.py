"""p1421-8: radio/TV site (Đài PT-TH Đồng Nai): 5 months of 2024, free screening for ethnic-minority infants in Tân Phú."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH ĐỒNG NAI
Thời sự | Kinh tế | Xã hội | Sức khỏe | Video | Phát thanh

Miễn phí sàng lọc sơ sinh cho trẻ đồng bào dân tộc thiểu số huyện Tân Phú

Thứ Hai, 10/06/2024 - 19:05 | Xem video: 03:12

(ĐNRTV) - 5 tháng đầu năm, toàn tỉnh Đồng Nai có 18.274 trẻ sơ sinh được sàng lọc bệnh bẩm sinh, đạt 41,6% kế hoạch năm. Năm 2023, tỷ lệ trẻ sơ sinh được sàng lọc của tỉnh đạt 89,5%, đứng thứ 3 khu vực Đông Nam Bộ.

Tại huyện Tân Phú, từ tháng 3/2024, Trung tâm Y tế huyện phối hợp với Quỹ Vì trẻ em Hòa Bình triển khai chương trình sàng lọc miễn phí cho trẻ đồng bào dân tộc thiểu số tại 3 xã Phú Lập, Tà Lài, Núi Tượng. Sau ba tháng, đã có gần ba chục trẻ được lấy máu gót chân và đo thính lực, phát hiện hai trẻ thiếu men G6PD.

Theo ông Điểu Văn Khang, Phó Giám đốc Trung tâm Y tế huyện Tân Phú, mỗi gói sàng lọc 2 bệnh có giá 180.000 đồng, là khoản chi không nhỏ với các hộ làm rẫy nên nhiều gia đình trước đây bỏ qua. "Có chương trình, bà con mang con đến trạm y tế đông hơn hẳn", ông Khang nói.

Năm 2024, Đồng Nai đặt mục tiêu 92% trẻ sơ sinh được sàng lọc, trong đó ít nhất 60% được sàng lọc thính lực. Tỉnh hiện có 31 cơ sở y tế thực hiện lấy máu gót chân, 12 cơ sở có máy đo âm ốc tai. Dự kiến 6 tháng cuối năm, toàn tỉnh sàng lọc thêm khoảng 22 nghìn trẻ.

Thanh Tâm - Minh Đức
"""

M5 = per("5 tháng đầu năm", "2024-01-01", "2024-05-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
TP = per("từ tháng 3/2024", "2024-03-01", "2024-06-10", inherited=True)
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
H2 = per("6 tháng cuối năm", "2024-07-01", "2024-12-31")
TPH = "Tân Phú"

FIGS = [
    fig("có 18.274 trẻ", "18.274", 18274, "count", "trẻ", percent=41.6,
        subject="trẻ sơ sinh được sàng lọc bệnh bẩm sinh", period=M5),
    fig("đạt 89,5%", "89,5", 89.5, "percent", "%",
        subject="tỷ lệ trẻ sơ sinh được sàng lọc của tỉnh", period=Y23),
    fig("đứng thứ 3", "3", 3, "rank", "hạng",
        subject="tỷ lệ trẻ sơ sinh được sàng lọc khu vực Đông Nam Bộ", period=Y23),
    fig("tại 3 xã", "3", 3, "count", "xã",
        subject="xã triển khai chương trình sàng lọc miễn phí", location=TPH),
    fig("gần ba chục", "ba chục", 30, "count", "trẻ", approx="nearly",
        subject="trẻ được lấy máu gót chân và đo thính lực", period=TP, location=TPH),
    fig("phát hiện hai trẻ", "hai", 2, "count", "trẻ", subject="trẻ thiếu men G6PD",
        period=TP, location=TPH),
    fig("sàng lọc 2 bệnh", "2", 2, "count", "bệnh", subject="bệnh được sàng lọc", location=TPH,
        optional=True),
    fig("giá 180.000 đồng", "180.000", 180000, "money", "đồng", subject="giá gói sàng lọc 2 bệnh",
        location=TPH),
    fig("mục tiêu 92%", "92", 92, "percent", "%", status="target",
        subject="trẻ sơ sinh được sàng lọc", period=Y24),
    fig("ít nhất 60%", "60", 60, "percent", "%", approx="at_least", status="target",
        subject="trẻ sơ sinh được sàng lọc thính lực", period=Y24),
    fig("có 31 cơ sở", "31", 31, "count", "cơ sở y tế", subject="cơ sở y tế thực hiện lấy máu gót chân"),
    fig("12 cơ sở", "12", 12, "count", "cơ sở", subject="cơ sở có máy đo âm ốc tai"),
    fig("khoảng 22 nghìn", "22", 22000, "count", "trẻ", approx="about", status="forecast",
        subject="trẻ được sàng lọc thêm", period=H2),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Đồng Nai): menu, 'Thứ Hai, 10/06/2024 - 19:05 | Xem video: 03:12', tag '(ĐNRTV) -', reporters' byline.",
    "Distractors: 19:05, 'Xem video: 03:12', 'từ tháng 3/2024', 'Sau ba tháng' (a duration that locates the figures in time),",
    "commune names, 'G6PD', 'Quỹ Vì trẻ em Hòa Bình'.",
    "'5 tháng đầu năm' (no year) takes 2024 from the dateline; 'đạt 41,6% kế hoạch năm' → percent attribute.",
    "'đứng thứ 3 khu vực Đông Nam Bộ' → rank 3, located in Đồng Nai, period of its sentence (Năm 2023).",
    "Tân Phú passage: location Tân Phú; 'gần ba chục trẻ' = nearly 30 (number words); 'hai trẻ' has no part-of cue: no total.",
    "Their period runs from 'từ tháng 3/2024' (previous sentence) to the dateline: inherited.",
    "'mục tiêu 92% ..., trong đó ít nhất 60% được sàng lọc thính lực': the 60% after 'trong đó' is a percent figure of its own",
    "(no total: a percent is not a part of a percent); both target (the cue continues into the 'trong đó' clause).",
    "'31 cơ sở y tế ..., 12 cơ sở có máy đo âm ốc tai': no part-of cue, so no total. 'Dự kiến 6 tháng cuối năm' → forecast, H2 2024.",
    "'gói sàng lọc 2 bệnh' optional.",
]

if __name__ == "__main__":
    write("p1421-8", TEXT, NOTES, FIGS, published="2024-06-10", location="Đồng Nai")
