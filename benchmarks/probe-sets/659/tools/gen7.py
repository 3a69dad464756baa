"""p659-7: Sở Ngoại vụ Hà Giang (department site, no dateline) — border line, markers, patrols; one-cell-per-line table."""
from lib import F, P, I, CH, emit

ROWS = [
    ("Đồng Văn", 412, 24, 430),
    ("Mèo Vạc", 356, 20, 370),
    ("Yên Minh", 198, 12, 210),
    ("Quản Bạ", 187, 11, 200),
    ("Vị Xuyên", 305, 18, 320),
    ("Hoàng Su Phì", 224, 14, 235),
    ("Xín Mần", 216, 13, 230),
]
assert sum(r[2] for r in ROWS) == 112

TABLE = "\n".join(f"{d}\n{a}\n{b}\n{c}" for d, a, b, c in ROWS)

TEXT = """SỞ NGOẠI VỤ TỈNH HÀ GIANG
Trang chủ / Công tác biên giới lãnh thổ

Quản lý đường biên, mốc giới trên tuyến biên giới Việt Nam - Trung Quốc thuộc tỉnh Hà Giang

Tuyến biên giới Việt Nam - Trung Quốc thuộc địa phận tỉnh Hà Giang dài 277,56 km, đi qua 7 huyện với 34 xã biên giới. Trên tuyến có 417 cột mốc, trong đó 380 mốc chính và 37 mốc phụ, do 14 đồn biên phòng trực tiếp quản lý, bảo vệ.

Bảng: Kết quả tuần tra biên giới theo huyện
Đơn vị tính: lượt
Huyện
Đơn phương năm 2023
Song phương năm 2023
Đơn phương kế hoạch 2024
""" + TABLE + """

Năm 2023, các đồn biên phòng đã phối hợp với lực lượng quản lý biên giới phía Trung Quốc tổ chức 112 cuộc tuần tra song phương, tăng 16 cuộc so với năm 2022; phát hiện 23 cột mốc bị hư hỏng, xê dịch và đã đề nghị sửa chữa, khôi phục 19 mốc, đạt 82,6%. Cột mốc số 428 tại xã Lũng Cú được kiểm tra định kỳ hằng tháng.

Đến năm 2025, tỉnh phấn đấu 100% cột mốc được số hóa trên bản đồ điện tử và có ít nhất 2 lần kiểm tra mỗi năm.

Liên hệ: Sở Ngoại vụ tỉnh Hà Giang, tổ 5, phường Nguyễn Trãi, thành phố Hà Giang. Điện thoại: 0219.3866.317
Lượt truy cập: 1.204.587
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
K24 = P("kế hoạch 2024", "2024-01-01", "2024-12-31")
Y23b = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("dài 277,56 km", "277,56", 277.56, "measure", "km",
      "chiều dài tuyến biên giới Việt Nam - Trung Quốc thuộc địa phận tỉnh Hà Giang"),
    F("đi qua 7 huyện", "7", 7, "count", "huyện", "huyện có tuyến biên giới đi qua"),
    F("34 xã", "34", 34, "count", "xã", "xã biên giới"),
    F("có 417 cột mốc", "417", 417, "count", "cột mốc", "cột mốc trên tuyến biên giới"),
    F("380 mốc chính", "380", 380, "count", "mốc", "mốc chính", total=417),
    F("37 mốc phụ", "37", 37, "count", "mốc", "mốc phụ", total=417),
    F("do 14 đồn", "14", 14, "count", "đồn biên phòng", "đồn biên phòng trực tiếp quản lý, bảo vệ biên giới"),
]
for d, a, b, c in ROWS:
    FIGS += [
        F(f"{d}\n{a}\n", str(a), a, "count", "lượt", "tuần tra đơn phương năm 2023", Y23, location=d),
        F(f"{a}\n{b}\n{c}", str(b), b, "count", "lượt", "tuần tra song phương năm 2023", Y23, location=d),
        F(f"{b}\n{c}\n", str(c), c, "count", "lượt", "tuần tra đơn phương kế hoạch 2024", K24, location=d,
          status="target"),
    ]
FIGS += [
    F("tổ chức 112 cuộc", "112", 112, "count", "cuộc tuần tra", "cuộc tuần tra song phương", Y23b,
      change=CH("increase", 16, "cuộc", "năm 2022")),
    F("phát hiện 23 cột mốc", "23", 23, "count", "cột mốc", "cột mốc bị hư hỏng, xê dịch được phát hiện", Y23b),
    F("khôi phục 19 mốc", "19", 19, "count", "mốc", "cột mốc được đề nghị sửa chữa, khôi phục", Y23b, percent=82.6),
    F("100% cột mốc", "100", 100, "percent", "%", "cột mốc được số hóa trên bản đồ điện tử",
      P("Đến năm 2025", None, "2025-12-31"), status="target"),
    F("ít nhất 2 lần", "2", 2, "count", "lần", "lần kiểm tra cột mốc mỗi năm",
      P("Đến năm 2025", None, "2025-12-31"), approx="at_least", status="target"),
]

COMMENTS = [
    "Sở Ngoại vụ Hà Giang page (department site, no dateline, counter in the footer): border line, markers, patrols by district.",
    "One-cell-per-line table with 'Đơn vị tính: lượt'; the district rows are locations; periods from the column headers",
    "(năm 2023 actual; 'kế hoạch 2024' → status target), scored as in shared h23. 380 + 37 = 417 after 'trong đó'.",
    "'khôi phục 19 mốc, đạt 82,6%' → percent 82,6 (no whole named with a cue). '2 lần kiểm tra mỗi năm' is a count of inspections",
    "(not a multiple). Distractors: Cột mốc số 428, tổ 5, phone, 'Lượt truy cập: 1.204.587'.",
]

if __name__ == "__main__":
    emit("p659-7", TEXT, COMMENTS, FIGS, published=None, location="Hà Giang")
