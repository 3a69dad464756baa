from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH SÓC TRĂNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Sóc Trăng, ngày 12 tháng 7 năm 2024

BÁO CÁO
Kết quả thực hiện nhiệm vụ vệ sinh nông thôn 6 tháng đầu năm 2024

Thực hiện Quyết định số 1978/QĐ-TTg ngày 24/11/2021 của Thủ tướng Chính phủ, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Vệ sinh hộ gia đình
Tính đến ngày 30/6/2024, toàn tỉnh có 231.640 hộ gia đình nông thôn có nhà tiêu hợp vệ sinh, đạt tỷ lệ 82,4%, tăng 1,9 điểm phần trăm so với cuối năm 2023; số hộ còn sử dụng cầu tiêu ao cá là 6.215 hộ, giảm 1.340 hộ so với cùng kỳ. Kết quả tại 5 huyện trọng điểm như sau:

Đơn vị tính: hộ
TT | Huyện | Tổng số hộ nông thôn | Hộ có nhà tiêu HVS | Hộ có bể tự hoại | Tỷ lệ HVS (%)
1 | Mỹ Xuyên | 38.210 | 32.870 | 27.450 | 86,0
2 | Trần Đề | 29.640 | 23.980 | 19.105 | 80,9
3 | Long Phú | 25.870 | 21.450 | 17.620 | 82,9
4 | Châu Thành | 24.150 | 20.660 | 18.040 | 85,5
5 | Thạnh Trị | 21.480 | 16.190 | 12.870 | 75,4
Tổng cộng | | 139.350 | 115.150 | 95.085 | 82,6

2. Vệ sinh công cộng
Có 412/412 trường học và 107/109 trạm y tế xã có nhà tiêu hợp vệ sinh.

3. Nguồn vốn
Tổng vốn thực hiện 6 tháng ước đạt 96,8 tỷ đồng, trong đó vốn ngân sách 21,4 tỷ đồng, vốn vay Ngân hàng Chính sách xã hội 68,5 tỷ đồng, vốn dân góp 6,9 tỷ đồng.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu đến 31/12/2024 tỷ lệ hộ gia đình nông thôn có nhà tiêu hợp vệ sinh đạt 84%; xóa bỏ thêm 2.500 cầu tiêu ao cá.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
"""

LOC = "Sóc Trăng"
ASOF = P("Tính đến ngày 30/6/2024", end="2024-06-30")
TAB = I(ASOF)  # the table's date stands only in the sentence above it
H6 = P("6 tháng", "2024-01-01", "2024-06-30")

COLS = [("Tổng số hộ nông thôn", "count", "hộ"), ("Hộ có nhà tiêu HVS", "count", "hộ"),
        ("Hộ có bể tự hoại", "count", "hộ"), ("Tỷ lệ HVS", "percent", "%")]
ROWS = [("Mỹ Xuyên", ["38.210", "32.870", "27.450", "86,0"]),
        ("Trần Đề", ["29.640", "23.980", "19.105", "80,9"]),
        ("Long Phú", ["25.870", "21.450", "17.620", "82,9"]),
        ("Châu Thành", ["24.150", "20.660", "18.040", "85,5"]),
        ("Thạnh Trị", ["21.480", "16.190", "12.870", "75,4"]),
        ("Tổng cộng", ["139.350", "115.150", "95.085", "82,6"])]

FIGS = [
    F("có 231.640 hộ", "231.640", "count", "hộ", percent=82.4,
      change=C("increase", 1.9, "điểm phần trăm", "cuối năm 2023"),
      subject="hộ gia đình nông thôn có nhà tiêu hợp vệ sinh", period=ASOF),
    F("là 6.215 hộ", "6.215", "count", "hộ", change=C("decrease", 1340, "hộ", "cùng kỳ"),
      subject="hộ còn sử dụng cầu tiêu ao cá", period=ASOF),
]
for place, cells in ROWS:
    for i, ((label, kind, unit), cell) in enumerate(zip(COLS, cells)):
        nxt = " | " + cells[i + 1] if i + 1 < len(cells) else ""
        anchor = f"| {cell}{nxt}" if i else f"{place} | {cell}"
        if place == "Tổng cộng":
            anchor = f"| {cell}{nxt}" if i else f"| | {cell}"
        kw = dict(subject=label if place != "Tổng cộng" else label + " tổng cộng 5 huyện", period=TAB)
        if place != "Tổng cộng":
            kw["location"] = place
        FIGS.append(F(anchor, cell, kind, unit, **kw))
FIGS += [
    F("tại 5 huyện", "5", "count", "huyện", subject="huyện trọng điểm", period=I(ASOF), optional=True),
    F("412/412 trường học", "412", "count", "trường học", total=412,
      subject="trường học có nhà tiêu hợp vệ sinh", period=I(ASOF)),
    F("107/109 trạm y tế", "107", "count", "trạm y tế", total=109,
      subject="trạm y tế xã có nhà tiêu hợp vệ sinh", period=I(ASOF)),
    F("ước đạt 96,8 tỷ đồng", "96,8", "money", "đồng", mult=10**9, status="estimate",
      subject="tổng vốn thực hiện", period=H6),
    F("ngân sách 21,4 tỷ đồng", "21,4", "money", "đồng", mult=10**9, status="estimate", total=96.8e9,
      subject="vốn ngân sách", period=H6),
    F("xã hội 68,5 tỷ đồng", "68,5", "money", "đồng", mult=10**9, status="estimate", total=96.8e9,
      subject="vốn vay Ngân hàng Chính sách xã hội", period=H6),
    F("góp 6,9 tỷ đồng", "6,9", "money", "đồng", mult=10**9, status="estimate", total=96.8e9,
      subject="vốn dân góp", period=H6),
    F("đạt 84%", "84", "percent", "%", status="target",
      subject="tỷ lệ hộ gia đình nông thôn có nhà tiêu hợp vệ sinh", period=P("đến 31/12/2024", end="2024-12-31")),
    F("thêm 2.500 cầu tiêu", "2.500", "count", "cầu tiêu ao cá", status="target",
      subject="cầu tiêu ao cá xóa bỏ thêm", period=P("đến 31/12/2024", end="2024-12-31")),
]

write("p1026-3", TEXT, FIGS, published="2024-07-12", location=LOC, notes=[
    "Formal report (UBND tỉnh Sóc Trăng, Số: 287/BC-UBND), 6 months 2024: household latrines, flattened '|' table by district, schools, funds, tasks.",
    "Distractors: Số: 287/BC-UBND, Quyết định số 1978/QĐ-TTg ngày 24/11/2021, section numbers I./II./1.-3., row numbers TT 1-5.",
    "'tại 5 huyện trọng điểm' names the table's scope: optional count.",
    "Table cells: subject = column label, location = district row; Tổng cộng row keeps the province default; unit from 'Đơn vị tính: hộ' except the (%) column.",
    "Table period is the as-of date of the sentence before the table: inherited. '6 tháng ước đạt … trong đó …': parts carry the estimate status and total 96,8 tỷ.",
])
