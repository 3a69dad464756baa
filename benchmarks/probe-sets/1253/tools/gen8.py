"""p1253-8: radio/TV site (Quảng Bình TV): release of 23 primates from a rescue centre, 6/6/2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """QUẢNG BÌNH TV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH QUẢNG BÌNH
Thời sự | Kinh tế | Xã hội | Phóng sự | Truyền hình trực tiếp

Tái thả 23 cá thể linh trưởng về rừng Phong Nha - Kẻ Bàng
Cập nhật lúc 16:25 - 06/06/2024

[Video] Thời lượng 02:48 | Bản tin Thời sự 19h

QBTV - Sáng nay (6/6), Trung tâm Cứu hộ động vật hoang dã Sơn Trạch đã tái thả 23 cá thể linh trưởng về môi trường tự nhiên, gồm 9 cá thể voọc Hà Tĩnh, 8 cá thể chà vá chân nâu và 6 cá thể khỉ đuôi lợn. Đây là đợt tái thả thứ 3 trong năm nay.

Các cá thể được tái thả đều đã qua thời gian nuôi thích nghi bán hoang dã từ 6 đến 18 tháng; trước khi thả, chúng được gắn vòng cổ định vị để theo dõi trong ít nhất 12 tháng. Khu vực tái thả thuộc tiểu khu 512, cách trung tâm khoảng 25 km.

Từ đầu năm đến nay, trung tâm đã tiếp nhận 87 cá thể động vật hoang dã, trong đó linh trưởng chiếm 41%; tái thả 52 cá thể. Tính từ năm 2011, trung tâm đã cứu hộ hơn 1.600 cá thể thuộc 94 loài, tái thả khoảng 1.150 cá thể, tỷ lệ sống sót sau tái thả ước đạt 85%.

Ông Hồ Văn Nam, Giám đốc trung tâm, cho biết năm nay trung tâm phấn đấu tái thả trên 100 cá thể và dự kiến xây thêm bốn chuồng nuôi thích nghi, mỗi chuồng rộng 500 m2. Chi phí chăm sóc một cá thể linh trưởng khoảng 1,2 triệu đồng/tháng.

Tin: Hoàng Nam - Hình ảnh: Quốc Việt
Bình luận (0)

Tin liên quan:
- Quảng Bình: Phát hiện đàn voọc quý hiếm tại Minh Hóa
- Tuyên Hóa tổ chức Ngày hội Đại đoàn kết toàn dân tộc
"""

TODAY = per("Sáng nay (6/6)", "2024-06-06", "2024-06-06")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-06-06")
SINCE = per("Tính từ năm 2011", "2011-01-01", "2024-06-06")
THIS = per("năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    fig("Tái thả 23 cá thể", "23", 23, "count", "cá thể",
        subject="cá thể linh trưởng tái thả về rừng Phong Nha - Kẻ Bàng"),
    fig("đã tái thả 23", "23", 23, "count", "cá thể",
        subject="cá thể linh trưởng tái thả về môi trường tự nhiên", period=TODAY),
    fig("gồm 9 cá thể", "9", 9, "count", "cá thể", total=23,
        subject="cá thể voọc Hà Tĩnh", period=TODAY),
    fig("8 cá thể chà", "8", 8, "count", "cá thể", total=23,
        subject="cá thể chà vá chân nâu", period=TODAY),
    fig("6 cá thể khỉ", "6", 6, "count", "cá thể", total=23,
        subject="cá thể khỉ đuôi lợn", period=TODAY),
    fig("từ 6 đến 18 tháng", "6", 6, "measure", "tháng", value_max=18,
        subject="thời gian nuôi thích nghi bán hoang dã"),
    fig("ít nhất 12 tháng", "12", 12, "measure", "tháng", approx="at_least",
        subject="thời gian theo dõi bằng vòng cổ định vị"),
    fig("khoảng 25 km", "25", 25, "measure", "km", approx="about",
        subject="khoảng cách từ khu vực tái thả đến trung tâm"),
    fig("tiếp nhận 87 cá thể", "87", 87, "count", "cá thể",
        subject="cá thể động vật hoang dã trung tâm tiếp nhận", period=YTD),
    fig("chiếm 41%", "41", 41, "percent", "%",
        subject="linh trưởng trong số cá thể tiếp nhận", period=YTD),
    fig("tái thả 52 cá thể", "52", 52, "count", "cá thể",
        subject="cá thể tái thả", period=YTD),
    fig("hơn 1.600 cá thể", "1.600", 1600, "count", "cá thể", approx="over",
        subject="cá thể trung tâm đã cứu hộ", period=SINCE),
    fig("thuộc 94 loài", "94", 94, "count", "loài",
        subject="loài động vật được cứu hộ", period=SINCE),
    fig("khoảng 1.150 cá thể", "1.150", 1150, "count", "cá thể", approx="about",
        subject="cá thể tái thả", period=SINCE),
    fig("ước đạt 85%", "85", 85, "percent", "%", status="estimate",
        subject="tỷ lệ sống sót sau tái thả", period=SINCE),
    fig("trên 100 cá thể", "100", 100, "count", "cá thể", approx="over", status="target",
        subject="cá thể tái thả", period=THIS),
    fig("thêm bốn chuồng", "bốn", 4, "count", "chuồng", status="forecast",
        subject="chuồng nuôi thích nghi xây thêm", period=THIS),
    fig("rộng 500 m2", "500", 500, "measure", "m2", status="forecast",
        subject="diện tích mỗi chuồng nuôi thích nghi", period=THIS),
    fig("khoảng 1,2 triệu", "1,2", 1.2e6, "money", "đồng/tháng", approx="about",
        subject="chi phí chăm sóc một cá thể linh trưởng"),
]

NOTES = [
    "Radio/TV site (Quảng Bình TV): menu, 'Cập nhật lúc 16:25 - 06/06/2024', video box 'Thời lượng 02:48 | Bản tin Thời sự 19h',",
    "tag 'QBTV -', credits, 'Bình luận (0)', related links.",
    "Distractors: 16:25, 02:48, '19h', '(6/6)', 'đợt tái thả thứ 3' (an ordinal), 'tiểu khu 512' (a forest compartment number),",
    "'Bình luận (0)'.",
    "Location: Quảng Bình for all (the centre's district is not named; Minh Hóa and Tuyên Hóa stand only in link titles).",
    "'Sáng nay (6/6)' → one-day period 2024-06-06; 'gồm 9 ..., 8 ... và 6 ...' → total 23. The acclimatisation and tracking times",
    "('từ 6 đến 18 tháng', 'ít nhất 12 tháng') are stated facts (measure), not time phrases locating another figure.",
    "'Từ đầu năm đến nay' and 'Tính từ năm 2011' end at the dateline. 'trong đó linh trưởng chiếm 41%' → percent figure of its own.",
    "'khoảng 1.150' after 'hơn 1.600' has no part-of cue: no total. 'ước đạt 85%' → estimate. 'năm nay ... phấn đấu' → target;",
    "'dự kiến xây thêm bốn chuồng ..., mỗi chuồng rộng 500 m2' → forecast; 'đồng/tháng' keeps its denominator.",
]

if __name__ == "__main__":
    write("p1253-8", TEXT, NOTES, FIGS, published="2024-06-06", location="Quảng Bình")
