"""p906-2: Nam Trà My district portal (Quảng Nam) - semi-boarding kitchens in highland schools, 11/2023."""
from lib import F, P, I, CH, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NAM TRÀ MY
Trang chủ / Tin tức - Sự kiện / Văn hóa - Xã hội

Nâng chất lượng bữa ăn bán trú ở vùng cao Nam Trà My

Ngày đăng: 16/11/2023 | Người đăng: Hồ Văn Sáu

Năm học 2023-2024, toàn huyện có 27 trường tổ chức nấu ăn bán trú cho 6.845 học sinh, trong đó cấp tiểu học 3.912 em, cấp THCS 2.933 em. Mỗi ngày, các bếp ăn phục vụ khoảng 13.700 suất ăn.

Tại Trường PTDTBT Tiểu học Trà Mai, nằm cạnh Quốc lộ 40B, bếp ăn phục vụ 312 học sinh, mỗi ngày nấu 2 bữa chính. Định mức tiền ăn của mỗi em khoảng 32.000 đồng/ngày, trong đó phụ huynh đóng góp 3.000 đồng để mua gia vị, chất đốt. Thầy Hiệu trưởng Nguyễn Văn Một cho biết, nhà trường tận dụng 1.200 m2 đất trống làm vườn rau; từ đầu năm học đến nay đã thu hoạch hơn 1,8 tấn rau xanh, củ quả, tiết kiệm cho bếp ăn khoảng 14 triệu đồng. Phụ huynh còn góp thêm 2,5 tấn củi và gần 600 kg măng, sắn.

Theo ông Hồ Văn Tám, Trưởng phòng GD&ĐT huyện, từ đầu năm 2023 đến nay huyện đã chi 18,6 tỷ đồng hỗ trợ tiền ăn và cấp 412 tấn gạo cho học sinh bán trú; 100% bếp ăn được kiểm tra an toàn thực phẩm, chưa để xảy ra vụ ngộ độc nào. Tỷ lệ học sinh tiểu học suy dinh dưỡng thể thấp còi giảm từ 24,6% năm học 2021-2022 xuống còn 19,8%.

Năm học này, huyện phấn đấu 27/27 trường có vườn rau, tỷ lệ suy dinh dưỡng thể thấp còi ở học sinh tiểu học giảm xuống dưới 18%. Huyện cũng kiến nghị tỉnh nâng định mức hỗ trợ nấu ăn cho nhân viên cấp dưỡng lên 200% mức lương cơ sở/tháng cho mỗi 30 học sinh.

Phòng Văn hóa và Thông tin huyện Nam Trà My
"""

NH = P("Năm học 2023-2024", "2023-09-01", "2024-05-31")
GARDEN = P("từ đầu năm học đến nay", "2023-09-01", "2023-11-16")
Y23 = P("từ đầu năm 2023 đến nay", "2023-01-01", "2023-11-16")

FIGS = [
    F("có 27 trường", "27", 27, "count", "trường", "trường tổ chức nấu ăn bán trú", NH),
    F("cho 6.845 học sinh", "6.845", 6845, "count", "học sinh", "học sinh ăn bán trú", NH),
    F("tiểu học 3.912 em", "3.912", 3912, "count", "em", "học sinh bán trú cấp tiểu học", NH, total=6845),
    F("THCS 2.933 em", "2.933", 2933, "count", "em", "học sinh bán trú cấp THCS", NH, total=6845),
    F("khoảng 13.700 suất ăn", "13.700", 13700, "measure", "suất ăn/ngày", "suất ăn các bếp ăn bán trú phục vụ mỗi ngày",
      I(NH), approx="about"),
    F("phục vụ 312 học sinh", "312", 312, "count", "học sinh", "học sinh ăn tại bếp ăn Trường PTDTBT Tiểu học Trà Mai"),
    F("nấu 2 bữa chính", "2", 2, "measure", "bữa/ngày", "bữa chính nấu mỗi ngày"),
    F("khoảng 32.000 đồng/ngày", "32.000", 32000, "money", "đồng/ngày", "định mức tiền ăn của mỗi học sinh",
      approx="about"),
    F("góp 3.000 đồng", "3.000", 3000, "money", "đồng", "khoản phụ huynh đóng góp mua gia vị, chất đốt", total=32000),
    F("tận dụng 1.200 m2", "1.200", 1200, "measure", "m2", "đất trống làm vườn rau"),
    F("hơn 1,8 tấn rau", "1,8", 1.8, "measure", "tấn", "rau xanh, củ quả thu hoạch từ vườn trường", GARDEN, approx="over"),
    F("khoảng 14 triệu đồng", "14", 14e6, "money", "đồng", "tiền tiết kiệm cho bếp ăn", GARDEN, approx="about"),
    F("thêm 2,5 tấn củi", "2,5", 2.5, "measure", "tấn", "củi phụ huynh góp", I(GARDEN)),
    F("gần 600 kg", "600", 600, "measure", "kg", "măng, sắn phụ huynh góp", I(GARDEN), approx="nearly"),
    F("chi 18,6 tỷ đồng", "18,6", 18.6e9, "money", "đồng", "kinh phí hỗ trợ tiền ăn cho học sinh bán trú", Y23),
    F("cấp 412 tấn gạo", "412", 412, "measure", "tấn", "gạo cấp cho học sinh bán trú", Y23),
    F("100% bếp ăn", "100", 100, "percent", "%", "bếp ăn được kiểm tra an toàn thực phẩm", Y23),
    F("giảm từ 24,6%", "24,6", 24.6, "percent", "%", "tỷ lệ học sinh tiểu học suy dinh dưỡng thể thấp còi",
      P("năm học 2021-2022", "2021-09-01", "2022-05-31")),
    F("xuống còn 19,8%", "19,8", 19.8, "percent", "%", "tỷ lệ học sinh tiểu học suy dinh dưỡng thể thấp còi"),
    F("phấn đấu 27/27 trường", "27", 27, "count", "trường", "trường có vườn rau",
      P("Năm học này", "2023-09-01", "2024-05-31"), total=27, status="target"),
    F("dưới 18%", "18", 18, "percent", "%", "tỷ lệ suy dinh dưỡng thể thấp còi ở học sinh tiểu học",
      P("Năm học này", "2023-09-01", "2024-05-31"), approx="under", status="target"),
    F("lên 200% mức lương", "200", 200, "percent", "%",
      "định mức hỗ trợ nấu ăn cho nhân viên cấp dưỡng so với mức lương cơ sở", status="target"),
]

NOTES = [
    "Nam Trà My district portal (Quảng Nam): semi-boarding kitchens, meal norm, school gardens, support money, stunting.",
    "District portal: every figure is located in the district Nam Trà My (the school lies in xã Trà Mai).",
    "'giảm từ 24,6% ... xuống còn 19,8%': both levels are percent figures; 19,8% has no stated period ('hiện' implied).",
    "'200% mức lương cơ sở' is a level the district proposes (kiến nghị ... nâng lên): status target; 'mỗi 30 học sinh' is the rate's denominator, not a figure.",
    "Distractors: Quốc lộ 40B, names Hồ Văn Sáu / Nguyễn Văn Một / Hồ Văn Tám, date line.",
]

if __name__ == "__main__":
    write("p906-2", TEXT, FIGS, NOTES, published="2023-11-16", location="Nam Trà My")
