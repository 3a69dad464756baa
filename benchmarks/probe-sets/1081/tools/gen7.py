"""p1081-7: Sở TN&MT Cần Thơ department site (no dateline), tidal water levels, one-cell-per-line table (late 2024)."""
from lib import F, P, C, T, day, write

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG THÀNH PHỐ CẦN THƠ
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Triều cường tháng 10 và tháng 11/2024 vượt báo động 3 tại nhiều trạm

Theo số liệu của mạng lưới trạm thủy văn trên địa bàn thành phố, đỉnh triều cường tại trạm Cần Thơ (sông Hậu) ngày 18/10/2024 đạt 2,21 m, cao hơn báo động 3 là 0,21 m và cao hơn đỉnh lịch sử năm 2019 là 0,06 m. Mực nước cao nhất tại các trạm trong hai tháng như sau:

Đơn vị tính: m
Trạm
Tháng 10/2024
Tháng 11/2024
Báo động 3
Cần Thơ
2,21
2,16
2,00
Ô Môn
2,08
2,03
1,90
Thốt Nốt
2,02
1,97
1,85
Phong Điền
1,95
1,91
1,80

Từ đầu năm 2024 đến ngày 20/11/2024, thành phố ghi nhận 37 điểm ngập do triều cường, giảm 9 điểm so với cùng kỳ năm 2023; độ sâu ngập phổ biến khoảng 0,2-0,4 m. Hiện Sở vận hành 9 trạm đo mực nước tự động, số liệu cập nhật 15 phút/lần trên trang thông tin của Sở.

Dự báo trong tháng 12/2024, đỉnh triều tại trạm Cần Thơ có thể đạt 2,10-2,20 m, ở mức trên báo động 3. Người dân khu vực trũng thấp ven sông Cần Thơ, rạch Cái Khế cần chủ động kê cao tài sản.

SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG THÀNH PHỐ CẦN THƠ
Địa chỉ: số 9 Cách Mạng Tháng Tám, phường An Hòa, quận Ninh Kiều, TP. Cần Thơ
Điện thoại: 0292.3820.668 - Fax: 0292.3820.669
Tổng lượt truy cập: 3.482.117 | Đang truy cập: 56
"""

COLS = [("mực nước cao nhất tháng 10/2024", P("Tháng 10/2024", "2024-10-01", "2024-10-31")),
        ("mực nước cao nhất tháng 11/2024", P("Tháng 11/2024", "2024-11-01", "2024-11-30")),
        ("mực nước báo động 3", None)]
ROWS = [("Cần Thơ", ["2,21", "2,16", "2,00"]),
        ("Ô Môn", ["2,08", "2,03", "1,90"]),
        ("Thốt Nốt", ["2,02", "1,97", "1,85"]),
        ("Phong Điền", ["1,95", "1,91", "1,80"])]

FIGS = [
    F("2024 đạt 2,21 m", "2,21", 2.21, "measure", "m", "đỉnh triều cường tại trạm Cần Thơ (sông Hậu)",
      day("ngày 18/10/2024", "2024-10-18"), change=C("increase", 0.21, "m", "báo động 3")),
    F("là 0,06 m", "0,06", 0.06, "measure", "m", "đỉnh triều cường cao hơn đỉnh lịch sử năm 2019",
      day("ngày 18/10/2024", "2024-10-18"), optional=True),
]
for label, cells in ROWS:
    for i, cell in enumerate(cells):
        left = label if i == 0 else cells[i - 1]
        anchor = f"{left}\n{cell}"
        subj, per = COLS[i]
        FIGS.append(F(anchor, cell, float(cell.replace(",", ".")), "measure", "m", subj, per, location=label))

FIGS += [
    F("ghi nhận 37 điểm ngập", "37", 37, "count", "điểm ngập", "điểm ngập do triều cường",
      P("Từ đầu năm 2024 đến ngày 20/11/2024", "2024-01-01", "2024-11-20"),
      change=C("decrease", 9, "điểm", "cùng kỳ năm 2023")),
    F("khoảng 0,2-0,4 m", "0,2", 0.2, "measure", "m", "độ sâu ngập phổ biến",
      P("Từ đầu năm 2024 đến ngày 20/11/2024", "2024-01-01", "2024-11-20"), value_max=0.4, approx="about"),
    F("vận hành 9 trạm", "9", 9, "count", "trạm đo mực nước tự động", "trạm đo mực nước tự động Sở vận hành"),
    F("cập nhật 15 phút/lần", "15", 15, "measure", "phút/lần", "tần suất cập nhật số liệu"),
    F("đạt 2,10-2,20 m", "2,10", 2.1, "measure", "m", "đỉnh triều tại trạm Cần Thơ",
      P("trong tháng 12/2024", "2024-12-01", "2024-12-31"), value_max=2.2, status="forecast"),
]

NOTES = [
    "Sở TN&MT Cần Thơ site, no dateline (no published); footer address 'số 9 Cách Mạng Tháng Tám', phone/fax, visit counter are not figures.",
    "One-cell-per-line table (Đơn vị tính: m): header cells Trạm / Tháng 10/2024 / Tháng 11/2024 / Báo động 3, then 4 rows of 4 cells.",
    "Station names are places (city Cần Thơ, districts Ô Môn, Thốt Nốt, Phong Điền): location, not subject. Month columns give the period;",
    "the 'Báo động 3' column (alarm threshold of each station) has no period.",
    "'cao hơn báo động 3 là 0,21 m và cao hơn đỉnh lịch sử năm 2019 là 0,06 m': the first comparison is the change, the second a figure of its own (optional).",
    "'giảm 9 điểm so với cùng kỳ năm 2023' is the change of 37 điểm ngập. 'Hiện' → no period. 'ở mức trên báo động 3' is a level, not a figure.",
]

if __name__ == "__main__":
    write(7, TEXT, FIGS, NOTES, location="Cần Thơ")
