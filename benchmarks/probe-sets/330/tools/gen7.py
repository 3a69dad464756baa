from lib import F, P, build

A = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CẦU NGANG
Thứ Hai, 22/04/2024 - 09:12

Cầu Ngang: Tập trung hỗ trợ nước sinh hoạt cho người dân vùng hạn mặn

Những ngày qua, độ mặn trên sông Láng Sắt và các tuyến kênh nội đồng thuộc huyện tiếp tục tăng cao, có thời điểm đo được 8,5‰, cao hơn mức cho phép tưới lúa gấp 2 lần. Theo UBND huyện, tính đến ngày 20/4/2024, toàn huyện có 1.284 hộ thiếu nước sinh hoạt tại 4 xã ven biển; huyện đã hỗ trợ nước cho 1.067 hộ, đạt 83,1%. Kết quả cụ thể như sau:

Đơn vị tính: hộ
Xã
Số hộ thiếu nước
Số hộ đã hỗ trợ
Mỹ Long Nam
412
365
Hiệp Mỹ Đông
356
298
Kim Hòa
301
247
Long Sơn
215
157
Cộng
1.284
1.067

Từ đầu tháng 3 đến nay, huyện đã chi 1,45 tỷ đồng chở nước, lắp đặt 12 trạm lọc nước mini công suất 2 m3/giờ; Công ty Cấp thoát nước Trà Vinh tăng thời gian cấp nước lên 20 giờ/ngày.

Huyện đã vận hành đóng 9 cống ngăn mặn thuộc hệ thống thủy lợi Nam Măng Thít, bảo vệ an toàn khoảng 2.350 ha lúa Đông Xuân - Hè Thu và 780 ha màu. Riêng xã Long Sơn còn khoảng 150 ha lúa Hè Thu sớm có nguy cơ thiếu nước tưới. UBND huyện phấn đấu đến ngày 30/4/2024 hỗ trợ 100% hộ thiếu nước sinh hoạt.

Người dân cần hỗ trợ liên hệ Phòng Nông nghiệp và Phát triển nông thôn huyện, số 1 đường 30/4, thị trấn Cầu Ngang, điện thoại 0294.3825.123.
"""

asof = P("tính đến ngày 20/4/2024", None, "2024-04-20")
asof_i = P("tính đến ngày 20/4/2024", None, "2024-04-20", True)
since = P("Từ đầu tháng 3 đến nay", "2024-03-01", "2024-04-22")
since_i = P("Từ đầu tháng 3 đến nay", "2024-03-01", "2024-04-22", True)

FIGS = [
    F("được 8,5‰", "8,5", 8.5, "measure", "‰", "độ mặn trên sông Láng Sắt và các tuyến kênh nội đồng",
      change={"direction": "increase", "value": 2, "unit": "lần", "baseline": "mức cho phép tưới lúa"}),
    F("có 1.284 hộ", "1.284", 1284, "count", "hộ", "hộ thiếu nước sinh hoạt", asof),
    F("tại 4 xã", "4", 4, "count", "xã", "xã ven biển có hộ thiếu nước sinh hoạt", asof),
    F("cho 1.067 hộ", "1.067", 1067, "count", "hộ", "hộ được hỗ trợ nước", asof, percent=83.1),
]
rows = [("Mỹ Long Nam", "412", "365"), ("Hiệp Mỹ Đông", "356", "298"), ("Kim Hòa", "301", "247"),
        ("Long Sơn", "215", "157"), ("Cộng", "1.284", "1.067")]
for name, a, b in rows:
    lab = "tổng cộng" if name == "Cộng" else f"xã {name}"
    FIGS.append(F(f"{name}\n{a}\n", a, int(a.replace(".", "")), "count", "hộ", f"Số hộ thiếu nước {lab}", asof_i))
    FIGS.append(F(f"\n{a}\n{b}\n", b, int(b.replace(".", "")), "count", "hộ", f"Số hộ đã hỗ trợ {lab}", asof_i))

FIGS += [
    F("chi 1,45 tỷ đồng", "1,45", 1.45e9, "money", "đồng", "kinh phí chở nước", since),
    F("lắp đặt 12 trạm", "12", 12, "count", "trạm lọc nước", "trạm lọc nước mini lắp đặt", since),
    F("công suất 2 m3/giờ", "2", 2, "measure", "m3/giờ", "công suất trạm lọc nước mini", since, optional=True),
    F("lên 20 giờ/ngày", "20", 20, "measure", "giờ/ngày", "thời gian cấp nước", since),
    F("đóng 9 cống", "9", 9, "count", "cống", "cống ngăn mặn thuộc hệ thống thủy lợi Nam Măng Thít vận hành đóng", since_i),
    F("khoảng 2.350 ha", "2.350", 2350, "measure", "ha", "lúa Đông Xuân - Hè Thu được bảo vệ an toàn", since_i, approx="about"),
    F("780 ha", "780", 780, "measure", "ha", "màu được bảo vệ an toàn", since_i),
    F("khoảng 150 ha", "150", 150, "measure", "ha", "lúa Hè Thu sớm có nguy cơ thiếu nước tưới xã Long Sơn", since_i, approx="about"),
    F("hỗ trợ 100% hộ", "100", 100, "percent", "%", "hộ thiếu nước sinh hoạt được hỗ trợ",
      P("đến ngày 30/4/2024", None, "2024-04-30"), status="target"),
]

build(7, A, FIGS, [
    "District portal (huyện Cầu Ngang, Trà Vinh): households lacking water by commune, support, sluices. Dateline 'Thứ Hai, 22/04/2024 - 09:12'.",
    "One-cell-per-line table with 'Đơn vị tính: hộ'; period 'tính đến ngày 20/4/2024' from the text above (inherited). Communes are below the levels",
    "FIGURES.md gives for location, so they stay in the subject and the location is the district. 'Cộng' row is a figure of its own (no totals in tables).",
    "'cao hơn mức cho phép tưới lúa gấp 2 lần' is the change (2 lần) of 8,5‰; 'Những ngày qua' is no defined period (null).",
    "'1.067 hộ, đạt 83,1%' has percent 83.1; no 'trong đó'-type cue, so no total. '4 xã ven biển' is a count. 'công suất 2 m3/giờ' (unit spec) optional.",
    "Distractors: 'đường 30/4' (street name), 'số 1', phone, 'Nam Măng Thít' (system name), 'Công ty Cấp thoát nước Trà Vinh' (place in a name).",
    "'phấn đấu đến ngày 30/4/2024 … 100%' → target with end date 2024-04-30.",
], published="2024-04-22", location="Cầu Ngang")
