"""p857-7: Chi cục ATVSTP Cần Thơ (department site, no dateline): food-safety inspections of coffee and milk-tea shops,
H1/2024, with a table pasted one cell per line."""
from lib import F, P, I, C, T, build

TEXT = """SỞ Y TẾ THÀNH PHỐ CẦN THƠ
CHI CỤC AN TOÀN VỆ SINH THỰC PHẨM
Trang chủ » Tin hoạt động

Kết quả kiểm tra an toàn thực phẩm tại cơ sở kinh doanh cà phê, trà sữa 6 tháng đầu năm

Thực hiện Kế hoạch số 87/KH-SYT, 6 tháng đầu năm 2024, các đoàn kiểm tra liên ngành đã kiểm tra 1.346 cơ sở kinh doanh dịch vụ ăn uống, trong đó có 518 quán cà phê, trà sữa, giải khát. Kết quả có 1.187 cơ sở đạt yêu cầu, chiếm 88,2%; phát hiện 159 cơ sở vi phạm, xử phạt hành chính 47 cơ sở với tổng số tiền 286,5 triệu đồng.

Kết quả kiểm tra theo loại hình:
Loại hình
Số cơ sở được kiểm tra
Số cơ sở vi phạm
Tiền phạt (triệu đồng)
Quán cà phê
296
31
58,5
Cửa hàng trà sữa
142
22
47,0
Quán giải khát, nước mía
80
14
21,5
Cộng
518
67
127,0

Các vi phạm chủ yếu là không có giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm, người trực tiếp chế biến chưa khám sức khỏe, sử dụng nguyên liệu không rõ nguồn gốc. Đoàn đã lấy 215 mẫu nước uống, topping, trân châu để xét nghiệm nhanh, có 9 mẫu không đạt, chiếm 4,2%.

Trong 6 tháng cuối năm, Chi cục đặt mục tiêu kiểm tra ít nhất 600 cơ sở cà phê, trà sữa và 100% cơ sở vi phạm được tái kiểm tra.

CHI CỤC AN TOÀN VỆ SINH THỰC PHẨM THÀNH PHỐ CẦN THƠ
Địa chỉ: Số 71 Lý Tự Trọng, phường An Phú, quận Ninh Kiều, TP. Cần Thơ
Điện thoại: 0292.3821.657 - Email: ccatvstp@cantho.gov.vn
Lượt truy cập: 1.284.903
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")

FIGS = [
    F("kiểm tra 1.346 cơ sở", "1.346", 1346, "count", "cơ sở", "cơ sở kinh doanh dịch vụ ăn uống được kiểm tra", H1),
    F("có 518 quán", "518", 518, "count", "quán cà phê, trà sữa, giải khát",
      "quán cà phê, trà sữa, giải khát được kiểm tra", H1, total=1346),
    F("có 1.187 cơ sở", "1.187", 1187, "count", "cơ sở", "cơ sở đạt yêu cầu", I(H1), percent=88.2),
    F("phát hiện 159 cơ sở", "159", 159, "count", "cơ sở", "cơ sở vi phạm", I(H1)),
    F("xử phạt hành chính 47 cơ sở", "47", 47, "count", "cơ sở", "cơ sở bị xử phạt hành chính", I(H1)),
    F("tiền 286,5 triệu", "286,5", 286.5e6, "money", "đồng", "tổng số tiền xử phạt hành chính", I(H1)),
]

ROWS = [("Quán cà phê", "296", "31", "58,5"),
        ("Cửa hàng trà sữa", "142", "22", "47,0"),
        ("Quán giải khát, nước mía", "80", "14", "21,5"),
        ("Cộng", "518", "67", "127,0")]
for label, a, b, c in ROWS:
    FIGS.append(F(f"{label}\n{a}\n", a, float(a), "count", "cơ sở", f"Số cơ sở được kiểm tra {label.lower()}", I(H1)))
    FIGS.append(F(f"\n{a}\n{b}\n", b, float(b), "count", "cơ sở", f"Số cơ sở vi phạm {label.lower()}", I(H1)))
    FIGS.append(F(f"\n{b}\n{c}\n", c, float(c.replace(",", ".")) * 1e6, "money", "đồng",
                  f"Tiền phạt {label.lower()}", I(H1)))

FIGS += [
    F("lấy 215 mẫu", "215", 215, "count", "mẫu", "mẫu nước uống, topping, trân châu lấy để xét nghiệm nhanh", I(H1)),
    F("có 9 mẫu", "9", 9, "count", "mẫu", "mẫu không đạt", I(H1), percent=4.2),
    F("ít nhất 600 cơ sở", "600", 600, "count", "cơ sở", "cơ sở cà phê, trà sữa được kiểm tra", H2,
      approx="at_least", status="target"),
    F("và 100% cơ sở", "100", 100, "percent", "%", "cơ sở vi phạm được tái kiểm tra", H2, status="target"),
]

NOTES = [
    "Department site (Chi cục ATVSTP Cần Thơ), no dateline; footer with address, phone and 'Lượt truy cập: 1.284.903'.",
    "Headline '6 tháng đầu năm' has no year; the body gives 2024. Table pasted one cell per line (header cells, then each",
    "row's cells); 'Tiền phạt (triệu đồng)' makes 58,5 = 58 500 000 đồng; cells inherit 6 tháng đầu năm 2024 from the",
    "paragraph above; 'Cộng' row cells are figures with no total; no cell carries a total (no 'trong đó' header).",
    "'6 tháng cuối năm' = 2024-07..12. Inspections and fines have no place other than Cần Thơ.",
    "Distractors: Kế hoạch số 87/KH-SYT, Số 71 Lý Tự Trọng, phone 0292.3821.657, visit counter.",
]

build("p857-7", TEXT, FIGS, NOTES, published=None, location="Cần Thơ")
