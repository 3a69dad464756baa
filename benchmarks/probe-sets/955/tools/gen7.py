"""p955-7: department site without dateline (Chi cục PTNT Cao Bằng); table pasted one cell per line."""
from lib import P, I, C, T, F, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH CAO BẰNG
Chi cục Phát triển nông thôn
Trang chủ / Phát triển nông thôn / Ngành nghề nông thôn

Làng nghề chế biến nông sản nâng cao thu nhập cho người dân vùng cao

Toàn tỉnh hiện có 14 làng nghề được công nhận, trong đó 5 làng nghề chế biến miến dong, bánh phở khô và bún khô, tập trung ở các huyện Nguyên Bình, Hòa An, Quảng Hòa và thành phố Cao Bằng. Năm 2024, sản lượng các sản phẩm chế biến chủ yếu đạt 1.333 tấn, tăng 10,2% so với năm 2023.

Làng miến Phia Đén (xã Thành Công, huyện Nguyên Bình) có 46 hộ tham gia sản xuất, mỗi năm sử dụng khoảng 3.800 tấn củ dong riềng; giá miến bán lẻ 80.000-100.000 đồng/kg. Tại xã Hưng Đạo (thành phố Cao Bằng), nghề làm bánh phở khô thu hút 120 hộ, thu nhập bình quân trên 7 triệu đồng/lao động/tháng.

Giai đoạn 2021-2024, tỉnh đã hỗ trợ 2,8 tỷ đồng cho 37 cơ sở mua máy tráng, máy sấy, máy đóng gói; 9 sản phẩm miến, phở khô được công nhận OCOP 3 sao. Kế hoạch năm 2025, Chi cục phối hợp với các địa phương xây dựng 2 mô hình liên kết sản xuất miến dong gắn với vùng nguyên liệu quy mô 50 ha.

Kết quả sản xuất một số sản phẩm chế biến chủ yếu
Đơn vị tính: tấn
Sản phẩm
Năm 2023
Năm 2024
Kế hoạch 2025
Miến dong
620
685
750
Bánh phở khô
410
452
500
Bún khô
180
196
220
Tổng cộng
1.210
1.333
1.470

CHI CỤC PHÁT TRIỂN NÔNG THÔN TỈNH CAO BẰNG
Địa chỉ: Số 041 đường Hoàng Đình Giong, phường Hợp Giang, thành phố Cao Bằng
Điện thoại: 0206.3852.469 - Email: ccptnt@caobang.gov.vn
Số lượt truy cập: 486.215
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
GD = P("Giai đoạn 2021-2024", "2021-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
CY23 = P("Năm 2023", "2023-01-01", "2023-12-31")
CY24 = P("Năm 2024", "2024-01-01", "2024-12-31")
CK25 = P("Kế hoạch 2025", "2025-01-01", "2025-12-31")


def row(label, subj, nums):
    out = []
    cols = [("năm 2023", CY23, "actual"), ("năm 2024", CY24, "actual"), ("kế hoạch 2025", CK25, "target")]
    prev = label
    for (col, per, st), n in zip(cols, nums):
        v = float(n.replace(".", ""))
        anchor = f"{prev}\n{n}"
        kw = {"status": st} if st != "actual" else {}
        out.append(F(anchor, n, v, "measure", "tấn", f"sản lượng {subj} {col}", per, **kw))
        prev = n
    return out


FIGS = [
    F("có 14 làng nghề", "14", 14, "count", "làng nghề", "làng nghề được công nhận"),
    F("trong đó 5 làng nghề", "5", 5, "count", "làng nghề", "làng nghề chế biến miến dong, bánh phở khô và bún khô",
      total=14),
    F("đạt 1.333 tấn", "1.333", 1333, "measure", "tấn", "sản lượng các sản phẩm chế biến chủ yếu", Y24,
      change=C("increase", 10.2, "%", "năm 2023")),
    F("có 46 hộ", "46", 46, "count", "hộ", "hộ tham gia sản xuất miến Phia Đén", location="Nguyên Bình"),
    F("khoảng 3.800 tấn", "3.800", 3800, "measure", "tấn", "củ dong riềng làng miến Phia Đén sử dụng mỗi năm",
      approx="about", location="Nguyên Bình"),
    F("80.000-100.000 đồng/kg", "80.000", 80000, "money", "đồng/kg", "giá miến bán lẻ", value_max=100000,
      location="Nguyên Bình"),
    F("thu hút 120 hộ", "120", 120, "count", "hộ", "hộ làm bánh phở khô", location="Cao Bằng"),
    F("trên 7 triệu", "7", 7e6, "money", "đồng/lao động/tháng", "thu nhập bình quân nghề làm bánh phở khô",
      approx="over", location="Cao Bằng"),
    F("hỗ trợ 2,8 tỷ đồng", "2,8", 2.8e9, "money", "đồng", "kinh phí tỉnh hỗ trợ cơ sở mua máy", GD),
    F("cho 37 cơ sở", "37", 37, "count", "cơ sở", "cơ sở được hỗ trợ mua máy tráng, máy sấy, máy đóng gói", GD),
    F("; 9 sản phẩm", "9", 9, "count", "sản phẩm", "sản phẩm miến, phở khô được công nhận OCOP 3 sao", GD),
    F("OCOP 3 sao", "3", 3, "measure", "sao", optional=True),
    F("xây dựng 2 mô hình", "2", 2, "count", "mô hình", "mô hình liên kết sản xuất miến dong", Y25, status="target"),
    F("quy mô 50 ha", "50", 50, "measure", "ha", "quy mô vùng nguyên liệu", Y25, status="target"),
    *row("Miến dong", "miến dong", ["620", "685", "750"]),
    *row("Bánh phở khô", "bánh phở khô", ["410", "452", "500"]),
    *row("Bún khô", "bún khô", ["180", "196", "220"]),
    *row("Tổng cộng", "tổng cộng", ["1.210", "1.333", "1.470"]),
]

COMMENTS = [
    "Chi cục PTNT (Sở NN&PTNT Cao Bằng) page without a dateline: no `published`. Province Cao Bằng; Phia Đén figures are huyện Nguyên Bình,",
    "xã Hưng Đạo figures are thành phố Cao Bằng (same place name as the province). Distractors: 'Số 041 đường Hoàng Đình Giong', phone",
    "'0206.3852.469', 'Số lượt truy cập: 486.215', 'Giai đoạn 2021-2024'. OCOP '3 sao' optional.",
    "Table pasted one cell per line: unit from 'Đơn vị tính: tấn', subject = row label + column label, period from the column header,",
    "'Kế hoạch 2025' column -> status target. Cells carry no totals; the 'Tổng cộng' row is its own figure (1.333 also stands in the text).",
    "Revised after first run: total-row subjects now keep the row label ('sản lượng tổng cộng năm 2023'), 50 ha subject 'quy mô vùng nguyên liệu'.",
    "'Kế hoạch năm 2025, Chi cục … xây dựng 2 mô hình … quy mô 50 ha' -> targets of 2025.",
]

if __name__ == "__main__":
    write(7, TEXT, FIGS, COMMENTS, published=None, location="Cao Bằng")
