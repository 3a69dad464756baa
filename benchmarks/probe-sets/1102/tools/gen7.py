"""p1102-7: Hải Phòng, department site (no dateline), table pasted one cell per line, footer with address/phone/counter."""
from lib import F, P, I, C, T, write

text = """CÔNG AN THÀNH PHỐ HẢI PHÒNG - PHÒNG CẢNH SÁT PCCC VÀ CNCH
Trang chủ | Giới thiệu | Tin hoạt động | Hướng dẫn PCCC | Liên hệ

Kết quả thực tập phương án chữa cháy tại nhà chung cư cao tầng năm 2024

Năm 2024, Phòng Cảnh sát PCCC và CNCH đã phối hợp với UBND 4 quận nội thành tổ chức thực tập phương án chữa cháy và cứu nạn, cứu hộ tại toàn bộ 39 nhà chung cư cao tầng đang hoạt động, với tổng số 56 cuộc và 8.120 lượt người tham gia, tăng 18% so với năm 2023. Kết quả cụ thể:

Quận
Số chung cư cao tầng (nhà)
Số cuộc thực tập (cuộc)
Lượt người tham gia (lượt)
Lê Chân
14
21
3.150
Ngô Quyền
11
16
2.480
Hồng Bàng
6
9
1.120
Hải An
8
10
1.370
Tổng cộng
39
56
8.120

Qua kiểm tra trước mỗi buổi thực tập, lực lượng chức năng phát hiện 1.846 bình chữa cháy hết hạn hoặc mất áp suất, 312 đầu báo cháy hỏng và 27 tủ chữa cháy vách tường thiếu lăng, vòi; các ban quản trị phải thay thế trước ngày 31/3/2025. Đã xử phạt 11 trường hợp với tổng số tiền 186 triệu đồng, giảm 23% so với năm 2023.

Năm 2025, đơn vị phấn đấu 100% nhà chung cư cao tầng được thực tập phương án chữa cháy có cư dân tham gia, tỷ lệ cư dân tham gia đạt trên 60%.

PHÒNG CẢNH SÁT PCCC VÀ CNCH - CÔNG AN THÀNH PHỐ HẢI PHÒNG
Địa chỉ: Số 22 Lý Tự Trọng, quận Hồng Bàng, TP Hải Phòng
Điện thoại: 0225.3745.114 - Đường dây nóng: 114
Tổng lượt truy cập: 1.284.906 | Đang trực tuyến: 37
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
LOC = "Hải Phòng"

figs = [
    F("UBND 4 quận", "4", 4, "count", "quận", "quận nội thành phối hợp tổ chức thực tập", Y24),
    F("toàn bộ 39 nhà", "39", 39, "count", "nhà chung cư", "nhà chung cư cao tầng được thực tập phương án chữa cháy", Y24),
    F("tổng số 56 cuộc", "56", 56, "count", "cuộc", "cuộc thực tập phương án chữa cháy", Y24),
    F("và 8.120 lượt người", "8.120", 8120, "count", "lượt người", "lượt người tham gia thực tập", Y24,
      change=C("increase", 18, "%", "năm 2023")),
]
cols = [("Số chung cư cao tầng", "nhà"), ("Số cuộc thực tập", "cuộc"), ("Lượt người tham gia", "lượt")]
rows = [("Lê Chân", ["14", "21", "3.150"]), ("Ngô Quyền", ["11", "16", "2.480"]), ("Hồng Bàng", ["6", "9", "1.120"]),
        ("Hải An", ["8", "10", "1.370"]), ("Tổng cộng", ["39", "56", "8.120"])]
for place, cells in rows:
    prev = place
    for (label, unit), c in zip(cols, cells):
        v = float(c.replace(".", ""))
        subj = label if place != "Tổng cộng" else f"Tổng cộng {label.lower()}"
        figs.append(F(f"{prev}\n{c}", c, v, "count", unit, subj, I(Y24),
                      location=LOC if place == "Tổng cộng" else place))
        prev = c

figs += [
    F("phát hiện 1.846 bình", "1.846", 1846, "count", "bình chữa cháy", "bình chữa cháy hết hạn hoặc mất áp suất", I(Y24)),
    F("312 đầu báo cháy", "312", 312, "count", "đầu báo cháy", "đầu báo cháy hỏng", I(Y24)),
    F("và 27 tủ", "27", 27, "count", "tủ chữa cháy vách tường", "tủ chữa cháy vách tường thiếu lăng, vòi", I(Y24)),
    F("xử phạt 11 trường hợp", "11", 11, "count", "trường hợp", "trường hợp bị xử phạt", I(Y24)),
    F("tổng số tiền 186 triệu đồng", "186", 186e6, "money", "đồng", "tổng số tiền xử phạt", I(Y24),
      change=C("decrease", 23, "%", "năm 2023")),
    F("phấn đấu 100% nhà", "100", 100, "percent", "%",
      "nhà chung cư cao tầng được thực tập phương án chữa cháy có cư dân tham gia", Y25, status="target"),
    F("đạt trên 60%", "60", 60, "percent", "%", "tỷ lệ cư dân tham gia thực tập", Y25, approx="over", status="target"),
]

write("p1102-7", text, [
    "Department site (Phòng Cảnh sát PCCC và CNCH, Công an TP Hải Phòng), no dateline: drills at high-rise apartments in 2024.",
    "Table pasted one cell per line: units from the header cells '(nhà)', '(cuộc)', '(lượt)'; subject = column label; row district",
    "-> location, Tổng cộng -> Hải Phòng; no totals on cells; period 'năm 2024' from the title and lead sentence (inherited).",
    "'tăng 18% so với năm 2023' attaches to 8.120 lượt người (the figure before it). 'UBND 4 quận nội thành' is a count of districts.",
    "Footer address (Số 22 Lý Tự Trọng, quận Hồng Bàng), phone 0225.3745.114, 114, 'Tổng lượt truy cập: 1.284.906',",
    "'Đang trực tuyến: 37' and 'trước ngày 31/3/2025' are distractors; the footer's quận Hồng Bàng localises nothing.",
], figs, published=None, location=LOC)
