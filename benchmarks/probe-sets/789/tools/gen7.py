"""p789-7: department site without dateline (Chi cục ATVSTP Cần Thơ), table pasted one cell per line."""
from lib import F, period, inherit, change, target, write

TEXT = """CHI CỤC AN TOÀN VỆ SINH THỰC PHẨM THÀNH PHỐ CẦN THƠ
Trang chủ | Giới thiệu | Tin hoạt động | Văn bản | Liên hệ

Tăng cường giám sát chất lượng bún, hủ tiếu, bánh phở

Toàn thành phố Cần Thơ hiện có 137 cơ sở sản xuất bún, hủ tiếu, bánh phở, tập trung chủ yếu ở quận Cái Răng (41 cơ sở), quận Bình Thủy (33 cơ sở) và huyện Phong Điền (25 cơ sở). Tổng công suất các cơ sở khoảng 68 tấn sản phẩm/ngày. Số cơ sở có dây chuyền khép kín chiếm dưới 40%.

Năm 2024, Chi cục phối hợp với các quận, huyện kiểm tra 118 lượt cơ sở, phát hiện 9 cơ sở vi phạm, xử phạt 63 triệu đồng. Chi cục cũng lấy 220 mẫu để kiểm nghiệm các chỉ tiêu hàn the, formol, chất tẩy trắng và vi sinh vật; tỷ lệ mẫu đạt chung là 92,7%, tăng 3,4 điểm phần trăm so với năm 2023. Kết quả cụ thể như sau:

Đơn vị tính: mẫu
Sản phẩm
Số mẫu kiểm nghiệm
Số mẫu đạt
Tỷ lệ đạt (%)
Bún tươi
86
79
91,9
Hủ tiếu
64
61
95,3
Bánh phở
42
39
92,9
Bánh canh
28
25
89,3
Tổng số
220
204
92,7

Năm 2025, Chi cục phấn đấu kiểm tra 100% cơ sở sản xuất bún, hủ tiếu, bánh phở ít nhất 1 lần/năm và không để xảy ra ngộ độc thực phẩm đông người.

CHI CỤC AN TOÀN VỆ SINH THỰC PHẨM THÀNH PHỐ CẦN THƠ
Địa chỉ: số 71 Lý Tự Trọng, phường An Phú, quận Ninh Kiều, TP. Cần Thơ
Điện thoại: 0292.3826.415 - Email: ccattp@cantho.gov.vn
Tổng lượt truy cập: 1.284.093
"""

Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
L = "Cần Thơ"
PRODUCERS = "cơ sở sản xuất bún, hủ tiếu, bánh phở"

FIGS = [
    F("có 137 cơ sở", "137", 137, "count", "cơ sở", PRODUCERS, location=L),
    F("Cái Răng (41 cơ sở)", "41", 41, "count", "cơ sở", PRODUCERS, location="Cái Răng"),
    F("Bình Thủy (33 cơ sở)", "33", 33, "count", "cơ sở", PRODUCERS, location="Bình Thủy"),
    F("Phong Điền (25 cơ sở)", "25", 25, "count", "cơ sở", PRODUCERS, location="Phong Điền"),
    F("khoảng 68 tấn sản phẩm/ngày", "68", 68, "measure", "tấn/ngày", "tổng công suất các cơ sở", approx="about", location=L),
    F("dưới 40%", "40", 40, "percent", "%", "cơ sở có dây chuyền khép kín", approx="under", location=L),
    F("kiểm tra 118 lượt", "118", 118, "count", "lượt cơ sở", "lượt cơ sở được kiểm tra", period=Y24, location=L),
    F("phát hiện 9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở vi phạm", period=Y24, location=L),
    F("xử phạt 63 triệu đồng", "63", 63e6, "money", "đồng", "tiền xử phạt", period=Y24, location=L),
    F("lấy 220 mẫu", "220", 220, "count", "mẫu", "mẫu kiểm nghiệm", period=inherit(Y24), location=L),
    F("chung là 92,7%", "92,7", 92.7, "percent", "%", "tỷ lệ mẫu đạt chung",
      change=change("increase", 3.4, "điểm phần trăm", "năm 2023"), period=inherit(Y24), location=L),
]

ROWS = [("Bún tươi", "86", "79", "91,9"), ("Hủ tiếu", "64", "61", "95,3"), ("Bánh phở", "42", "39", "92,9"),
        ("Bánh canh", "28", "25", "89,3"), ("Tổng số", "220", "204", "92,7")]
for label, n, ok, rate in ROWS:
    name = label.lower() if label != "Tổng số" else "tổng số"
    FIGS += [
        F(f"{label}\n{n}\n", n, int(n), "count", "mẫu", f"số mẫu kiểm nghiệm {name}", period=inherit(Y24), location=L),
        F(f"\n{n}\n{ok}\n", ok, int(ok), "count", "mẫu", f"số mẫu đạt {name}", period=inherit(Y24), location=L),
        F(f"\n{ok}\n{rate}\n", rate, float(rate.replace(",", ".")), "percent", "%", f"tỷ lệ đạt {name}",
          period=inherit(Y24), location=L),
    ]

FIGS += [
    F("kiểm tra 100% cơ sở", "100", 100, "percent", "%", "cơ sở sản xuất bún, hủ tiếu, bánh phở được kiểm tra", status="target",
      period=period("Năm 2025", "2025-01-01", "2025-12-31"), location=L),
    F("ít nhất 1 lần/năm", "1", 1, "measure", "lần/năm", approx="at_least", status="target", optional=True, location=L),
]

COMMENTS = [
    "Chi cục ATVSTP TP Cần Thơ (department site): no dateline, footer address/phone/visit counter. Producers, inspections 2024, sample tests.",
    "Table pasted one cell per line: header cells, then each row's cells; 'Đơn vị tính: mẫu', the '(%)' column is percent; Tổng số row is its own figure.",
    "Table cells: subject = column label + row label (product); period from the 'Năm 2024' paragraph above (inherited); no totals on cells.",
    "District list after 'tập trung chủ yếu ở' (41+33+25 = 99 of 137): no totals; each district is its item's location.",
    "'tăng 3,4 điểm phần trăm so với năm 2023' is the change of 92,7%. 'ít nhất 1 lần/năm' is an inspection frequency standard: optional.",
    "revised after the first run: unit of 68 tấn sản phẩm/ngày is tấn/ngày (shortest unit; the product belongs to the subject, as for tấn gạo elsewhere).",
    "Distractors: số 71 Lý Tự Trọng, 0292.3826.415, Tổng lượt truy cập: 1.284.093, menu bar.",
]

write("p789-7", TEXT, FIGS, COMMENTS, published=None, location=L)
