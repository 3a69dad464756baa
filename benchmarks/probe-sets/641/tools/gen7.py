"""p641-7: department site (Sở Tài chính Lào Cai), no dateline, flattened '|' table with 'Đơn vị tính'."""
from lib import F, P, I, CH, emit

TEXT = """SỞ TÀI CHÍNH TỈNH LÀO CAI
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Liên hệ

Kết quả thực hiện kiến nghị kiểm toán ngân sách cấp huyện

Thực hiện Công văn số 2841/UBND-TH của UBND tỉnh, Sở Tài chính đã tổng hợp kết quả thực hiện kiến nghị của Kiểm toán Nhà nước khu vực VII đối với ngân sách 5 huyện, thị xã, thành phố niên độ 2023. Tổng số kiến nghị xử lý tài chính là 61.734 triệu đồng; tính đến ngày 30/9/2024 đã thực hiện 48.905 triệu đồng, đạt 79,2%.

Bảng: Kết quả thực hiện kiến nghị theo địa phương
Đơn vị tính: triệu đồng
Địa phương | Số kiến nghị | Đã thực hiện | Tỷ lệ (%)
TP. Lào Cai | 18.652 | 16.410 | 88,0
Thị xã Sa Pa | 12.305 | 9.218 | 74,9
Huyện Bảo Thắng | 14.117 | 11.630 | 82,4
Huyện Bát Xát | 9.846 | 6.372 | 64,7
Huyện Văn Bàn | 6.814 | 5.275 | 77,4

Huyện Bát Xát có tỷ lệ thấp nhất do còn 3.474 triệu đồng giảm thanh toán của 7 công trình chưa được chủ đầu tư thu hồi. Ngoài kiến nghị tài chính, Kiểm toán Nhà nước còn kiến nghị các huyện sửa đổi 9 văn bản chỉ đạo, điều hành; đến nay đã sửa đổi xong 6/9 văn bản.

Sở Tài chính đề nghị các địa phương hoàn thành kiến nghị còn lại trong quý IV/2024, bảo đảm tỷ lệ thực hiện chung của tỉnh đạt tối thiểu 95%.

Địa chỉ: Tầng 3, Khối 5, Trung tâm hành chính tỉnh, phường Nam Cường, TP. Lào Cai | Điện thoại: 0214.3840.158
Tổng số lượt truy cập: 1.286.417
"""

ND = P("niên độ 2023", "2023-01-01", "2023-12-31")
ASOF = P("tính đến ngày 30/9/2024", None, "2024-09-30")
TAB = I(ASOF)

ROWS = [
    ("TP. Lào Cai", "TP. Lào Cai", ("18.652", 18652), ("16.410", 16410), ("88,0", 88.0)),
    ("Thị xã Sa Pa", "Sa Pa", ("12.305", 12305), ("9.218", 9218), ("74,9", 74.9)),
    ("Huyện Bảo Thắng", "Bảo Thắng", ("14.117", 14117), ("11.630", 11630), ("82,4", 82.4)),
    ("Huyện Bát Xát", "Bát Xát", ("9.846", 9846), ("6.372", 6372), ("64,7", 64.7)),
    ("Huyện Văn Bàn", "Văn Bàn", ("6.814", 6814), ("5.275", 5275), ("77,4", 77.4)),
]

FIGS = [
    F("ngân sách 5 huyện", "5", 5, "count", "huyện, thị xã, thành phố",
      "huyện, thị xã, thành phố được kiểm toán ngân sách", ND),
    F("là 61.734 triệu đồng", "61.734", 61734e6, "money", "đồng", "tổng số kiến nghị xử lý tài chính", I(ND)),
    F("thực hiện 48.905 triệu đồng", "48.905", 48905e6, "money", "đồng", "kiến nghị xử lý tài chính đã thực hiện", ASOF,
      percent=79.2),
]
for label, loc, (a, av), (b, bv), (c, cv) in ROWS:
    FIGS += [
        F(f"{label} | {a}", a, av * 1e6, "money", "đồng", "số kiến nghị xử lý tài chính", TAB, location=loc),
        F(f"{a} | {b}", b, bv * 1e6, "money", "đồng", "số kiến nghị đã thực hiện", TAB, location=loc),
        F(f"{b} | {c}", c, cv, "percent", "%", "tỷ lệ thực hiện kiến nghị", TAB, location=loc),
    ]
FIGS += [
    F("còn 3.474 triệu đồng", "3.474", 3474e6, "money", "đồng", "giảm thanh toán chưa được chủ đầu tư thu hồi", TAB,
      location="Bát Xát"),
    F("của 7 công trình", "7", 7, "count", "công trình", "công trình có giảm thanh toán chưa thu hồi", TAB,
      location="Bát Xát"),
    F("sửa đổi 9 văn bản", "9", 9, "count", "văn bản", "văn bản chỉ đạo, điều hành kiến nghị sửa đổi"),
    F("xong 6/9 văn bản", "6", 6, "count", "văn bản", "văn bản đã sửa đổi xong", total=9),
    F("tối thiểu 95%", "95", 95, "percent", "%", "tỷ lệ thực hiện kiến nghị chung của tỉnh",
      P("quý IV/2024", "2024-10-01", "2024-12-31"), approx="at_least", status="target"),
]

COMMENTS = [
    "Sở Tài chính tỉnh Lào Cai (department site, no dateline): thực hiện kiến nghị KTNN khu vực VII, ngân sách cấp huyện niên độ 2023.",
    "Flattened '|' table under 'Đơn vị tính: triệu đồng'; the 'Tỷ lệ (%)' column is percent despite the unit line. Each row is a",
    "district (location); the subject is the column's indicator. Table periods: the as-of date of the lead (inherited).",
    "'niên độ 2023' is the fiscal year 2023 (scored on the count of districts in the same sentence). 'Công văn số 2841/UBND-TH',",
    "'khu vực VII', 'Tầng 3, Khối 5', the phone number and 'Tổng số lượt truy cập: 1.286.417' are not figures.",
    "48.905 triệu has no part-of cue after 61.734 triệu (only ';'), so its 79,2% is its percent, no total. 6/9 gives total 9.",
    "TP. Lào Cai row: location 'TP. Lào Cai' (the city; normalises like the province name).",
]

if __name__ == "__main__":
    emit("p641-7", TEXT, COMMENTS, FIGS, location="Lào Cai")
