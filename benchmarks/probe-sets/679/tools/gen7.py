"""p679-7: Sở VHTTDL Bình Thuận department site (no dateline): lifeguards by locality, one cell per line."""
from lib import F, P, I, CH, emit

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH BÌNH THUẬN
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản pháp quy

Kiện toàn lực lượng cứu hộ tại các bãi biển du lịch

Bình Thuận có bờ biển dài 192 km với nhiều bãi tắm nổi tiếng như Mũi Né, Đồi Dương, Cổ Thạch. Thực hiện Nghị quyết số 18/2022/NQ-HĐND của HĐND tỉnh, lực lượng cứu hộ tại các bãi biển du lịch không ngừng được củng cố.

Bảng: Nhân viên cứu hộ tại các bãi biển du lịch theo địa phương
Đơn vị tính: người

Địa phương
Năm 2022
Năm 2023
Kế hoạch 2024
Phan Thiết
48
56
62
La Gi
18
21
25
Tuy Phong
12
14
17
Hàm Thuận Nam
9
11
15
Phú Quý
4
6
8

Năm 2023, lực lượng cứu hộ đã cứu sống 214 người gặp nạn, gấp 1,3 lần năm 2022; 100% nhân viên cứu hộ được tập huấn kỹ năng sơ cứu. Mức hỗ trợ cho nhân viên cứu hộ là 4,5 triệu đồng/người/tháng, riêng huyện đảo Phú Quý được hưởng thêm 30%. Kinh phí đào tạo, cấp chứng chỉ cứu hộ khoảng 2,8 triệu đồng/người.

Trong 6 tháng đầu năm 2024, toàn tỉnh xảy ra 4 vụ đuối nước tại các bãi tắm, giảm 2 vụ so với cùng kỳ, làm 5 người tử vong. Riêng quý I/2024, Sở đã tổ chức 3 lớp tập huấn nghiệp vụ cứu hộ cho 96 học viên.

Địa chỉ: số 2 Nguyễn Tất Thành, phường Phú Thủy, TP. Phan Thiết
Điện thoại: 0252.3822.530 - Fax: 0252.3826.218
Tổng số lượt truy cập: 2.874.316
"""

COLS = [(P("Năm 2022", "2022-01-01", "2022-12-31"), "năm 2022", None),
        (P("Năm 2023", "2023-01-01", "2023-12-31"), "năm 2023", None),
        (P("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "kế hoạch 2024", "target")]
ROWS = [
    ("Phan Thiết", [("Phan Thiết\n48", "48"), ("48\n56", "56"), ("56\n62", "62")]),
    ("La Gi", [("La Gi\n18", "18"), ("18\n21", "21"), ("21\n25", "25")]),
    ("Tuy Phong", [("Tuy Phong\n12", "12"), ("12\n14", "14"), ("14\n17", "17")]),
    ("Hàm Thuận Nam", [("Hàm Thuận Nam\n9", "9"), ("9\n11", "11"), ("11\n15", "15")]),
    ("Phú Quý", [("Phú Quý\n4", "4"), ("4\n6", "6"), ("6\n8", "8")]),
]

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
H6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")

FIGS = [F("dài 192 km", "192", 192, "measure", "km", "bờ biển")]
for loc, cells in ROWS:
    for (anchor, num), (per, label, status) in zip(cells, COLS):
        kw = {"status": status} if status else {}
        FIGS.append(F(anchor, num, int(num), "count", "người",
                      f"Nhân viên cứu hộ tại các bãi biển du lịch {label}", per, location=loc, **kw))
FIGS += [
    F("cứu sống 214 người", "214", 214, "count", "người", "người gặp nạn được lực lượng cứu hộ cứu sống", Y23,
      change=CH("increase", 1.3, "lần", "năm 2022")),
    F("2022; 100% nhân viên", "100", 100, "percent", "%", "nhân viên cứu hộ được tập huấn kỹ năng sơ cứu", Y23),
    F("là 4,5 triệu đồng", "4,5", 4500000, "money", "đồng/người/tháng", "mức hỗ trợ cho nhân viên cứu hộ"),
    F("thêm 30%", "30", 30, "percent", "%", "mức hỗ trợ nhân viên cứu hộ được hưởng thêm", location="Phú Quý"),
    F("khoảng 2,8 triệu đồng", "2,8", 2800000, "money", "đồng/người", "kinh phí đào tạo, cấp chứng chỉ cứu hộ",
      approx="about"),
    F("xảy ra 4 vụ", "4", 4, "count", "vụ", "vụ đuối nước tại các bãi tắm", H6,
      change=CH("decrease", 2, "vụ", "cùng kỳ")),
    F("làm 5 người", "5", 5, "count", "người", "người tử vong do đuối nước", H6),
    F("tổ chức 3 lớp", "3", 3, "count", "lớp", "lớp tập huấn nghiệp vụ cứu hộ Sở tổ chức", Q1),
    F("cho 96 học viên", "96", 96, "count", "học viên", "học viên tập huấn nghiệp vụ cứu hộ", Q1),
]

COMMENTS = [
    "Sở VHTTDL Bình Thuận department site: menu, no dateline (published absent), footer address/phone/visit counter.",
    "Table one cell per line with 'Đơn vị tính: người'; periods from the column headers (scored); 'Kế hoạch 2024' column -> status target;",
    "row labels are districts/towns -> location; subject = table indicator + column. No total row.",
    "Not figures: Nghị quyết số 18/2022/NQ-HĐND, 'số 2 Nguyễn Tất Thành', phones 0252.3822.530 / 0252.3826.218, 'Tổng số lượt truy cập: 2.874.316'.",
    "'gấp 1,3 lần năm 2022' after 214 người -> its change (lần). 'giảm 2 vụ so với cùng kỳ' -> change of 4 vụ.",
    "'riêng huyện đảo Phú Quý được hưởng thêm 30%' -> a percent figure of its own with location Phú Quý (a rate, no base amount).",
]

if __name__ == "__main__":
    emit("p679-7", TEXT, COMMENTS, FIGS, published=None, location="Bình Thuận")
