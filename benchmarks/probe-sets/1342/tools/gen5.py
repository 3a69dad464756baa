"""p1342-5: provincial Party newspaper (Báo Bà Rịa - Vũng Tàu): salvage of a cargo ship sunk on the Vũng Tàu - Thị Vải channel."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO BÀ RỊA - VŨNG TÀU
Thời sự | Kinh tế | Xã hội | Pháp luật

Khẩn trương trục vớt tàu hàng chìm trên luồng Vũng Tàu - Thị Vải

(BR-VT) - Tàu Hải Minh 68 chở 2.850 tấn clinker bị chìm trên luồng hàng hải từ đầu tháng 9; chủ tàu phải hoàn thành trục vớt trước ngày 30/9.

QUANG VŨ - 12/09/2024 16:05

Theo Cảng vụ Hàng hải Vũng Tàu, tàu hàng Hải Minh 68 của Công ty TNHH Vận tải biển Hải Minh (trụ sở tại TP Hải Phòng) có trọng tải 3.200 tấn, bị chìm gần phao số 28 luồng Vũng Tàu - Thị Vải rạng sáng 2/9. Cả 9 thuyền viên đã được tàu lai Sao Biển 05 cứu vớt an toàn.

Hiện tàu nằm ở độ sâu khoảng 14 m, cách tim luồng 60 m; trên tàu còn khoảng 12 nghìn lít dầu DO. Cảng vụ đã thiết lập vùng cảnh báo bán kính 200 m, lắp đặt 2 phao báo hiệu và yêu cầu tàu thuyền qua khu vực giảm tốc độ xuống dưới 8 hải lý/giờ.

Theo phương án được phê duyệt, đơn vị thi công sử dụng cẩu nổi sức nâng 1.500 tấn, dự kiến hoàn thành trục vớt trong 15-20 ngày với chi phí khoảng 18 tỷ đồng.

Từ đầu năm đến nay, trên vùng nước cảng biển do Cảng vụ Hàng hải Vũng Tàu quản lý đã xảy ra 4 vụ tai nạn hàng hải, giảm 3 vụ so với cùng kỳ năm 2023, trong đó có 2 vụ chìm tàu. Hiện còn 3 xác tàu chìm chưa được trục vớt trên các tuyến luồng.

Ông Trần Minh Khoa, Giám đốc Cảng vụ Hàng hải Vũng Tàu cho biết: "Nếu quá thời hạn, chủ tàu sẽ bị xử phạt từ 40 đến 50 triệu đồng theo Nghị định số 142/2017/NĐ-CP và cơ quan chức năng sẽ tổ chức trục vớt, chủ tàu phải chịu toàn bộ chi phí".

Tin cùng chuyên mục:
- Diễn tập ứng phó sự cố tràn dầu tại cảng Cái Mép năm 2024
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-09-12")

FIGS = [
    fig("chở 2.850 tấn", "2.850", 2850, "measure", "tấn", subject="clinker tàu Hải Minh 68 chở"),
    fig("trọng tải 3.200 tấn", "3.200", 3200, "measure", "tấn", subject="trọng tải tàu hàng Hải Minh 68"),
    fig("Cả 9 thuyền viên", "9", 9, "count", "thuyền viên", subject="thuyền viên được cứu vớt an toàn",
        period=per("rạng sáng 2/9", "2024-09-02", "2024-09-02", inherited=True)),
    fig("khoảng 14 m", "14", 14, "measure", "m", approx="about", subject="độ sâu nơi tàu nằm"),
    fig("tim luồng 60 m", "60", 60, "measure", "m", subject="khoảng cách từ tàu đến tim luồng"),
    fig("khoảng 12 nghìn", "12", 12000, "measure", "lít", approx="about", subject="dầu DO còn trên tàu"),
    fig("bán kính 200 m", "200", 200, "measure", "m", subject="bán kính vùng cảnh báo"),
    fig("lắp đặt 2 phao", "2", 2, "count", "phao báo hiệu", subject="phao báo hiệu lắp đặt"),
    fig("dưới 8 hải lý/giờ", "8", 8, "measure", "hải lý/giờ", approx="under",
        subject="tốc độ tàu thuyền qua khu vực", optional=True),
    fig("sức nâng 1.500 tấn", "1.500", 1500, "measure", "tấn", subject="sức nâng cẩu nổi"),
    fig("trong 15-20 ngày", "15", 15, "measure", "ngày", value_max=20, status="forecast",
        subject="thời gian hoàn thành trục vớt"),
    fig("khoảng 18 tỷ", "18", 18e9, "money", "đồng", approx="about", status="forecast",
        subject="chi phí trục vớt"),
    fig("xảy ra 4 vụ", "4", 4, "count", "vụ", change=chg("decrease", 3, "vụ", "cùng kỳ năm 2023"),
        subject="vụ tai nạn hàng hải", period=YTD),
    fig("có 2 vụ", "2", 2, "count", "vụ", total=4, subject="vụ chìm tàu", period=YTD),
    fig("còn 3 xác tàu", "3", 3, "count", "xác tàu", subject="xác tàu chìm chưa được trục vớt trên các tuyến luồng"),
    fig("từ 40 đến 50 triệu", "40", 40e6, "money", "đồng", value_max=50e6,
        subject="mức xử phạt chủ tàu quá thời hạn trục vớt"),
]

NOTES = [
    "Provincial Party newspaper (Báo Bà Rịa - Vũng Tàu): menu, headline, sapo with tag '(BR-VT) -', byline 'QUANG VŨ - 12/09/2024 16:05'.",
    "Distractors: ship names 'Hải Minh 68', 'Sao Biển 05', 'phao số 28', dates 'ngày 30/9', '2/9', 'đầu tháng 9', 16:05,",
    "'Nghị định số 142/2017/NĐ-CP', 'năm 2024' in a link title.",
    "Location Bà Rịa - Vũng Tàu throughout; the owner's head office 'TP Hải Phòng' is an address, not the figure's place.",
    "Ship specs, depth, distances, oil on board, warning radius are standing facts: no period. The 9 rescued crew inherit 'rạng sáng 2/9'.",
    "'dưới 8 hải lý/giờ' is a required speed limit (a rule threshold): optional. 'dự kiến hoàn thành trục vớt trong 15-20 ngày với chi",
    "phí khoảng 18 tỷ đồng' → both forecast; the duration is the claim itself (not a time locator), so it is a figure.",
    "'4 vụ …, giảm 3 vụ so với cùng kỳ năm 2023, trong đó có 2 vụ chìm tàu' → change in vụ; total 4 for the part.",
    "The fine 'từ 40 đến 50 triệu đồng' in the quote is a figure (the penalty range), status actual ('sẽ' is no forecast cue).",
]

if __name__ == "__main__":
    write("p1342-5", TEXT, NOTES, FIGS, published="2024-09-12", location="Bà Rịa - Vũng Tàu")
