"""p1310-8: radio/TV site (Đài PT-TH TP Cần Thơ): karaoke with loa kéo, tip-offs in Ninh Kiều, pledges in Cái Răng, a survey."""
from lib import fig, per, inh, chg, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THÀNH PHỐ CẦN THƠ
Thời sự | Xã hội | Pháp luật | Video | Podcast

Ninh Kiều: tin báo về loa kéo gây ồn tăng gấp đôi trong quý I

Ngày đăng: 16/05/2024 08:12

THCT - Tình trạng hát karaoke bằng loa kéo gây ồn tại khu dân cư ở quận Ninh Kiều và quận Cái Răng đang gia tăng, nhất là vào cuối tuần.

Trong quý I/2024, Công an quận Ninh Kiều ghi nhận 86 tin báo về tiếng ồn qua tổng đài 113 và đường dây nóng của quận, gấp đôi cùng kỳ năm 2023. Lực lượng chức năng đã xử phạt 27 trường hợp với tổng số tiền 34,5 triệu đồng, trong đó 19 trường hợp vi phạm sau 22 giờ.

Tại quận Cái Răng, UBND quận đã vận động 312 hộ gia đình ký cam kết không sử dụng loa kéo công suất lớn sau 22 giờ, chiếm trên 70% số hộ có loa kéo trên địa bàn.

Khảo sát của phóng viên Đài với 500 người dân tại 5 phường cho thấy 68% cho rằng tiếng ồn từ loa kéo ảnh hưởng đến giấc ngủ, 23% từng phải nhắc nhở hàng xóm. Chị Nguyễn Thị Hồng (phường An Khánh) kể, nhà bên cạnh mua chiếc loa kéo Sansui SA2-15 và hát liên tục từ chiều đến gần nửa đêm.

Theo Sở Văn hóa, Thể thao và Du lịch, toàn thành phố hiện có 184 cơ sở kinh doanh karaoke được cấp phép. Dự kiến tại kỳ họp thứ 16, HĐND thành phố sẽ xem xét ban hành quy định hạn chế sử dụng loa kéo nơi công cộng.

Video: Bản tin Thời sự 19h ngày 15/5
Tin cùng chuyên mục:
- Cần Thơ xử lý xe độ ống xả gây ồn
"""

Q1H = per("quý I", "2024-01-01", "2024-03-31")
Q1 = per("Trong quý I/2024", "2024-01-01", "2024-03-31")
NK = "Ninh Kiều"

FIGS = [
    fig("tăng gấp đôi", "đôi", 2, "multiple", "lần", subject="tin báo về loa kéo gây ồn", period=Q1H,
        location=NK),
    fig("ghi nhận 86 tin báo", "86", 86, "count", "tin báo",
        change=chg("increase", 2, "lần", "cùng kỳ năm 2023"),
        subject="tin báo về tiếng ồn", period=Q1, location=NK),
    fig("xử phạt 27 trường hợp", "27", 27, "count", "trường hợp", subject="trường hợp bị xử phạt",
        period=inh(Q1), location=NK),
    fig("tiền 34,5 triệu", "34,5", 34.5e6, "money", "đồng", subject="tổng số tiền xử phạt",
        period=inh(Q1), location=NK),
    fig("trong đó 19 trường hợp", "19", 19, "count", "trường hợp", total=27,
        subject="trường hợp vi phạm sau 22 giờ", period=inh(Q1), location=NK),
    fig("vận động 312 hộ", "312", 312, "count", "hộ gia đình", percent=70,
        subject="hộ gia đình ký cam kết không sử dụng loa kéo công suất lớn sau 22 giờ", location="Cái Răng"),
    fig("với 500 người dân", "500", 500, "count", "người dân", subject="người dân được khảo sát"),
    fig("tại 5 phường", "5", 5, "count", "phường", subject="phường được khảo sát"),
    fig("cho thấy 68%", "68", 68, "percent", "%",
        subject="người dân cho rằng tiếng ồn từ loa kéo ảnh hưởng đến giấc ngủ"),
    fig("23% từng", "23", 23, "percent", "%", subject="người dân từng phải nhắc nhở hàng xóm"),
    fig("có 184 cơ sở", "184", 184, "count", "cơ sở", subject="cơ sở kinh doanh karaoke được cấp phép"),
]

NOTES = [
    "Radio/TV site (Đài PT-TH TP Cần Thơ): menu, headline, 'Ngày đăng: 16/05/2024 08:12', tag 'THCT -', video caption, related link.",
    "Headline 'tin báo ... tăng gấp đôi trong quý I' → a multiple standing alone (value 2, 'đôi'), period quý I 2024 (year of published),",
    "location Ninh Kiều (named in the headline). In the body 'gấp đôi cùng kỳ năm 2023' after 86 tin báo is its change (2 lần).",
    "'tổng số tiền 34,5 triệu đồng, trong đó 19 trường hợp' → the whole is the count of cases (27), not the money before the cue.",
    "'312 hộ ..., chiếm trên 70%' → percent attribute 70 (its 'trên' belongs to the attribute; the count is exact); location Cái Răng.",
    "The survey (500 người dân, 5 phường, 68%, 23%) is not placed in one district → Cần Thơ.",
    "Distractors: '113' (emergency line), '22 giờ' (twice), 'Sansui SA2-15', 'kỳ họp thứ 16', '19h', '15/5', 08:12.",
]

if __name__ == "__main__":
    write("p1310-8", TEXT, NOTES, FIGS, published="2024-05-16", location="Cần Thơ")
