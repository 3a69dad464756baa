from lib import F, P, I, CH, TG, emit

ROWS = [("Hua Tạt", "1.020", "360", "420"),
        ("Phụ Mẫu", "690", "228", "282"),
        ("Bó Nhàng", "480", "168", "192")]
COLS = ["cải tạo nhà ở", "công trình vệ sinh", "trang thiết bị"]

table = "\n".join(["Bản", "Cải tạo nhà ở", "Công trình vệ sinh", "Trang thiết bị"]
                  + [c for row in ROWS for c in row])

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH SƠN LA
Trang chủ / Du lịch / Du lịch cộng đồng

Hỗ trợ nâng cấp homestay tại các bản du lịch cộng đồng huyện Vân Hồ

Năm 2023, từ nguồn vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới, huyện Vân Hồ đã hỗ trợ 64 hộ đồng bào Mông, Thái tại 3 bản du lịch cộng đồng cải tạo, nâng cấp homestay với tổng kinh phí 3.840 triệu đồng, bình quân 60 triệu đồng/hộ. Chi tiết như sau:

Bảng 2. Kinh phí hỗ trợ nâng cấp homestay năm 2023
Đơn vị tính: triệu đồng
""" + table + """

Sau khi nâng cấp, 64 homestay này có thêm 210 phòng nghỉ; công suất phòng năm 2023 đạt 55%, doanh thu bình quân mỗi homestay khoảng 180 triệu đồng/năm, tăng 25% so với năm 2022. Bản Hua Tạt được UBND tỉnh công nhận là điểm du lịch cộng đồng đạt chuẩn OCOP 4 sao.

Năm 2024, huyện phấn đấu bố trí 5 tỷ đồng hỗ trợ thêm 80 hộ; dự kiến đến năm 2025 toàn tỉnh Sơn La có 300 homestay đạt tiêu chuẩn phục vụ khách du lịch.

Phòng Quản lý Du lịch
Địa chỉ: Tầng 4, Tòa nhà 7 tầng, đường Chu Văn Thịnh, phường Chiềng Lề, TP Sơn La
Điện thoại: 0212.3852.108
Đang truy cập: 37 | Tổng lượt truy cập: 1.208.455
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
TB = P("Kinh phí hỗ trợ nâng cấp homestay năm 2023", "2023-01-01", "2023-12-31", inh=True)

FIGS = [
    F("hỗ trợ 64 hộ", "64", 64, "count", "hộ", "hộ được hỗ trợ cải tạo, nâng cấp homestay", Y23),
    F("tại 3 bản", "3", 3, "count", "bản", "bản du lịch cộng đồng", Y23),
    F("kinh phí 3.840 triệu", "3.840", 3840000000, "money", "đồng", "tổng kinh phí hỗ trợ nâng cấp homestay", Y23),
    F("bình quân 60 triệu", "60", 60000000, "money", "đồng/hộ", "kinh phí hỗ trợ bình quân", Y23),
]
for r, (ban, *cells) in enumerate(ROWS):
    nxt = ROWS[r + 1][0] if r + 1 < len(ROWS) else "\nSau"
    for i, cell in enumerate(cells):
        if i == 0:
            anchor = f"{ban}\n{cell}\n"
        elif i == 1:
            anchor = f"\n{cells[0]}\n{cell}\n{cells[2]}"
        else:
            anchor = f"{cells[1]}\n{cell}\n{nxt}"
        v = int(cell.replace(".", "")) * 1000000
        FIGS.append(F(anchor, cell, v, "money", "đồng", f"kinh phí hỗ trợ {COLS[i]} bản {ban}", TB))

FIGS += [
    F("64 homestay này", "64", 64, "count", "homestay", "homestay được nâng cấp", optional=True),
    F("thêm 210 phòng", "210", 210, "count", "phòng", "phòng nghỉ tăng thêm sau nâng cấp"),
    F("đạt 55%", "55", 55, "percent", "%", "công suất phòng", y23),
    F("khoảng 180 triệu", "180", 180000000, "money", "đồng/năm", "doanh thu bình quân mỗi homestay", y23,
      approx="about", change=CH("increase", 25, "%", "năm 2022")),
    F("bố trí 5 tỷ", "5", 5000000000, "money", "đồng", "kinh phí hỗ trợ nâng cấp homestay", Y24, status="target"),
    F("thêm 80 hộ", "80", 80, "count", "hộ", "hộ được hỗ trợ thêm", Y24, status="target"),
    F("có 300 homestay", "300", 300, "count", "homestay", "homestay đạt tiêu chuẩn phục vụ khách du lịch", T25,
      status="forecast", location="Sơn La"),
]

COMMENTS = [
    "Sở VHTTDL Sơn La (department site), breadcrumb, NO dateline; footer counters. Homestay-upgrade support in huyện Vân Hồ, 2023.",
    "One-cell-per-line table 'Bảng 2' with 'Đơn vị tính: triệu đồng'; rows are villages (bản, not places): subject = column + village,",
    "location = the district Vân Hồ; period from the table title line (inherited, not scored). No totals on the cells.",
    "'64 homestay này' refers back to the 64 households -> optional. 'có thêm 210 phòng' has no base figure -> a count of its own.",
    "'công suất phòng năm 2023 đạt 55%, doanh thu … khoảng 180 triệu đồng/năm, tăng 25%…' -> the period stands earlier in the sentence (scored).",
    "'Năm 2024, huyện phấn đấu bố trí 5 tỷ đồng hỗ trợ thêm 80 hộ' -> target; 'dự kiến đến năm 2025 toàn tỉnh Sơn La' -> forecast, location Sơn La.",
    "Distractors: 'Bảng 2', 'OCOP 4 sao', 'Tầng 4, Tòa nhà 7 tầng', '0212.3852.108', 'Đang truy cập: 37', 'Tổng lượt truy cập: 1.208.455'.",
]

emit("p653-7", TEXT, COMMENTS, FIGS, published=None, location="Vân Hồ")
