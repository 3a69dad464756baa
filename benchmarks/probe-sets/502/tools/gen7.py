"""p502-7: department site (Sở NN&PTNT Long An), no dateline — dragon fruit 2023, one-cell-per-line table with units in headers."""
from lib import F, P, I, CH, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH LONG AN
Tin hoạt động ngành

Diện tích thanh long giảm mạnh, nông dân chuyển đổi cây trồng

Năm 2023, diện tích thanh long toàn tỉnh Long An còn 9.860 ha, giảm 1.540 ha so với năm 2022; sản lượng đạt 268.400 tấn. Giá thanh long ruột đỏ bình quân năm 2023 chỉ 11.500 đồng/kg, bằng 58% so với năm 2021.

Bảng: Diện tích, sản lượng thanh long theo huyện
Huyện
Diện tích năm 2023 (ha)
Sản lượng năm 2023 (tấn)
Kế hoạch diện tích năm 2024 (ha)
Châu Thành
6.310
176.900
6.000
Tân Trụ
1.650
43.200
1.500
Thủ Thừa
1.170
30.600
1.100
Các huyện khác
730
17.700
700

Nguyên nhân chủ yếu do giá bán thấp kéo dài, trong khi chi phí phân bón, điện chong đèn tăng 20-25%. Toàn tỉnh hiện có 71 mã số vùng trồng thanh long với diện tích 2.130 ha, giảm 18 mã so với năm 2022 do không duy trì được điều kiện. Tỉnh đang áp dụng mức hỗ trợ 5 triệu đồng/ha cho hộ chuyển đổi sang trồng sầu riêng, mít hoặc chanh không hạt.

Sở phấn đấu đến năm 2025 chuyển đổi khoảng 1.500 ha thanh long kém hiệu quả, đồng thời giữ ổn định vùng chuyên canh 6.000 ha tại huyện Châu Thành.

Địa chỉ: số 55 Hùng Vương, Phường 2, TP. Tân An, tỉnh Long An
Điện thoại: 0272.3826.454
Tổng số lượt truy cập: 2.145.389
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")


def row(name, anchors, values, loc):
    a, o, k = anchors
    va, vo, vk = values
    kw = {"location": loc} if loc else {}
    sub = "" if loc else " các huyện khác"
    return [
        F(a, a.strip().split("\n")[-1], va, "measure", "ha", "diện tích thanh long năm 2023" + sub, Y23b, **kw),
        F(o, o.strip().split("\n")[-1], vo, "measure", "tấn", "sản lượng thanh long năm 2023" + sub, Y23b, **kw),
        F(k, k.strip().split("\n")[-1], vk, "measure", "ha", "kế hoạch diện tích thanh long năm 2024" + sub, Y24,
          status="target", **kw),
    ]


FIGS = [
    F("còn 9.860 ha", "9.860", 9860, "measure", "ha", "diện tích thanh long", Y23,
      change=CH("decrease", 1540, "ha", "năm 2022")),
    F("đạt 268.400 tấn", "268.400", 268400, "measure", "tấn", "sản lượng thanh long", Y23),
    F("chỉ 11.500 đồng/kg", "11.500", 11500, "money", "đồng/kg", "giá thanh long ruột đỏ bình quân",
      P("năm 2023", "2023-01-01", "2023-12-31"), percent=58),
    *row("Châu Thành", ("Châu Thành\n6.310", "176.900", "\n6.000\n"), (6310, 176900, 6000), "Châu Thành"),
    *row("Tân Trụ", ("1.650", "43.200", "\n1.500\n"), (1650, 43200, 1500), "Tân Trụ"),
    *row("Thủ Thừa", ("1.170", "30.600", "\n1.100\n"), (1170, 30600, 1100), "Thủ Thừa"),
    *row("khác", ("\n730\n", "17.700", "\n700\n"), (730, 17700, 700), None),
    F("tăng 20-25%", "20", 20, "percent", "%", "chi phí phân bón, điện chong đèn tăng", value_max=25),
    F("có 71 mã số", "71", 71, "count", "mã số vùng trồng", "mã số vùng trồng thanh long",
      change=CH("decrease", 18, "mã", "năm 2022")),
    F("diện tích 2.130 ha", "2.130", 2130, "measure", "ha", "diện tích vùng trồng thanh long được cấp mã số"),
    F("hỗ trợ 5 triệu đồng/ha", "5", 5e6, "money", "đồng/ha", "mức hỗ trợ cho hộ chuyển đổi cây trồng"),
    F("khoảng 1.500 ha", "1.500", 1500, "measure", "ha", "diện tích thanh long kém hiệu quả chuyển đổi", T25,
      approx="about", status="target"),
    F("canh 6.000 ha", "6.000", 6000, "measure", "ha", "vùng chuyên canh thanh long", T25, status="target",
      location="Châu Thành"),
]

COMMENTS = [
    "Sở NN&PTNT Long An site, no dateline (published null); footer address, phone and visit counter are distractors.",
    "One-cell-per-line table, units in the column headers; every numeric cell is a figure; districts -> location, 'Các huyện khác' keeps Long An.",
    "Periods from the column headers (scored, as in shared h23); the 'Kế hoạch diện tích năm 2024' column -> status target.",
    "'bằng 58% so với năm 2021' after the price is its percent (share after bằng). 'chi phí ... tăng 20-25%' is a rate as the claim: percent, no change.",
    "'giảm 18 mã so với năm 2022' is the change of the 71 codes. 'Sở phấn đấu đến năm 2025' governs 'đồng thời giữ ổn định ... 6.000 ha' (target).",
    "The 6.000 ha kept 'tại huyện Châu Thành' is located in Châu Thành.",
]

if __name__ == "__main__":
    emit("p502-7", TEXT, COMMENTS, FIGS, published=None, location="Long An")
