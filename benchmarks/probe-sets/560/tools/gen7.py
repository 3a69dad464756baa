"""p560-7: department site, no dateline (Phòng Đào tạo, Trường Đại học Tây Bắc, Sơn La) — cut-off scores 2024, one cell per line."""
from lib import F, P, I, YEAR, CH, emit

TEXT = """TRƯỜNG ĐẠI HỌC TÂY BẮC - PHÒNG ĐÀO TẠO
Trang chủ | Tuyển sinh | Thông báo

Thông báo điểm trúng tuyển đại học hệ chính quy năm 2024 (đợt 1)

Hội đồng tuyển sinh Trường Đại học Tây Bắc (tỉnh Sơn La) thông báo điểm trúng tuyển đại học chính quy đợt 1 năm 2024 đối với 12 ngành đào tạo, trong đó có 7 ngành sư phạm. Năm nay, Trường nhận được 4.352 hồ sơ đăng ký xét tuyển, tăng 14,6% so với năm 2023. Tổng chỉ tiêu đợt 1 là 1.420 sinh viên; đã có 1.186 thí sinh trúng tuyển, đạt 83,5% chỉ tiêu. Điểm trúng tuyển theo kết quả thi tốt nghiệp THPT từ 15,00 đến 26,30 điểm.

Bảng 1. Điểm trúng tuyển một số ngành
Đơn vị tính: điểm

Mã ngành
Tên ngành
Điểm thi THPT
Điểm học bạ
7140202
Giáo dục Tiểu học
25,75
28,50
7140209
Sư phạm Toán học
25,10
28,20
7140217
Sư phạm Ngữ văn
26,30
28,75
7340101
Quản trị kinh doanh
16,00
18,00
7620110
Khoa học cây trồng
15,00
18,00

Thí sinh trúng tuyển các ngành sư phạm được miễn học phí; học phí các ngành ngoài sư phạm năm học 2024-2025 là 410.000 đồng/tín chỉ. Thí sinh xác nhận nhập học trực tuyến trước 17h00 ngày 27/8/2024, sau đó làm thủ tục nhập học tại Hội trường A3, tầng 2 nhà A.

Mọi thắc mắc xin liên hệ Phòng Đào tạo, điện thoại 0212.3751.700.

Lượt truy cập: 1.284.503
"""

Y24 = YEAR(2024)
SL = "Sơn La"

ROWS = [
    ("Giáo dục Tiểu học", "Tiểu học", "25,75", "28,50", "\n7140209"),
    ("Sư phạm Toán học", "Toán học", "25,10", "28,20", "\n7140217"),
    ("Sư phạm Ngữ văn", "Ngữ văn", "26,30", "28,75", "\n7340101"),
    ("Quản trị kinh doanh", "kinh doanh", "16,00", "18,00", "\n7620110"),
    ("Khoa học cây trồng", "cây trồng", "15,00", "18,00", "\n\nThí sinh"),
]

TABLE = []
for name, tail, thpt, hb, after in ROWS:
    TABLE += [
        F(f"{tail}\n{thpt}", thpt, float(thpt.replace(",", ".")), "measure", "điểm",
          f"Điểm thi THPT ngành {name}", I(Y24)),
        F(f"{thpt}\n{hb}{after}", hb, float(hb.replace(",", ".")), "measure", "điểm",
          f"Điểm học bạ ngành {name}", I(Y24)),
    ]

FIGS = [
    F("với 12 ngành", "12", 12, "count", "ngành đào tạo",
      "ngành đào tạo xét tuyển đợt 1", Y24),
    F("có 7 ngành", "7", 7, "count", "ngành sư phạm",
      "ngành sư phạm xét tuyển đợt 1", Y24, total=12),
    F("nhận được 4.352 hồ sơ", "4.352", 4352, "count", "hồ sơ",
      "hồ sơ đăng ký xét tuyển", P("Năm nay", "2024-01-01", "2024-12-31"),
      change=CH("increase", 14.6, baseline="năm 2023")),
    F("là 1.420 sinh viên", "1.420", 1420, "count", "sinh viên",
      "tổng chỉ tiêu đợt 1", I(Y24), status="target"),
    F("có 1.186 thí sinh", "1.186", 1186, "count", "thí sinh",
      "thí sinh trúng tuyển đợt 1", I(Y24), percent=83.5),
    F("từ 15,00 đến 26,30 điểm", "15,00", 15, "measure", "điểm",
      "điểm trúng tuyển theo kết quả thi tốt nghiệp THPT", I(Y24), value_max=26.3),
] + TABLE + [
    F("là 410.000 đồng/tín chỉ", "410.000", 410000, "money", "đồng/tín chỉ",
      "học phí các ngành ngoài sư phạm năm học 2024-2025"),
]

COMMENTS = [
    "Probe 560: department site (Phòng Đào tạo, Trường Đại học Tây Bắc), no dateline, visit counter in the footer — cut-off scores 2024.",
    "One-cell-per-line table with an 'Đơn vị tính: điểm' line; 7-digit 'Mã ngành' codes are identifiers, not figures.",
    "Every score cell is a figure (measure, điểm); subject = column + ngành; period inherited from the title/lead (năm 2024).",
    "Location Sơn La: the lead names '(tỉnh Sơn La)'. 'đợt 1', '17h00 ngày 27/8/2024', 'Hội trường A3, tầng 2', phone, 'Lượt truy cập' are not figures.",
    "No published date (the text has no dateline; 27/8/2024 is a deadline); 'Năm nay' takes the year of the nearest earlier period (năm 2024).",
]

if __name__ == "__main__":
    emit("p560-7", TEXT, COMMENTS, FIGS, location=SL)
