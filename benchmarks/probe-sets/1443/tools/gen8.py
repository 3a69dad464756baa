"""p1443-8: radio/TV site (Đài PT-TH Hưng Yên, HYTV): nếp cái hoa vàng in huyện Tiên Lữ, 9 months 2024."""
from lib import F, period, year, inherit, change, target, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HƯNG YÊN
Thời sự | Kinh tế | Xã hội | Phát thanh | Truyền hình | Video

Tiên Lữ nâng tầm thương hiệu nếp cái hoa vàng

Cập nhật lúc 17:35 ngày 08/10/2024

(HYTV) - Với khoảng 860 ha nếp cái hoa vàng, Tiên Lữ là huyện có diện tích nếp đặc sản đứng thứ hai tỉnh Hưng Yên, sau huyện Phù Cừ.

9 tháng đầu năm 2024, các cơ sở chế biến trên địa bàn huyện tiêu thụ gần 2.400 tấn gạo nếp, tăng 11,5% so với cùng kỳ; riêng quý III đạt 910 tấn. Doanh thu từ các sản phẩm chế biến như bánh chưng, bánh giầy, rượu nếp ước đạt 96 tỷ đồng, bằng 78% kế hoạch năm.

Tại xã Thiện Phiến, Hợp tác xã Nông nghiệp Hưng Phát liên kết với 124 hộ sản xuất 52 ha nếp cái hoa vàng theo hướng hữu cơ. Ông Đỗ Văn Tuyến, Giám đốc HTX cho biết, lúa nếp được HTX thu mua cao hơn giá thị trường từ 1.000 đến 1.500 đồng/kg. Năm 2023, HTX cung ứng ra thị trường khoảng 70 nghìn chiếc bánh chưng và 25.000 lít rượu nếp, lợi nhuận đạt hơn 1,2 tỷ đồng.

Năm nay, huyện hỗ trợ 3 cơ sở xây dựng nhãn hiệu; phấn đấu đến hết năm 2024 có thêm 2 sản phẩm từ nếp cái hoa vàng đạt OCOP 3 sao, nâng tổng số sản phẩm OCOP của huyện lên 27 sản phẩm. Giai đoạn 2025-2030, Tiên Lữ đặt mục tiêu mở rộng vùng nếp lên 1.000 ha, trong đó 30-35% diện tích đạt chứng nhận hữu cơ hoặc VietGAP.

Thu Trang - Quang Huy (HYTV)

Tin cùng chuyên mục:
- Phù Cừ: Hội thi "Nhà nông đua tài" lần thứ II
- Hưng Yên: Mùa nhãn lồng năm 2024
"""

M9 = period("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Q3 = period("quý III", "2024-07-01", "2024-09-30")
Y23 = year("Năm 2023", 2023)
NOW = year("Năm nay", 2024)
T24 = period("đến hết năm 2024", None, "2024-12-31")
G = period("Giai đoạn 2025-2030", "2025-01-01", "2030-12-31")

FIGS = [
    F("khoảng 860 ha", "860", 860, "measure", "ha", "diện tích nếp cái hoa vàng", approx="about"),
    F("đứng thứ hai", "hai", 2, "rank", "hạng", "diện tích nếp đặc sản"),
    F("gần 2.400 tấn", "2.400", 2400, "measure", "tấn", "gạo nếp các cơ sở chế biến tiêu thụ", M9,
      approx="nearly", change=change("increase", 11.5, "%", "cùng kỳ")),
    F("đạt 910 tấn", "910", 910, "measure", "tấn", "gạo nếp tiêu thụ", Q3),
    F("ước đạt 96 tỷ", "96", 96e9, "money", "đồng", "doanh thu từ các sản phẩm chế biến", inherit(M9),
      status="estimate", percent=78),
    F("với 124 hộ", "124", 124, "count", "hộ", "hộ liên kết với Hợp tác xã Nông nghiệp Hưng Phát"),
    F("xuất 52 ha", "52", 52, "measure", "ha", "diện tích nếp cái hoa vàng sản xuất theo hướng hữu cơ"),
    F("từ 1.000 đến 1.500", "1.000", 1000, "money", "đồng/kg", "giá lúa nếp HTX thu mua cao hơn giá thị trường",
      value_max=1500),
    F("khoảng 70 nghìn", "70", 70000, "count", "chiếc bánh chưng", "bánh chưng HTX cung ứng ra thị trường", Y23,
      approx="about"),
    F("và 25.000 lít", "25.000", 25000, "measure", "lít", "rượu nếp HTX cung ứng ra thị trường", Y23),
    F("hơn 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", "lợi nhuận", Y23, approx="over"),
    F("hỗ trợ 3 cơ sở", "3", 3, "count", "cơ sở", "cơ sở được hỗ trợ xây dựng nhãn hiệu", NOW),
    F("thêm 2 sản phẩm", "2", 2, "count", "sản phẩm", "sản phẩm từ nếp cái hoa vàng đạt OCOP 3 sao", T24,
      status="target"),
    F("lên 27 sản phẩm", "27", 27, "count", "sản phẩm", "tổng số sản phẩm OCOP của huyện", T24, status="target"),
    F("lên 1.000 ha", "1.000", 1000, "measure", "ha", "vùng nếp", G, status="target"),
    F("trong đó 30-35%", "30", 30, "percent", "%", "diện tích đạt chứng nhận hữu cơ hoặc VietGAP", G,
      value_max=35, status="target"),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Hưng Yên): banner, menu, 'Cập nhật lúc 17:35 ngày 08/10/2024' (published), tag '(HYTV) -', byline, related links.",
    "All figures describe huyện Tiên Lữ (default location); xã Thiện Phiến is one of its communes. The rank 'đứng thứ hai tỉnh Hưng Yên' is Tiên Lữ's.",
    "'riêng quý III đạt 910 tấn' → 2024-07-01..2024-09-30 (year of the nearest earlier period); 'riêng' gives no total.",
    "'ước đạt 96 tỷ đồng, bằng 78% kế hoạch năm' → estimate, percent 78; its period stands in the previous sentence (inherited).",
    "'thu mua cao hơn giá thị trường từ 1.000 đến 1.500 đồng/kg' is a price gap standing as the claim (no base amount) → money figure, no change.",
    "'Năm nay' = 2024 (published); 'phấn đấu đến hết năm 2024' governs '..., nâng tổng số ... lên 27 sản phẩm' (target).",
    "'Giai đoạn 2025-2030, ... đặt mục tiêu' → target, period 2025-01-01..2030-12-31; '30-35%' after 'trong đó' is a percent figure.",
    "Distractors: '17:35', 'OCOP 3 sao', 'lần thứ II', 'năm 2024' in a link title, byline.",
]

if __name__ == "__main__":
    write("p1443-8", TEXT, NOTES, FIGS, published="2024-10-08", location="Tiên Lữ")
