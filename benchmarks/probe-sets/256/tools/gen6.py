from lib import build, F, P, chg, tgt

TEXT = """
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH TÂY NINH
Tin hoạt động ngành

Giá mía vụ 2023-2024 tăng cao, nông dân Tây Ninh phấn khởi

Theo Chi cục Trồng trọt và Bảo vệ thực vật, niên vụ 2023-2024 diện tích mía toàn tỉnh đạt 19.850 ha, chủ yếu tại các huyện Tân Châu, Tân Biên, Dương Minh Châu; năng suất bình quân 74,7 tấn/ha. Các nhà máy đường trên địa bàn đã ép 1.482.600 tấn mía, tăng 9,7% so với vụ trước, trong đó mía thu mua ngoài tỉnh chiếm gần 18%.

Giá mía thu mua tại ruộng (mía 10 CCS) của các nhà máy như sau:
Đơn vị tính: đồng/tấn
Nhà máy
Vụ 2022-2023
Vụ 2023-2024
Thành Thành Công Tây Ninh
1.030.000
1.250.000
Biên Hòa - Tây Ninh
980.000
1.230.000
Nhà máy đường Tân Châu
960.000
1.200.000

Như vậy, giá mía vụ này tăng từ 220.000 đến 250.000 đồng/tấn so với vụ trước. Người trồng mía lãi khoảng 30-35 triệu đồng/ha, gấp 2 lần vụ 2022-2023.

Tính đến ngày 15/4/2024, 92,5% diện tích mía có hợp đồng bao tiêu; các nhà máy đã chi trả tiền mía cho nông dân hơn 1.830 tỷ đồng, không để nợ đọng.

Niên vụ 2024-2025, ngành nông nghiệp tỉnh phấn đấu duy trì diện tích khoảng 20.000 ha, năng suất đạt 78 tấn/ha trở lên.

Địa chỉ: Số 09 đường 30/4, phường 2, thành phố Tây Ninh. Điện thoại: 0276.3822.351
16/4/2024
"""

NV = P("niên vụ 2023-2024", "2023-01-01", "2024-12-31")
NVi = P("niên vụ 2023-2024", "2023-01-01", "2024-12-31", inh=True)
V22 = P("Vụ 2022-2023", "2022-01-01", "2023-12-31")
V23 = P("Vụ 2023-2024", "2023-01-01", "2024-12-31")
AS = P("Tính đến ngày 15/4/2024", None, "2024-04-15")
KH = P("Niên vụ 2024-2025", "2024-01-01", "2025-12-31")
G = "giá mía thu mua tại ruộng"

FIGS = [
    F("đạt 19.850 ha", "19.850", 19850, "measure", "ha", "diện tích mía toàn tỉnh", period=NV),
    F("bình quân 74,7 tấn/ha", "74,7", 74.7, "measure", "tấn/ha", "năng suất bình quân", period=NV),
    F("ép 1.482.600 tấn mía", "1.482.600", 1482600, "measure", "tấn", "mía các nhà máy đường trên địa bàn đã ép",
      change=chg("increase", 9.7, "%", "vụ trước"), period=NVi),
    F("chiếm gần 18%", "18", 18, "percent", "%", "mía thu mua ngoài tỉnh", approx="nearly", period=NVi),
    F("(mía 10 CCS)", "10", 10, "measure", "CCS", "chữ đường mía chuẩn thu mua", optional=True),
    F("Tây Ninh\n1.030.000", "1.030.000", 1030000, "money", "đồng/tấn", f"{G} Thành Thành Công Tây Ninh Vụ 2022-2023", period=V22),
    F("1.030.000\n1.250.000", "1.250.000", 1250000, "money", "đồng/tấn", f"{G} Thành Thành Công Tây Ninh Vụ 2023-2024", period=V23),
    F("Biên Hòa - Tây Ninh\n980.000", "980.000", 980000, "money", "đồng/tấn", f"{G} Biên Hòa - Tây Ninh Vụ 2022-2023", period=V22),
    F("980.000\n1.230.000", "1.230.000", 1230000, "money", "đồng/tấn", f"{G} Biên Hòa - Tây Ninh Vụ 2023-2024", period=V23),
    F("Tân Châu\n960.000", "960.000", 960000, "money", "đồng/tấn", f"{G} Nhà máy đường Tân Châu Vụ 2022-2023", period=V22),
    F("960.000\n1.200.000", "1.200.000", 1200000, "money", "đồng/tấn", f"{G} Nhà máy đường Tân Châu Vụ 2023-2024", period=V23),
    F("từ 220.000 đến 250.000", "220.000", 220000, "money", "đồng/tấn", "mức tăng giá mía so với vụ trước",
      value_max=250000, period=NVi),
    F("khoảng 30-35 triệu", "30", 30000000, "money", "đồng/ha", "lãi của người trồng mía", value_max=35000000,
      approx="about", change=chg("increase", 2, "lần", "vụ 2022-2023"), period=NVi),
    F("2024, 92,5% diện tích", "92,5", 92.5, "percent", "%", "diện tích mía có hợp đồng bao tiêu", period=AS),
    F("hơn 1.830 tỷ đồng", "1.830", 1830000000000, "money", "đồng", "tiền mía các nhà máy đã chi trả cho nông dân",
      approx="over", period=AS),
    F("khoảng 20.000 ha", "20.000", 20000, "measure", "ha", "diện tích mía", approx="about", status="target", period=KH),
    F("đạt 78 tấn/ha", "78", 78, "measure", "tấn/ha", "năng suất", approx="at_least", status="target", period=KH),
]

COMMENTS = [
    "Department site (Sở NN&PTNT Tây Ninh, 'Tin hoạt động ngành'): niên vụ 2023-2024 area, yield, cane crushed, prices paid by mill, profit, payments, plan.",
    "No dateline at the top; the bare date '16/4/2024' at the end is the article's date.",
    "One-cell-per-line table: header 'Nhà máy | Vụ 2022-2023 | Vụ 2023-2024', 'Đơn vị tính: đồng/tấn'. Row labels are mills (organisations), not places:",
    "'Biên Hòa' (a city of Đồng Nai) and 'Tân Châu' (a district of the province) inside mill names do not change the location (Tây Ninh).",
    "Cell subject = indicator + row label + column label; period from the column header ('Vụ 2022-2023' -> 2022-01-01 .. 2023-12-31), scored as in shared h23/h24.",
    "'chiếm gần 18%' is the share of a part with no number of its own (mía ngoài tỉnh), so it is a percent figure, not the percent of 1.482.600 tấn.",
    "'tăng từ 220.000 đến 250.000 đồng/tấn' has no base amount: a money range figure of its own (like a growth rate as the claim), no change object.",
    "'gấp 2 lần vụ 2022-2023' is the change of the profit range (lần). '78 tấn/ha trở lên' -> approx at_least; 'phấn đấu' -> target.",
    "Distractors: 'Số 09 đường 30/4, phường 2' (address with a date-like street name), phone 0276.3822.351, the bare date, '(mía 10 CCS)' optional.",
]

build("p256-6", TEXT, COMMENTS, FIGS, published="2024-04-16", location="Tây Ninh")
