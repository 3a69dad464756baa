"""p1154-7: department site (Sở KH&CN Lào Cai), no dateline; one-cell-per-line table by product; a cooperative in Bắc Hà."""
from lib import F, P, I, C, T, write

TEXT = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH LÀO CAI
Trang chủ | Giới thiệu | Tin tức | Thủ tục hành chính | Liên hệ

Nhân rộng mô hình nuôi trồng nấm dược liệu ứng dụng công nghệ cao

Từ kết quả nhiệm vụ khoa học "Ứng dụng tiến bộ kỹ thuật nuôi trồng đông trùng hạ thảo tại huyện Bắc Hà", tỉnh Lào Cai đã chuyển giao công nghệ cho 9 cơ sở sản xuất ở các huyện Bắc Hà, Bảo Thắng và thị xã Sa Pa. Tổng kinh phí thực hiện nhiệm vụ là 1,86 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 1,1 tỷ đồng.

Sản lượng nấm dược liệu của các cơ sở tham gia mô hình:
Đơn vị tính: kg
Sản phẩm
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Đông trùng hạ thảo khô
185
260
350
Nấm linh chi đỏ khô
2.400
3.100
3.800
Nấm linh chi đen khô
650
820
1.000
Tổng số
3.235
4.180
5.150

Tại xã Tà Chải, huyện Bắc Hà, Hợp tác xã Dược liệu Bắc Hà nuôi trồng đông trùng hạ thảo trong 3 phòng lạnh, mỗi phòng 2.000 hộp nuôi. Năm 2023, hợp tác xã thu về khoảng 1,4 tỷ đồng, lợi nhuận đạt 35% doanh thu; giá bán sản phẩm khô 8,5 triệu đồng/kg. Hợp tác xã hiện có 15 thành viên, bình quân thu nhập mỗi thành viên 7 triệu đồng/tháng.

Tin liên quan:
- Hội thảo khoa học về cây dược liệu lần thứ 5
- Lào Cai công bố danh mục nhiệm vụ khoa học cấp tỉnh năm 2025

Liên kết website | Sơ đồ site
SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH LÀO CAI
Địa chỉ: Tầng 4, Khối 5, Đại lộ Trần Hưng Đạo, TP Lào Cai
Điện thoại: 0214.3840.587
Lượt truy cập: 865.204 | Đang online: 17
"""

COLS = {
    "Năm 2023": (P("Năm 2023", "2023-01-01", "2023-12-31"), "actual"),
    "Ước thực hiện 2024": (P("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
    "Kế hoạch 2025": (P("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target"),
}
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
BH = "Bắc Hà"


def cell(anchor, number, value, row, col):
    per, status = COLS[col]
    kw = {"status": status} if status != "actual" else {}
    return F(anchor, number, value, "measure", "kg", subject=f"sản lượng {row} {col.lower()}", period=per, **kw)


R1, R2, R3, R4 = "đông trùng hạ thảo khô", "nấm linh chi đỏ khô", "nấm linh chi đen khô", "nấm dược liệu tổng số"
A, B, Cc = "Năm 2023", "Ước thực hiện 2024", "Kế hoạch 2025"

FIGS = [
    F("cho 9 cơ sở", "9", 9, "count", "cơ sở sản xuất", subject="cơ sở sản xuất được chuyển giao công nghệ"),
    F("là 1,86 tỷ", "1,86", 1.86e9, "money", "đồng", subject="tổng kinh phí thực hiện nhiệm vụ"),
    F("hỗ trợ 1,1 tỷ", "1,1", 1.1e9, "money", "đồng", total=1.86e9, subject="ngân sách tỉnh hỗ trợ"),
    cell("khô\n185", "185", 185, R1, A),
    cell("185\n260", "260", 260, R1, B),
    cell("260\n350", "350", 350, R1, Cc),
    cell("đỏ khô\n2.400", "2.400", 2400, R2, A),
    cell("2.400\n3.100", "3.100", 3100, R2, B),
    cell("3.100\n3.800", "3.800", 3800, R2, Cc),
    cell("đen khô\n650", "650", 650, R3, A),
    cell("650\n820", "820", 820, R3, B),
    cell("820\n1.000", "1.000", 1000, R3, Cc),
    cell("Tổng số\n3.235", "3.235", 3235, R4, A),
    cell("3.235\n4.180", "4.180", 4180, R4, B),
    cell("4.180\n5.150", "5.150", 5150, R4, Cc),
    F("trong 3 phòng", "3", 3, "count", "phòng lạnh", subject="phòng lạnh nuôi trồng đông trùng hạ thảo", location=BH),
    F("mỗi phòng 2.000", "2.000", 2000, "measure", "hộp nuôi/phòng", subject="hộp nuôi mỗi phòng", location=BH),
    F("khoảng 1,4 tỷ", "1,4", 1.4e9, "money", "đồng", approx="about", subject="doanh thu của hợp tác xã",
      period=Y23, location=BH),
    F("đạt 35%", "35", 35, "percent", "%", subject="tỷ suất lợi nhuận trên doanh thu", period=Y23, location=BH),
    F("khô 8,5 triệu", "8,5", 8.5e6, "money", "đồng/kg", subject="giá bán sản phẩm khô", period=Y23, location=BH),
    F("có 15 thành viên", "15", 15, "count", "thành viên", subject="thành viên hợp tác xã", location=BH),
    F("thành viên 7 triệu", "7", 7e6, "money", "đồng/tháng", subject="thu nhập bình quân mỗi thành viên",
      location=BH),
]

NOTES = [
    "Department site (Sở KH&CN Lào Cai) with no dateline: no published. Related links, footer address, phone, counters.",
    "One-cell-per-line table ('Đơn vị tính: kg'): rows are products (subject = row label + column label); periods from",
    "column headers (scored); 'Ước thực hiện 2024' -> estimate, 'Kế hoạch 2025' -> target. Cells get no totals.",
    "Distractors: 'Tầng 4, Khối 5', phone 0214.3840.587, 'Lượt truy cập: 865.204', 'Đang online: 17', 'lần thứ 5',",
    "and the related-link title with 'năm 2025'.",
    "'trong đó ngân sách tỉnh hỗ trợ 1,1 tỷ' -> total 1,86 tỷ. 9 cơ sở: list of districts follows -> location stays Lào Cai.",
    "Cooperative in xã Tà Chải, huyện Bắc Hà: Bắc Hà for its figures, also in the following sentences. 'lợi nhuận đạt 35%",
    "doanh thu': a percent figure (no profit amount). 'mỗi phòng 2.000 hộp' is a per-room rate -> measure, unit hộp nuôi/phòng.",
]

if __name__ == "__main__":
    write("p1154-7", TEXT, NOTES, FIGS, published=None, location="Lào Cai")
