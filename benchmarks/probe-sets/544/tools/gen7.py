"""p544-7: department site (Sở LĐ-TB&XH Nghệ An), Quỹ Bảo trợ trẻ em 2023, one-cell-per-line table, no dateline."""
from lib import F, P, Y, CH, T, AGE, emit

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH NGHỆ AN
Trang chủ / Bảo vệ, chăm sóc trẻ em / Quỹ Bảo trợ trẻ em

Quỹ Bảo trợ trẻ em tỉnh vận động được 9,42 tỷ đồng trong năm 2023

Năm 2023, Quỹ Bảo trợ trẻ em các cấp trong tỉnh đã vận động được 9,42 tỷ đồng, đạt 117,8% kế hoạch, tăng 1,35 tỷ đồng so với năm 2022. Từ nguồn quỹ, đã hỗ trợ cho 14.260 lượt trẻ em; trong đó 2.315 trẻ em có hoàn cảnh đặc biệt được hỗ trợ tiền mặt với mức từ 500.000 đến 2.000.000 đồng/em, 36 trẻ em được hỗ trợ phẫu thuật tim, mắt, dị tật vận động.

Dịp Tết Trung thu, Quỹ đã trao 8.650 suất quà với tổng trị giá khoảng 2,6 tỷ đồng; cấp 215 suất học bổng "Nâng bước em đến trường", mỗi suất 3 triệu đồng. Số dư Quỹ tính đến ngày 31/12/2023 là 1.124,8 triệu đồng. Toàn tỉnh có 21/21 huyện, thành phố, thị xã đã thành lập Quỹ Bảo trợ trẻ em cấp huyện.

Kết quả vận động Quỹ tại một số địa phương
Đơn vị tính: triệu đồng
Địa phương
Năm 2022
Năm 2023
TP Vinh
1.250
1.480
Thị xã Cửa Lò
310
355
Huyện Diễn Châu
420
512
Huyện Nghi Lộc
385
460

Năm 2024, Quỹ phấn đấu vận động 10 tỷ đồng, hỗ trợ ít nhất 15.000 lượt trẻ em.

Mọi tấm lòng hảo tâm xin gửi về: Quỹ Bảo trợ trẻ em tỉnh Nghệ An, số 121 Lê Hồng Phong, TP Vinh; tài khoản số 5101 0000 386 247 tại BIDV Nghệ An; điện thoại 0238.3844.125.

Tổng lượt truy cập: 1.284.503
"""

Y23 = Y(2023, "Năm 2023")
Y23i = Y(2023, "Năm 2023", inherited=True)
Y24 = Y(2024, "Năm 2024")

CELLS = [
    ("Vinh", "TP Vinh", ("1.250", 1250), ("1.480", 1480)),
    ("Cửa Lò", "Thị xã Cửa Lò", ("310", 310), ("355", 355)),
    ("Diễn Châu", "Huyện Diễn Châu", ("420", 420), ("512", 512)),
    ("Nghi Lộc", "Huyện Nghi Lộc", ("385", 385), ("460", 460)),
]
TABLE = []
for loc, label, a, b in CELLS:
    TABLE.append(F(f"{label}\n{a[0]}", a[0], a[1] * 1e6, "money", "đồng",
                   "Kết quả vận động Quỹ Bảo trợ trẻ em năm 2022", Y(2022, "Năm 2022"), location=loc))
    TABLE.append(F(f"{a[0]}\n{b[0]}", b[0], b[1] * 1e6, "money", "đồng",
                   "Kết quả vận động Quỹ Bảo trợ trẻ em năm 2023", Y(2023, "Năm 2023"), location=loc))

FIGS = [
    F("được 9,42 tỷ đồng trong", "9,42", 9.42e9, "money", "đồng", "Quỹ Bảo trợ trẻ em tỉnh vận động được",
      Y(2023, "năm 2023")),
    F("được 9,42 tỷ đồng, đạt", "9,42", 9.42e9, "money", "đồng", "Quỹ Bảo trợ trẻ em các cấp vận động được", Y23,
      percent=117.8, change=CH("increase", 1.35e9, "đồng", "năm 2022")),
    F("14.260 lượt", "14.260", 14260, "count", "lượt trẻ em", "lượt trẻ em được hỗ trợ từ nguồn quỹ", Y23i),
    F("2.315 trẻ em", "2.315", 2315, "count", "trẻ em",
      "trẻ em có hoàn cảnh đặc biệt được hỗ trợ tiền mặt", Y23i, total=14260),
    F("từ 500.000 đến", "500.000", 500000, "money", "đồng/em", "mức hỗ trợ tiền mặt", Y23i, value_max=2000000),
    F("36 trẻ em", "36", 36, "count", "trẻ em", "trẻ em được hỗ trợ phẫu thuật tim, mắt, dị tật vận động", Y23i,
      total=14260),
    F("8.650 suất quà", "8.650", 8650, "count", "suất quà", "suất quà trao dịp Tết Trung thu", Y23i),
    F("khoảng 2,6 tỷ đồng", "2,6", 2.6e9, "money", "đồng", "tổng trị giá quà", Y23i, approx="about"),
    F("215 suất học bổng", "215", 215, "count", "suất học bổng", "suất học bổng Nâng bước em đến trường", Y23i),
    F("mỗi suất 3 triệu đồng", "3", 3e6, "money", "đồng", "mức học bổng mỗi suất", Y23i),
    F("là 1.124,8 triệu đồng", "1.124,8", 1124.8e6, "money", "đồng", "Số dư Quỹ",
      P("tính đến ngày 31/12/2023", None, "2023-12-31")),
    F("21/21", "21", 21, "count", "huyện, thành phố, thị xã",
      "huyện, thành phố, thị xã đã thành lập Quỹ Bảo trợ trẻ em cấp huyện", total=21),
    *TABLE,
    F("vận động 10 tỷ đồng", "10", 10e9, "money", "đồng", "Quỹ vận động", Y24, status="target"),
    F("ít nhất 15.000", "15.000", 15000, "count", "lượt trẻ em", "lượt trẻ em được hỗ trợ", Y24,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Department site (Sở LĐ-TB&XH Nghệ An), no dateline (published null): Quỹ Bảo trợ trẻ em 2023.",
    "One-cell-per-line table with 'Đơn vị tính: triệu đồng': cells are money ×10^6 đồng; row labels are places (location),",
    "subject = indicator + column; period from the column header (scored, as shared h23).",
    "Location Nghệ An elsewhere. 'tăng 1,35 tỷ đồng so với năm 2022' = change 1.35e9 đồng. 'trong đó' parts of 14.260 lượt trẻ em",
    "(2.315 and, after the comma, 36) take total 14.260. '500.000 đến 2.000.000 đồng/em' is a money range with the rate in the unit.",
    "'ít nhất 15.000' = at_least; 'phấn đấu' makes both 2024 figures targets.",
    "Distractors: tài khoản số 5101 0000 386 247, số 121 Lê Hồng Phong, phone 0238.3844.125, Tổng lượt truy cập: 1.284.503.",
]

if __name__ == "__main__":
    emit("p544-7", TEXT, COMMENTS, FIGS, published=None, location="Nghệ An")
