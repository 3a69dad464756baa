from lib import Doc, P, C, T

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH SƠN LA
Ngày cập nhật: 05/04/2024

Sơn La kiểm soát hiệu quả bệnh viêm da nổi cục trên trâu, bò

Giai đoạn 2021-2023, bệnh viêm da nổi cục xảy ra tại 178 xã của 12/12 huyện, thành phố; tổng kinh phí hỗ trợ tiêu hủy trâu, bò mắc bệnh là 14,6 tỷ đồng. Nhờ tiêm phòng diện rộng, số con mắc bệnh giảm mạnh qua từng năm.

Bảng: Kết quả phòng, chống bệnh viêm da nổi cục
Đơn vị tính: con
Chỉ tiêu
Năm 2021
Năm 2022
Năm 2023
Trâu, bò mắc bệnh
11.250
1.364
287
Trâu, bò chết, tiêu hủy
1.872
205
41
Trâu, bò được tiêm phòng
142.600
168.350
175.900

Số trâu, bò mắc bệnh năm 2023 giảm 79% so với năm 2022. Các ca bệnh năm 2023 tập trung ở huyện Sông Mã (112 con), Thuận Châu (96 con) và Mai Sơn (54 con).

Kế hoạch năm 2024, tỉnh tiêm phòng viêm da nổi cục cho 180.000 con trâu, bò; quý I/2024 đã tiêm được 48.200 con, đạt 26,8% kế hoạch. Tổng đàn trâu, bò toàn tỉnh hiện có trên 520 nghìn con, trong đó đàn bò chiếm 61,5%.

Bên cạnh đó, tỉnh cấp 3.500 lít hóa chất và 60 tấn vôi bột cho các huyện vùng cao như Sốp Cộp, Bắc Yên, Phù Yên. Tỉnh phấn đấu giai đoạn 2021-2025 xây dựng 25 cơ sở chăn nuôi an toàn dịch bệnh; đến nay đã có 17 cơ sở được cấp giấy chứng nhận.

Thực hiện Quyết định số 1632/QĐ-UBND, Chi cục Chăn nuôi, Thủy sản và Thú y (số 56 đường Tô Hiệu, TP Sơn La) duy trì trực dịch 24/24 giờ, điện thoại 0212.3852.417.
"""

d = Doc("p306-8", TEXT, [
    "Department site (Sở NN&PTNT Sơn La, 'Ngày cập nhật: 05/04/2024' without time): lumpy skin disease 2021-2023, vaccination plan 2024.",
    "One-cell-per-line table: 'Đơn vị tính: con', header 'Chỉ tiêu | Năm 2021 | Năm 2022 | Năm 2023', three rows; period from the column header (inherited).",
    "Distractors: 'Quyết định số 1632/QĐ-UBND', address 'số 56 đường Tô Hiệu', '24/24 giờ' (on-call hours), phone, index years in the table header.",
    "'Số trâu, bò mắc bệnh năm 2023 giảm 79% so với năm 2022' has no amount in its sentence: a percent figure (the growth rate is the claim).",
    "District list (Sông Mã, Thuận Châu, Mai Sơn) takes the period 'năm 2023' of its own sentence; no cue, no total.",
    "'Kế hoạch năm 2024 … 180.000 con' is a target figure; '48.200 con, đạt 26,8% kế hoạch' percent 26.8 (no target attribute: the plan is a figure of its own, as in h23).",
    "'trong đó đàn bò chiếm 61,5%' has no amount: a percent figure. 'phấn đấu giai đoạn 2021-2025 … 25 cơ sở' target; 'đến nay … 17 cơ sở' as of the dateline.",
], published="2024-04-05", location="Sơn La")

G = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
Y = {y: P(f"Năm {y}", f"{y}-01-01", f"{y}-12-31", inh=True) for y in (2021, 2022, 2023)}
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")

d.f("tại 178 xã", "178", 178, "count", "xã", "xã xảy ra bệnh viêm da nổi cục", period=G)
d.f("của 12/12 huyện", "12", 12, "count", "huyện, thành phố", "huyện, thành phố xảy ra bệnh viêm da nổi cục", total=12, period=G)
d.f("là 14,6 tỷ đồng", "14,6", 14600000000, "money", "đồng", "tổng kinh phí hỗ trợ tiêu hủy trâu, bò mắc bệnh", period=G)
cells = [("Trâu, bò mắc bệnh", ["11.250", "1.364", "287"]),
         ("Trâu, bò chết, tiêu hủy", ["1.872", "205", "41"]),
         ("Trâu, bò được tiêm phòng", ["142.600", "168.350", "175.900"])]
for row, vals in cells:
    prev = row
    for y, v in zip((2021, 2022, 2023), vals):
        d.f(f"{prev}\n{v}\n", v, int(v.replace(".", "")), "count", "con", f"{row} năm {y}", period=Y[y])
        prev = v
d.f("giảm 79%", "79", 79, "percent", "%", "số trâu, bò mắc bệnh", period=Y23)
d.f("Sông Mã (112 con)", "112", 112, "count", "con", "ca bệnh", period=Y23, location="Sông Mã")
d.f("Thuận Châu (96 con)", "96", 96, "count", "con", "ca bệnh", period=Y23, location="Thuận Châu")
d.f("Mai Sơn (54 con)", "54", 54, "count", "con", "ca bệnh", period=Y23, location="Mai Sơn")
d.f("cho 180.000 con", "180.000", 180000, "count", "con", "trâu, bò tiêm phòng viêm da nổi cục", status="target",
    period=P("năm 2024", "2024-01-01", "2024-12-31"))
d.f("được 48.200 con", "48.200", 48200, "count", "con", "trâu, bò đã tiêm phòng viêm da nổi cục", percent=26.8,
    period=P("quý I/2024", "2024-01-01", "2024-03-31"))
d.f("trên 520 nghìn con", "520", 520000, "count", "con", "tổng đàn trâu, bò toàn tỉnh", approx="over")
d.f("chiếm 61,5%", "61,5", 61.5, "percent", "%", "đàn bò trong tổng đàn trâu, bò")
d.f("3.500 lít", "3.500", 3500, "measure", "lít", "hóa chất cấp cho các huyện vùng cao")
d.f("60 tấn", "60", 60, "measure", "tấn", "vôi bột cấp cho các huyện vùng cao")
d.f("xây dựng 25 cơ sở", "25", 25, "count", "cơ sở", "cơ sở chăn nuôi an toàn dịch bệnh", status="target",
    period=P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31"))
d.f("có 17 cơ sở", "17", 17, "count", "cơ sở", "cơ sở chăn nuôi an toàn dịch bệnh được cấp giấy chứng nhận",
    period=P("đến nay", None, "2024-04-05"))
d.write()
