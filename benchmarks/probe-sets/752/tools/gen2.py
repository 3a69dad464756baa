"""p752-2: district portal (huyện Bình Tân, Vĩnh Long), winter-spring sweet potato harvest, prices, profit, cooperatives, Q1 exports."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BÌNH TÂN
Trang chủ | Kinh tế | Nông nghiệp
Thứ Năm, 18/04/2024 - 10:05

Nông dân Bình Tân thu hoạch khoai lang vụ Đông Xuân, lãi gần 100 triệu đồng/ha

Tính đến ngày 15/4/2024, nông dân huyện Bình Tân đã thu hoạch được 6.420 ha khoai lang vụ Đông Xuân 2023-2024, đạt 81,5% diện tích xuống giống; năng suất bình quân ước 27,5 tấn/ha, giảm 1,5 tấn/ha so với vụ trước do nắng nóng kéo dài.

Vụ này, toàn huyện xuống giống 7.877 ha khoai lang, trong đó khoai lang tím Nhật 5.940 ha, khoai lang ruột vàng 1.312 ha, còn lại là khoai lang bí và các giống khác.

Theo Phòng Nông nghiệp và PTNT huyện, giá khoai lang tím Nhật loại 1 tại các điểm thu mua dọc Quốc lộ 54 hiện ở mức 11.500 đồng/kg, loại 2 khoảng 7.000 đồng/kg, loại 3 từ 3.000-4.000 đồng/kg. Với chi phí đầu tư khoảng 95 triệu đồng/ha, nông dân lãi gần 100 triệu đồng/ha, có hộ lãi trên 150 triệu đồng/ha.

Hiện huyện có 14 hợp tác xã và 36 tổ hợp tác sản xuất khoai lang với 1.265 thành viên; 23 doanh nghiệp, cơ sở thu mua, sơ chế khoai lang xuất khẩu, trong đó 8 doanh nghiệp có mã số cơ sở đóng gói. Quý I/2024, các doanh nghiệp trên địa bàn đã xuất khẩu 18.640 tấn khoai lang, tăng 23,7% so với cùng kỳ năm 2023, trị giá gần 9,2 triệu USD.

Phòng Nông nghiệp và PTNT khuyến cáo nông dân không xuống giống ồ ạt trong vụ Hè Thu, ưu tiên liên kết với doanh nghiệp có hợp đồng bao tiêu.

Địa chỉ: Khu hành chính huyện, ấp Tân Thuận, xã Tân Quới, huyện Bình Tân; ĐT: 0270.3756.128
Lượt truy cập: 1.204.377
"""

ASOF = P("Tính đến ngày 15/4/2024", None, "2024-04-15")
Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
SWEET = "khoai lang xuống giống vụ Đông Xuân"

FIGS = [
    F("Đông Xuân, lãi gần 100", "100", 100000000, "money", "đồng/ha", "lãi khoai lang vụ Đông Xuân", approx="nearly"),
    F("được 6.420 ha", "6.420", 6420, "measure", "ha", "diện tích khoai lang vụ Đông Xuân đã thu hoạch", ASOF,
      percent=81.5),
    F("ước 27,5 tấn/ha", "27,5", 27.5, "measure", "tấn/ha", "năng suất bình quân khoai lang", ASOF,
      change=CH("decrease", 1.5, "tấn/ha", "vụ trước"), status="estimate"),
    F("giống 7.877 ha", "7.877", 7877, "measure", "ha", "diện tích khoai lang xuống giống"),
    F("Nhật 5.940 ha", "5.940", 5940, "measure", "ha", "diện tích khoai lang tím Nhật", total=7877),
    F("vàng 1.312 ha", "1.312", 1312, "measure", "ha", "diện tích khoai lang ruột vàng", total=7877),
    F("mức 11.500 đồng/kg", "11.500", 11500, "money", "đồng/kg", "giá khoai lang tím Nhật loại 1"),
    F("khoảng 7.000 đồng/kg", "7.000", 7000, "money", "đồng/kg", "giá khoai lang tím Nhật loại 2", approx="about"),
    F("từ 3.000-4.000 đồng/kg", "3.000", 3000, "money", "đồng/kg", "giá khoai lang tím Nhật loại 3", value_max=4000),
    F("khoảng 95 triệu", "95", 95000000, "money", "đồng/ha", "chi phí đầu tư khoai lang", approx="about"),
    F("dân lãi gần 100 triệu", "100", 100000000, "money", "đồng/ha", "lãi của nông dân trồng khoai lang",
      approx="nearly"),
    F("trên 150 triệu", "150", 150000000, "money", "đồng/ha", "lãi của hộ trồng khoai lang", approx="over"),
    F("có 14 hợp tác xã", "14", 14, "count", "hợp tác xã", "hợp tác xã sản xuất khoai lang"),
    F("và 36 tổ hợp tác", "36", 36, "count", "tổ hợp tác", "tổ hợp tác sản xuất khoai lang"),
    F("với 1.265 thành viên", "1.265", 1265, "count", "thành viên",
      "thành viên hợp tác xã, tổ hợp tác sản xuất khoai lang"),
    F("; 23 doanh nghiệp", "23", 23, "count", "doanh nghiệp",
      "doanh nghiệp, cơ sở thu mua, sơ chế khoai lang xuất khẩu"),
    F("trong đó 8 doanh nghiệp", "8", 8, "count", "doanh nghiệp", "doanh nghiệp có mã số cơ sở đóng gói",
      total=23),
    F("khẩu 18.640 tấn", "18.640", 18640, "measure", "tấn", "khoai lang xuất khẩu", Q1,
      change=CH("increase", 23.7, "%", "cùng kỳ năm 2023")),
    F("gần 9,2 triệu USD", "9,2", 9200000, "money", "USD", "trị giá khoai lang xuất khẩu", Q1, approx="nearly"),
]

COMMENTS = [
    "Cổng TTĐT huyện Bình Tân (Vĩnh Long): thu hoạch khoai lang vụ Đông Xuân 2023-2024, giá, lãi, HTX, xuất khẩu quý I/2024.",
    "Distractors: 'vụ Đông Xuân 2023-2024' (season name), 'Quốc lộ 54', 'ấp Tân Thuận', phone, 'Lượt truy cập: 1.204.377', dateline.",
    "The headline 'lãi gần 100 triệu đồng/ha' is a figure and the body repeats it (both required). The 27,5 t/ha yield in the",
    "as-of sentence takes the as-of period. 'trị giá gần 9,2 triệu USD' is a money figure of its own (value of the 18.640 t).",
    "Sown-area parts 'trong đó ... 5.940 ha, ... 1.312 ha' take the whole 7.877 ha; '8 doanh nghiệp' takes 23.",
]

if __name__ == "__main__":
    emit("p752-2", TEXT, COMMENTS, FIGS, published="2024-04-18", location="Bình Tân")
