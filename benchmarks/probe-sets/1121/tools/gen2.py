"""p1121-2: district portal (thị xã Nghi Sơn, Thanh Hóa), tug services at Nghi Sơn port, 9 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THỊ XÃ NGHI SƠN
Trang chủ / Tin tức / Kinh tế

Dịch vụ lai dắt tàu biển ở Nghi Sơn tăng trưởng khá

Thứ Hai, 14/10/2024 - 08:45

Theo Cảng vụ Hàng hải Thanh Hóa, 9 tháng năm 2024 có 3.417 lượt tàu thuyền ra, vào các bến cảng thuộc Khu kinh tế Nghi Sơn, tăng 11,2% so với cùng kỳ; sản lượng hàng hóa thông qua ước đạt 38,6 triệu tấn. Phần lớn tàu có trọng tải từ 30.000 đến 70.000 DWT nên nhu cầu tàu lai hỗ trợ cập, rời cầu rất lớn.

Tại phường Hải Thượng, Công ty CP Lai dắt và Dịch vụ hàng hải Nghi Sơn hiện quản lý 9 tàu lai, công suất từ 1.800 đến 5.000 CV. Từ đầu năm đến nay, công ty đã thực hiện 2.684 lượt lai dắt, trong đó 415 lượt hỗ trợ tàu dầu cập bến phao số 1 của Nhà máy Lọc hóa dầu Nghi Sơn. Doanh thu 9 tháng đạt gần 96 tỷ đồng, tăng 14% so với cùng kỳ năm 2023; công ty nộp ngân sách 7,2 tỷ đồng. Đơn vị hiện giải quyết việc làm cho 138 lao động, thu nhập bình quân 14,5 triệu đồng/người/tháng.

Ngoài ra, trên địa bàn thị xã còn 2 doanh nghiệp khác cung cấp dịch vụ lai dắt với tổng cộng 6 tàu. Ông Lê Văn Hùng, Phó Chủ tịch UBND thị xã cho biết, đến năm 2025 thị xã phấn đấu thu hút thêm một doanh nghiệp lai dắt, nâng số tàu lai hoạt động tại khu vực lên ít nhất 18 chiếc. Dự kiến tháng 12 tới, bến số 7 và bến số 8 Cảng tổng hợp Nghi Sơn sẽ tiếp nhận tàu 100.000 DWT đầu tiên.

Minh Hằng - Trung tâm VH,TT&TT thị xã
"""

M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9S = per("Doanh thu 9 tháng", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
T25 = per("đến năm 2025", None, "2025-12-31")
D12 = per("tháng 12 tới", "2024-12-01", "2024-12-31")
CO = "Công ty CP Lai dắt và Dịch vụ hàng hải Nghi Sơn"

FIGS = [
    fig("có 3.417 lượt", "3.417", 3417, "count", "lượt tàu thuyền",
        change=chg("increase", 11.2, "%", "cùng kỳ"),
        subject="lượt tàu thuyền ra, vào các bến cảng thuộc Khu kinh tế Nghi Sơn", period=M9),
    fig("ước đạt 38,6 triệu tấn", "38,6", 38600000, "measure", "tấn", status="estimate",
        subject="sản lượng hàng hóa thông qua", period=M9),
    fig("từ 30.000 đến 70.000 DWT", "30.000", 30000, "measure", "DWT", value_max=70000,
        subject="trọng tải phần lớn tàu ra, vào", period=inh(M9)),
    fig("quản lý 9 tàu lai", "9", 9, "count", "tàu lai", subject=f"tàu lai do {CO} quản lý"),
    fig("từ 1.800 đến 5.000 CV", "1.800", 1800, "measure", "CV", value_max=5000,
        subject="công suất tàu lai của công ty"),
    fig("thực hiện 2.684 lượt", "2.684", 2684, "count", "lượt lai dắt",
        subject="lượt lai dắt công ty đã thực hiện", period=YTD),
    fig("415 lượt", "415", 415, "count", "lượt", total=2684,
        subject="lượt hỗ trợ tàu dầu cập bến phao của Nhà máy Lọc hóa dầu Nghi Sơn", period=YTD),
    fig("gần 96 tỷ", "96", 96000000000, "money", "đồng", approx="nearly",
        change=chg("increase", 14, "%", "cùng kỳ năm 2023"), subject="doanh thu của công ty", period=M9S),
    fig("nộp ngân sách 7,2 tỷ", "7,2", 7200000000, "money", "đồng",
        subject="nộp ngân sách của công ty", period=M9S),
    fig("cho 138 lao động", "138", 138, "count", "lao động", subject="lao động được công ty giải quyết việc làm"),
    fig("14,5 triệu", "14,5", 14500000, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của lao động"),
    fig("còn 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp",
        subject="doanh nghiệp khác cung cấp dịch vụ lai dắt"),
    fig("tổng cộng 6 tàu", "6", 6, "count", "tàu", subject="tàu lai của 2 doanh nghiệp khác"),
    fig("thêm một doanh nghiệp", "một", 1, "count", "doanh nghiệp", status="target",
        subject="doanh nghiệp lai dắt thu hút thêm", period=T25),
    fig("ít nhất 18 chiếc", "18", 18, "count", "chiếc", approx="at_least", status="target",
        subject="tàu lai hoạt động tại khu vực", period=T25),
    fig("tàu 100.000 DWT", "100.000", 100000, "measure", "DWT", status="forecast",
        subject="trọng tải tàu bến số 7 và bến số 8 Cảng tổng hợp Nghi Sơn sẽ tiếp nhận", period=D12),
]

NOTES = [
    "District portal (thị xã Nghi Sơn, Thanh Hóa): tug services at Nghi Sơn port, 9 months 2024. 'Thứ Hai, 14/10/2024 - 08:45', byline at the end.",
    "Default location Nghi Sơn (the district's own portal; the company is in phường Hải Thượng, a ward of Nghi Sơn).",
    "Distractors: time 08:45, 'bến phao số 1', 'bến số 7 và bến số 8', 'VH,TT&TT'. 'Từ đầu năm đến nay' ends at the dateline.",
    "Number word 'một doanh nghiệp' (target). 'Dự kiến tháng 12 tới' = December 2024 (forecast). 'đến năm 2025' targets: end 2025-12-31.",
    "Capacity range of the tug fleet is a standing specification: no period. 'tổng cộng 6 tàu' is a count of its own, not a total attribute.",
    "revised after the first run: place words (trên địa bàn tỉnh/thị xã/thành phố, toàn thành phố, cả nước) removed from subjects; the place is the location field (FIGURES.md §3).",
]

if __name__ == "__main__":
    write("p1121-2", TEXT, NOTES, FIGS, published="2024-10-14", location="Nghi Sơn")
