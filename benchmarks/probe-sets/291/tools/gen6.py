from lib import F, P, build

TEXT = """SỞ Y TẾ TỈNH LÂM ĐỒNG
Ngày cập nhật: 12/11/2024

Kết quả khám, chữa bệnh bảo hiểm y tế quý III/2024

Quý III/2024, các cơ sở y tế trên địa bàn tỉnh đã khám, chữa bệnh bảo hiểm y tế (BHYT) cho 812.460 lượt người, tăng 6,3% so với cùng kỳ; tổng chi phí đề nghị thanh toán 498,7 tỷ đồng. Riêng thành phố Đà Lạt có 186.300 lượt, chiếm 22,9% toàn tỉnh.

Số lượt khám, chữa bệnh BHYT theo tuyến chuyên môn kỹ thuật:

Đơn vị tính: lượt

Tuyến

Quý III/2023

Quý III/2024

Tăng, giảm (%)

Tuyến tỉnh

164.820

178.035

8,0

Tuyến huyện

412.575

441.210

6,9

Tuyến xã

186.940

193.215

3,4

Tổng cộng

764.335

812.460

6,3

(Nguồn: Phòng Nghiệp vụ Y - Dược)

Từ đầu năm đến hết tháng 9, tổng chi khám, chữa bệnh BHYT ước 1.420 tỷ đồng, bằng 78,5% dự toán năm. Chi phí bình quân một lượt khám ngoại trú ở tuyến tỉnh từ 380.000 đến 450.000 đồng, cao hơn tuyến huyện khoảng 1,5 lần.

Sở Y tế đề nghị các đơn vị kiểm soát chặt chẽ chỉ định xét nghiệm, chẩn đoán hình ảnh; bảo đảm đủ thuốc, vật tư y tế theo Thông tư số 22/2024/TT-BYT, không để người bệnh phải tự mua. Quý IV, toàn ngành phấn đấu giữ tỷ lệ chuyển tuyến dưới 5% và nâng tỷ lệ hài lòng của người bệnh nội trú lên trên 90%.

Địa chỉ: 36 Trần Phú, Phường 4, TP. Đà Lạt | ĐT: 0263.3822.434
"""

Q3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
Q3_23 = P("Quý III/2023", "2023-07-01", "2023-09-30")
Q3I = dict(Q3, inherited=True)
SINCE = P("Từ đầu năm đến hết tháng 9", "2024-01-01", "2024-09-30")
Q4 = P("Quý IV", "2024-10-01", "2024-12-31")
L = "lượt khám, chữa bệnh BHYT"

FIGS = [
    F("cho 812.460 lượt", "812.460", 812460, "count", "lượt người", "lượt người khám, chữa bệnh bảo hiểm y tế",
      change={"direction": "increase", "value": 6.3, "unit": "%", "baseline": "cùng kỳ"}, period=Q3),
    F("toán 498,7 tỷ đồng", "498,7", 498.7e9, "money", "đồng", "tổng chi phí khám, chữa bệnh BHYT đề nghị thanh toán",
      period=Q3),
    F("có 186.300 lượt", "186.300", 186300, "count", "lượt", L, percent=22.9, location="Đà Lạt", period=Q3I),
]
ROWS = [
    ("Tuyến tỉnh", ("164.820", 164820), ("178.035", 178035), ("8,0", 8.0)),
    ("Tuyến huyện", ("412.575", 412575), ("441.210", 441210), ("6,9", 6.9)),
    ("Tuyến xã", ("186.940", 186940), ("193.215", 193215), ("3,4", 3.4)),
    ("Tổng cộng", ("764.335", 764335), ("812.460", 812460), ("6,3", 6.3)),
]
for label, (a, av), (b, bv), (c, cv) in ROWS:
    low = label.lower()
    FIGS += [
        F(f"{label}\n\n{a}", a, av, "count", "lượt", f"{L} {low} quý III/2023", period=Q3_23),
        F(f"{a}\n\n{b}", b, bv, "count", "lượt", f"{L} {low} quý III/2024", period=Q3),
        F(f"{b}\n\n{c}\n", c, cv, "percent", "%", f"tăng, giảm {L} {low}", period=Q3I),
    ]
FIGS += [
    F("ước 1.420 tỷ đồng", "1.420", 1420e9, "money", "đồng", "tổng chi khám, chữa bệnh BHYT", percent=78.5,
      status="estimate", period=SINCE),
    F("từ 380.000 đến 450.000 đồng", "380.000", 380000, "money", "đồng",
      "chi phí bình quân một lượt khám ngoại trú ở tuyến tỉnh", value_max=450000,
      change={"direction": "increase", "value": 1.5, "unit": "lần", "approx": "about", "baseline": "tuyến huyện"},
      period=dict(SINCE, inherited=True)),
    F("dưới 5%", "5", 5, "percent", "%", "tỷ lệ chuyển tuyến", approx="under", status="target", period=Q4),
    F("trên 90%", "90", 90, "percent", "%", "tỷ lệ hài lòng của người bệnh nội trú", approx="over", status="target",
      period=Q4),
]

COMMENTS = [
    "Department site (Sở Y tế Lâm Đồng), 'Ngày cập nhật: 12/11/2024' without time: BHYT visits in Q3/2024, one-cell-per-line table by tier.",
    "Table: 'Đơn vị tính: lượt'; the last column '(%)' overrides the unit; periods from the column headers Quý III/2023 and Quý III/2024 (scored,",
    "as shared h23); the growth column has no period header of its own: Q3/2024 inherited. Subject = column + row label. No totals for cells.",
    "Growth-rate cells stand as claims (percent, no change). 'Riêng thành phố Đà Lạt ... chiếm 22,9% toàn tỉnh': percent 22.9, location Đà Lạt.",
    "'Từ đầu năm đến hết tháng 9' = 2024-01-01..2024-09-30; 'bằng 78,5% dự toán năm' the percent; 'ước' makes it an estimate.",
    "'cao hơn tuyến huyện khoảng 1,5 lần' is the change (after 'cao hơn') of the range 380.000–450.000 đồng, not a figure of its own.",
    "'Quý IV' takes 2024; 'phấn đấu' governs both targets. Distractors: Thông tư số 22/2024/TT-BYT, address '36 Trần Phú, Phường 4', phone, source line.",
]

if __name__ == "__main__":
    build("p291-6", TEXT, FIGS, COMMENTS, location="Lâm Đồng", published="2024-11-12")
