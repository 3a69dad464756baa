"""p1558-8: radio/TV site (Đài PT-TH Hà Giang): sanitary pads for schoolgirls in huyện Mèo Vạc."""
from lib import fig, per, write

TEXT = """HÀ GIANG TV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HÀ GIANG
Thời sự | Kinh tế | Xã hội | Video | Phát thanh | Truyền hình trực tiếp

Trao tặng băng vệ sinh cho nữ sinh vùng cao Mèo Vạc

Cập nhật lúc 17:45, 15/10/2024

(HGTV) - Ngày 14/10, Hội Liên hiệp Phụ nữ tỉnh phối hợp với Quỹ Vì em gái tổ chức chương trình "Tuổi dậy thì an toàn" tại Trường PTDT bán trú THCS Xín Cái (Quốc lộ 4C), huyện Mèo Vạc.

Tại chương trình, ban tổ chức trao 1.200 gói băng vệ sinh và 300 bộ đồ lót cho 300 nữ sinh của 4 trường THCS trên địa bàn huyện, tổng trị giá gần 150 triệu đồng. Các em cũng được cán bộ y tế hướng dẫn cách chăm sóc sức khỏe trong kỳ kinh nguyệt.

Mèo Vạc hiện có 18 trường THCS với hơn 4.300 nữ sinh, trong đó gần 70% là con em đồng bào Mông. Theo khảo sát của Hội Liên hiệp Phụ nữ tỉnh tại 4 huyện vùng cao núi đá phía Bắc, chưa đến 40% nữ sinh dân tộc thiểu số thường xuyên sử dụng băng vệ sinh; khoảng 28% số em từng phải nghỉ học trong những ngày hành kinh.

Từ năm 2022 đến nay, chương trình đã được tổ chức tại 26 trường học ở 7 huyện, trao tặng hơn 9.500 gói băng vệ sinh cho khoảng 2.800 nữ sinh. Năm 2025, Hội phấn đấu mở rộng chương trình tới ít nhất 15 trường và lắp đặt 20 phòng vệ sinh riêng cho nữ sinh tại các điểm trường bán trú, tổng kinh phí dự kiến khoảng 1,2 tỷ đồng.

Xem thêm:
- Bản tin Thời sự 19h ngày 15/10/2024
- Hà Giang: Khai mạc Lễ hội hoa tam giác mạch lần thứ IX
Đường dây nóng: 0219.3866.115
"""

SINCE = per("Từ năm 2022 đến nay", "2022-01-01", "2024-10-15")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
MV = "Mèo Vạc"

FIGS = [
    fig("trao 1.200 gói", "1.200", 1200, "count", "gói", subject="gói băng vệ sinh ban tổ chức trao", location=MV),
    fig("300 bộ đồ lót", "300", 300, "count", "bộ", subject="bộ đồ lót ban tổ chức trao", location=MV),
    fig("cho 300 nữ sinh", "300", 300, "count", "nữ sinh", subject="nữ sinh được trao quà", location=MV),
    fig("của 4 trường", "4", 4, "count", "trường THCS", subject="trường THCS có nữ sinh được trao quà",
        location=MV),
    fig("gần 150 triệu", "150", 150e6, "money", "đồng", approx="nearly", subject="tổng trị giá quà tặng",
        location=MV),
    fig("có 18 trường", "18", 18, "count", "trường THCS", subject="trường THCS", location=MV),
    fig("hơn 4.300 nữ sinh", "4.300", 4300, "count", "nữ sinh", approx="over", subject="nữ sinh THCS",
        location=MV),
    fig("gần 70%", "70", 70, "percent", "%", approx="nearly", subject="nữ sinh là con em đồng bào Mông",
        location=MV),
    fig("tại 4 huyện", "4", 4, "count", "huyện", subject="huyện vùng cao núi đá phía Bắc được khảo sát"),
    fig("chưa đến 40%", "40", 40, "percent", "%", approx="under",
        subject="nữ sinh dân tộc thiểu số thường xuyên sử dụng băng vệ sinh"),
    fig("khoảng 28%", "28", 28, "percent", "%", approx="about",
        subject="nữ sinh từng phải nghỉ học trong những ngày hành kinh"),
    fig("tại 26 trường", "26", 26, "count", "trường học", subject="trường học tổ chức chương trình", period=SINCE),
    fig("ở 7 huyện", "7", 7, "count", "huyện", subject="huyện tổ chức chương trình", period=SINCE),
    fig("hơn 9.500 gói", "9.500", 9500, "count", "gói", approx="over",
        subject="gói băng vệ sinh chương trình trao tặng", period=SINCE),
    fig("khoảng 2.800 nữ sinh", "2.800", 2800, "count", "nữ sinh", approx="about",
        subject="nữ sinh được trao tặng băng vệ sinh", period=SINCE),
    fig("ít nhất 15 trường", "15", 15, "count", "trường", approx="at_least", status="target",
        subject="trường được mở rộng chương trình", period=Y25),
    fig("lắp đặt 20 phòng", "20", 20, "count", "phòng vệ sinh", status="target",
        subject="phòng vệ sinh riêng cho nữ sinh lắp đặt", period=Y25),
    fig("khoảng 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="about", status="forecast",
        subject="tổng kinh phí", period=Y25),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Hà Giang): channel banner, menu, 'Cập nhật lúc 17:45, 15/10/2024', tag '(HGTV) -', 'Xem thêm' links, hotline.",
    "Distractors: 17:45, 'Ngày 14/10', 'Quốc lộ 4C', '19h ngày 15/10/2024', 'lần thứ IX', hotline 0219.3866.115.",
    "Event and district figures (huyện Mèo Vạc): location Mèo Vạc. Survey of 4 unnamed districts and the cumulative programme: Hà Giang.",
    "'gần 70%' after 'trong đó' is a share (percent figure of its own). 'chưa đến 40%' → under. 'Ngày 14/10' gives no period.",
    "'Từ năm 2022 đến nay' ends at the dateline 2024-10-15. 'Năm 2025, Hội phấn đấu ...' → target for 15 trường and 20 phòng;",
    "'tổng kinh phí dự kiến khoảng 1,2 tỷ đồng' has its own cue → forecast.",
]

if __name__ == "__main__":
    write("p1558-8", TEXT, NOTES, FIGS, published="2024-10-15", location="Hà Giang")
