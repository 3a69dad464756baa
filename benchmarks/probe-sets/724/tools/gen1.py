"""p724-1: Nghệ An province portal — swimming pools built in 9 months of 2024, swimming lessons."""
import sys
from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NGHỆ AN
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Nghệ An: 9 tháng xây mới 46 bể bơi, hơn 21.000 trẻ em được học bơi

Cập nhật: 14/10/2024 08:35 | Lượt xem: 1.872

Theo Sở Văn hóa và Thể thao, 9 tháng năm 2024 toàn tỉnh xây mới 46 bể bơi, gồm 31 bể bơi lắp ghép và 15 bể bơi xây cố định, tăng 9 bể so với cùng kỳ năm 2023. Các huyện xây mới nhiều nhất là Quỳnh Lưu (7 bể), Diễn Châu (6 bể), Yên Thành (5 bể) và Nghi Lộc (4 bể).

Tính đến ngày 30/9/2024, toàn tỉnh có 318 bể bơi, trong đó 127 bể bơi đặt tại trường học; bình quân đạt 0,92 bể bơi/vạn dân.

Từ đầu năm đến nay, các địa phương đã mở 412 lớp dạy bơi cho 21.350 trẻ em từ 6 đến 15 tuổi, đạt 106,7% kế hoạch năm, tăng 2.140 em so với cùng kỳ. Tỷ lệ trẻ em trong độ tuổi biết bơi ước đạt 48,5%, cao hơn 3,2 điểm phần trăm so với năm 2023; phấn đấu đến năm 2025 đạt 55%.

Tổng kinh phí đầu tư xây dựng bể bơi trong 9 tháng ước khoảng 38,6 tỷ đồng, trong đó vốn xã hội hóa chiếm gần 70%. Giá vé tại các bể bơi công lập phổ biến từ 15.000 đến 25.000 đồng/lượt.

Thực hiện Kế hoạch số 215/KH-UBND ngày 12/3/2024 của UBND tỉnh, Sở đề nghị các huyện, thị xã, thành phố ưu tiên quỹ đất xây bể bơi tại các xã ven sông, ven biển và duy trì dạy bơi miễn phí trong dịp hè.

Sở Văn hóa và Thể thao Nghệ An – số 57 đường Trường Thi, TP. Vinh – Điện thoại: 0238.3844.526
"""

Y9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
FIGS = [
    F("9 tháng xây mới 46 bể bơi", "46", 46, "count", "bể bơi", "bể bơi xây mới",
      P("9 tháng", "2024-01-01", "2024-09-30")),
    F("hơn 21.000 trẻ em", "21.000", 21000, "count", "trẻ em", "trẻ em được học bơi",
      P("9 tháng", "2024-01-01", "2024-09-30"), approx="over"),
    F("toàn tỉnh xây mới 46 bể bơi", "46", 46, "count", "bể bơi", "bể bơi xây mới", Y9,
      change=CH("increase", 9, "bể", "cùng kỳ năm 2023")),
    F("gồm 31 bể bơi", "31", 31, "count", "bể bơi", "bể bơi lắp ghép xây mới", Y9, total=46),
    F("và 15 bể bơi", "15", 15, "count", "bể bơi", "bể bơi xây cố định", Y9, total=46),
    F("Quỳnh Lưu (7 bể)", "7", 7, "count", "bể", "bể bơi xây mới", I(Y9), location="Quỳnh Lưu"),
    F("Diễn Châu (6 bể)", "6", 6, "count", "bể", "bể bơi xây mới", I(Y9), location="Diễn Châu"),
    F("Yên Thành (5 bể)", "5", 5, "count", "bể", "bể bơi xây mới", I(Y9), location="Yên Thành"),
    F("Nghi Lộc (4 bể)", "4", 4, "count", "bể", "bể bơi xây mới", I(Y9), location="Nghi Lộc"),
    F("có 318 bể bơi", "318", 318, "count", "bể bơi", "bể bơi toàn tỉnh",
      P("Tính đến ngày 30/9/2024", None, "2024-09-30")),
    F("trong đó 127 bể bơi", "127", 127, "count", "bể bơi", "bể bơi đặt tại trường học",
      P("Tính đến ngày 30/9/2024", None, "2024-09-30"), total=318),
    F("đạt 0,92 bể bơi/vạn dân", "0,92", 0.92, "measure", "bể bơi/vạn dân", "bể bơi bình quân",
      P("Tính đến ngày 30/9/2024", None, "2024-09-30")),
    F("mở 412 lớp", "412", 412, "count", "lớp", "lớp dạy bơi",
      P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")),
    F("cho 21.350 trẻ em", "21.350", 21350, "count", "trẻ em", "trẻ em được dạy bơi",
      P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14"), percent=106.7,
      change=CH("increase", 2140, "em", "cùng kỳ")),
    F("từ 6 đến 15 tuổi", "6", 6, "measure", "tuổi", "độ tuổi trẻ em được dạy bơi", value_max=15, optional=True),
    F("ước đạt 48,5%", "48,5", 48.5, "percent", "%", "Tỷ lệ trẻ em trong độ tuổi biết bơi",
      change=CH("increase", 3.2, "điểm phần trăm", "năm 2023"), status="estimate"),
    F("đạt 55%", "55", 55, "percent", "%", "Tỷ lệ trẻ em trong độ tuổi biết bơi",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("khoảng 38,6 tỷ đồng", "38,6", 38.6e9, "money", "đồng", "Tổng kinh phí đầu tư xây dựng bể bơi",
      P("trong 9 tháng", "2024-01-01", "2024-09-30"), approx="about", status="estimate"),
    F("chiếm gần 70%", "70", 70, "percent", "%", "vốn xã hội hóa trong kinh phí đầu tư xây dựng bể bơi",
      P("trong 9 tháng", "2024-01-01", "2024-09-30"), approx="nearly", status="estimate"),
    F("từ 15.000 đến 25.000 đồng/lượt", "15.000", 15000, "money", "đồng/lượt",
      "Giá vé tại các bể bơi công lập", value_max=25000),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Nghệ An: bể bơi xây mới 9 tháng năm 2024, dạy bơi cho trẻ em, kinh phí.",
    "Headline '9 tháng' takes 2024 (dateline/lead). District items in brackets carry the district as location, the",
    "list's indicator (bể bơi xây mới) as subject, no total (no cue). 'tăng 9 bể so với cùng kỳ' after the two parts",
    "belongs to the whole 46. 'Từ đầu năm đến nay' ends at the dateline 14/10/2024. '3,2 điểm phần trăm' is the change",
    "of the 48,5% level (not a growth rate). The 70% share of the xã hội hóa part has no amount: a percent figure of its own.",
    "Ages 'từ 6 đến 15 tuổi' optional. Distractors: Kế hoạch số 215/KH-UBND, dates, Lượt xem, số 57, phone.",
]

if __name__ == "__main__":
    ok = emit("p724-1", TEXT, COMMENTS, FIGS, published="2024-10-14", location="Nghệ An")
    sys.exit(0 if ok else 1)
