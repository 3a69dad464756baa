"""p981-7: Sở Y tế Cao Bằng site, no dateline; one-cell-per-line table of maternal-care indicators."""
from lib import F, P, I, C, T, write

TEXT = """SỞ Y TẾ TỈNH CAO BẰNG
Trang chủ » Tin tức » Chăm sóc sức khỏe sinh sản

Kết quả chăm sóc sức khỏe bà mẹ tại các huyện vùng cao

Năm 2023, toàn tỉnh Cao Bằng có 8.214 trẻ đẻ sống; tỷ lệ phụ nữ sinh con tại cơ sở y tế đạt 91,4%, cao hơn 1,6 điểm phần trăm so với năm 2022. Một số chỉ tiêu chủ yếu như sau:

Đơn vị tính: %
Chỉ tiêu
Năm 2022
Năm 2023
Kế hoạch 2024
Khám thai từ 4 lần trở lên
66,8
70,5
75
Sinh con tại cơ sở y tế
89,8
91,4
93
Được nhân viên y tế đỡ đẻ
95,1
96,3
97
Được chăm sóc sau sinh tại nhà
72,4
76,0
80

Các huyện Bảo Lâm, Hà Quảng và Bảo Lạc có tỷ lệ sinh tại cơ sở y tế thấp nhất tỉnh, lần lượt đạt 78,2%, 81,5% và 83,0%. Toàn tỉnh hiện có 148 cô đỡ thôn bản, trong đó 96 người hoạt động tại 3 huyện trên. Năm 2023 không ghi nhận trường hợp tử vong mẹ nào; tỷ lệ trẻ sơ sinh có cân nặng dưới 2.500 gram là 5,8%, giảm so với mức 6,4% của năm trước.

Năm 2024, Sở Y tế đã phối hợp Quỹ Dân số Liên hợp quốc (UNFPA) tập huấn cấp cứu sản khoa cho 120 cán bộ y tế tuyến xã và cô đỡ thôn bản; dự kiến cấp 40 bộ dụng cụ đỡ đẻ sạch cho các thôn đặc biệt khó khăn.

SỞ Y TẾ TỈNH CAO BẰNG
Địa chỉ: Số 31 đường Hiến Giang, phường Hợp Giang, thành phố Cao Bằng
Điện thoại: 0206.3852.149 - Fax: 0206.3852.150
Tổng lượt truy cập: 1.204.388
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
P24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

ROWS = [
    ("Khám thai từ 4 lần trở lên", "tỷ lệ khám thai từ 4 lần trở lên", [("lên\n66,8", "66,8"), ("66,8\n70,5", "70,5"), ("70,5\n75", "75")]),
    ("Sinh con tại cơ sở y tế", "tỷ lệ sinh con tại cơ sở y tế", [("tế\n89,8", "89,8"), ("89,8\n91,4", "91,4"), ("91,4\n93", "93")]),
    ("Được nhân viên y tế đỡ đẻ", "tỷ lệ được nhân viên y tế đỡ đẻ", [("đẻ\n95,1", "95,1"), ("95,1\n96,3", "96,3"), ("96,3\n97", "97")]),
    ("Được chăm sóc sau sinh tại nhà", "tỷ lệ được chăm sóc sau sinh tại nhà", [("nhà\n72,4", "72,4"), ("72,4\n76,0", "76,0"), ("76,0\n80", "80")]),
]
COLS = [(Y22, "năm 2022", "actual"), (Y23, "năm 2023", "actual"), (P24, "kế hoạch 2024", "target")]

def num(s):
    return float(s.replace(",", "."))

FIGS = [
    F("có 8.214 trẻ", "8.214", 8214, "count", "trẻ", "trẻ đẻ sống", Y23),
    F("đạt 91,4%", "91,4", 91.4, "percent", "%", "tỷ lệ phụ nữ sinh con tại cơ sở y tế", Y23,
      change=C("increase", 1.6, "điểm phần trăm", "năm 2022")),
    F("Khám thai từ 4 lần", "4", 4, "count", "lần", "số lần khám thai", approx="at_least", optional=True),
]
for label, subj, cells in ROWS:
    for (anchor, n), (per, ptxt, st) in zip(cells, COLS):
        FIGS.append(F(anchor, n, num(n), "percent", "%", f"{subj} {ptxt}", per, status=st))
FIGS += [
    F("đạt 78,2%", "78,2", 78.2, "percent", "%", "tỷ lệ sinh tại cơ sở y tế", I(Y23), location="Bảo Lâm"),
    F("78,2%, 81,5%", "81,5", 81.5, "percent", "%", "tỷ lệ sinh tại cơ sở y tế", I(Y23), location="Hà Quảng"),
    F("và 83,0%", "83,0", 83.0, "percent", "%", "tỷ lệ sinh tại cơ sở y tế", I(Y23), location="Bảo Lạc"),
    F("có 148 cô đỡ", "148", 148, "count", "cô đỡ thôn bản", "cô đỡ thôn bản"),
    F("96 người hoạt động", "96", 96, "count", "người", "cô đỡ thôn bản hoạt động tại Bảo Lâm, Hà Quảng, Bảo Lạc",
      total=148),
    F("tại 3 huyện trên", "3", 3, "count", "huyện", "huyện có tỷ lệ sinh tại cơ sở y tế thấp nhất", optional=True),
    F("dưới 2.500 gram", "2.500", 2500, "measure", "gram", "cân nặng trẻ sơ sinh nhẹ cân", approx="under",
      optional=True),
    F("là 5,8%", "5,8", 5.8, "percent", "%", "tỷ lệ trẻ sơ sinh có cân nặng dưới 2.500 gram", Y23),
    F("mức 6,4%", "6,4", 6.4, "percent", "%", "tỷ lệ trẻ sơ sinh có cân nặng dưới 2.500 gram",
      P("năm trước", "2022-01-01", "2022-12-31")),
    F("cho 120 cán bộ", "120", 120, "count", "cán bộ", "cán bộ y tế tuyến xã và cô đỡ thôn bản được tập huấn cấp cứu sản khoa",
      Y24),
    F("cấp 40 bộ", "40", 40, "count", "bộ", "bộ dụng cụ đỡ đẻ sạch", Y24, status="forecast"),
]

NOTES = [
    "Sở Y tế Cao Bằng site, no dateline (published absent); footer address, phone, fax and visit counter are not figures.",
    "One-cell-per-line table (Đơn vị tính: %): subject = row label + column label, period from the column header,",
    "'Kế hoạch 2024' column -> status target. '96 người' after 'trong đó' -> total 148. 'mức 6,4% của năm trước' is a",
    "figure of its own (2022); no change value is stated for 5,8%. 'không ghi nhận trường hợp tử vong mẹ nào' has no number.",
    "Optional: visit threshold '4 lần', '3 huyện trên' (back-reference), '2.500 gram' (low-birth-weight threshold).",
    "'Năm 2024 ... tập huấn ... cho 120 cán bộ' is written as done (actual); 'dự kiến cấp 40 bộ' is forecast.",
]

if __name__ == "__main__":
    write("p981-7", TEXT, FIGS, NOTES, published=None, location="Cao Bằng")
