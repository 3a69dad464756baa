"""p734-6: National press (VnExpress style) — TP Hồ Chí Minh short of public toilets."""
from lib import F, P, I, CH, T, emit

TEXT = """Thời sự › Giao thông
Thứ hai, 3/6/2024, 07:00 (GMT+7)

Hơn 9 triệu dân, TP HCM chỉ có 512 nhà vệ sinh công cộng

Bình quân chưa đến 0,6 nhà vệ sinh/vạn dân, thấp hơn nhiều so với các đô thị lớn trong khu vực.

Theo Sở Xây dựng TP Hồ Chí Minh, tính đến tháng 5/2024, toàn thành phố có 512 nhà vệ sinh công cộng, trong đó 187 nhà vệ sinh cố định và 325 nhà vệ sinh di động. Quận 1 có nhiều nhất với 46 nhà, tiếp đến là quận 3 (21 nhà) và TP Thủ Đức (19 nhà).

Nhiều tuyến đường đông khách như Nguyễn Huệ, Lê Lợi, đường 3 Tháng 2 hay khu vực công viên 23 Tháng 9 vẫn thiếu nhà vệ sinh, du khách phải vào quán cà phê để "giải quyết".

Chi phí xây dựng mỗi nhà vệ sinh cố định đạt chuẩn từ 600 triệu đến 1,2 tỷ đồng, trong khi nhà vệ sinh di động khoảng 250 triệu đồng mỗi nhà. Năm 2023, ngân sách thành phố chi khoảng 42 tỷ đồng để duy trì, vận hành hệ thống nhà vệ sinh công cộng, giảm 8% so với năm 2022.

Ông Trần Minh Tuấn, Phó giám đốc Sở Xây dựng, cho biết thành phố dự kiến kêu gọi xã hội hóa để xây thêm 200 nhà vệ sinh công cộng trong giai đoạn 2024-2026, tổng vốn khoảng 150 tỷ đồng. Doanh nghiệp đầu tư được khai thác quảng cáo trên thân nhà vệ sinh tối đa 10 năm.

Theo quy hoạch, phấn đấu đến năm 2030, tại khu vực trung tâm khoảng cách giữa các nhà vệ sinh công cộng không quá 500 m, mỗi quận, huyện có ít nhất 20 nhà vệ sinh đạt chuẩn.

Bạn đọc có thể phản ánh về nhà vệ sinh công cộng qua đường dây nóng 1022 của thành phố.

Lê Tuyết
"""

ASOF = P("tính đến tháng 5/2024", None, "2024-05-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
GD = P("giai đoạn 2024-2026", "2024-01-01", "2026-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
NVS = "nhà vệ sinh"

FIGS = [
    F("Hơn 9 triệu dân", "9", 9e6, "count", "dân", "dân số TP HCM", approx="over"),
    F("chỉ có 512 nhà", "512", 512, "count", NVS, "nhà vệ sinh công cộng", I(ASOF)),
    F("chưa đến 0,6 nhà", "0,6", 0.6, "measure", "nhà vệ sinh/vạn dân", "nhà vệ sinh công cộng bình quân trên vạn dân", approx="under"),
    F("toàn thành phố có 512", "512", 512, "count", NVS, "nhà vệ sinh công cộng", ASOF),
    F("trong đó 187 nhà", "187", 187, "count", NVS, "nhà vệ sinh cố định", ASOF, total=512),
    F("325 nhà vệ sinh di động", "325", 325, "count", NVS, "nhà vệ sinh di động", ASOF, total=512),
    F("với 46 nhà", "46", 46, "count", "nhà", "nhà vệ sinh công cộng", I(ASOF), location="Quận 1"),
    F("(21 nhà)", "21", 21, "count", "nhà", "nhà vệ sinh công cộng", I(ASOF), location="Quận 3"),
    F("(19 nhà)", "19", 19, "count", "nhà", "nhà vệ sinh công cộng", I(ASOF), location="Thủ Đức"),
    F("từ 600 triệu đến 1,2 tỷ đồng", "600", 600e6, "money", "đồng", "chi phí xây dựng mỗi nhà vệ sinh cố định đạt chuẩn",
      value_max=1.2e9),
    F("khoảng 250 triệu đồng", "250", 250e6, "money", "đồng", "chi phí nhà vệ sinh di động mỗi nhà", approx="about"),
    F("khoảng 42 tỷ đồng", "42", 42e9, "money", "đồng", "ngân sách thành phố chi duy trì, vận hành hệ thống nhà vệ sinh công cộng",
      Y23, approx="about", change=CH("decrease", 8, baseline="năm 2022")),
    F("thêm 200 nhà vệ sinh", "200", 200, "count", NVS, "nhà vệ sinh công cộng xây thêm bằng xã hội hóa", GD, status="forecast"),
    F("khoảng 150 tỷ đồng", "150", 150e9, "money", "đồng", "tổng vốn xây thêm nhà vệ sinh công cộng", GD, approx="about",
      status="forecast"),
    F("tối đa 10 năm", "10", 10, "measure", "năm", "thời hạn khai thác quảng cáo trên thân nhà vệ sinh", approx="at_most"),
    F("không quá 500 m", "500", 500, "measure", "m", "khoảng cách giữa các nhà vệ sinh công cộng tại khu vực trung tâm", T30,
      approx="at_most", status="target"),
    F("ít nhất 20 nhà vệ sinh", "20", 20, "count", NVS, "nhà vệ sinh đạt chuẩn mỗi quận, huyện", T30, approx="at_least",
      status="target"),
]

COMMENTS = [
    "National press, VnExpress style: 'Thứ hai, 3/6/2024, 07:00 (GMT+7)', byline at the end. TP Hồ Chí Minh public toilets.",
    "Not figures: (GMT+7), 07:00, 'Quận 1'/'quận 3' as names, 'đường 3 Tháng 2', 'công viên 23 Tháng 9', hotline 1022.",
    "'Quận 1 có nhiều nhất với 46 nhà, tiếp đến là quận 3 (21 nhà) và TP Thủ Đức (19 nhà)': districts go to location; no cue, no total.",
    "'chưa đến 0,6 nhà vệ sinh/vạn dân': a rate, unit carries the denominator, approx under. 'tối đa 10 năm' is a term limit (measure).",
    "'dự kiến ... xây thêm 200 ... giai đoạn 2024-2026, tổng vốn khoảng 150 tỷ đồng' -> forecast for both; 'phấn đấu đến năm 2030' -> target.",
]

if __name__ == "__main__":
    emit("p734-6", TEXT, COMMENTS, FIGS, published="2024-06-03", location="TP Hồ Chí Minh")
