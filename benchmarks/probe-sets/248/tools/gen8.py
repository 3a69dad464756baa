from lib import F, P, C, T, write

TEXT = """Long An: Chi khám, chữa bệnh BHYT 9 tháng năm 2024 tăng cao

BHXH tỉnh Long An cho biết, tính đến 30/9, toàn tỉnh có 1.542.300 người tham gia BHYT, đạt tỷ lệ bao phủ 91,6% dân số (chỉ tiêu năm 2024 là 93%).

Trong 9 tháng, các cơ sở khám, chữa bệnh trên địa bàn đã tiếp nhận 2,87 triệu lượt người bệnh BHYT, tăng 10,5% so với cùng kỳ; chi phí đề nghị thanh toán 1.864 tỷ đồng. Cơ quan BHXH đã tạm ứng 1.520 tỷ đồng, đạt 81,5% chi phí đề nghị.

Chi phí khám, chữa bệnh BHYT theo tuyến, 9 tháng năm 2024
Đơn vị tính: triệu đồng
Tuyến\tSố lượt KCB (lượt)\tChi phí đề nghị\tDự toán năm 2024\tTỷ lệ sử dụng dự toán (%)
Tuyến tỉnh\t845.210\t1.012.460\t1.180.000\t85,8
Tuyến huyện\t1.406.350\t689.120\t905.000\t76,1
Tuyến xã\t618.440\t162.420\t215.000\t75,5

Đáng lưu ý, chi phí bình quân một đợt điều trị nội trú tại tuyến tỉnh là 7,42 triệu đồng, cao hơn 15,3% so với bình quân chung cả nước. Có 5 bệnh viện có tốc độ gia tăng chi phí trên 20%, gồm: Bệnh viện Đa khoa Long An (24,6%), Bệnh viện Đa khoa khu vực Hậu Nghĩa (22,1%), Bệnh viện Sản - Nhi (21,3%)...

Thực hiện Công văn số 2415/BHXH-GĐBHYT, BHXH tỉnh đề nghị các cơ sở kiểm soát chặt chẽ chỉ định xét nghiệm, chẩn đoán hình ảnh, phấn đấu năm 2024 chi khám, chữa bệnh BHYT không vượt dự toán quá 5%. Mọi thắc mắc liên hệ tổng đài 1900 9068 hoặc số 0272.3826.487.
"""

A = P("tính đến 30/9", None, "2024-09-30")
N = P("Trong 9 tháng", "2024-01-01", "2024-09-30")
Ni = P("9 tháng", "2024-01-01", "2024-09-30", inh=True)
Ti = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
Di = P("Dự toán năm 2024", "2024-01-01", "2024-12-31", inh=True)
ROWS = [("Tuyến tỉnh", ["845.210", "1.012.460", "1.180.000", "85,8"]),
        ("Tuyến huyện", ["1.406.350", "689.120", "905.000", "76,1"]),
        ("Tuyến xã", ["618.440", "162.420", "215.000", "75,5"])]
figs = [
    F("có 1.542.300 người", "1.542.300", "count", "người", "người tham gia BHYT", percent=91.6,
      target=T(93, "%"), period=A),
    F("tiếp nhận 2,87 triệu", "2,87", "count", "lượt người bệnh BHYT", "lượt người bệnh BHYT", mult=1e6,
      change=C("+", 10.5, baseline="cùng kỳ"), period=N),
    F("thanh toán 1.864 tỷ đồng", "1.864", "money", "đồng", "chi phí đề nghị thanh toán", mult=1e9, period=N),
    F("tạm ứng 1.520 tỷ đồng", "1.520", "money", "đồng", "cơ quan BHXH tạm ứng", mult=1e9, percent=81.5,
      period=Ni),
]
for row, cells in ROWS:
    prev = row
    spec = [("count", "lượt", 1, "số lượt KCB", Ti, None),
            ("money", "đồng", 1e6, "chi phí đề nghị", Ti, None),
            ("money", "đồng", 1e6, "dự toán năm 2024", Di, "target"),
            ("percent", "%", 1, "tỷ lệ sử dụng dự toán", Ti, None)]
    for (kind, unit, mult, col, per, st), cell in zip(spec, cells):
        anchor = f"{prev}\t{cell}" + ("\n" if cell == cells[-1] else "\t")
        kw = {"status": st} if st else {}
        figs.append(F(anchor, cell, kind, unit, f"{col} {row.lower()}", mult=mult, period=per, **kw))
        prev = cell
figs += [
    F("là 7,42 triệu đồng", "7,42", "money", "đồng", "chi phí bình quân một đợt điều trị nội trú tại tuyến tỉnh",
      mult=1e6, change=C("+", 15.3, baseline="bình quân chung cả nước"), period=Ni),
    F("Có 5 bệnh viện", "5", "count", "bệnh viện", "bệnh viện có tốc độ gia tăng chi phí trên 20%", period=Ni),
    F("chi phí trên 20%", "20", "percent", "%", "tốc độ gia tăng chi phí", approx="over", optional=True),
    F("(24,6%)", "24,6", "percent", "%", "tốc độ gia tăng chi phí", period=Ni),
    F("(22,1%)", "22,1", "percent", "%", "tốc độ gia tăng chi phí", period=Ni),
    F("(21,3%)", "21,3", "percent", "%", "tốc độ gia tăng chi phí", period=Ni),
    F("quá 5%", "5", "percent", "%", "chi khám, chữa bệnh BHYT vượt dự toán", approx="at_most",
      status="target", period=P("năm 2024", "2024-01-01", "2024-12-31")),
]

write(8, TEXT, figs, [
    "BHXH tỉnh Long An (department site), no dateline anywhere: KCB BHYT 9 tháng năm 2024, tab-flattened table by level (tuyến).",
    "Distractors: Công văn số 2415/BHXH-GĐBHYT, tổng đài 1900 9068, phone 0272.3826.487; 'Bệnh viện Đa khoa Long An' (province in a name, same province).",
    "'tính đến 30/9' and '9 tháng' take 2024 from the headline. '(chỉ tiêu năm 2024 là 93%)' is the target of the coverage count; 91,6% its percent.",
    "Table: 'Đơn vị tính: triệu đồng' for money columns; '(lượt)' and '(%)' headers override it. The 'Dự toán năm 2024' column is a plan:",
    "status target (FIGURES.md groups dự toán with kế hoạch/chỉ tiêu); periods from the caption/column header lines: inherited. Levels are not places.",
    "Hospital list after 'gồm:' are percent figures (a percent has no whole in bệnh viện). 'trên 20%' threshold optional. 'không vượt dự toán quá 5%': at_most target.",
], location="Long An")
