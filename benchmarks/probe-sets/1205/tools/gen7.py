"""p1205-7: department site (Sở Công Thương Gia Lai), no dateline - inspection of lightning protection at fuel stations; one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH GIA LAI
Trang chủ | Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Liên hệ

Kiểm tra hệ thống chống sét tại cơ sở kinh doanh xăng dầu, kho vật liệu nổ

Trước mùa mưa bão, Sở Công Thương đã phối hợp với Công an tỉnh kiểm tra an toàn hệ thống chống sét, nối đất tại các cửa hàng xăng dầu, kho chứa và kho vật liệu nổ công nghiệp trên địa bàn tỉnh Gia Lai. Kết quả kiểm tra năm 2023 như sau:

Đơn vị tính: cơ sở
Loại cơ sở
Số cơ sở được kiểm tra
Số cơ sở đạt yêu cầu
Cửa hàng xăng dầu
186
171
Kho chứa xăng dầu, LPG
14
13
Kho vật liệu nổ công nghiệp
9
9
Tổng số
209
193

Như vậy, 193/209 cơ sở có hệ thống chống sét đạt yêu cầu, chiếm 92,3%, cao hơn 3,1 điểm phần trăm so với năm 2022. 16 cơ sở còn lại có điện trở nối đất vượt ngưỡng cho phép (không quá 10 Ω) hoặc kim thu sét bị ăn mòn; Sở đã xử phạt vi phạm hành chính 7 cơ sở với tổng số tiền 84 triệu đồng và yêu cầu khắc phục trong vòng 30 ngày.

Tại huyện Chư Sê, Cửa hàng xăng dầu số 12 trên Quốc lộ 14 từng bị sét đánh hỏng 2 cột bơm vào tháng 6/2022, thiệt hại gần 150 triệu đồng. Sau khi lắp mới kim thu sét và 4 cọc tiếp địa, cửa hàng chưa xảy ra sự cố nào.

Năm 2024, Sở dự kiến kiểm tra khoảng 230 cơ sở, trong đó ưu tiên 45 cửa hàng xăng dầu tại các huyện phía Đông như Kbang, Kông Chro, Ia Pa.

Tin liên quan:
- Hướng dẫn an toàn phòng cháy, chữa cháy mùa khô 2024
SỞ CÔNG THƯƠNG TỈNH GIA LAI
Địa chỉ: 20 Trần Hưng Đạo, TP Pleiku - Điện thoại: 0269.3824.517
Tổng lượt truy cập: 845.112 | Đang online: 37
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
KT = "số cơ sở được kiểm tra"
DAT = "số cơ sở đạt yêu cầu"
CH = P("tháng 6/2022", "2022-06-01", "2022-06-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")


def cell(anchor, number, value, row, col):
    return F(anchor, number, value, "count", "cơ sở", subject=f"{row} - {col}", period=I(Y23))


FIGS = [
    cell("\n186\n", "186", 186, "cửa hàng xăng dầu", KT),
    cell("\n171\n", "171", 171, "cửa hàng xăng dầu", DAT),
    cell("LPG\n14", "14", 14, "kho chứa xăng dầu, LPG", KT),
    cell("14\n13", "13", 13, "kho chứa xăng dầu, LPG", DAT),
    cell("công nghiệp\n9", "9", 9, "kho vật liệu nổ công nghiệp", KT),
    cell("9\nTổng số", "9", 9, "kho vật liệu nổ công nghiệp", DAT),
    cell("Tổng số\n209", "209", 209, "tổng số", KT),
    cell("209\n193", "193", 193, "tổng số", DAT),
    F("193/209 cơ sở", "193", 193, "count", "cơ sở", total=209, percent=92.3,
      change=C("increase", 3.1, "điểm phần trăm", "năm 2022"),
      subject="cơ sở có hệ thống chống sét đạt yêu cầu", period=I(Y23)),
    F("16 cơ sở còn lại", "16", 16, "count", "cơ sở",
      subject="cơ sở có điện trở nối đất vượt ngưỡng cho phép hoặc kim thu sét bị ăn mòn", period=I(Y23)),
    F("không quá 10 Ω", "10", 10, "measure", "Ω", approx="at_most", optional=True,
      subject="ngưỡng điện trở nối đất cho phép"),
    F("phạt vi phạm hành chính 7 cơ sở", "7", 7, "count", "cơ sở",
      subject="cơ sở bị xử phạt vi phạm hành chính", period=I(Y23)),
    F("84 triệu", "84", 84000000, "money", "đồng", subject="tổng số tiền xử phạt", period=I(Y23)),
    F("trong vòng 30 ngày", "30", 30, "measure", "ngày", approx="at_most", optional=True,
      subject="thời hạn khắc phục"),
    F("hỏng 2 cột bơm", "2", 2, "count", "cột bơm", location="Chư Sê",
      subject="cột bơm bị sét đánh hỏng", period=CH),
    F("gần 150 triệu", "150", 150000000, "money", "đồng", approx="nearly", location="Chư Sê",
      subject="thiệt hại do sét đánh hỏng cột bơm", period=CH),
    F("4 cọc tiếp địa", "4", 4, "count", "cọc tiếp địa", location="Chư Sê",
      subject="cọc tiếp địa lắp mới"),
    F("khoảng 230 cơ sở", "230", 230, "count", "cơ sở", approx="about", status="forecast",
      subject="cơ sở dự kiến kiểm tra hệ thống chống sét", period=Y24),
    F("ưu tiên 45 cửa hàng", "45", 45, "count", "cửa hàng xăng dầu", total=230, status="forecast",
      subject="cửa hàng xăng dầu ưu tiên kiểm tra", period=Y24),
]

NOTES = [
    "Department site (Sở Công Thương Gia Lai), no dateline: menu, related link, footer address, phone, 'Tổng lượt truy cập', 'Đang online'.",
    "One-cell-per-line table: 'Đơn vị tính: cơ sở', header Loại cơ sở / Số cơ sở được kiểm tra / Số cơ sở đạt yêu cầu, 'Tổng số' row.",
    "Cell subject = row label + column label; period năm 2023 from the sentence before the table (inherited).",
    "Distractors: 'Cửa hàng xăng dầu số 12', 'Quốc lộ 14', '20 Trần Hưng Đạo', phone, counters 845.112 and 37, 'mùa khô 2024'.",
    "'16 cơ sở còn lại' has no part-of cue of the spec's list: no total. Thresholds 'không quá 10 Ω' and 'trong vòng 30 ngày' optional.",
    "'45 cửa hàng' after 'trong đó' is a part of 'khoảng 230 cơ sở' (same plan, same year): total 230, forecast.",
]

if __name__ == "__main__":
    write("p1205-7", TEXT, NOTES, FIGS, location="Gia Lai")
