from lib import F, P, CH, TG, emit

TEXT = """CỤC THI HÀNH ÁN DÂN SỰ TỈNH LONG AN
Tin tức - Sự kiện
Ngày đăng: 05/08/2024 | Lượt xem: 845

Kết quả thi hành án dân sự tính đến ngày 31/7/2024

Tính đến ngày 31/7/2024, Cục Thi hành án dân sự tỉnh và 15 Chi cục trực thuộc đã thi hành xong 9.846 việc trên tổng số 12.215 việc có điều kiện thi hành, đạt 80,61%; về tiền thi hành xong 1.212,6 tỷ đồng, đạt 37,04%. So với cùng kỳ năm 2023, số việc thi hành xong tăng 6,8%, số tiền thi hành xong tăng 11,2%.

Cũng trong thời gian này, toàn tỉnh đã tổ chức 64 cuộc cưỡng chế, bán đấu giá thành công 112 tài sản với tổng số tiền gần 286 tỷ đồng; xét miễn, giảm thi hành án cho 57 việc với số tiền 2,74 tỷ đồng.

Kết quả tại một số Chi cục có số việc lớn như sau:
Đơn vị tính: việc
Đơn vị
Có điều kiện
Thi hành xong
Tỷ lệ (%)
TP Tân An
1.284
1.093
85,12
Đức Hòa
1.917
1.498
78,14
Bến Lức
1.356
1.101
81,19
Cần Giuộc
988
742
75,10

Đáng chú ý, Chi cục THADS huyện Đức Hòa đã cưỡng chế thành công vụ tranh chấp quyền sử dụng đất có diện tích khoảng 2,3 ha tại xã Mỹ Hạnh Nam, giao trả cho người được thi hành án.

Toàn tỉnh hiện còn 2.369 việc có điều kiện chưa thi hành xong, trong đó 418 việc tồn đọng trên 1 năm. Cục phấn đấu đến ngày 30/9/2024 đạt tỷ lệ trên 85% về việc và trên 46% về tiền.

Trụ sở: số 112 Quốc lộ 1, phường 4, TP Tân An. Điện thoại: 0272.3826.417
"""

A = P("Tính đến ngày 31/7/2024", None, "2024-07-31")
AI = P("tính đến ngày 31/7/2024", None, "2024-07-31", inh=True)
T = P("đến ngày 30/9/2024", None, "2024-09-30")
B = 10**9

ROWS = [("TP Tân An", "Tân An", "1.284", "1.093", "85,12"),
        ("Đức Hòa", "Đức Hòa", "1.917", "1.498", "78,14"),
        ("Bến Lức", "Bến Lức", "1.356", "1.101", "81,19"),
        ("Cần Giuộc", "Cần Giuộc", "988", "742", "75,10")]

FIGS = [
    F("và 15 Chi cục", "15", "count", "Chi cục", "Chi cục trực thuộc", A, optional=True),
    F("xong 9.846 việc", "9.846", "count", "việc", "việc thi hành xong", A, total=12215, percent=80.61),
    F("xong 1.212,6 tỷ đồng", "1.212,6", "money", "đồng", "tiền thi hành xong", A, B, percent=37.04),
    F("tăng 6,8%", "6,8", "percent", "%", "số việc thi hành xong", AI),
    F("tăng 11,2%", "11,2", "percent", "%", "số tiền thi hành xong", AI),
    F("chức 64 cuộc", "64", "count", "cuộc cưỡng chế", "cuộc cưỡng chế", AI),
    F("công 112 tài sản", "112", "count", "tài sản", "tài sản bán đấu giá thành công", AI),
    F("gần 286 tỷ đồng", "286", "money", "đồng", "tổng số tiền bán đấu giá tài sản", AI, B, approx="nearly"),
    F("cho 57 việc", "57", "count", "việc", "việc được xét miễn, giảm thi hành án", AI),
    F("tiền 2,74 tỷ đồng", "2,74", "money", "đồng", "số tiền được xét miễn, giảm thi hành án", AI, B),
]
for label, loc, a, b, c in ROWS:
    FIGS.append(F(f"{label}\n{a}\n", a, "count", "việc", "việc có điều kiện", AI, location=loc))
    FIGS.append(F(f"\n{a}\n{b}\n", b, "count", "việc", "việc thi hành xong", AI, location=loc))
    FIGS.append(F(f"\n{b}\n{c}\n", c, "percent", "%", "Tỷ lệ thi hành xong", AI, location=loc))
FIGS += [
    F("khoảng 2,3 ha", "2,3", "measure", "ha", "diện tích đất tranh chấp được cưỡng chế", None, approx="about",
      location="Đức Hòa"),
    F("còn 2.369 việc", "2.369", "count", "việc", "việc có điều kiện chưa thi hành xong", AI),
    F("trong đó 418 việc", "418", "count", "việc", "việc tồn đọng trên 1 năm", AI, total=2369),
    F("trên 1 năm", "1", "measure", "năm", "thời gian tồn đọng", None, approx="over", optional=True),
    F("trên 85% về việc", "85", "percent", "%", "tỷ lệ thi hành xong về việc", T, approx="over", status="target"),
    F("trên 46% về tiền", "46", "percent", "%", "tỷ lệ thi hành xong về tiền", T, approx="over", status="target"),
]

COMMENTS = [
    "Department site (Cục THADS tỉnh Long An), 'Ngày đăng: dd/mm/yyyy | Lượt xem: N' dateline; results as of 31/7/2024.",
    "'9.846 việc trên tổng số 12.215 việc ..., đạt 80,61%' -> total 12215, percent 80.61. '15 Chi cục trực thuộc' (structure) optional.",
    "One-cell-per-line table with 'Đơn vị tính: việc' and a '(%)' column: each numeric cell a figure, row label (a district/city) = location,",
    "subject = column label; period from the title/lead 'tính đến ngày 31/7/2024' (inherited). No totals for table cells.",
    "'số việc thi hành xong tăng 6,8%' growth rates as the claim (percent, no change). 'khoảng 2,3 ha' measure in Đức Hòa. '2.369 việc ..., trong đó 418 việc' total 2369; 'trên 1 năm' (threshold) optional.",
    "Targets 'phấn đấu đến ngày 30/9/2024 ... trên 85% ... trên 46%'. Distractors: 'Lượt xem: 845', 'số 112 Quốc lộ 1, phường 4',",
    "phone 0272.3826.417, 'xã Mỹ Hạnh Nam'.",
]

emit("p318-7", TEXT, COMMENTS, FIGS, published="2024-08-05", location="Long An")
