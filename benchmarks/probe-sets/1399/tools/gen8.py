"""p1399-8: radio/TV site (Đài PT-TH Tiền Giang, '(THTG) -'): the snakebite treatment centre of a snake farm in Chợ Gạo."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH TIỀN GIANG
Thời sự | Kinh tế | Xã hội | Video | Phát thanh

Trại rắn Hòa Tịnh cứu chữa hơn 1.100 bệnh nhân rắn cắn trong năm 2023
25/06/2024 08:15

(THTG) - Năm 2023, Trung tâm cứu chữa rắn cắn thuộc Trại rắn Hòa Tịnh (huyện Chợ Gạo) đã tiếp nhận, điều trị 1.146 bệnh nhân bị rắn cắn, tăng 8,3% so với năm 2022; trong đó 812 bệnh nhân bị rắn độc cắn, chủ yếu là rắn lục xanh, rắn chàm quạp và rắn hổ đất.

Bác sĩ Huỳnh Tấn Lợi, Giám đốc Trung tâm, cho biết trung tâm có 45 giường bệnh, 6 bác sĩ và 22 điều dưỡng, y sĩ. Tỷ lệ điều trị khỏi đạt 99,2%; thời gian điều trị trung bình từ 3 đến 5 ngày. Trung tâm kết hợp huyết thanh kháng nọc với bài thuốc y học cổ truyền, giúp giảm khoảng 30% lượng huyết thanh phải sử dụng.

Bên cạnh cứu chữa, trại đang nuôi khoảng 2.000 con rắn các loại để nghiên cứu, lấy nọc và phục vụ tham quan. Năm 2023, trại đón gần 85.000 lượt khách, vượt 6% kế hoạch; doanh thu từ vé tham quan đạt 3,4 tỷ đồng. Giá vé hiện là 40.000 đồng/người lớn và 20.000 đồng/trẻ em.

Theo kế hoạch, năm 2024 trung tâm sẽ đầu tư thêm một khu điều trị tích cực với 10 giường, kinh phí dự kiến 6 tỷ đồng, phấn đấu rút thời gian điều trị trung bình xuống còn 3 ngày.

Trại rắn Hòa Tịnh nằm trên Quốc lộ 50, ấp 4, xã Hòa Tịnh, điện thoại 0273.3858.204.

Phóng viên: Thanh Tùng - Minh Trí
Tin cùng chuyên mục:
- Bản tin Thời sự 19h ngày 24/6/2024
"""

HEAD = per("trong năm 2023", "2023-01-01", "2023-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("hơn 1.100 bệnh nhân", "1.100", 1100, "count", "bệnh nhân", approx="over",
        subject="bệnh nhân rắn cắn được cứu chữa", period=HEAD),
    fig("điều trị 1.146 bệnh nhân", "1.146", 1146, "count", "bệnh nhân",
        change=chg("increase", 8.3, "%", "năm 2022"),
        subject="bệnh nhân bị rắn cắn được tiếp nhận, điều trị", period=Y23),
    fig("trong đó 812 bệnh nhân", "812", 812, "count", "bệnh nhân", total=1146,
        subject="bệnh nhân bị rắn độc cắn", period=Y23),
    fig("có 45 giường", "45", 45, "count", "giường bệnh", subject="giường bệnh của trung tâm"),
    fig("6 bác sĩ", "6", 6, "count", "bác sĩ", subject="bác sĩ của trung tâm"),
    fig("22 điều dưỡng", "22", 22, "count", "điều dưỡng, y sĩ", subject="điều dưỡng, y sĩ của trung tâm"),
    fig("đạt 99,2%", "99,2", 99.2, "percent", "%", subject="tỷ lệ điều trị khỏi"),
    fig("từ 3 đến 5 ngày", "3", 3, "measure", "ngày", value_max=5,
        subject="thời gian điều trị trung bình"),
    fig("khoảng 30%", "30", 30, "percent", "%", approx="about",
        subject="lượng huyết thanh phải sử dụng giảm"),
    fig("khoảng 2.000 con", "2.000", 2000, "count", "con", approx="about",
        subject="rắn các loại trại đang nuôi"),
    fig("gần 85.000 lượt", "85.000", 85000, "count", "lượt khách", approx="nearly",
        change=chg("increase", 6, "%", "kế hoạch"),
        subject="lượt khách trại đón", period=Y23),
    fig("đạt 3,4 tỷ", "3,4", 3.4e9, "money", "đồng",
        subject="doanh thu từ vé tham quan", period=Y23),
    fig("40.000 đồng/người lớn", "40.000", 40000, "money", "đồng/người lớn",
        subject="giá vé người lớn"),
    fig("20.000 đồng/trẻ em", "20.000", 20000, "money", "đồng/trẻ em", subject="giá vé trẻ em"),
    fig("thêm một khu", "một", 1, "count", "khu", status="target",
        subject="khu điều trị tích cực trung tâm đầu tư thêm", period=Y24),
    fig("với 10 giường", "10", 10, "count", "giường", status="target",
        subject="giường của khu điều trị tích cực", period=Y24),
    fig("dự kiến 6 tỷ", "6", 6e9, "money", "đồng", status="forecast",
        subject="kinh phí đầu tư khu điều trị tích cực", period=Y24),
    fig("còn 3 ngày", "3", 3, "measure", "ngày", status="target",
        subject="thời gian điều trị trung bình", period=Y24),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Tiền Giang): menu with 'Video', 'Phát thanh', '25/06/2024 08:15' under the headline, tag '(THTG) -', reporters, 'Tin cùng chuyên mục'.",
    "Distractors: 08:15, 'Quốc lộ 50', 'ấp 4', phone 0273.3858.204, '19h ngày 24/6/2024' in a link title.",
    "The centre and farm are in huyện Chợ Gạo: location Chợ Gạo for every figure.",
    "Headline 'hơn 1.100 bệnh nhân ... trong năm 2023' is its own figure (over). 'trong đó 812 bệnh nhân' → total 1.146 (same unit, same year).",
    "The director's present-tense figures (beds, staff, 99,2%, 3-5 ngày, 'giảm khoảng 30%') carry no period; 'giảm khoảng 30%' is a rate that is itself the claim → percent, no change.",
    "'gần 85.000 lượt khách, vượt 6% kế hoạch' → change +6% with baseline 'kế hoạch' (FIGURES.md: a gap to a plan).",
    "'Theo kế hoạch, năm 2024 ... sẽ đầu tư thêm một khu ... với 10 giường' → target; 'kinh phí dự kiến 6 tỷ đồng' → forecast (own cue); 'phấn đấu ... còn 3 ngày' → target.",
]

if __name__ == "__main__":
    write("p1399-8", TEXT, NOTES, FIGS, published="2024-06-25", location="Chợ Gạo")
