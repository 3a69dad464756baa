"""p1318-2: district portal (huyện Diễn Châu, Nghệ An): child car seats donated, survey, bus checks."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN DIỄN CHÂU
Trang chủ | Tin tức - Sự kiện | An toàn giao thông

Trao tặng 50 ghế ngồi ô tô cho trẻ em tại các trường mầm non

16/05/2024 - 10:20

Sáng 15/5, Ban An toàn giao thông huyện Diễn Châu phối hợp với Quỹ Vì trẻ em Xứ Nghệ tổ chức chương trình "Ghế an toàn - Hành trình an toàn", trao 50 ghế ngồi ô tô cho trẻ em, trị giá khoảng 125 triệu đồng, cho 5 trường mầm non trên địa bàn, gồm 3 trường công lập và 2 trường tư thục.

Theo khảo sát của Ban, trong số 420 phụ huynh thường đưa đón con bằng ô tô, chỉ có 37 người sử dụng ghế ngồi chuyên dụng cho trẻ, chiếm chưa đến 9%. Nhiều gia đình vẫn để trẻ dưới 10 tuổi ngồi ghế trước hoặc bế trẻ trên tay khi xe chạy.

Diễn Châu hiện có 14 doanh nghiệp, hợp tác xã kinh doanh vận tải hành khách với 236 xe, trong đó gần ba chục xe giường nằm. Từ đầu năm đến nay, Đội Cảnh sát giao thông - Trật tự Công an huyện đã kiểm tra 1.148 lượt xe khách, lập biên bản 96 trường hợp hành khách không thắt dây an toàn và 23 trường hợp lái xe không thắt dây an toàn, phạt tiền trên 170 triệu đồng.

Phát biểu tại chương trình, ông Hồ Văn Lĩnh, Phó Chủ tịch UBND huyện đề nghị các xã, thị trấn đẩy mạnh tuyên truyền, phấn đấu đến năm 2025 có ít nhất 30% số gia đình có ô tô sử dụng ghế ngồi cho trẻ em. Dự kiến trong năm nay, huyện sẽ tổ chức thêm ba đợt tuyên truyền tại các bến xe và trường học, thu hút khoảng 2 nghìn lượt người tham gia.

Nguồn: Ban An toàn giao thông huyện

Tin khác:
- Diễn Châu ra quân Tháng hành động vì trẻ em năm 2024
- Hướng dẫn đăng ký phù hiệu xe khách trên Cổng dịch vụ công

UBND HUYỆN DIỄN CHÂU
Địa chỉ: Khối 4, thị trấn Diễn Châu, tỉnh Nghệ An | Điện thoại: 0238.3862.209
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-05-16")
T25 = per("đến năm 2025", None, "2025-12-31")
NN = per("trong năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    fig("Trao tặng 50 ghế", "50", 50, "count", "ghế", subject="ghế ngồi ô tô cho trẻ em trao tặng các trường mầm non"),
    fig("trao 50 ghế", "50", 50, "count", "ghế", subject="ghế ngồi ô tô cho trẻ em trao tặng"),
    fig("khoảng 125 triệu", "125", 125e6, "money", "đồng", approx="about", subject="trị giá ghế ngồi ô tô trao tặng"),
    fig("cho 5 trường", "5", 5, "count", "trường mầm non", subject="trường mầm non được trao ghế"),
    fig("gồm 3 trường", "3", 3, "count", "trường", total=5, subject="trường mầm non công lập được trao ghế"),
    fig("và 2 trường", "2", 2, "count", "trường", total=5, subject="trường mầm non tư thục được trao ghế"),
    fig("trong số 420 phụ huynh", "420", 420, "count", "phụ huynh",
        subject="phụ huynh thường đưa đón con bằng ô tô được khảo sát"),
    fig("có 37 người", "37", 37, "count", "người", total=420, percent=9,
        subject="phụ huynh sử dụng ghế ngồi chuyên dụng cho trẻ"),
    fig("trẻ dưới 10 tuổi", "10", 10, "measure", "tuổi", approx="under", optional=True),
    fig("có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp, hợp tác xã",
        subject="doanh nghiệp, hợp tác xã kinh doanh vận tải hành khách"),
    fig("với 236 xe", "236", 236, "count", "xe", subject="xe kinh doanh vận tải hành khách"),
    fig("gần ba chục xe", "ba chục", 30, "count", "xe", approx="nearly", total=236, subject="xe giường nằm"),
    fig("kiểm tra 1.148 lượt", "1.148", 1148, "count", "lượt xe", subject="lượt xe khách được kiểm tra", period=YTD),
    fig("bản 96 trường hợp", "96", 96, "count", "trường hợp",
        subject="trường hợp hành khách không thắt dây an toàn bị lập biên bản", period=YTD),
    fig("và 23 trường hợp", "23", 23, "count", "trường hợp",
        subject="trường hợp lái xe không thắt dây an toàn bị lập biên bản", period=YTD),
    fig("trên 170 triệu", "170", 170e6, "money", "đồng", approx="over", subject="phạt tiền", period=YTD),
    fig("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
        subject="gia đình có ô tô sử dụng ghế ngồi cho trẻ em", period=T25),
    fig("thêm ba đợt", "ba", 3, "count", "đợt", status="forecast",
        subject="đợt tuyên truyền tại các bến xe và trường học", period=NN),
    fig("khoảng 2 nghìn", "2", 2000, "count", "lượt người", approx="about", status="forecast",
        subject="lượt người tham gia tuyên truyền", period=NN),
]

NOTES = [
    "District portal (huyện Diễn Châu, Nghệ An): banner, menu, '16/05/2024 - 10:20' under the headline, 'Nguồn:', 'Tin khác', footer.",
    "Distractors: 'Sáng 15/5', 'Khối 4', phone 0238.3862.209, time 10:20, 'năm 2024' in a link title.",
    "'trong số 420 phụ huynh ..., chỉ có 37 người ..., chiếm chưa đến 9%' → 37 has total 420 and percent 9 (the 'chưa đến' belongs to the share).",
    "'5 trường mầm non ..., gồm 3 trường công lập và 2 trường tư thục' → parts with total 5.",
    "'trẻ dưới 10 tuổi' is an age threshold describing a group (optional).",
    "'gần ba chục xe giường nằm' after 'trong đó' → 30, nearly, total 236. 'Từ đầu năm đến nay' ends at the dateline 2024-05-16.",
    "'phấn đấu đến năm 2025 ... ít nhất 30%' target; 'Dự kiến trong năm nay ... ba đợt ..., khoảng 2 nghìn lượt người' forecast, 2024.",
    "The one-day event (Sáng 15/5) gives no period. Location: the district Diễn Châu throughout.",
]

if __name__ == "__main__":
    write("p1318-2", TEXT, NOTES, FIGS, published="2024-05-16", location="Diễn Châu")
