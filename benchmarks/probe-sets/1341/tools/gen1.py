"""p1341-1: province portal (Bình Định): a dead whale (cá Ông) buried at Nhơn Hải, TP Quy Nhơn; whale strandings in the province."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH ĐỊNH
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Ngư dân Nhơn Hải an táng cá Ông dài gần 12 mét

Cập nhật: 14/08/2024 09:35 | Lượt xem: 1.286

Sáng 13/8, ngư dân thôn Hải Nam, xã Nhơn Hải, TP Quy Nhơn phát hiện một con cá voi (ngư dân gọi là cá Ông) chết trôi dạt vào bờ. Cá dài gần 12 m, nặng khoảng 7 tấn, vòng thân hơn 4 m.

Ban Quản lý lăng Ông Nhơn Hải đã huy động hai tàu cá cùng hơn 60 ngư dân kéo cá vào bờ. Việc đào huyệt và an táng kéo dài từ 8 đến 10 giờ, sử dụng 2 máy xúc; tổng chi phí khoảng 35 triệu đồng do bà con đóng góp.

Theo Chi cục Thủy sản, từ đầu năm đến nay trên vùng biển tỉnh đã ghi nhận 4 trường hợp cá voi chết dạt vào bờ, tăng 1 trường hợp so với cùng kỳ năm 2023; trong đó 3 trường hợp tại TP Quy Nhơn, 1 trường hợp tại thị xã Hoài Nhơn. Lực lượng chức năng cũng đã cứu hộ, thả về biển 9 cá thể rùa biển mắc lưới.

Toàn tỉnh hiện có 21 lăng, miếu thờ cá Ông dọc 134 km bờ biển, lưu giữ khoảng 300 bộ xương cá Ông; riêng lăng Ông Nhơn Hải giữ hơn 40 bộ xương, trong đó bộ lớn nhất dài 18 m.

Năm 2024, tỉnh bố trí 1,2 tỷ đồng hỗ trợ tu bổ 6 lăng Ông xuống cấp. Tỉnh phấn đấu đến năm 2025 có ít nhất 5 lăng Ông được xếp hạng di tích cấp tỉnh; hiện mới có 2 lăng được xếp hạng.

Tin liên quan:
- Lễ hội cầu ngư Nhơn Hải năm 2024: gìn giữ nét đẹp văn hóa biển
- Bình Định hưởng ứng Tuần lễ Biển và Hải đảo Việt Nam lần thứ 16

Cơ quan chủ quản: UBND tỉnh Bình Định. Địa chỉ: 01 Trần Phú, TP Quy Nhơn. Điện thoại: 0256.3822.564
"""

DAY = per("Sáng 13/8", "2024-08-13", "2024-08-13")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-08-14")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
QN, HN = "Quy Nhơn", "Hoài Nhơn"

FIGS = [
    fig("dài gần 12 mét", "12", 12, "measure", "mét", approx="nearly", subject="chiều dài cá Ông", location=QN),
    fig("một con cá voi", "một", 1, "count", "con", subject="cá voi chết trôi dạt vào bờ", period=DAY,
        location=QN, optional=True),
    fig("Cá dài gần 12 m", "12", 12, "measure", "m", approx="nearly", subject="chiều dài cá voi", location=QN),
    fig("nặng khoảng 7 tấn", "7", 7, "measure", "tấn", approx="about", subject="cân nặng cá voi", location=QN),
    fig("vòng thân hơn 4 m", "4", 4, "measure", "m", approx="over", subject="vòng thân cá voi", location=QN),
    fig("hai tàu cá", "hai", 2, "count", "tàu cá", subject="tàu cá Ban Quản lý lăng Ông huy động", location=QN),
    fig("hơn 60 ngư dân", "60", 60, "count", "ngư dân", approx="over", subject="ngư dân kéo cá vào bờ",
        location=QN),
    fig("từ 8 đến 10 giờ", "8", 8, "measure", "giờ", value_max=10, subject="thời gian đào huyệt và an táng",
        location=QN),
    fig("2 máy xúc", "2", 2, "count", "máy xúc", subject="máy xúc sử dụng", location=QN),
    fig("khoảng 35 triệu", "35", 35e6, "money", "đồng", approx="about", subject="tổng chi phí an táng",
        location=QN),
    fig("ghi nhận 4 trường hợp", "4", 4, "count", "trường hợp",
        change=chg("increase", 1, "trường hợp", "cùng kỳ năm 2023"),
        subject="trường hợp cá voi chết dạt vào bờ", period=YTD),
    fig("3 trường hợp tại TP", "3", 3, "count", "trường hợp", total=4,
        subject="trường hợp cá voi chết dạt vào bờ", period=YTD, location=QN),
    fig("1 trường hợp tại thị xã", "1", 1, "count", "trường hợp", total=4,
        subject="trường hợp cá voi chết dạt vào bờ", period=YTD, location=HN),
    fig("biển 9 cá thể", "9", 9, "count", "cá thể", subject="rùa biển mắc lưới được cứu hộ, thả về biển",
        period=inh(YTD)),
    fig("có 21 lăng", "21", 21, "count", "lăng, miếu", subject="lăng, miếu thờ cá Ông"),
    fig("dọc 134 km", "134", 134, "measure", "km", subject="bờ biển"),
    fig("khoảng 300 bộ", "300", 300, "count", "bộ xương", approx="about", subject="bộ xương cá Ông lưu giữ"),
    fig("hơn 40 bộ", "40", 40, "count", "bộ xương", approx="over",
        subject="bộ xương lăng Ông Nhơn Hải giữ", location=QN),
    fig("dài 18 m", "18", 18, "measure", "m", subject="chiều dài bộ xương lớn nhất", location=QN),
    fig("bố trí 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", subject="kinh phí hỗ trợ tu bổ lăng Ông", period=Y24),
    fig("tu bổ 6 lăng", "6", 6, "count", "lăng", subject="lăng Ông xuống cấp được hỗ trợ tu bổ", period=Y24),
    fig("ít nhất 5 lăng", "5", 5, "count", "lăng", approx="at_least", status="target",
        subject="lăng Ông được xếp hạng di tích cấp tỉnh", period=T25),
    fig("mới có 2 lăng", "2", 2, "count", "lăng", subject="lăng được xếp hạng di tích cấp tỉnh"),
]

NOTES = [
    "Province portal (Bình Định): a dead whale (cá Ông) buried at xã Nhơn Hải, TP Quy Nhơn; province whale strandings, lăng Ông.",
    "Distractors: 'Cập nhật: 14/08/2024 09:35', 'Lượt xem: 1.286', 'Sáng 13/8', 'năm 2024' and 'lần thứ 16' in related links,",
    "'01 Trần Phú', phone 0256.3822.564.",
    "The whale event (Nhơn Hải in TP Quy Nhơn) is located in Quy Nhơn, also the headline; province figures stay Bình Định.",
    "'một con cá voi' reads as an indefinite article: optional. The body size figures have no period (properties of the whale).",
    "'tăng 1 trường hợp so với cùng kỳ năm 2023' is the change of 4 trường hợp; the two parts after 'trong đó' take total 4 and",
    "their own places; 'từ đầu năm đến nay' ends at the dateline 2024-08-14. 'riêng ... hơn 40 bộ xương': 'riêng' is no cue, no",
    "total; '18 m' after 'trong đó' is a length, not a part of the 40. 'hiện mới có 2 lăng' is a new clause: actual, no period.",
]

if __name__ == "__main__":
    write("p1341-1", TEXT, NOTES, FIGS, published="2024-08-14", location="Bình Định")
