from lib import F, P, I, build

TEXT = """CHI CỤC CHĂN NUÔI VÀ THÚ Y TỈNH NGHỆ AN
Tin tức - Sự kiện › Thú y

Kết quả tiêm phòng dại cho đàn chó, mèo 6 tháng đầu năm 2024
Ngày đăng: 05/08/2024 | Lượt xem: 764

Thực hiện Kế hoạch số 87/KH-UBND của UBND tỉnh về phòng, chống bệnh dại năm 2024, 6 tháng đầu năm, các địa phương đã tổ chức tiêm phòng cho 318.215 con chó, mèo, đạt 65,38% tổng đàn và đạt 81,6% kế hoạch năm. Trong 21 huyện, thành phố, thị xã, có 8 địa phương đạt tỷ lệ tiêm phòng trên 70%.

Kết quả tại một số địa phương như sau:
Đơn vị tính: con
Địa phương | Tổng đàn chó, mèo | Số con đã tiêm | Tỷ lệ tiêm (%)
Quỳnh Lưu | 42.350 | 31.208 | 73,69
Diễn Châu | 38.120 | 27.613 | 72,44
Yên Thành | 35.600 | 23.105 | 64,90
Nghi Lộc | 27.480 | 20.702 | 75,33
Thanh Chương | 30.215 | 16.847 | 55,76
Toàn tỉnh | 486.730 | 318.215 | 65,38

Toàn tỉnh còn khoảng 12.400 hộ chưa đưa chó, mèo đi tiêm, chủ yếu ở các huyện miền núi Kỳ Sơn, Tương Dương, Quế Phong. Giá vắc xin dại cho chó, mèo tại các điểm tiêm từ 25.000 đến 30.000 đồng/liều; riêng 135 xã đặc biệt khó khăn được ngân sách tỉnh hỗ trợ 100% chi phí vắc xin.

Cũng trong 6 tháng, Trung tâm Kiểm soát bệnh tật tỉnh ghi nhận 11.302 người bị động vật cắn phải tiêm vắc xin phòng dại, tăng 6,7% so với cùng kỳ; 3 ca tử vong do bệnh dại tại Kỳ Sơn, Con Cuông và Thanh Chương.

Trong quý III/2024, Chi cục dự kiến cấp 40.000 liều vắc xin cho các huyện miền núi, phấn đấu cả năm 2024 tỷ lệ tiêm phòng đạt trên 75% tổng đàn.

Mọi thông tin xin liên hệ: Phòng Dịch tễ, số 12 đường Trường Thi, TP Vinh; ĐT: 0238.3844.215.
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1t = I(P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30"))
T = "Tổng đàn chó, mèo"
V = "Số con đã tiêm"
R = "Tỷ lệ tiêm"

rows = [("Quỳnh Lưu", "42.350", 42350, "31.208", 31208, "73,69", 73.69),
        ("Diễn Châu", "38.120", 38120, "27.613", 27613, "72,44", 72.44),
        ("Yên Thành", "35.600", 35600, "23.105", 23105, "64,90", 64.90),
        ("Nghi Lộc", "27.480", 27480, "20.702", 20702, "75,33", 75.33),
        ("Thanh Chương", "30.215", 30215, "16.847", 16847, "55,76", 55.76),
        ("Toàn tỉnh", "486.730", 486730, "318.215", 318215, "65,38", 65.38)]

TABLE = []
for place, a, av, b, bv, c, cv in rows:
    loc = "Nghệ An" if place == "Toàn tỉnh" else place
    TABLE += [
        F(f"{place} | {a} |", a, av, "count", "con", T, period=H1t, location=loc),
        F(f"{a} | {b} |", b, bv, "count", "con", V, period=H1t, location=loc),
        F(f"{b} | {c}\n", c, cv, "percent", "%", R, period=H1t, location=loc),
    ]

FIGS = [
    F("cho 318.215 con", "318.215", 318215, "count", "con", "chó, mèo được tiêm phòng", percent=65.38, period=H1),
    F("đạt 81,6% kế hoạch", "81,6", 81.6, "percent", "%", "kết quả tiêm phòng so với kế hoạch năm", period=H1, optional=True),
    F("Trong 21 huyện", "21", 21, "count", "huyện, thành phố, thị xã", optional=True),
    F("có 8 địa phương", "8", 8, "count", "địa phương", "địa phương đạt tỷ lệ tiêm phòng trên 70%", total=21, period=I(H1)),
    F("phòng trên 70%", "70", 70, "percent", "%", approx="over", optional=True),
] + TABLE + [
    F("khoảng 12.400 hộ", "12.400", 12400, "count", "hộ", "hộ chưa đưa chó, mèo đi tiêm", approx="about"),
    F("từ 25.000 đến 30.000 đồng/liều", "25.000", 25000, "money", "đồng/liều", "giá vắc xin dại cho chó, mèo", value_max=30000),
    F("riêng 135 xã", "135", 135, "count", "xã", "xã đặc biệt khó khăn được hỗ trợ chi phí vắc xin"),
    F("hỗ trợ 100% chi phí", "100", 100, "percent", "%", "chi phí vắc xin được ngân sách tỉnh hỗ trợ"),
    F("ghi nhận 11.302 người", "11.302", 11302, "count", "người", "người bị động vật cắn phải tiêm vắc xin phòng dại",
      change={"direction": "increase", "value": 6.7, "unit": "%", "baseline": "cùng kỳ"},
      period=P("trong 6 tháng", "2024-01-01", "2024-06-30")),
    F("; 3 ca tử vong", "3", 3, "count", "ca", "ca tử vong do bệnh dại", period=P("trong 6 tháng", "2024-01-01", "2024-06-30")),
    F("cấp 40.000 liều", "40.000", 40000, "count", "liều", "vắc xin cấp cho các huyện miền núi", status="forecast",
      period=P("quý III/2024", "2024-07-01", "2024-09-30")),
    F("đạt trên 75%", "75", 75, "percent", "%", "tỷ lệ tiêm phòng", approx="over", status="target",
      period=P("cả năm 2024", "2024-01-01", "2024-12-31")),
]

COMMENTS = [
    "Department site (Chi cục Chăn nuôi và Thú y Nghệ An): rabies vaccination 6 months of 2024, with a flattened '|' table by district.",
    "Dateline 'Ngày đăng: 05/08/2024 | Lượt xem: 764' (the counter is furniture). Distractors: Kế hoạch số 87/KH-UBND, address 'số 12 đường Trường Thi', phone.",
    "'đạt 65,38% tổng đàn và đạt 81,6% kế hoạch năm': the first share is the count's percent, the second a percent figure of its own (optional).",
    "'Trong 21 huyện …, có 8 địa phương': 8 has total 21; 21 is structure (optional); 'trên 70%' is the threshold in the 8's defining clause (optional).",
    "Table (Đơn vị tính: con; last column '(%)'): every cell a figure; district rows go to location, subject = column label; 'Toàn tỉnh' row = Nghệ An;",
    "period '6 tháng đầu năm 2024' from the title/lead (inherited). No total attribute for table cells. Year-less '6 tháng đầu năm' takes 2024 from 'năm 2024' just before.",
    "'từ 25.000 đến 30.000 đồng/liều' money range, unit đồng/liều. 'dự kiến cấp' status forecast; 'phấn đấu … trên 75%' target.",
    "'3 ca tử vong … tại Kỳ Sơn, Con Cuông và Thanh Chương' is one province-level count spread over three districts: location stays Nghệ An.",
]

if __name__ == "__main__":
    build("p447-2", TEXT, COMMENTS, FIGS, published="2024-08-05", location="Nghệ An")
