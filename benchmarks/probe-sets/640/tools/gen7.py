from lib import *

TEXT = """SỞ Y TẾ TỈNH QUẢNG TRỊ
CHI CỤC DÂN SỐ - KẾ HOẠCH HÓA GIA ĐÌNH
Trang chủ | Giới thiệu | Tin hoạt động | Văn bản | Liên hệ

Kết quả cung cấp dịch vụ kế hoạch hóa gia đình 6 tháng đầu năm 2024

Trong 6 tháng đầu năm 2024, toàn tỉnh Quảng Trị có 18.742 người mới sử dụng biện pháp tránh thai hiện đại, đạt 54,8% kế hoạch năm, tăng 3,6% so với cùng kỳ. Tỷ lệ cặp vợ chồng trong độ tuổi sinh đẻ đang sử dụng biện pháp tránh thai hiện đại đạt 68,2%.

Bảng 2. Người mới sử dụng biện pháp tránh thai hiện đại chia theo biện pháp
Đơn vị tính: người
Biện pháp
Kế hoạch năm 2024
Thực hiện 6 tháng
6 tháng năm 2023
Triệt sản
60
21
25
Dụng cụ tử cung
3.900
1.872
1.810
Thuốc cấy
650
318
290
Thuốc tiêm
2.400
1.236
1.198
Viên uống tránh thai
11.500
6.420
6.185
Bao cao su
15.700
8.875
8.583

Ngoài ra, các cơ sở y tế đã khám phụ khoa cho 4.356 phụ nữ, phát hiện và điều trị viêm nhiễm đường sinh sản cho 1.128 trường hợp. Huyện Hướng Hóa, nơi có tỷ lệ sinh con thứ 3 trở lên cao nhất tỉnh (27,4%), được ưu tiên phân bổ 35% số phương tiện tránh thai miễn phí. Kinh phí mua phương tiện tránh thai trong 6 tháng là 1.265,4 triệu đồng.

Chi cục đề nghị các Trung tâm Y tế huyện, thị xã, thành phố đẩy mạnh cung cấp dịch vụ tại 9 huyện, thị xã, thành phố, phấn đấu hoàn thành trên 95% kế hoạch năm.

Địa chỉ: 34 Lê Lợi, phường 1, TP. Đông Hà, tỉnh Quảng Trị. Điện thoại: 0233.3852.147
Tổng số lượt truy cập: 1.284.503
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
TH = P("Thực hiện 6 tháng", "2024-01-01", "2024-06-30")
C23 = P("6 tháng năm 2023", "2023-01-01", "2023-06-30")
ROWS = [
    ("Triệt sản", [("60", 60), ("21", 21), ("25", 25)]),
    ("Dụng cụ tử cung", [("3.900", 3900), ("1.872", 1872), ("1.810", 1810)]),
    ("Thuốc cấy", [("650", 650), ("318", 318), ("290", 290)]),
    ("Thuốc tiêm", [("2.400", 2400), ("1.236", 1236), ("1.198", 1198)]),
    ("Viên uống tránh thai", [("11.500", 11500), ("6.420", 6420), ("6.185", 6185)]),
    ("Bao cao su", [("15.700", 15700), ("8.875", 8875), ("8.583", 8583)]),
]
COLS = [("kế hoạch năm 2024", KH, "target"), ("thực hiện 6 tháng", TH, None), ("6 tháng năm 2023", C23, None)]

FIGS = [
    F("có 18.742 người", "18.742", 18742, "count", "người", "người mới sử dụng biện pháp tránh thai hiện đại", H1,
      percent=54.8, change=CH("increase", 3.6, "%", "cùng kỳ")),
    F("đạt 68,2%", "68,2", 68.2, "percent", "%",
      "Tỷ lệ cặp vợ chồng trong độ tuổi sinh đẻ đang sử dụng biện pháp tránh thai hiện đại", I(H1)),
]
for label, cells in ROWS:
    (a, _), (b, _), (c, _) = cells
    anchors = [f"{label}\n{a}\n", f"\n{a}\n{b}\n", f"\n{b}\n{c}\n"]
    for (num, v), anc, (cl, per, st) in zip(cells, anchors, COLS):
        kw = {"status": st} if st else {}
        FIGS.append(F(anc, num, v, "count", "người", f"{label} {cl}",
                      per, **kw))

FIGS += [
    F("cho 4.356 phụ nữ", "4.356", 4356, "count", "phụ nữ", "phụ nữ được khám phụ khoa", I(H1)),
    F("cho 1.128 trường hợp", "1.128", 1128, "count", "trường hợp", "trường hợp được phát hiện và điều trị viêm nhiễm đường sinh sản",
      I(H1)),
    F("tỉnh (27,4%)", "27,4", 27.4, "percent", "%", "tỷ lệ sinh con thứ 3 trở lên", I(H1), location="Hướng Hóa"),
    F("phân bổ 35%", "35", 35, "percent", "%", "số phương tiện tránh thai miễn phí được ưu tiên phân bổ", I(H1), location="Hướng Hóa"),
    F("là 1.265,4 triệu đồng", "1.265,4", 1265.4e6, "money", "đồng", "Kinh phí mua phương tiện tránh thai",
      P("6 tháng", "2023-01-01", "2023-06-30")),
    F("tại 9 huyện", "9", 9, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố đẩy mạnh cung cấp dịch vụ", optional=True),
    F("trên 95% kế hoạch", "95", 95, "percent", "%", "hoàn thành kế hoạch năm", approx="over", status="target"),
]

COMMENTS = [
    "Chi cục Dân số - KHHGĐ Quảng Trị (department site, no dateline): người mới sử dụng BPTT hiện đại 6 tháng đầu năm 2024.",
    "One-cell-per-line table with \"Đơn vị tính: người\": columns Kế hoạch năm 2024 (target) | Thực hiện 6 tháng (2024 H1) | 6 tháng năm 2023; periods from headers (scored); subject = row label + column label (the title names the indicator).",
    "The table's cells add up to the lead figures (18.742; plan 34.210; 2023 18.091), but table cells carry no total (every cell is its own figure).",
    "Not figures: \"Bảng 2\", \"34 Lê Lợi, phường 1\", phone, \"Tổng số lượt truy cập: 1.284.503\", \"con thứ 3\". No date of its own: published null.",
    "\"1.265,4 triệu đồng\" = 1 265 400 000 đồng. \"9 huyện, thị xã, thành phố\" (all of the province's districts, naming the scope) is optional.",
    "revised after the first run: \"trong 6 tháng\" (no year) now takes 2023, the year of the nearest earlier period (the last column header \"6 tháng năm 2023\"), as FIGURES.md says; a reader would say 2024.",
    "Hướng Hóa's third-child rate and its 35% allocation share carry location Hướng Hóa.",
]

if __name__ == "__main__":
    emit("p640-7", TEXT, COMMENTS, FIGS, published=None, location="Quảng Trị")
