from lib import F, P, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN Ý YÊN - TỈNH NAM ĐỊNH
Thứ Tư, 18/12/2024 - 15:20

Làng nghề đóng góp trên 40% giá trị sản xuất công nghiệp - TTCN của huyện

Huyện Ý Yên hiện có 8 làng nghề được UBND tỉnh công nhận, thu hút 4.860 hộ và 12.350 lao động tham gia sản xuất. Năm 2024, giá trị sản xuất của các làng nghề ước đạt 3.215 tỷ đồng, tăng 9,2% so với năm 2023, chiếm 41,5% giá trị sản xuất công nghiệp - tiểu thủ công nghiệp của huyện.

Kết quả sản xuất tại một số làng nghề chính năm 2024 (ước tính):
Làng nghề | Số hộ | Lao động (người) | Giá trị sản xuất (tỷ đồng) | Thu nhập bình quân (triệu đồng/người/tháng)
Gỗ mỹ nghệ La Xuyên | 1.120 | 3.450 | 1.180 | 9,5
Đúc đồng Tống Xá | 415 | 1.260 | 760 | 10,2
Sơn mài Cát Đằng | 370 | 980 | 215 | 7,8
Mây tre đan Vũ Xá | 640 | 1.530 | 96 | 5,4

Về bảo vệ môi trường, 8/8 làng nghề đã thành lập tổ tự quản; tỷ lệ chất thải rắn làng nghề được thu gom, xử lý năm 2024 đạt 87%, tăng 6 điểm phần trăm so với năm 2023. Tại làng nghề đúc đồng Tống Xá, huyện đang triển khai cụm công nghiệp làng nghề quy mô 25 ha, tổng mức đầu tư hơn 180 tỷ đồng, dự kiến di dời 65 cơ sở gây ô nhiễm ra khỏi khu dân cư trong năm 2025.

Năm 2025, huyện phấn đấu giá trị sản xuất làng nghề đạt 3.500 tỷ đồng, thu nhập bình quân lao động làng nghề đạt 8,5 triệu đồng/người/tháng.

Ban biên tập: Văn phòng HĐND - UBND huyện Ý Yên. Điện thoại: 0228.3823.456. Hợp tác xã Mây tre đan số 1 Vũ Xá được giới thiệu tại chuyên mục Sản phẩm OCOP.
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
N24 = P("Năm 2024", "2024-01-01", "2024-12-31")
ROWS = [
    ("Gỗ mỹ nghệ La Xuyên", "1.120", "3.450", "1.180", "9,5"),
    ("Đúc đồng Tống Xá", "415", "1.260", "760", "10,2"),
    ("Sơn mài Cát Đằng", "370", "980", "215", "7,8"),
    ("Mây tre đan Vũ Xá", "640", "1.530", "96", "5,4"),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("trên 40% giá trị", "40", 40, "percent", "%", "tỷ trọng làng nghề trong giá trị sản xuất công nghiệp - TTCN của huyện",
      approx="over"),
    F("có 8 làng nghề", "8", 8, "count", "làng nghề", "làng nghề được UBND tỉnh công nhận"),
    F("thu hút 4.860 hộ", "4.860", 4860, "count", "hộ", "hộ tham gia sản xuất làng nghề"),
    F("và 12.350 lao động", "12.350", 12350, "count", "lao động", "lao động tham gia sản xuất làng nghề"),
    F("ước đạt 3.215 tỷ đồng", "3.215", 3215e9, "money", "đồng", "giá trị sản xuất của các làng nghề", N24,
      status="estimate", change=CH("increase", 9.2, "%", "năm 2023"), percent=41.5),
]
for label, ho, ld, gt, tn in ROWS:
    first = f"{label} | {ho} |"
    FIGS += [
        F(first, ho, num(ho), "count", "hộ", f"Số hộ làng nghề {label}", Y24, status="estimate"),
        F(f"| {ho} | {ld} |", ld, num(ld), "count", "người", f"Lao động làng nghề {label}", Y24, status="estimate"),
        F(f"| {ld} | {gt} |", gt, num(gt) * 1e9, "money", "đồng", f"Giá trị sản xuất làng nghề {label}", Y24,
          status="estimate"),
        F(f"| {gt} | {tn}\n", tn, num(tn) * 1e6, "money", "đồng/người/tháng", f"Thu nhập bình quân làng nghề {label}", Y24,
          status="estimate"),
    ]
FIGS += [
    F("8/8 làng nghề", "8", 8, "count", "làng nghề", "làng nghề đã thành lập tổ tự quản về bảo vệ môi trường", total=8),
    F("đạt 87%", "87", 87, "percent", "%", "tỷ lệ chất thải rắn làng nghề được thu gom, xử lý",
      P("năm 2024", "2024-01-01", "2024-12-31"), change=CH("increase", 6, "điểm phần trăm", "năm 2023")),
    F("quy mô 25 ha", "25", 25, "measure", "ha", "quy mô cụm công nghiệp làng nghề Tống Xá"),
    F("hơn 180 tỷ đồng", "180", 180e9, "money", "đồng", "tổng mức đầu tư cụm công nghiệp làng nghề Tống Xá", approx="over"),
    F("di dời 65 cơ sở", "65", 65, "count", "cơ sở", "cơ sở gây ô nhiễm di dời ra khỏi khu dân cư",
      P("trong năm 2025", "2025-01-01", "2025-12-31"), status="forecast"),
    F("đạt 3.500 tỷ đồng", "3.500", 3500e9, "money", "đồng", "giá trị sản xuất làng nghề",
      P("Năm 2025", "2025-01-01", "2025-12-31"), status="target"),
    F("đạt 8,5 triệu", "8,5", 8.5e6, "money", "đồng/người/tháng", "thu nhập bình quân lao động làng nghề",
      P("Năm 2025", "2025-01-01", "2025-12-31"), status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Ý Yên (Nam Định): làng nghề 2024 — hộ, lao động, giá trị sản xuất, thu nhập; flattened '|' table of 4 villages.",
    "Dateline 'Thứ Tư, 18/12/2024 - 15:20'. Villages (La Xuyên, Tống Xá, Cát Đằng, Vũ Xá) are communes: location stays Ý Yên.",
    "Table: header units '(người)', '(tỷ đồng)' (×10⁹), '(triệu đồng/người/tháng)' (×10⁶); caption 'năm 2024 (ước tính)' gives estimate and the",
    "period (stated above the table → inherited). Subject = column label + row label. Headline 'trên 40%' is a percent figure of its own.",
    "3.215 tỷ: change 9,2% vs năm 2023 and share 41,5% (chiếm). 87%: 'tăng 6 điểm phần trăm' is its change. '8/8' total 8.",
    "'dự kiến di dời 65 cơ sở … trong năm 2025' forecast. Phone, 'Hợp tác xã … số 1' (a name): not figures.",
]

emit("p323-3", TEXT, COMMENTS, FIGS, published="2024-12-18", location="Ý Yên")
