from lib import build, F, P, C

TEXT = """SỞ CÔNG THƯƠNG TỈNH HÀ GIANG
Trang chủ / Tin hoạt động / Năng lượng

Sản lượng điện thủy điện nhỏ quý III/2024 tăng mạnh nhờ mưa nhiều
Ngày cập nhật: 08/10/2024
Tác giả: Phòng Quản lý Năng lượng

Quý III/2024, tổng sản lượng điện thương phẩm của các nhà máy thủy điện nhỏ trên địa bàn tỉnh đạt 1.046,8 triệu kWh, tăng 15,2% so với quý III/2023. Tính chung 9 tháng, sản lượng đạt 2.215 triệu kWh, bằng 78,5% kế hoạch năm.

Hiện toàn tỉnh có 47 nhà máy đang phát điện, tổng công suất 739,2 MW. Sản lượng của một số huyện như bảng dưới đây:

Bảng: Sản lượng điện thương phẩm quý III theo huyện
Đơn vị tính: triệu kWh

Huyện

Quý III/2023

Quý III/2024

So sánh cùng kỳ (%)

Bắc Mê

182,4

214,6

117,7

Hoàng Su Phì

205,1

239,8

116,9

Xín Mần

141,7

158,3

111,7

Vị Xuyên

98,6

92,4

93,7

Nguồn: Báo cáo số 318/BC-SCT của Sở Công Thương.

Riêng huyện Vị Xuyên sản lượng giảm do Nhà máy thủy điện Thái An tạm dừng 12 ngày để sửa chữa tổ máy số 2. Dự kiến quý IV/2024, sản lượng toàn tỉnh đạt khoảng 640 triệu kWh, nâng tổng sản lượng cả năm lên khoảng 2.855 triệu kWh.

Cũng trong quý III, Sở đã phối hợp kiểm tra 21 nhà máy, yêu cầu 4 nhà máy bổ sung thiết bị đo mưa, đo mực nước tự động. Lưu lượng xả duy trì dòng chảy tối thiểu sau đập của các nhà máy dao động từ 0,3 đến 2,1 m3/s.
"""

q23 = P("Quý III/2023", "2023-07-01", "2023-09-30")
q24 = P("Quý III/2024", "2024-07-01", "2024-09-30")
ROWS = [("Bắc Mê", "182,4", "214,6", "117,7"), ("Hoàng Su Phì", "205,1", "239,8", "116,9"),
        ("Xín Mần", "141,7", "158,3", "111,7"), ("Vị Xuyên", "98,6", "92,4", "93,7")]


def num(s):
    return float(s.replace(",", "."))


FIGS = [
    F("đạt 1.046,8 triệu kWh", "1.046,8", 1046.8e6, "measure", "kWh",
      "tổng sản lượng điện thương phẩm của các nhà máy thủy điện nhỏ",
      change=C("increase", 15.2, "%", "quý III/2023"), period=P("Quý III/2024", "2024-07-01", "2024-09-30")),
    F("đạt 2.215 triệu kWh", "2.215", 2215e6, "measure", "kWh", "sản lượng", percent=78.5,
      period=P("9 tháng", "2024-01-01", "2024-09-30")),
    F("có 47 nhà máy", "47", 47, "count", "nhà máy", "nhà máy đang phát điện"),
    F("công suất 739,2 MW", "739,2", 739.2, "measure", "MW", "tổng công suất"),
]
for dist, a, b, c in ROWS:
    FIGS += [
        F(f"\n{a}\n", a, num(a) * 1e6, "measure", "kWh", "Sản lượng điện thương phẩm Quý III/2023",
          location=dist, period=q23),
        F(f"\n{b}\n", b, num(b) * 1e6, "measure", "kWh", "Sản lượng điện thương phẩm Quý III/2024",
          location=dist, period=q24),
        F(f"\n{c}\n", c, num(c), "percent", "%", "Sản lượng điện thương phẩm so sánh cùng kỳ",
          location=dist, period=P("Quý III/2024", "2024-07-01", "2024-09-30", inh=True)),
    ]
FIGS += [
    F("tạm dừng 12 ngày", "12", 12, "measure", "ngày", "thời gian tạm dừng", location="Vị Xuyên", optional=True),
    F("khoảng 640 triệu kWh", "640", 640e6, "measure", "kWh", "sản lượng toàn tỉnh", approx="about",
      status="forecast", period=P("quý IV/2024", "2024-10-01", "2024-12-31")),
    F("khoảng 2.855 triệu kWh", "2.855", 2855e6, "measure", "kWh", "tổng sản lượng cả năm", approx="about",
      status="forecast", period=P("cả năm", "2024-01-01", "2024-12-31", inh=True)),
    F("kiểm tra 21 nhà máy", "21", 21, "count", "nhà máy", "nhà máy được kiểm tra",
      period=P("quý III", "2024-07-01", "2024-09-30")),
    F("yêu cầu 4 nhà máy", "4", 4, "count", "nhà máy", "nhà máy phải bổ sung thiết bị đo mưa, đo mực nước tự động",
      period=P("quý III", "2024-07-01", "2024-09-30")),
    F("từ 0,3 đến 2,1 m3/s", "0,3", 0.3, "measure", "m3/s", "lưu lượng xả duy trì dòng chảy tối thiểu sau đập",
      value_max=2.1),
]

COMMENTS = [
    "Department site (Sở Công Thương Hà Giang): small-hydro commercial output Q3/2024, 'Ngày cập nhật: 08/10/2024' without time, author line.",
    "One-cell-per-line table (h23/h24 style) with 'Đơn vị tính: triệu kWh' (multiplier applied: 182,4 → 182.400.000 kWh) and a '(%)' column;",
    "the district row label goes to location, subject = column label (+ table title); period from the column header; the '(%)' column has no year of its own (inherited).",
    "Distractors: 'Báo cáo số 318/BC-SCT', 'tổ máy số 2', 'Bảng:' title, headline 'quý III/2024'. '12 ngày' (stoppage length) is optional.",
    "'Dự kiến quý IV/2024 … khoảng 640 triệu kWh, nâng tổng sản lượng cả năm lên khoảng 2.855 triệu kWh': both forecast; the second continues the cue's clause.",
    "'toàn tỉnh' after 'Riêng huyện Vị Xuyên' in the previous sentence: location back to the province (Hà Giang). 'bằng 78,5% kế hoạch năm' is the share of 2.215 triệu kWh.",
]

build(6, TEXT, COMMENTS, FIGS, published="2024-10-08", location="Hà Giang")
