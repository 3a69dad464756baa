"""p570-5: Party newspaper (Báo Điện Biên Phủ) — semi-boarding school meals, byline and date at the end."""
from lib import F, P, I, CH, AGE, emit

TEXT = """Báo Điện Biên Phủ - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Điện Biên
Giáo dục

Bữa ăn bán trú giữ chân học sinh vùng cao

Năm học 2023-2024 là năm thứ tám tỉnh Điện Biên thực hiện chính sách hỗ trợ học sinh bán trú theo Nghị định số 116/2016/NĐ-CP của Chính phủ. Toàn tỉnh hiện có 187 trường phổ thông dân tộc bán trú và trường có học sinh bán trú, với 58.934 học sinh được hưởng chính sách. Mỗi học sinh được hỗ trợ tiền ăn bằng 40% mức lương cơ sở và 15 kg gạo mỗi tháng, tối đa 9 tháng/năm học.

Năm 2023, tổng kinh phí hỗ trợ tiền ăn cho học sinh là 379,6 tỷ đồng; số gạo đã cấp là 7.956 tấn.

Học sinh Trường PTDTBT Tiểu học số 2 Chung Chải trong giờ ăn trưa.

Tại huyện Mường Nhé, 100% trường có học sinh bán trú đã tổ chức nấu ăn tập trung. Thầy Lò Văn Thanh, Hiệu trưởng Trường PTDTBT THCS Sín Thầu cho biết, nhà trường có 412 học sinh bán trú, trong đó 368 em là người dân tộc Hà Nhì và Mông. Mỗi ngày, nhà trường chi khoảng 15.000 đồng/học sinh cho tiền thức ăn; thực đơn được xây dựng theo tuần, mỗi bữa trưa cung cấp từ 600 đến 700 kcal.

Theo Sở Giáo dục và Đào tạo, nhờ bữa ăn bán trú, tỷ lệ chuyên cần của học sinh bán trú đạt 98,7%, tỷ lệ học sinh bỏ học giảm còn 0,12%. Kết quả khám sức khỏe đầu năm học cho thấy tỷ lệ học sinh tiểu học bán trú bị suy dinh dưỡng thể thấp còi là 19,4%, giảm 2,3% so với năm học trước.

Năm 2024, tỉnh dự kiến bố trí hơn 400 tỷ đồng để thực hiện chính sách, đồng thời huy động xã hội hóa khoảng 12 tỷ đồng xây dựng bếp ăn, nhà ăn cho 35 trường.

Quàng Hương
15/03/2024
"""

NH = I(P("Năm học 2023-2024", "2023-09-01", "2024-05-31"))
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 187 trường", "187", 187, "count", "trường", "trường phổ thông dân tộc bán trú và trường có học sinh bán trú", NH),
    F("với 58.934 học sinh", "58.934", 58934, "count", "học sinh", "học sinh được hưởng chính sách hỗ trợ bán trú", NH),
    F("bằng 40%", "40", 40, "percent", "%", "tiền ăn hỗ trợ mỗi học sinh so với mức lương cơ sở"),
    F("và 15 kg", "15", 15, "measure", "kg", "gạo hỗ trợ mỗi học sinh mỗi tháng"),
    F("tối đa 9 tháng", "9", 9, "measure", "tháng", "thời gian hỗ trợ mỗi năm học", approx="at_most"),
    F("là 379,6 tỷ đồng", "379,6", 379.6e9, "money", "đồng", "tổng kinh phí hỗ trợ tiền ăn cho học sinh", Y23),
    F("là 7.956 tấn", "7.956", 7956, "measure", "tấn", "số gạo đã cấp", Y23),
    F("100% trường", "100", 100, "percent", "%", "trường có học sinh bán trú đã tổ chức nấu ăn tập trung", location="Mường Nhé"),
    F("có 412 học sinh", "412", 412, "count", "học sinh", "học sinh bán trú của Trường PTDTBT THCS Sín Thầu", location="Mường Nhé"),
    F("trong đó 368 em", "368", 368, "count", "em", "học sinh là người dân tộc Hà Nhì và Mông", total=412, location="Mường Nhé"),
    F("khoảng 15.000 đồng", "15.000", 15000, "money", "đồng/học sinh", "tiền thức ăn mỗi ngày", approx="about",
      location="Mường Nhé"),
    F("từ 600 đến 700 kcal", "600", 600, "measure", "kcal", "năng lượng mỗi bữa trưa cung cấp", value_max=700,
      location="Mường Nhé"),
    F("đạt 98,7%", "98,7", 98.7, "percent", "%", "tỷ lệ chuyên cần của học sinh bán trú"),
    F("còn 0,12%", "0,12", 0.12, "percent", "%", "tỷ lệ học sinh bỏ học"),
    F("là 19,4%", "19,4", 19.4, "percent", "%", "tỷ lệ học sinh tiểu học bán trú bị suy dinh dưỡng thể thấp còi",
      change=CH("decrease", 2.3, baseline="năm học trước")),
    F("hơn 400 tỷ đồng", "400", 400e9, "money", "đồng", "kinh phí bố trí để thực hiện chính sách", Y24,
      approx="over", status="forecast"),
    F("khoảng 12 tỷ đồng", "12", 12e9, "money", "đồng", "kinh phí huy động xã hội hóa xây dựng bếp ăn, nhà ăn", Y24,
      approx="about", status="forecast"),
    F("cho 35 trường", "35", 35, "count", "trường", "trường được xây dựng bếp ăn, nhà ăn", Y24, status="forecast"),
]

COMMENTS = [
    "Báo Điện Biên Phủ (Party newspaper): bữa ăn bán trú cho học sinh vùng cao; byline 'Quàng Hương' and bare date '15/03/2024' at the end.",
    "'Năm học 2023-2024' stands in its own sentence (inherited period; the academic year taken as 9/2023-5/2024, unscored).",
    "'năm thứ tám' (ordinal), 'Nghị định số 116/2016/NĐ-CP', 'Trường PTDTBT Tiểu học số 2 Chung Chải' (caption) are not figures.",
    "Policy parameters are figures: 'bằng 40% mức lương cơ sở' (no amount before it, so a percent of its own), '15 kg gạo mỗi tháng' (unit kg,",
    "as shared h19 keeps tấn for grain), 'tối đa 9 tháng/năm học' (at_most). '15.000 đồng/học sinh' is money with the rate in the unit.",
    "Mường Nhé paragraph: location Mường Nhé. 'dự kiến' governs the 2024 sentence incl. the clause after 'đồng thời' (forecast).",
]

if __name__ == "__main__":
    emit("p570-5", TEXT, COMMENTS, FIGS, published="2024-03-15", location="Điện Biên")
