"""p1236-5: Party newspaper (Báo Cần Thơ), a primary-school chess club in quận Ninh Kiều and a young player."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO CẦN THƠ
Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Cần Thơ
Giáo dục

Nuôi dưỡng tài năng cờ vua từ mái trường

Chiều thứ Sáu nào cũng vậy, phòng học tầng 3 của Trường Tiểu học Lê Quý Đôn (phường An Hòa, quận Ninh Kiều) rộn ràng tiếng quân cờ. Đây là nơi sinh hoạt của Câu lạc bộ Cờ vua nhà trường với 86 thành viên, gấp đôi so với ba năm trước.

Thầy Trần Quốc Bảo, người phụ trách câu lạc bộ, cho biết các em được chia thành 4 lớp theo trình độ, mỗi lớp từ 18 đến 25 em, tập 2 buổi/tuần. Mỗi năm câu lạc bộ chi khoảng 40 triệu đồng mua bàn cờ, đồng hồ thi đấu và sách, chủ yếu do phụ huynh đóng góp. Riêng 6 tháng đầu năm, học sinh của trường giành 17 huy chương tại các giải cấp thành phố và khu vực, trong đó có 6 huy chương vàng.

Nổi bật là em Nguyễn Gia Hân, học sinh lớp 4A1. Mới 9 tuổi, Hân đã có hệ số Elo 1.685 và là một trong hai kỳ thủ nhí của Cần Thơ được triệu tập vào đội tuyển trẻ quốc gia. Mỗi ngày em dành khoảng 2 giờ để giải thế cờ, cuối tuần thi đấu trực tuyến với bạn bè.

Theo Sở Giáo dục và Đào tạo, toàn thành phố hiện có 142 câu lạc bộ cờ vua học đường, tăng 23 câu lạc bộ so với cùng kỳ; riêng quận Ninh Kiều chiếm 38 câu lạc bộ. Năm nay, ngành giáo dục dự kiến tổ chức 5 giải cờ vua cấp thành phố với khoảng 2.000 lượt học sinh tham gia.

HOÀNG YẾN
12/7/2023
"""

H1 = per("6 tháng đầu năm", "2023-01-01", "2023-06-30")
NN = per("Năm nay", "2023-01-01", "2023-12-31")
NK = "Ninh Kiều"
CLUB = "Câu lạc bộ Cờ vua Trường Tiểu học Lê Quý Đôn"

FIGS = [
    fig("với 86 thành viên", "86", 86, "count", "thành viên", change=chg("increase", 2, "lần", "ba năm trước"),
        subject="thành viên " + CLUB, location=NK),
    fig("thành 4 lớp", "4", 4, "count", "lớp", subject="lớp theo trình độ của câu lạc bộ", location=NK),
    fig("từ 18 đến 25 em", "18", 18, "measure", "em/lớp", value_max=25,
        subject="học sinh mỗi lớp của câu lạc bộ", location=NK),
    fig("tập 2 buổi", "2", 2, "measure", "buổi/tuần", subject="buổi tập của câu lạc bộ", location=NK),
    fig("khoảng 40 triệu", "40", 40000000, "money", "đồng", approx="about",
        subject="kinh phí câu lạc bộ chi mua bàn cờ, đồng hồ thi đấu và sách mỗi năm", location=NK),
    fig("giành 17 huy chương", "17", 17, "count", "huy chương",
        subject="huy chương học sinh của trường giành tại các giải cấp thành phố và khu vực", period=H1,
        location=NK),
    fig("có 6 huy chương vàng", "6", 6, "count", "huy chương vàng", total=17,
        subject="huy chương vàng học sinh của trường giành tại các giải cấp thành phố và khu vực", period=H1,
        location=NK),
    fig("Mới 9 tuổi", "9", 9, "measure", "tuổi", optional=True, subject="tuổi của Nguyễn Gia Hân", location=NK),
    fig("Elo 1.685", "1.685", 1685, "measure", "điểm Elo", subject="hệ số Elo của Nguyễn Gia Hân", location=NK),
    fig("trong hai kỳ thủ", "hai", 2, "count", "kỳ thủ nhí",
        subject="kỳ thủ nhí được triệu tập vào đội tuyển trẻ quốc gia"),
    fig("khoảng 2 giờ", "2", 2, "measure", "giờ", approx="about",
        subject="thời gian Nguyễn Gia Hân giải thế cờ mỗi ngày", location=NK),
    fig("có 142 câu lạc bộ", "142", 142, "count", "câu lạc bộ",
        change=chg("increase", 23, "câu lạc bộ", "cùng kỳ"), subject="câu lạc bộ cờ vua học đường"),
    fig("chiếm 38 câu lạc bộ", "38", 38, "count", "câu lạc bộ", total=142,
        subject="câu lạc bộ cờ vua học đường", location=NK),
    fig("tổ chức 5 giải", "5", 5, "count", "giải", status="forecast",
        subject="giải cờ vua cấp thành phố", period=NN),
    fig("khoảng 2.000 lượt", "2.000", 2000, "count", "lượt học sinh", approx="about", status="forecast",
        subject="lượt học sinh tham gia giải cờ vua cấp thành phố", period=NN),
]

NOTES = [
    "Party newspaper (Báo Cần Thơ): byline 'HOÀNG YẾN' and bare date '12/7/2023' at the end (published). Default location Cần Thơ.",
    "The club passage is placed in quận Ninh Kiều: its figures (also the player's) take Ninh Kiều; city-wide figures stay Cần Thơ.",
    "'gấp đôi so với ba năm trước' after 86 -> change increase 2 lần (đôi = 2), baseline 'ba năm trước' (the 'ba' is no figure).",
    "Distractors: 'tầng 3', 'lớp 4A1', 'ba năm trước', 'một trong hai' ('một' is not a count), 'Chiều thứ Sáu', 'cuối tuần'.",
    "Year-less '6 tháng đầu năm' takes 2023 from the dateline (no earlier date in the text). 'Năm nay' = 2023.",
    "'mỗi lớp từ 18 đến 25 em' -> measure em/lớp (rate with denominator); '2 buổi/tuần'; 'Mỗi năm ... khoảng 40 triệu đồng' and",
    "'Mỗi ngày ... khoảng 2 giờ' keep the plain unit (a flow over a time span, as in 1116). Age '9 tuổi' optional.",
    "revised after the first run: 'của Cần Thơ' removed from the subject of 'hai kỳ thủ nhí' (the place is the location).",
    "'riêng quận Ninh Kiều chiếm 38 câu lạc bộ' is a part of 142 (same thing, same time): total 142.",
]

if __name__ == "__main__":
    write("p1236-5", TEXT, NOTES, FIGS, published="2023-07-12", location="Cần Thơ")
