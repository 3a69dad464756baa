"""p1118-8: provincial newspaper online (Báo Kon Tum, '(BKT) -'): brocade weavers and natural (indigo) dyes, 9 months 2024."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """Báo Kon Tum điện tử
Kinh tế | Văn hóa - Xã hội

Hơn 4.500 phụ nữ dân tộc thiểu số giữ nghề dệt thổ cẩm

22/11/2024 07:15

(BKT) - Theo Sở Văn hóa, Thể thao và Du lịch, toàn tỉnh hiện có hơn 4.500 phụ nữ dân tộc Xơ Đăng, Ba Na, Gia Rai, Giẻ Triêng biết dệt thổ cẩm, trong đó khoảng 600 người thành thạo kỹ thuật nhuộm màu tự nhiên từ lá chàm, vỏ cây. Số thợ dệt tập trung chủ yếu ở các huyện Đắk Glei, Kon Plông và Sa Thầy với lần lượt 1.250, 980 và 760 người.

9 tháng năm 2024, 16 tổ hợp tác, hợp tác xã dệt thổ cẩm trên địa bàn tỉnh tiêu thụ được gần 9.000 sản phẩm, doanh thu ước khoảng 3,9 tỷ đồng, đạt 78% kế hoạch năm. Giá một tấm thổ cẩm dệt tay từ 800.000 đồng đến 3 triệu đồng, tùy kích thước và hoa văn.

Ở làng Kon K'Tu, xã Đăk Rơ Wa, TP Kon Tum, tổ dệt thổ cẩm gồm 19 chị em người Ba Na. Mỗi tháng tổ đón từ 400 đến 500 lượt khách tham quan, trải nghiệm dệt vải; thu nhập của mỗi thành viên tăng thêm 1,5-2 triệu đồng/tháng. Bà Y Hiên, tổ trưởng, cho biết năm 2023 tổ bán được hai bộ sưu tập khăn choàng cho một khu nghỉ dưỡng ở Đà Nẵng với giá trị hơn 120 triệu đồng.

Năm 2025, tỉnh dự kiến bố trí 2,5 tỷ đồng từ Chương trình mục tiêu quốc gia 1719 để hỗ trợ khung dệt, sợi và mở 12 lớp truyền nghề cho thanh thiếu niên.

MAI LAN
"""

M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
LIST = "thợ dệt thổ cẩm"
KT = "Kon Tum"

FIGS = [
    fig("Hơn 4.500 phụ nữ", "4.500", 4500, "count", "phụ nữ", approx="over",
        subject="phụ nữ dân tộc thiểu số giữ nghề dệt thổ cẩm"),
    fig("có hơn 4.500 phụ nữ", "4.500", 4500, "count", "phụ nữ", approx="over",
        subject="phụ nữ dân tộc Xơ Đăng, Ba Na, Gia Rai, Giẻ Triêng biết dệt thổ cẩm"),
    fig("khoảng 600 người", "600", 600, "count", "người", approx="about", total=4500,
        subject="người thành thạo kỹ thuật nhuộm màu tự nhiên từ lá chàm, vỏ cây"),
    fig("lần lượt 1.250", "1.250", 1250, "count", "người", subject=LIST, location="Đắk Glei"),
    fig("1.250, 980", "980", 980, "count", "người", subject=LIST, location="Kon Plông"),
    fig("và 760 người", "760", 760, "count", "người", subject=LIST, location="Sa Thầy"),
    fig("2024, 16 tổ hợp tác", "16", 16, "count", "tổ hợp tác, hợp tác xã",
        subject="tổ hợp tác, hợp tác xã dệt thổ cẩm", period=M9),
    fig("gần 9.000 sản phẩm", "9.000", 9000, "count", "sản phẩm", approx="nearly",
        subject="sản phẩm thổ cẩm tiêu thụ", period=M9),
    fig("khoảng 3,9 tỷ", "3,9", 3.9e9, "money", "đồng", approx="about", percent=78, status="estimate",
        subject="doanh thu của các tổ hợp tác, hợp tác xã dệt thổ cẩm", period=M9),
    fig("từ 800.000 đồng đến 3 triệu", "800.000", 800000, "money", "đồng", value_max=3e6,
        subject="giá một tấm thổ cẩm dệt tay"),
    fig("gồm 19 chị em", "19", 19, "count", "chị em", subject="chị em người Ba Na trong tổ dệt thổ cẩm làng Kon K'Tu", location=KT),
    fig("từ 400 đến 500 lượt", "400", 400, "count", "lượt khách", value_max=500,
        subject="lượt khách tham quan, trải nghiệm dệt vải mỗi tháng", location=KT),
    fig("thêm 1,5-2 triệu", "1,5", 1.5e6, "money", "đồng/tháng", value_max=2e6,
        subject="thu nhập tăng thêm của mỗi thành viên", location=KT),
    fig("hai bộ sưu tập", "hai", 2, "count", "bộ sưu tập", subject="bộ sưu tập khăn choàng tổ bán được",
        period=Y23, location=KT),
    fig("một khu nghỉ dưỡng", "một", 1, "count", "khu nghỉ dưỡng", optional=True, location=KT),
    fig("hơn 120 triệu", "120", 120e6, "money", "đồng", approx="over",
        subject="giá trị hai bộ sưu tập khăn choàng bán được", period=Y23, location=KT),
    fig("bố trí 2,5 tỷ", "2,5", 2.5e9, "money", "đồng", status="forecast",
        subject="kinh phí bố trí từ Chương trình mục tiêu quốc gia 1719 hỗ trợ khung dệt, sợi", period=Y25),
    fig("mở 12 lớp", "12", 12, "count", "lớp", status="forecast",
        subject="lớp truyền nghề dệt cho thanh thiếu niên", period=Y25),
]

NOTES = [
    "Provincial newspaper online (Báo Kon Tum): headline figure, bare '22/11/2024 07:15', tag '(BKT) -' (implies Kon Tum), byline at end.",
    "Ranking list 'lần lượt 1.250, 980 và 760 người' → three figures with the district as location, no total ('tập trung chủ yếu').",
    "'khoảng 600 người' after 'trong đó' is a part of 'hơn 4.500 phụ nữ': total 4500.",
    "'tăng thêm 1,5-2 triệu đồng/tháng' with no base is the claim itself: a money figure (range), no change object.",
    "Kon K'Tu passage: TP Kon Tum → location Kon Tum; Đà Nẵng is where the buyer is, not the place of the figure.",
    "'một khu nghỉ dưỡng' (indefinite 'a') optional. '2,5 tỷ' and '12 lớp' continue 'dự kiến' → forecast. Distractors: '1719', time 07:15.",
    "revised after the first run: subject of '19 chị em' used 'thành viên', a word not in the sentence; now the sentence's own noun",
    "('chị em người Ba Na') with the group it belongs to.",
]

if __name__ == "__main__":
    build("p1118-8", TEXT, NOTES, FIGS, published="2024-11-22", location="Kon Tum")
