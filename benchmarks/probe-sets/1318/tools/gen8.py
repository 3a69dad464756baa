"""p1318-8: radio/TV site (VOV.VN): Đồng Nai traffic police fine bus passengers without seat belts on the expressway."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """VOV.VN
Xã hội › Giao thông

Đồng Nai: Phạt nhiều hành khách không thắt dây an toàn trên cao tốc

Thứ Hai, 15:32, 28/04/2025

VOV.VN - Chỉ sau ba ngày ra quân, Cảnh sát giao thông Công an tỉnh Đồng Nai đã phát hiện 167 hành khách không thắt dây an toàn trên các xe khách lưu thông qua cao tốc TP Hồ Chí Minh - Long Thành - Dầu Giây.

Từ ngày 25/4 đến hết ngày 27/4, tổ công tác của Phòng Cảnh sát giao thông đã dừng kiểm tra 412 xe khách tại Km 20 và Km 43 của tuyến cao tốc, phát hiện 58 xe có hành khách không thắt dây an toàn, 9 xe chở quá số người quy định, trong đó có xe chở vượt 12 người. Tổng số tiền phạt ước khoảng 215 triệu đồng.

Trung tá Phạm Văn Hiền, Đội trưởng Đội Tuần tra, kiểm soát số 3, cho biết riêng xe khách biển kiểm soát 60F-005.62 chạy tuyến Vũng Tàu - Đà Lạt có tới 14 hành khách không thắt dây an toàn. Mỗi hành khách vi phạm bị phạt 800.000 đồng.

Theo Phòng Cảnh sát giao thông, quý I/2025, trên địa bàn tỉnh xảy ra 96 vụ tai nạn giao thông, làm chết 58 người, giảm 13 người so với cùng kỳ năm 2024; Đồng Nai hiện đứng thứ 4 cả nước về số người chết do tai nạn giao thông.

Trong 5 ngày nghỉ lễ từ 30/4 đến 4/5, lưu lượng xe qua tuyến cao tốc dự kiến tăng 20-25% so với ngày thường, khoảng 60.000 xe/ngày.

Hoàng Nam/VOV-Đông Nam Bộ

Tin liên quan:
- Cao tốc Biên Hòa - Vũng Tàu đoạn qua Đồng Nai sắp thông xe kỹ thuật
- Cảnh sát giao thông toàn quốc ra quân bảo đảm an toàn dịp 30/4
"""

D3 = per("Từ ngày 25/4 đến hết ngày 27/4", "2025-04-25", "2025-04-27")
Q1 = per("quý I/2025", "2025-01-01", "2025-03-31")
HOL = per("từ 30/4 đến 4/5", "2025-04-30", "2025-05-04")

FIGS = [
    fig("phát hiện 167 hành khách", "167", 167, "count", "hành khách",
        subject="hành khách không thắt dây an toàn trên các xe khách", period=inh(D3)),
    fig("kiểm tra 412 xe", "412", 412, "count", "xe khách", subject="xe khách bị dừng kiểm tra", period=D3),
    fig("phát hiện 58 xe", "58", 58, "count", "xe", subject="xe có hành khách không thắt dây an toàn", period=D3),
    fig("toàn, 9 xe", "9", 9, "count", "xe", subject="xe chở quá số người quy định", period=D3),
    fig("vượt 12 người", "12", 12, "count", "người", subject="số người xe chở vượt", period=D3),
    fig("khoảng 215 triệu", "215", 215e6, "money", "đồng", approx="about", status="estimate",
        subject="tổng số tiền phạt", period=inh(D3)),
    fig("tới 14 hành khách", "14", 14, "count", "hành khách",
        subject="hành khách không thắt dây an toàn trên xe khách chạy tuyến Vũng Tàu - Đà Lạt"),
    fig("phạt 800.000", "800.000", 800000, "money", "đồng/hành khách", subject="tiền phạt mỗi hành khách vi phạm"),
    fig("xảy ra 96 vụ", "96", 96, "count", "vụ", subject="vụ tai nạn giao thông", period=Q1),
    fig("chết 58 người", "58", 58, "count", "người", change=chg("decrease", 13, "người", "cùng kỳ năm 2024"),
        subject="người chết do tai nạn giao thông", period=Q1),
    fig("đứng thứ 4", "4", 4, "rank", "hạng", subject="số người chết do tai nạn giao thông"),
    fig("tăng 20-25%", "20", 20, "percent", "%", value_max=25, status="forecast",
        subject="lưu lượng xe qua tuyến cao tốc", period=HOL),
    fig("khoảng 60.000", "60.000", 60000, "measure", "xe/ngày", approx="about", status="forecast",
        subject="lưu lượng xe qua tuyến cao tốc", period=HOL),
]

NOTES = [
    "Radio/TV site (VOV.VN): section, 'Thứ Hai, 15:32, 28/04/2025', tag 'VOV.VN -', byline 'Hoàng Nam/VOV-Đông Nam Bộ', related links.",
    "Distractors: 'sau ba ngày ra quân' and 'Trong 5 ngày nghỉ lễ' (durations that locate), 'Km 20', 'Km 43', 'Đội ... số 3', plate",
    "'60F-005.62', dates 25/4, 27/4, 30/4, 4/5, time 15:32, '30/4' in a link title.",
    "Year-less dates take 2025 from the dateline. The sapo's 167 is the same three days: inherited period.",
    "'9 xe chở quá số người quy định, trong đó có xe chở vượt 12 người' → 12 người counts persons, not a part of 9 xe: no total.",
    "58 xe and 9 xe after 'kiểm tra 412 xe' have no cue: no total. 'Tổng số tiền phạt ước khoảng 215 triệu' → estimate, about.",
    "'Mỗi hành khách ... 800.000 đồng' → rate unit đồng/hành khách. 'hiện đứng thứ 4 cả nước' → rank located in Đồng Nai, no period",
    "('hiện'). Holiday forecasts: 'tăng 20-25% so với ngày thường' is a growth rate as the claim (percent, no change), forecast.",
]

if __name__ == "__main__":
    write("p1318-8", TEXT, NOTES, FIGS, published="2025-04-28", location="Đồng Nai")
