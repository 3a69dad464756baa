"""p837-3: formal report, UBND tỉnh Sóc Trăng, rice-land conversion H1/2024, flattened | table."""
from lib import F, P, Y, C, T, write

text = """UBND TỈNH SÓC TRĂNG                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                           Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND                     Sóc Trăng, ngày 12 tháng 7 năm 2024

BÁO CÁO
Kết quả chuyển đổi cơ cấu cây trồng trên đất trồng lúa 6 tháng đầu năm 2024

Thực hiện Nghị định số 94/2019/NĐ-CP của Chính phủ, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Diện tích chuyển đổi
6 tháng đầu năm 2024, toàn tỉnh chuyển đổi 3.845 ha đất trồng lúa sang cây trồng khác, đạt 76,9% kế hoạch năm, tăng 12,4% so với cùng kỳ. Trong đó, chuyển sang trồng ngô 1.920 ha (chiếm 49,9%), đậu tương 615 ha, còn lại là rau màu và cây ăn trái.

Kết quả theo địa phương:
Đơn vị tính: ha
Huyện, thị xã | Tổng diện tích chuyển đổi | Chuyển sang ngô | Chuyển sang đậu tương
Mỹ Xuyên | 1.120 | 610 | 185
Thạnh Trị | 945 | 480 | 160
Ngã Năm | 870 | 415 | 150
Long Phú | 910 | 415 | 120
Tổng cộng | 3.845 | 1.920 | 615

2. Hiệu quả kinh tế
Năng suất ngô bình quân đạt 6,8 tấn/ha, đậu tương đạt 2,1 tấn/ha. Lợi nhuận trồng ngô đạt 28-32 triệu đồng/ha/vụ, cao hơn từ 8 đến 10 triệu đồng so với trồng lúa. Riêng quý II/2024, giá ngô thương phẩm dao động 7.200-7.500 đồng/kg.

II. TỒN TẠI, HẠN CHẾ
Tính đến 30/6/2024, còn 1.150 ha chuyển đổi nhỏ lẻ, manh mún (dưới 5 ha/vùng); hệ thống thủy lợi nội đồng chưa đồng bộ.

III. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu chuyển đổi thêm 1.160 ha, nâng tổng diện tích cả năm 2024 lên 5.005 ha, vượt 0,1% kế hoạch. Dự kiến kinh phí đầu tư hạ tầng thủy lợi phục vụ chuyển đổi khoảng 18,5 tỷ đồng.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- Lưu: VT, KT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", True)
figs = [
    F("chuyển đổi 3.845 ha", "3.845", 3845, "measure", "ha",
      "diện tích đất trồng lúa chuyển đổi sang cây trồng khác", percent=76.9,
      change=C("increase", 12.4, "%", "cùng kỳ"), period=H1),
    F("ngô 1.920 ha (chiếm", "1.920", 1920, "measure", "ha", "diện tích chuyển sang trồng ngô",
      total=3845, percent=49.9, period=H1i),
    F("đậu tương 615 ha", "615", 615, "measure", "ha", "diện tích chuyển sang trồng đậu tương",
      total=3845, period=H1i),
]
cols = ["tổng diện tích chuyển đổi", "diện tích chuyển sang ngô", "diện tích chuyển sang đậu tương"]
rows = [
    ("Mỹ Xuyên", ["1.120", "610", "185"]),
    ("Thạnh Trị", ["945", "480", "160"]),
    ("Ngã Năm", ["870", "415", "150"]),
    ("Long Phú", ["910", "415", "120"]),
    ("Tổng cộng", ["3.845", "1.920", "615"]),
]
for place, cells in rows:
    line = place + " | " + " | ".join(cells)
    for i, c in enumerate(cells):
        # an anchor unique in the article: the cell with its left neighbour (and right one where needed)
        left = place if i == 0 else cells[i - 1]
        anchor = f"{left} | {c}" + (f" | {cells[i + 1]}" if i < 2 else "")
        subj = cols[i] if place != "Tổng cộng" else "tổng cộng " + cols[i]
        loc = place if place != "Tổng cộng" else "Sóc Trăng"
        figs.append(F(anchor, c, float(c.replace(".", "")), "measure", "ha", subj, location=loc, period=H1i))

figs += [
    F("đạt 6,8 tấn/ha", "6,8", 6.8, "measure", "tấn/ha", "năng suất ngô bình quân"),
    F("đạt 2,1 tấn/ha", "2,1", 2.1, "measure", "tấn/ha", "năng suất đậu tương bình quân"),
    F("đạt 28-32 triệu đồng/ha/vụ", "28", 28000000, "money", "đồng/ha/vụ", "lợi nhuận trồng ngô",
      value_max=32000000, change=C("increase", 8000000, "đồng", "trồng lúa")),
    F("dao động 7.200-7.500 đồng/kg", "7.200", 7200, "money", "đồng/kg", "giá ngô thương phẩm",
      value_max=7500, period=P("quý II/2024", "2024-04-01", "2024-06-30")),
    F("còn 1.150 ha", "1.150", 1150, "measure", "ha", "diện tích chuyển đổi nhỏ lẻ, manh mún",
      period=P("Tính đến 30/6/2024", None, "2024-06-30")),
    F("dưới 5 ha/vùng", "5", 5, "measure", "ha/vùng", "quy mô vùng chuyển đổi nhỏ lẻ", approx="under",
      optional=True),
    F("thêm 1.160 ha", "1.160", 1160, "measure", "ha", "diện tích chuyển đổi thêm", status="target",
      period=P("6 tháng cuối năm", "2024-07-01", "2024-12-31", True)),
    F("lên 5.005 ha", "5.005", 5005, "measure", "ha", "tổng diện tích chuyển đổi cả năm 2024",
      change=C("increase", 0.1, "%", "kế hoạch"), status="target", period=Y("cả năm 2024", 2024)),
    F("khoảng 18,5 tỷ đồng", "18,5", 18500000000, "money", "đồng",
      "kinh phí đầu tư hạ tầng thủy lợi phục vụ chuyển đổi", approx="about", status="forecast"),
]

notes = [
    "Formal report of UBND tỉnh Sóc Trăng (Số: 287/BC-UBND, 12/7/2024): rice land converted to other crops in H1/2024,",
    "with a flattened '|' table by district (Đơn vị tính: ha; Tổng cộng row).",
    "Distractors: document numbers (287/BC-UBND, Nghị định số 94/2019/NĐ-CP), title period, section numbers I.-III. and 1.-2.",
    "Table: place column goes to location (Tổng cộng row = Sóc Trăng), subject from the column label; cells get no total;",
    "period from the line of the section above the table (inherited). The prose parts after 'Trong đó' get the whole 3.845 ha.",
    "'cao hơn từ 8 đến 10 triệu đồng so với trồng lúa' -> change of the profit, value 8 triệu (the change object has no max).",
    "'vượt 0,1% kế hoạch' is a change with baseline kế hoạch. The 6,8/2,1 tấn/ha yields have no period phrase: no period.",
]
write(3, text, figs, notes, published="2024-07-12", location="Sóc Trăng")
