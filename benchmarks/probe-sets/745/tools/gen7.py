from lib import F, P, I, CH, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH THANH HÓA
Chi cục Chăn nuôi và Thú y

Phát triển chăn nuôi vịt tại các huyện ven biển

Năm 2023, tổng đàn vịt toàn tỉnh đạt 5,12 triệu con, tăng 4,6% so với năm 2022; sản lượng thịt vịt hơi đạt 21.350 tấn. Đàn vịt của các huyện ven biển chiếm 48,7% tổng đàn toàn tỉnh.

Bảng: Tổng đàn vịt một số huyện trọng điểm
Đơn vị tính: nghìn con
Huyện
Năm 2022
Năm 2023
Kế hoạch 2024
Nga Sơn
412,5
438,0
460
Hậu Lộc
356,8
371,2
390
Hoằng Hóa
298,4
305,6
325
Quảng Xương
240,1
236,5
250

Toàn tỉnh hiện có 15 chuỗi liên kết sản xuất vịt an toàn với 1.120 hộ tham gia; lợi nhuận bình quân từ 8.000 đến 10.000 đồng/con vịt thịt. Mô hình nuôi vịt biển tại xã Đa Lộc (huyện Hậu Lộc) cho thu nhập khoảng 250 triệu đồng/ha mặt nước/năm.

Theo Nghị quyết số 12/2022/NQ-HĐND, mỗi cơ sở ấp trứng gia cầm đầu tư mới được hỗ trợ tối đa 300 triệu đồng. Đến hết năm 2023, đã có 9 cơ sở được hỗ trợ với tổng kinh phí 2,45 tỷ đồng.

Phấn đấu đến năm 2025, tổng đàn vịt toàn tỉnh đạt 5,6 triệu con, trong đó 35% được nuôi theo quy trình an toàn sinh học.

Chi cục Chăn nuôi và Thú y Thanh Hóa - 45 Hạc Thành, phường Điện Biên, TP. Thanh Hóa
Điện thoại: 0237.3852.112
Tổng số lượt truy cập: 2.905.417
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
C22 = P("Năm 2022", "2022-01-01", "2022-12-31")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
E23 = P("Đến hết năm 2023", None, "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

def row(district, cells):
    out = []
    for (anchor, number, col) in cells:
        per, label, st = col
        kw = {"status": "target"} if st else {}
        out.append(F(anchor, number, parse(number) * 1000, "count", "con", f"tổng đàn vịt {label}", per,
                     location=district, **kw))
    return out

def parse(n):
    return float(n.replace(".", "").replace(",", "."))

A = (C22, "năm 2022", False)
B = (C23, "năm 2023", False)
K = (K24, "kế hoạch 2024", True)

FIGS = [
    F("đạt 5,12 triệu con", "5,12", 5120000, "count", "con", "tổng đàn vịt", Y23,
      change=CH("increase", 4.6, baseline="năm 2022")),
    F("đạt 21.350 tấn", "21.350", 21350, "measure", "tấn", "sản lượng thịt vịt hơi", Y23),
    F("chiếm 48,7%", "48,7", 48.7, "percent", "%", "tỷ trọng đàn vịt của các huyện ven biển trong tổng đàn toàn tỉnh",
      I(Y23)),
    *row("Nga Sơn", [("412,5", "412,5", A), ("438,0", "438,0", B), ("\n460\n", "460", K)]),
    *row("Hậu Lộc", [("356,8", "356,8", A), ("371,2", "371,2", B), ("\n390\n", "390", K)]),
    *row("Hoằng Hóa", [("298,4", "298,4", A), ("305,6", "305,6", B), ("\n325\n", "325", K)]),
    *row("Quảng Xương", [("240,1", "240,1", A), ("236,5", "236,5", B), ("\n250\n", "250", K)]),
    F("có 15 chuỗi", "15", 15, "count", "chuỗi liên kết", "chuỗi liên kết sản xuất vịt an toàn"),
    F("với 1.120 hộ", "1.120", 1120, "count", "hộ", "hộ tham gia chuỗi liên kết sản xuất vịt an toàn"),
    F("từ 8.000 đến 10.000 đồng/con", "8.000", 8000, "money", "đồng/con", "lợi nhuận bình quân vịt thịt",
      value_max=10000),
    F("khoảng 250 triệu đồng/ha", "250", 250000000, "money", "đồng/ha mặt nước/năm",
      "thu nhập mô hình nuôi vịt biển", approx="about", location="Hậu Lộc"),
    F("tối đa 300 triệu đồng", "300", 300000000, "money", "đồng", "mức hỗ trợ mỗi cơ sở ấp trứng gia cầm đầu tư mới",
      approx="at_most"),
    F("có 9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở ấp trứng được hỗ trợ", E23),
    F("kinh phí 2,45 tỷ đồng", "2,45", 2450000000, "money", "đồng", "tổng kinh phí hỗ trợ cơ sở ấp trứng", E23),
    F("đạt 5,6 triệu con", "5,6", 5600000, "count", "con", "tổng đàn vịt", T25, status="target"),
    F("trong đó 35%", "35", 35, "percent", "%", "đàn vịt được nuôi theo quy trình an toàn sinh học", T25,
      status="target"),
]

COMMENTS = [
    "Sở NN&PTNT Thanh Hóa / Chi cục Chăn nuôi và Thú y: chăn nuôi vịt các huyện ven biển. Department site, no dateline (published null).",
    "One-cell-per-line table with 'Đơn vị tính: nghìn con' (412,5 = 412.500 con); columns Năm 2022 | Năm 2023 | Kế hoạch 2024;",
    "district row labels go to location; periods from the column headers (scored); 'Kế hoạch 2024' cells have status target.",
    "'35%' after 'trong đó' is a percent figure (a percent has no whole in con): no total. 'tối đa 300 triệu đồng' approx at_most.",
    "'xã Đa Lộc (huyện Hậu Lộc)' gives Hậu Lộc. Distractors: NQ 12/2022/NQ-HĐND, '45 Hạc Thành', phone, 'Tổng số lượt truy cập: 2.905.417'.",
]

if __name__ == "__main__":
    emit("p745-7", TEXT, COMMENTS, FIGS, location="Thanh Hóa")
