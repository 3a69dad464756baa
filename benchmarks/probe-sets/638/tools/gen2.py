from lib import *

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KỲ SƠN - TỈNH NGHỆ AN
Tin tức > Kinh tế - Hạ tầng
Khánh thành cầu treo bản Xiêng Tắm, xã Hữu Kiệm
Thứ Năm, 12/09/2024 - 15:30

Sáng 11/9, UBND huyện Kỳ Sơn tổ chức lễ khánh thành, bàn giao đưa vào sử dụng cầu treo bản Xiêng Tắm, xã Hữu Kiệm. Cầu có chiều dài 112 m, gồm 2 nhịp, bề rộng mặt cầu 1,8 m, tải trọng thiết kế 500 kg/m². Công trình được khởi công từ tháng 2/2024.

Tổng mức đầu tư công trình là 5,6 tỷ đồng, trong đó ngân sách tỉnh 4,2 tỷ đồng, ngân sách huyện 1,1 tỷ đồng, nhân dân đóng góp 300 triệu đồng và hơn 1.200 ngày công lao động.

Công trình giúp 186 hộ với 842 nhân khẩu của hai bản Xiêng Tắm và Huồi Pốc không còn phải lội suối Nậm Mộ. Trước đây, vào mùa mưa, người dân phải đi vòng hơn 12 km theo Quốc lộ 7 để ra trung tâm xã.

Từ năm 2021 đến nay, huyện Kỳ Sơn đã xây dựng 27 cầu treo, cầu bê tông dân sinh với tổng kinh phí gần 98 tỷ đồng, trong đó 19 cầu được đầu tư từ Chương trình mục tiêu quốc gia 1719. Tuy nhiên, hiện trên địa bàn còn 14 điểm bản chưa có cầu, người dân phải qua lại bằng cầu tạm, thuyền độc mộc; riêng 5 cầu treo xây dựng trước năm 2010 đã hư hỏng, cần thay thế.

Phát biểu tại buổi lễ, đồng chí Chủ tịch UBND huyện cho biết, năm 2025 huyện phấn đấu xây dựng thêm 6 cầu treo dân sinh với tổng vốn khoảng 32 tỷ đồng, ưu tiên các xã Mường Típ, Na Ngoi, Mường Lống.

Lữ Văn Phong (Trung tâm VH-TT và TT huyện Kỳ Sơn)
"""

NOW = P("Từ năm 2021 đến nay", "2021-01-01", "2024-09-12")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
CAU = "cầu treo bản Xiêng Tắm"

FIGS = [
    F("chiều dài 112 m", "112", 112, "measure", "m", "chiều dài " + CAU),
    F("gồm 2 nhịp", "2", 2, "count", "nhịp", "nhịp của " + CAU),
    F("mặt cầu 1,8 m", "1,8", 1.8, "measure", "m", "bề rộng mặt cầu"),
    F("500 kg/m²", "500", 500, "measure", "kg/m²", "tải trọng thiết kế"),
    F("là 5,6 tỷ đồng", "5,6", 5.6e9, "money", "đồng", "tổng mức đầu tư công trình"),
    F("tỉnh 4,2 tỷ đồng", "4,2", 4.2e9, "money", "đồng", "ngân sách tỉnh", total=5.6e9),
    F("huyện 1,1 tỷ đồng", "1,1", 1.1e9, "money", "đồng", "ngân sách huyện", total=5.6e9),
    F("góp 300 triệu đồng", "300", 300e6, "money", "đồng", "nhân dân đóng góp", total=5.6e9),
    F("hơn 1.200 ngày công", "1.200", 1200, "count", "ngày công", "ngày công lao động nhân dân đóng góp", approx="over"),
    F("giúp 186 hộ", "186", 186, "count", "hộ", "hộ không còn phải lội suối"),
    F("với 842 nhân khẩu", "842", 842, "count", "nhân khẩu", "nhân khẩu không còn phải lội suối"),
    F("của hai bản", "hai", 2, "count", "bản", "bản không còn phải lội suối"),
    F("hơn 12 km", "12", 12, "measure", "km", "quãng đường người dân phải đi vòng", approx="over"),
    F("xây dựng 27 cầu treo", "27", 27, "count", "cầu", "cầu treo, cầu bê tông dân sinh xây dựng", NOW),
    F("gần 98 tỷ đồng", "98", 98e9, "money", "đồng", "tổng kinh phí xây dựng cầu", NOW, approx="nearly"),
    F("trong đó 19 cầu", "19", 19, "count", "cầu", "cầu được đầu tư từ Chương trình mục tiêu quốc gia 1719", NOW, total=27),
    F("còn 14 điểm bản", "14", 14, "count", "điểm bản", "điểm bản chưa có cầu"),
    F("riêng 5 cầu treo", "5", 5, "count", "cầu treo", "cầu treo xây dựng trước năm 2010 đã hư hỏng, cần thay thế"),
    F("thêm 6 cầu treo", "6", 6, "count", "cầu treo", "cầu treo dân sinh xây dựng thêm", Y25, status="target"),
    F("khoảng 32 tỷ đồng", "32", 32e9, "money", "đồng", "tổng vốn xây dựng cầu treo dân sinh", Y25, approx="about", status="target"),
]

emit("p638-2", TEXT, [
    "Cổng TTĐT huyện Kỳ Sơn (Nghệ An), district portal: khánh thành cầu treo bản Xiêng Tắm; vốn, hộ hưởng lợi, cầu đã xây từ 2021, kế hoạch 2025.",
    "Location: the district (the spec's finest level; the commune xã Hữu Kiệm is within it). '19 cầu' after 'trong đó' that follows the money",
    "figure takes the whole counting the same thing (27 cầu). 'Chương trình ... 1719', 'Quốc lộ 7', 'Sáng 11/9', 'trước năm 2010' are not figures.",
    "'đến nay' ends at the dateline 2024-09-12. 'hiện ... còn 14 điểm bản' has no period.",
], FIGS, published="2024-09-12", location="Kỳ Sơn")
