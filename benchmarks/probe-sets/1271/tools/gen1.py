"""p1271-1: province portal (Cổng TTĐT tỉnh Lào Cai): 312 crop genetic resources kept, in-situ/ex-situ, budget, Séng Cù rice."""
from lib import F, P, I, Y, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÀO CAI
Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Lào Cai lưu giữ 312 nguồn gen cây trồng bản địa

Cập nhật: 14/08/2024 09:35 | Lượt xem: 1.286

Sau 4 năm thực hiện Đề án bảo tồn và phát triển nguồn gen giai đoạn 2021-2025, tính đến hết tháng 7/2024, tỉnh Lào Cai đã thu thập, đánh giá và lưu giữ 312 nguồn gen cây trồng bản địa, tăng 57 nguồn gen so với năm 2022. Trong đó có 96 nguồn gen lúa, 74 nguồn gen cây dược liệu, 61 nguồn gen cây ăn quả ôn đới và 81 nguồn gen rau, đậu đỗ.

Nguồn gen được bảo tồn theo hai hình thức. Bảo tồn tại chỗ được thực hiện trên diện tích khoảng 42 ha tại các huyện Bát Xát, Mường Khương, Si Ma Cai và thị xã Sa Pa. Bảo tồn chuyển chỗ được thực hiện tại vườn tập đoàn rộng 1,8 ha của Trung tâm Giống cây trồng Phìn Hồ và kho lạnh lưu giữ hơn 2.100 mẫu hạt.

Năm 2024, tỉnh bố trí 6,5 tỷ đồng cho nhiệm vụ bảo tồn nguồn gen, bằng 130% năm 2023; lũy kế giai đoạn 2021-2024 đạt gần 19 tỷ đồng.

Nhiều nguồn gen quý đã được phục tráng, đưa vào sản xuất hàng hóa như lúa Séng Cù, lúa Khẩu Mang, táo mèo, đào Sa Pa. Riêng lúa Séng Cù hiện có diện tích hơn 1.200 ha, năng suất bình quân 5,2 tấn/ha; gạo Séng Cù bán từ 25.000 đến 30.000 đồng/kg, cao gấp khoảng 2 lần gạo thường.

Mục tiêu đến năm 2025, tỉnh phấn đấu lưu giữ ít nhất 350 nguồn gen và xây dựng 5 vùng bảo tồn tại chỗ, gắn với phát triển sản phẩm OCOP.

Tin liên quan:
- Bát Xát phục tráng giống lúa Séng Cù
- UBND tỉnh ban hành Quyết định số 1245/QĐ-UBND về danh mục nguồn gen quý
"""

ASOF = P("tính đến hết tháng 7/2024", None, "2024-07-31")
Y24 = Y(2024, "Năm 2024")
G2124 = P("giai đoạn 2021-2024", "2021-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Lào Cai lưu giữ 312", "312", 312, "count", "nguồn gen", subject="nguồn gen cây trồng bản địa Lào Cai lưu giữ"),
    F("và lưu giữ 312 nguồn gen", "312", 312, "count", "nguồn gen",
      subject="nguồn gen cây trồng bản địa thu thập, đánh giá và lưu giữ", period=ASOF,
      change=C("increase", 57, "nguồn gen", "năm 2022")),
    F("có 96 nguồn gen", "96", 96, "count", "nguồn gen", total=312, subject="nguồn gen lúa", period=I(ASOF)),
    F("74 nguồn gen", "74", 74, "count", "nguồn gen", total=312, subject="nguồn gen cây dược liệu", period=I(ASOF)),
    F("61 nguồn gen", "61", 61, "count", "nguồn gen", total=312, subject="nguồn gen cây ăn quả ôn đới", period=I(ASOF)),
    F("81 nguồn gen", "81", 81, "count", "nguồn gen", total=312, subject="nguồn gen rau, đậu đỗ", period=I(ASOF)),
    F("theo hai hình thức", "hai", 2, "count", "hình thức", subject="hình thức bảo tồn nguồn gen", optional=True),
    F("khoảng 42 ha", "42", 42, "measure", "ha", approx="about", subject="diện tích bảo tồn tại chỗ"),
    F("rộng 1,8 ha", "1,8", 1.8, "measure", "ha",
      subject="diện tích vườn tập đoàn của Trung tâm Giống cây trồng Phìn Hồ"),
    F("hơn 2.100 mẫu hạt", "2.100", 2100, "count", "mẫu hạt", approx="over", subject="mẫu hạt kho lạnh lưu giữ"),
    F("bố trí 6,5 tỷ", "6,5", 6.5e9, "money", "đồng", percent=130, period=Y24,
      subject="kinh phí bố trí cho nhiệm vụ bảo tồn nguồn gen"),
    F("gần 19 tỷ", "19", 19e9, "money", "đồng", approx="nearly", period=G2124,
      subject="kinh phí lũy kế giai đoạn 2021-2024"),
    F("hơn 1.200 ha", "1.200", 1200, "measure", "ha", approx="over", subject="diện tích lúa Séng Cù"),
    F("5,2 tấn/ha", "5,2", 5.2, "measure", "tấn/ha", subject="năng suất bình quân lúa Séng Cù"),
    F("từ 25.000 đến 30.000", "25.000", 25000, "money", "đồng/kg", value_max=30000,
      change=C("increase", 2, "lần", "gạo thường", approx="about"), subject="giá bán gạo Séng Cù"),
    F("ít nhất 350 nguồn gen", "350", 350, "count", "nguồn gen", approx="at_least", status="target",
      period=T25, subject="nguồn gen lưu giữ"),
    F("xây dựng 5 vùng", "5", 5, "count", "vùng", status="target", period=T25,
      subject="vùng bảo tồn tại chỗ"),
]

NOTES = [
    "Province portal (Cổng TTĐT tỉnh Lào Cai): breadcrumb, headline figure, 'Cập nhật: 14/08/2024 09:35 | Lượt xem: 1.286', related links.",
    "Distractors: 'Sau 4 năm thực hiện' (duration), 'giai đoạn 2021-2025', 'Lượt xem: 1.286', 'Quyết định số 1245/QĐ-UBND', OCOP.",
    "'Trong đó có 96 …, 74 …, 61 … và 81 …' follows 312 after a sentence break and adds up to it: total 312; the as-of period is inherited.",
    "'bằng 130% năm 2023' after 6,5 tỷ is its percent attribute. 'cao gấp khoảng 2 lần gạo thường' after the price is a change (lần, about).",
    "'hai hình thức' (structure of the text) is optional. 'Mục tiêu đến năm 2025 … phấn đấu' → target, end 2025-12-31.",
    "revised after the first run: 1,8 ha subject 'vườn tập đoàn của …' → 'diện tích vườn tập đoàn của …' (the figure is an area; the",
    "indicator is the area, as in this file's other area subjects 'diện tích bảo tồn tại chỗ', 'diện tích lúa Séng Cù').",
]

if __name__ == "__main__":
    write("p1271-1", TEXT, NOTES, FIGS, published="2024-08-14", location="Lào Cai")
