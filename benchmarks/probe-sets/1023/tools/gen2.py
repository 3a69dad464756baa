"""p1023-2: district portal (huyện Hải Hậu, Nam Định), women's union composting model."""
from lib import F, P, I, C, T, write_set

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI HẬU
Trang chủ / Tin tức - Sự kiện / Kinh tế - Xã hội
Thứ Năm, 14/03/2024 - 10:20

Hải Hậu nhân rộng mô hình ủ rác hữu cơ làm phân bón tại hộ gia đình

Năm 2023, Hội Liên hiệp Phụ nữ huyện phối hợp với Phòng Tài nguyên và Môi trường triển khai mô hình phân loại, xử lý rác thải hữu cơ tại hộ gia đình ở 35/35 xã, thị trấn. Tính đến hết tháng 2/2024, toàn huyện có 41.270 hộ tham gia, chiếm 62,3% tổng số hộ; trong đó 28.940 hộ ủ rác bằng hố đào trong vườn, 12.330 hộ ủ bằng thùng nhựa có nắp. Bình quân mỗi hộ thải ra khoảng 1,2-1,5 kg rác hữu cơ/ngày như rau, củ, quả, thức ăn thừa.

Nhờ xử lý tại chỗ, năm 2023 lượng rác thải phải thu gom, vận chuyển về nhà máy xử lý rác của huyện giảm khoảng 5.400 tấn, giúp tiết kiệm gần 1,9 tỷ đồng chi phí vận chuyển, xử lý.

Xã Hải Phong là địa phương làm tốt nhất với 1.840/1.910 hộ tham gia, đạt 96,3%. Tiếp đến là các xã Hải Anh (91,5%), Hải Toàn (89,2%) và thị trấn Thịnh Long (86,7%). Chị Vũ Thị Sáu ở xóm 7, xã Hải Anh chia sẻ: “Rác nhà bếp tôi ủ với chế phẩm EM khoảng 30-45 ngày là thành phân bón rau, mỗi tháng tiết kiệm được khoảng 150.000 đồng tiền phân bón”.

Từ nguồn vận động xã hội hóa, Hội Phụ nữ huyện đã trao tặng 1.500 thùng ủ rác cho hội viên có hoàn cảnh khó khăn, trị giá 350.000 đồng/thùng.

Năm 2024, huyện phấn đấu nâng tỷ lệ hộ phân loại, xử lý rác hữu cơ tại nguồn lên trên 75%, trong đó 100% hộ ở các xã đạt chuẩn nông thôn mới kiểu mẫu thực hiện phân loại rác.

Thu Hằng - Trung tâm Văn hóa, Thông tin và Thể thao huyện
Địa chỉ: Khu 3, thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
FEB = P("Tính đến hết tháng 2/2024", None, "2024-02-29")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
RATE = "tỷ lệ hộ tham gia mô hình phân loại, xử lý rác hữu cơ"

FIGS = [
    F("ở 35/35 xã", "35", 35, "count", "xã, thị trấn",
      "xã, thị trấn triển khai mô hình phân loại, xử lý rác thải hữu cơ tại hộ gia đình", Y23, total=35),
    F("có 41.270 hộ", "41.270", 41270, "count", "hộ", "hộ tham gia mô hình phân loại, xử lý rác thải hữu cơ",
      FEB, percent=62.3),
    F("28.940 hộ", "28.940", 28940, "count", "hộ", "hộ ủ rác bằng hố đào trong vườn", FEB, total=41270),
    F("12.330 hộ", "12.330", 12330, "count", "hộ", "hộ ủ rác bằng thùng nhựa có nắp", FEB, total=41270),
    F("khoảng 1,2-1,5 kg", "1,2", 1.2, "measure", "kg/ngày", "rác hữu cơ thải ra bình quân mỗi hộ",
      value_max=1.5, approx="about"),
    F("giảm khoảng 5.400 tấn", "5.400", 5400, "measure", "tấn",
      "lượng rác thải phải thu gom, vận chuyển về nhà máy xử lý giảm", Y23b, approx="about"),
    F("gần 1,9 tỷ đồng", "1,9", 1.9e9, "money", "đồng", "chi phí vận chuyển, xử lý tiết kiệm được", Y23b,
      approx="nearly"),
    F("1.840/1.910 hộ", "1.840", 1840, "count", "hộ", "hộ tham gia mô hình", total=1910, percent=96.3),
    F("Hải Anh (91,5%)", "91,5", 91.5, "percent", "%", RATE),
    F("Hải Toàn (89,2%)", "89,2", 89.2, "percent", "%", RATE),
    F("Thịnh Long (86,7%)", "86,7", 86.7, "percent", "%", RATE),
    F("khoảng 30-45 ngày", "30", 30, "measure", "ngày", "thời gian ủ rác nhà bếp thành phân bón",
      value_max=45, approx="about"),
    F("khoảng 150.000 đồng", "150.000", 150000, "money", "đồng/tháng", "tiền phân bón tiết kiệm được mỗi tháng",
      approx="about"),
    F("trao tặng 1.500 thùng", "1.500", 1500, "count", "thùng", "thùng ủ rác trao tặng hội viên có hoàn cảnh khó khăn"),
    F("trị giá 350.000 đồng/thùng", "350.000", 350000, "money", "đồng/thùng", "trị giá mỗi thùng ủ rác"),
    F("lên trên 75%", "75", 75, "percent", "%", "tỷ lệ hộ phân loại, xử lý rác hữu cơ tại nguồn", Y24,
      approx="over", status="target"),
    F("trong đó 100% hộ", "100", 100, "percent", "%",
      "hộ ở các xã đạt chuẩn nông thôn mới kiểu mẫu thực hiện phân loại rác", Y24, status="target"),
]

NOTES = [
    "Cổng TTĐT huyện Hải Hậu (district portal, Nam Định): household composting model; invented for probe set 1023.",
    "Location: the district Hải Hậu for every figure (communes Hải Phong, Hải Anh, Hải Toàn, thị trấn Thịnh Long lie in it; 'Hải Phong' is not Hải Phòng).",
    "Distractors: 'Thứ Năm, 14/03/2024 - 10:20', 'xóm 7', 'Khu 3', the name 'Vũ Thị Sáu', 'chế phẩm EM'.",
    "'1.840/1.910 hộ ..., đạt 96,3%' -> total 1910, percent 96.3; the list 'Hải Anh (91,5%) ...' shares the indicator (rate of households taking part).",
    "'trong đó 100% hộ' is a percent after a percent: a figure of its own (target). 30-45 ngày (composting time) is a measure.",
    "Tính đến hết tháng 2/2024 -> end 2024-02-29 (leap year); it governs the 'trong đó' parts in the same sentence.",
]

write_set("p1023-2", TEXT, FIGS, NOTES, published="2024-03-14", location="Hải Hậu")
