from lib import F, P, I, CH, emit

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH BẮC GIANG
Thể dục thể thao quần chúng

Bắc Giang: hệ thống sân bãi phục vụ bóng đá, bóng chuyền phong trào tiếp tục tăng

Năm 2023, toàn tỉnh Bắc Giang đầu tư xây mới 43 sân bóng đá phong trào, trong đó 28 sân cỏ nhân tạo. Tổng vốn đầu tư khoảng 96 tỷ đồng, trong đó vốn xã hội hóa chiếm 85%. Tỷ lệ thôn, tổ dân phố có sân bóng chuyền đạt 92,4%, cao hơn 3,1% so với năm 2022.

Cũng trong năm 2023, các địa phương tổ chức 1.136 giải bóng đá, bóng chuyền phong trào, thu hút khoảng 48.000 lượt vận động viên; huyện Lục Ngạn dẫn đầu với 164 giải.

Số sân thể thao cơ sở tại một số địa phương như sau:

Đơn vị tính: sân
Huyện, thành phố
Sân bóng đá năm 2022
Sân bóng đá năm 2023
Sân bóng chuyền năm 2023
Lục Nam
42
47
186
Lục Ngạn
38
44
203
Yên Thế
25
29
141
Tân Yên
31
33
172
Toàn tỉnh
412
455
2.318

Nhiều sân được xây dựng trên đất công ích do xã quản lý, người dân hiến đất, góp công; các sân cỏ nhân tạo được khai thác cho thuê vào buổi tối để có kinh phí duy tu. Theo kế hoạch, đến năm 2025 mỗi xã, phường, thị trấn có ít nhất 1 sân bóng đá phong trào; phấn đấu 95% thôn, tổ dân phố có sân bóng chuyền.

Địa chỉ: Số 2 đường Nguyễn Gia Thiều, TP. Bắc Giang
Điện thoại: 0204.3854.369
Tổng lượt truy cập: 2.914.556
"""

Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y25 = P("đến năm 2025", None, "2025-12-31")
COLS = [("Sân bóng đá năm 2022", Y22), ("Sân bóng đá năm 2023", Y23), ("Sân bóng chuyền năm 2023", Y23)]
ROWS = [
    ("Lục Nam", "Lục Nam", ["42", "47", "186"]),
    ("Lục Ngạn", "Lục Ngạn", ["38", "44", "203"]),
    ("Yên Thế", "Yên Thế", ["25", "29", "141"]),
    ("Tân Yên", "Tân Yên", ["31", "33", "172"]),
    ("Toàn tỉnh", "Bắc Giang", ["412", "455", "2.318"]),
]

FIGS = [
    F("xây mới 43 sân", "43", 43, "count", "sân", "sân bóng đá phong trào xây mới",
      P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("28 sân cỏ", "28", 28, "count", "sân", "sân bóng đá cỏ nhân tạo xây mới",
      P("Năm 2023", "2023-01-01", "2023-12-31"), total=43),
    F("khoảng 96 tỷ đồng", "96", 96e9, "money", "đồng", "tổng vốn đầu tư xây mới sân bóng đá phong trào",
      I(Y23), approx="about"),
    F("chiếm 85%", "85", 85, "percent", "%", "vốn xã hội hóa trong tổng vốn đầu tư", I(Y23)),
    F("đạt 92,4%", "92,4", 92.4, "percent", "%", "tỷ lệ thôn, tổ dân phố có sân bóng chuyền", I(Y23),
      change=CH("increase", 3.1, "%", "năm 2022")),
    F("tổ chức 1.136 giải", "1.136", 1136, "count", "giải", "giải bóng đá, bóng chuyền phong trào các địa phương tổ chức",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("khoảng 48.000 lượt", "48.000", 48000, "count", "lượt vận động viên", "lượt vận động viên tham gia giải bóng đá, bóng chuyền phong trào",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="about"),
    F("với 164 giải", "164", 164, "count", "giải", "giải bóng đá, bóng chuyền phong trào tổ chức",
      P("năm 2023", "2023-01-01", "2023-12-31"), location="Lục Ngạn"),
]
for label, loc, cells in ROWS:
    prev = label
    for (col, per), num in zip(COLS, cells):
        FIGS.append(F(f"{prev}\n{num}", num, float(num.replace(".", "")), "count", "sân", col, per, location=loc))
        prev = num
FIGS += [
    F("ít nhất 1 sân", "1", 1, "count", "sân", "sân bóng đá phong trào mỗi xã, phường, thị trấn", Y25,
      approx="at_least", status="target"),
    F("phấn đấu 95%", "95", 95, "percent", "%", "thôn, tổ dân phố có sân bóng chuyền", Y25, status="target"),
]

COMMENTS = [
    "Sở VHTTDL Bắc Giang (department site, no dateline): sân bóng đá, bóng chuyền phong trào; one-cell-per-line table, 'Đơn vị tính: sân'.",
    "Table: row labels are districts (location; 'Toàn tỉnh' = Bắc Giang), subject = column label, period from the column header (scored).",
    "'trong đó vốn xã hội hóa chiếm 85%' has no amount of its own and is not a share of the whole 96 tỷ (it describes the part):",
    "a percent figure of its own. 'cao hơn 3,1% so với năm 2022' is the change of 92,4%.",
    "Distractors: 'Số 2 đường Nguyễn Gia Thiều', phone, 'Tổng lượt truy cập: 2.914.556'. No published date.",
]

if __name__ == "__main__":
    emit("p755-7", TEXT, COMMENTS, FIGS, location="Bắc Giang")
