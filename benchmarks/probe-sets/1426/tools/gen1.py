"""p1426-1: province portal (Bắc Giang): closing of the provincial xiangqi club tournament 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Cổng Thông tin điện tử tỉnh Bắc Giang
Trang chủ > Văn hóa - Xã hội > Thể dục thể thao

Bế mạc Giải Cờ tướng các câu lạc bộ tỉnh Bắc Giang mở rộng năm 2024

Cập nhật: 22/09/2024 17:05 | Lượt xem: 1.386

Chiều 22/9, tại Nhà thi đấu thể thao tỉnh (số 2 đường Nguyễn Văn Cừ, TP Bắc Giang), Sở Văn hóa, Thể thao và Du lịch bế mạc Giải Cờ tướng các câu lạc bộ tỉnh Bắc Giang mở rộng lần thứ VIII năm 2024.

Giải quy tụ 186 kỳ thủ, tăng 21% so với giải năm 2023, đến từ 34 câu lạc bộ; trong đó 27 câu lạc bộ trong tỉnh và 7 câu lạc bộ của Hà Nội, Bắc Ninh, Lạng Sơn. Mỗi câu lạc bộ được đăng ký tối đa 6 kỳ thủ. Các kỳ thủ thi đấu 9 vòng theo hệ Thụy Sĩ.

Ở nội dung cá nhân nam, kỳ thủ Nguyễn Văn Khải (CLB Cờ tướng Hữu Nghị) vô địch với 7,5/9 điểm; kỳ thủ Trần Đức Hòa (CLB Thanh Niên) xếp thứ hai với 7 điểm. Nội dung nữ có 28 kỳ thủ tham gia, chiếm khoảng 15% tổng số vận động viên.

Tổng giá trị giải thưởng năm nay gần 120 triệu đồng, cao hơn 35 triệu đồng so với năm trước; trong đó giải Nhất cá nhân nam trị giá 15 triệu đồng. Kinh phí tổ chức do doanh nghiệp tài trợ chiếm 60%.

Theo Sở Văn hóa, Thể thao và Du lịch, hiện toàn tỉnh có 152 câu lạc bộ cờ tướng với hơn 3.400 hội viên. Năm 2025, ngành phấn đấu thành lập thêm từ 15 đến 20 câu lạc bộ ở các xã, phường.

Tin liên quan:
- Khai mạc Giải Bóng chuyền hơi người cao tuổi năm 2024
- Hội thi Thể thao các dân tộc thiểu số tỉnh lần thứ IV
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
NAMNAY = per("năm nay", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("quy tụ 186 kỳ thủ", "186", 186, "count", "kỳ thủ", change=chg("increase", 21, "%", "giải năm 2023"),
        subject="kỳ thủ giải quy tụ", period=inh(Y24)),
    fig("từ 34 câu lạc bộ", "34", 34, "count", "câu lạc bộ", subject="câu lạc bộ có kỳ thủ dự giải",
        period=inh(Y24)),
    fig("trong đó 27 câu lạc bộ", "27", 27, "count", "câu lạc bộ", total=34, subject="câu lạc bộ trong tỉnh",
        period=inh(Y24)),
    fig("và 7 câu lạc bộ", "7", 7, "count", "câu lạc bộ", total=34,
        subject="câu lạc bộ của Hà Nội, Bắc Ninh, Lạng Sơn", period=inh(Y24)),
    fig("tối đa 6 kỳ thủ", "6", 6, "count", "kỳ thủ", approx="at_most",
        subject="kỳ thủ mỗi câu lạc bộ được đăng ký"),
    fig("thi đấu 9 vòng", "9", 9, "count", "vòng", subject="vòng thi đấu theo hệ Thụy Sĩ"),
    fig("với 7,5/9 điểm", "7,5", 7.5, "measure", "điểm", total=9,
        subject="điểm của kỳ thủ Nguyễn Văn Khải vô địch nội dung cá nhân nam"),
    fig("xếp thứ hai", "hai", 2, "rank", "hạng", subject="kỳ thủ Trần Đức Hòa nội dung cá nhân nam"),
    fig("với 7 điểm", "7", 7, "measure", "điểm", subject="điểm của kỳ thủ Trần Đức Hòa"),
    fig("có 28 kỳ thủ", "28", 28, "count", "kỳ thủ", percent=15, subject="kỳ thủ nội dung nữ tham gia"),
    fig("gần 120 triệu", "120", 120e6, "money", "đồng", approx="nearly",
        change=chg("increase", 35e6, "đồng", "năm trước"), subject="tổng giá trị giải thưởng", period=NAMNAY),
    fig("trị giá 15 triệu", "15", 15e6, "money", "đồng", total=120e6, subject="giải Nhất cá nhân nam",
        period=NAMNAY),
    fig("chiếm 60%", "60", 60, "percent", "%", subject="kinh phí tổ chức do doanh nghiệp tài trợ"),
    fig("có 152 câu lạc bộ", "152", 152, "count", "câu lạc bộ", subject="câu lạc bộ cờ tướng"),
    fig("hơn 3.400 hội viên", "3.400", 3400, "count", "hội viên", approx="over",
        subject="hội viên câu lạc bộ cờ tướng"),
    fig("từ 15 đến 20", "15", 15, "count", "câu lạc bộ", value_max=20, status="target",
        subject="câu lạc bộ thành lập thêm ở các xã, phường", period=Y25),
]

NOTES = [
    "Province portal (Bắc Giang): closing of the provincial xiangqi club tournament 2024; breadcrumb, 'Cập nhật: 22/09/2024 17:05 | Lượt xem: 1.386'.",
    "Distractors: 17:05, 'Lượt xem: 1.386', 'Chiều 22/9', 'số 2 đường Nguyễn Văn Cừ', 'lần thứ VIII', 'năm 2024' in headline and links, 'lần thứ IV'.",
    "'tăng 21% so với giải năm 2023' follows 186 kỳ thủ directly: its change. 27 and 7 clubs follow 'trong đó' after 34: total 34.",
    "The 7 out-of-province clubs describe Bắc Giang's tournament: the provinces listed do not make it their figure (location Bắc Giang).",
    "'7,5/9 điểm' is a/b: total 9. Players' scores and ranks keep the province (they play for clubs of the tournament; no place named).",
    "'28 kỳ thủ ..., chiếm khoảng 15% tổng số vận động viên': percent attribute 15. 'giải Nhất ... 15 triệu' after 'trong đó' is part of the prize total.",
    "'Năm 2025 ... phấn đấu ... từ 15 đến 20 câu lạc bộ': range, target. Tournament counts inherit 'năm 2024' from the previous sentence (not scored).",
]

if __name__ == "__main__":
    write("p1426-1", TEXT, NOTES, FIGS, published="2024-09-22", location="Bắc Giang")
