from lib import F, P, C, T, write

ROWS = [
    ("Số vụ cháy", "vụ", "28", "35", "80,0", "count"),
    ("Số người chết", "người", "1", "3", "33,3", "count"),
    ("Số người bị thương", "người", "4", "2", "200,0", "count"),
    ("Thiệt hại tài sản", "tỷ đồng", "3,42", "5,18", "66,0", "money"),
    ("Số vụ cứu nạn, cứu hộ", "vụ", "19", "16", "118,8", "count"),
    ("Số người được cứu", "người", "11", "7", "157,1", "count"),
]

table = "\n".join(["Chỉ tiêu", "Đơn vị", "Quý III/2024", "Quý III/2023", "So với cùng kỳ (%)"] +
                  [x for r in ROWS for x in r[:5]])

TEXT = """
CÔNG AN TỈNH NGHỆ AN - PHÒNG CẢNH SÁT PCCC VÀ CNCH
Trang chủ / Hoạt động nghiệp vụ

Kết quả công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ quý III/2024
Ngày 04/10/2024 | 1.127 lượt xem

Quý III/2024, tình hình cháy, nổ trên địa bàn tỉnh Nghệ An có chiều hướng giảm so với cùng kỳ. Kết quả cụ thể như sau:

""" + table + """

Các vụ cháy tập trung ở TP Vinh (9 vụ), thị xã Hoàng Mai (4 vụ) và huyện Diễn Châu (3 vụ). Đáng chú ý, sáng 18/8, lực lượng CNCH đã giải cứu an toàn 5 người mắc kẹt do lũ quét tại huyện Kỳ Sơn.

Trong quý, lực lượng chức năng đã kiểm tra an toàn PCCC 3.486 lượt cơ sở, phát hiện 1.214 thiếu sót; xử phạt 138 trường hợp với số tiền 1,26 tỷ đồng, chiếm 41% tổng số tiền xử phạt 9 tháng năm 2024 (3,07 tỷ đồng). Trong đó, cơ sở kinh doanh karaoke, quán bar là 27 trường hợp; nhà trọ, chung cư mini là 46 trường hợp.

Quý IV/2024, Phòng Cảnh sát PCCC và CNCH đặt chỉ tiêu kiểm tra ít nhất 4.000 lượt cơ sở, tổ chức thực tập phương án chữa cháy có sự phối hợp của nhiều lực lượng tại 21/21 huyện, thành phố, thị xã. Tin báo cháy, nổ xin gọi 114 hoặc 0238.3844.114.
"""

Q24 = P("Quý III/2024", "2024-07-01", "2024-09-30")
Q23 = P("Quý III/2023", "2023-07-01", "2023-09-30")
Q24i = P("Quý III/2024", "2024-07-01", "2024-09-30", inherited=True)
TQ = P("Trong quý", "2024-07-01", "2024-09-30")
Q4 = P("Quý IV/2024", "2024-10-01", "2024-12-31")


def num(s):
    return float(s.replace(",", ".")) if "," in s else int(s)


FIGS = []
for label, unit, a, b, r, kind in ROWS:
    mult = 1_000_000_000 if unit == "tỷ đồng" else 1
    u = "đồng" if kind == "money" else unit
    va, vb = num(a) * mult, num(b) * mult
    if mult > 1:
        va, vb = round(va), round(vb)
    FIGS.append(F(f"{label}\n{unit}\n{a}\n", a, va, kind, u, f"{label} Quý III/2024", period=Q24))
    FIGS.append(F(f"\n{a}\n{b}\n{r}", b, vb, kind, u, f"{label} Quý III/2023", period=Q23))
    FIGS.append(F(f"\n{b}\n{r}\n", r, num(r), "percent", "%", f"{label} so với cùng kỳ", period=Q24i))

FIGS += [
    F("TP Vinh (9 vụ)", "9", 9, "count", "vụ", "vụ cháy", location="Vinh", period=Q24i),
    F("Hoàng Mai (4 vụ)", "4", 4, "count", "vụ", "vụ cháy", location="Hoàng Mai", period=Q24i),
    F("Diễn Châu (3 vụ)", "3", 3, "count", "vụ", "vụ cháy", location="Diễn Châu", period=Q24i),
    F("an toàn 5 người", "5", 5, "count", "người", "người mắc kẹt do lũ quét được giải cứu", location="Kỳ Sơn"),
    F("PCCC 3.486 lượt", "3.486", 3486, "count", "lượt cơ sở", "lượt cơ sở được kiểm tra an toàn PCCC", period=TQ),
    F("phát hiện 1.214 thiếu sót", "1.214", 1214, "count", "thiếu sót", "thiếu sót được phát hiện", period=TQ),
    F("xử phạt 138 trường hợp", "138", 138, "count", "trường hợp", "trường hợp bị xử phạt", period=TQ),
    F("tiền 1,26 tỷ đồng", "1,26", 1260000000, "money", "đồng", "số tiền xử phạt", percent=41, period=TQ),
    F("(3,07 tỷ đồng)", "3,07", 3070000000, "money", "đồng", "tổng số tiền xử phạt 9 tháng năm 2024",
      period=P("9 tháng năm 2024", "2024-01-01", "2024-09-30")),
    F("là 27 trường hợp", "27", 27, "count", "trường hợp", "trường hợp bị xử phạt là cơ sở kinh doanh karaoke, quán bar",
      total=138, period=Q24i),
    F("là 46 trường hợp", "46", 46, "count", "trường hợp", "trường hợp bị xử phạt là nhà trọ, chung cư mini",
      total=138, period=Q24i),
    F("ít nhất 4.000 lượt", "4.000", 4000, "count", "lượt cơ sở", "lượt cơ sở kiểm tra",
      approx="at_least", status="target", period=Q4),
    F("tại 21/21 huyện", "21", 21, "count", "huyện, thành phố, thị xã",
      "huyện, thành phố, thị xã tổ chức thực tập phương án chữa cháy", total=21, status="target", period=Q4),
]

write(6, TEXT, [
    "Department site (Phòng Cảnh sát PCCC và CNCH, Công an tỉnh Nghệ An): quarterly results Q3/2024; dateline 'Ngày 04/10/2024 | 1.127 lượt xem'.",
    "Table written one cell per line (header 'Chỉ tiêu | Đơn vị | Quý III/2024 | Quý III/2023 | So với cùng kỳ (%)'), the unit in its own column",
    "('tỷ đồng' makes 3,42 = 3.42e9 đồng). Period from the column headers (scored, as h23); the ratio column takes Q3/2024 from the text (inherited).",
    "The ratio cells (80,0 … 157,1) are percent figures, subject = row label + 'so với cùng kỳ'. District list: TP Vinh, thị xã Hoàng Mai, huyện Diễn Châu.",
    "'Trong quý' in a quarterly report is Q3/2024. '1,26 tỷ đồng, chiếm 41% tổng … 9 tháng (3,07 tỷ đồng)': 41 is the share of 1,26 tỷ; 3,07 tỷ is",
    "a figure of its own (another period, so no total). 'Quý IV/2024 … đặt chỉ tiêu' → targets. Distractors: counter, '114', phone 0238.3844.114.",
], FIGS, published="2024-10-04", location="Nghệ An")
