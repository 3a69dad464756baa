"""p1256-8: radio/TV site (PTQ, Quảng Ngãi): rescue of 9 Lý Sơn fishermen; accidents at sea, lifejacket support."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """PTQ - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH QUẢNG NGÃI
Thời sự | Kinh tế | Xã hội | Phát thanh | Truyền hình

Cứu kịp thời 9 ngư dân Lý Sơn gặp nạn trên biển

Cập nhật lúc 18:42 ngày 26/09/2024

(PTQ) - Chiều 26/9, tàu SAR 412 của Trung tâm Phối hợp tìm kiếm, cứu nạn hàng hải khu vực II đã đưa 9 ngư dân trên tàu cá QNg-96417-TS về đảo Lý Sơn an toàn. Tàu cá do ông Lê Văn Tám ở xã An Vĩnh, huyện Lý Sơn làm chủ, bị chìm khi đang khai thác cách đảo khoảng 45 hải lý về phía đông. Nhờ mặc áo phao và bám vào phao bè, các thuyền viên đều sống sót sau gần 6 giờ trôi trên biển.

Theo Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Ngãi, từ đầu năm đến nay, trên vùng biển của tỉnh đã xảy ra 14 vụ tai nạn tàu cá, làm 5 người chết và mất tích, giảm 3 người so với cùng kỳ năm 2023. Các lực lượng đã cứu được 87 ngư dân, trong đó 62 ngư dân được cứu nhờ mặc áo phao.

Toàn tỉnh hiện có 5.092 tàu cá, trong đó huyện Lý Sơn có 418 tàu. Năm 2024, UBND tỉnh hỗ trợ 3.000 áo phao đạt chuẩn cho ngư dân, mỗi chiếc trị giá 210.000 đồng. Đài Thông tin duyên hải Quảng Ngãi trực canh 24/24 giờ trên kênh 16 VHF để tiếp nhận, xử lý tín hiệu cấp cứu của ngư dân.

Đường dây nóng Bộ Chỉ huy Bộ đội Biên phòng tỉnh: 0255.3822.145.

Trần Minh - Thu Hà
"""

DAY = per("Chiều 26/9", "2024-09-26", "2024-09-26")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-09-26")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
LS = "Lý Sơn"

FIGS = [
    fig("Cứu kịp thời 9 ngư dân", "9", 9, "count", "ngư dân", subject="ngư dân Lý Sơn gặp nạn được cứu",
        location=LS),
    fig("đưa 9 ngư dân", "9", 9, "count", "ngư dân", subject="ngư dân trên tàu cá được đưa về đảo an toàn",
        period=DAY, location=LS),
    fig("khoảng 45 hải lý", "45", 45, "measure", "hải lý", approx="about",
        subject="khoảng cách từ nơi tàu cá bị chìm đến đảo", location=LS),
    fig("gần 6 giờ", "6", 6, "measure", "giờ", approx="nearly",
        subject="thời gian thuyền viên trôi trên biển", location=LS),
    fig("xảy ra 14 vụ", "14", 14, "count", "vụ", subject="vụ tai nạn tàu cá", period=YTD),
    fig("làm 5 người", "5", 5, "count", "người", change=chg("decrease", 3, "người", "cùng kỳ năm 2023"),
        subject="người chết và mất tích", period=YTD),
    fig("cứu được 87 ngư dân", "87", 87, "count", "ngư dân", subject="ngư dân được cứu", period=inh(YTD)),
    fig("62 ngư dân", "62", 62, "count", "ngư dân", total=87,
        subject="ngư dân được cứu nhờ mặc áo phao", period=inh(YTD)),
    fig("có 5.092 tàu", "5.092", 5092, "count", "tàu cá", subject="tàu cá"),
    fig("có 418 tàu", "418", 418, "count", "tàu", total=5092, subject="tàu cá", location=LS),
    fig("hỗ trợ 3.000 áo phao", "3.000", 3000, "count", "áo phao",
        subject="áo phao đạt chuẩn UBND tỉnh hỗ trợ cho ngư dân", period=Y24),
    fig("trị giá 210.000 đồng", "210.000", 210000, "money", "đồng/chiếc",
        subject="trị giá mỗi chiếc áo phao", period=Y24),
    fig("canh 24/24 giờ", "24", 24, "measure", "giờ", total=24, optional=True),
]

NOTES = [
    "Radio/TV site (PTQ, Quảng Ngãi): banner and menu, 'Cập nhật lúc 18:42 ngày 26/09/2024', tag '(PTQ) -', bylines at the end.",
    "Distractors: tàu 'SAR 412', 'khu vực II', boat number 'QNg-96417-TS', the owner 'Lê Văn Tám' (a number word in a name),",
    "'kênh 16 VHF' (a radio channel), the hotline 0255.3822.145, 18:42, 'Chiều 26/9' (a day, used as period).",
    "The rescue passage is about Lý Sơn fishermen (headline names Lý Sơn): location Lý Sơn; 'gần 6 giờ' drifting is a stated duration, not a",
    "period phrase, so it is a measure. Province figures: Quảng Ngãi. 'huyện Lý Sơn có 418 tàu' after 'trong đó' → total 5.092, location Lý Sơn.",
    "'giảm 3 người so với cùng kỳ năm 2023' → change in người. '24/24 giờ' (round the clock) is optional: an idiom that reads as a/b.",
]

if __name__ == "__main__":
    write("p1256-8", TEXT, NOTES, FIGS, published="2024-09-26", location="Quảng Ngãi")
