from lib import F, P, write

TEXT = """Thứ năm, 17/10/2024, 10:05 (GMT+7)

Cấp xã tiếp nhận gần 60% hồ sơ trực tuyến trong 9 tháng

(Chinhphu.vn) - Theo Văn phòng Chính phủ, 9 tháng năm 2024, UBND cấp xã trên cả nước tiếp nhận khoảng 18,6 triệu hồ sơ thủ tục hành chính, chiếm 52,4% tổng số hồ sơ của ba cấp chính quyền địa phương. Trong đó, hồ sơ trực tuyến đạt 10,9 triệu, tương đương 58,6%, tăng 17,2% so với cùng kỳ năm 2023.

Riêng quý III/2024, số hồ sơ trực tuyến cấp xã là 4,12 triệu hồ sơ, cao hơn quý II khoảng 350 nghìn hồ sơ. Có 47/63 địa phương đạt tỷ lệ hồ sơ trực tuyến cấp xã trên 50%, dẫn đầu là Bình Dương (89,7%), Đà Nẵng (86,2%), Hà Nam (84,9%); thấp nhất là Lai Châu (18,3%) và Điện Biên (21,5%).

Đến nay, 41 tỉnh, thành phố đã ban hành nghị quyết miễn, giảm phí, lệ phí khi thực hiện thủ tục hành chính trực tuyến, với mức giảm phổ biến từ 50% đến 100%. Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính ở cấp xã đạt bình quân 71,3%, thấp hơn cấp tỉnh (82,6%).

Chỉ số hài lòng của người dân về giải quyết thủ tục hành chính ở cấp xã trên Cổng Dịch vụ công quốc gia đạt 85,17 điểm, xếp thứ 2 trong ba cấp chính quyền địa phương, chỉ sau cấp huyện.

Theo Nghị quyết số 02/NQ-CP, mục tiêu đến hết năm 2025, tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ thủ tục hành chính đạt tối thiểu 80%; 100% hồ sơ, kết quả giải quyết được số hóa. Văn phòng Chính phủ đề nghị các địa phương bố trí đủ kinh phí cho cấp xã, bình quân 120-150 triệu đồng/xã/năm, để nâng cấp trang thiết bị tại Bộ phận một cửa.

Nhật Bắc
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
NOW = P("Đến nay", None, "2024-10-17")
T25 = P("đến hết năm 2025", None, "2025-12-31")
LIST = "tỷ lệ hồ sơ trực tuyến cấp xã"
Q3i = P("quý III/2024", "2024-07-01", "2024-09-30", inh=True)

FIGS = [
    F("gần 60% hồ sơ", "60", 60, "percent", "%", "hồ sơ trực tuyến cấp xã tiếp nhận", approx="nearly",
      period=P("trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("của ba cấp", "ba", 3, "count", "cấp", "cấp chính quyền địa phương", optional=True),
    F("khoảng 18,6 triệu hồ sơ", "18,6", 18600000, "count", "hồ sơ", "hồ sơ thủ tục hành chính UBND cấp xã tiếp nhận",
      approx="about", percent=52.4, period=N9),
    F("đạt 10,9 triệu", "10,9", 10900000, "count", "hồ sơ", "hồ sơ trực tuyến", total=18600000, percent=58.6,
      change={"direction": "increase", "value": 17.2, "unit": "%", "baseline": "cùng kỳ năm 2023"}, period=N9i),
    F("là 4,12 triệu hồ sơ", "4,12", 4120000, "count", "hồ sơ", "số hồ sơ trực tuyến cấp xã",
      change={"direction": "increase", "value": 350000, "unit": "hồ sơ", "approx": "about", "baseline": "quý II"}, period=Q3),
    F("Có 47/63 địa phương", "47", 47, "count", "địa phương", "địa phương đạt tỷ lệ hồ sơ trực tuyến cấp xã trên 50%", total=63,
      period=P("quý III/2024", "2024-07-01", "2024-09-30", inh=True)),
    F("cấp xã trên 50%", "50", 50, "percent", "%", "ngưỡng tỷ lệ hồ sơ trực tuyến cấp xã", approx="over", optional=True),
    F("Bình Dương (89,7%)", "89,7", 89.7, "percent", "%", LIST, location="Bình Dương", period=Q3i),
    F("Đà Nẵng (86,2%)", "86,2", 86.2, "percent", "%", LIST, location="Đà Nẵng", period=Q3i),
    F("Hà Nam (84,9%)", "84,9", 84.9, "percent", "%", LIST, location="Hà Nam", period=Q3i),
    F("Lai Châu (18,3%)", "18,3", 18.3, "percent", "%", LIST, location="Lai Châu", period=Q3i),
    F("Điện Biên (21,5%)", "21,5", 21.5, "percent", "%", LIST, location="Điện Biên", period=Q3i),
    F("nay, 41 tỉnh", "41", 41, "count", "tỉnh, thành phố", "tỉnh, thành phố ban hành nghị quyết miễn, giảm phí, lệ phí", period=NOW),
    F("từ 50% đến 100%", "50", 50, "percent", "%", "mức giảm phí, lệ phí phổ biến", value_max=100, period=NOW),
    F("bình quân 71,3%", "71,3", 71.3, "percent", "%", "tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính ở cấp xã"),
    F("cấp tỉnh (82,6%)", "82,6", 82.6, "percent", "%", "tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính cấp tỉnh"),
    F("đạt 85,17 điểm", "85,17", 85.17, "measure", "điểm", "chỉ số hài lòng của người dân về giải quyết thủ tục hành chính ở cấp xã"),
    F("xếp thứ 2", "2", 2, "rank", "hạng", "chỉ số hài lòng của người dân về giải quyết thủ tục hành chính ở cấp xã", total=3),
    F("tối thiểu 80%", "80", 80, "percent", "%", "tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ thủ tục hành chính",
      approx="at_least", status="target", period=T25),
    F("80%; 100% hồ sơ", "100", 100, "percent", "%", "hồ sơ, kết quả giải quyết được số hóa", status="target", period=T25),
    F("bình quân 120-150 triệu", "120", 120000000, "money", "đồng/xã/năm", "kinh phí bố trí cho cấp xã", value_max=150000000),
]

HEADER = """Báo Điện tử Chính phủ (national press), dateline 'Thứ năm, 17/10/2024, 10:05 (GMT+7)', byline at the end: national commune-level figures, 9 months 2024.
Default location Việt Nam; provinces in the list sharing 'tỷ lệ hồ sơ trực tuyến cấp xã' take their own location. The list sits in the 'Riêng quý III/2024' paragraph:
'Riêng quý III/2024' stands in the sentence before '47/63 …' and the list, so their period is inherited (quý III/2024, not scored).
'tổng số hồ sơ của ba cấp chính quyền' is structure (optional); 'trong ba cấp' is the rank's total.
'khoảng 18,6 triệu …, chiếm 52,4% tổng số …' → percent 52.4; 'Trong đó, … 10,9 triệu, tương đương 58,6%, tăng 17,2% …' → total, percent and change of 10,9 triệu.
'cao hơn quý II khoảng 350 nghìn hồ sơ' → change of 4,12 triệu (350000 hồ sơ, about). '47/63 địa phương' → total 63; 'trên 50%' is a threshold (optional).
'thấp hơn cấp tỉnh (82,6%)': the bracket is the provincial level, not a gap: a figure of its own, and 71,3% has no change.
'xếp thứ 2 trong ba cấp' → rank 2, total 3 ('trong số N'). 'Đến nay' ends at the dateline. '120-150 triệu đồng/xã/năm' → money range, unit with its denominators.
Targets after 'mục tiêu đến hết năm 2025'. Distractors: (GMT+7), Nghị quyết số 02/NQ-CP, 'ba cấp chính quyền', 'quý II' as a baseline."""

write(6, TEXT, HEADER, FIGS, published="2024-10-17", location="Việt Nam")
