from lib import *

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ ĐÀ NẴNG
Tin tức > Lao động - Việc làm

9 tháng năm 2024: 14 cơ sở giáo dục nghề nghiệp đạt kiểm định chất lượng

Ngày cập nhật 08/10/2024

Theo Sở Lao động - Thương binh và Xã hội, trong 9 tháng năm 2024, thành phố có thêm 14 cơ sở giáo dục nghề nghiệp được công nhận đạt tiêu chuẩn kiểm định chất lượng, tăng 5 cơ sở so với cùng kỳ năm 2023; trong đó có 3 trường cao đẳng, 4 trường trung cấp và 7 trung tâm giáo dục nghề nghiệp. Riêng quý III/2024 có 6 cơ sở được công nhận.

Đến nay, toàn thành phố có 41/58 cơ sở giáo dục nghề nghiệp đạt kiểm định, chiếm 70,7%; 126 chương trình đào tạo trình độ cao đẳng, trung cấp được đánh giá đạt chuẩn, tăng 18,9% so với cuối năm 2023.

Tuyển sinh giáo dục nghề nghiệp 9 tháng ước đạt 36.820 người, đạt 81,8% kế hoạch năm. Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ ước đạt 54,6%, vượt 0,6% kế hoạch. Quy mô đào tạo trình độ cao đẳng đạt 142 sinh viên/vạn dân.

Kinh phí hỗ trợ các cơ sở tự đánh giá, đánh giá ngoài năm 2024 là 3.450 triệu đồng, bình quân 246,4 triệu đồng/cơ sở.

Trong quý IV/2024, dự kiến có thêm 4 cơ sở hoàn thành đánh giá ngoài theo Thông tư số 15/2017/TT-BLĐTBXH; thành phố phấn đấu đến năm 2025 có 80% cơ sở giáo dục nghề nghiệp đạt kiểm định.

Mọi phản ánh về chất lượng đào tạo xin gọi Tổng đài 1022 hoặc liên hệ Sở tại Tầng 19, Trung tâm Hành chính, số 24 Trần Phú, quận Hải Châu.
"""

M9 = P("trong 9 tháng năm 2024", "2024-01-01", "2024-09-30")
NOW = ASOF("Đến nay", "2024-10-08")

FIGS = [
    F("2024: 14 cơ sở", "14", 14, "count", "cơ sở giáo dục nghề nghiệp",
      "cơ sở giáo dục nghề nghiệp đạt kiểm định chất lượng", P("9 tháng năm 2024", "2024-01-01", "2024-09-30")),
    F("thêm 14 cơ sở", "14", 14, "count", "cơ sở giáo dục nghề nghiệp",
      "cơ sở giáo dục nghề nghiệp được công nhận đạt tiêu chuẩn kiểm định chất lượng", M9,
      change=CH("increase", 5, "cơ sở", "cùng kỳ năm 2023")),
    F("có 3 trường cao đẳng", "3", 3, "count", "trường cao đẳng", "trường cao đẳng được công nhận đạt kiểm định", M9, total=14),
    F("4 trường trung cấp", "4", 4, "count", "trường trung cấp", "trường trung cấp được công nhận đạt kiểm định", M9, total=14),
    F("7 trung tâm", "7", 7, "count", "trung tâm giáo dục nghề nghiệp",
      "trung tâm giáo dục nghề nghiệp được công nhận đạt kiểm định", M9, total=14),
    F("có 6 cơ sở", "6", 6, "count", "cơ sở", "cơ sở được công nhận đạt kiểm định",
      P("quý III/2024", "2024-07-01", "2024-09-30")),
    F("41/58 cơ sở", "41", 41, "count", "cơ sở giáo dục nghề nghiệp", "cơ sở giáo dục nghề nghiệp đạt kiểm định", NOW,
      total=58, percent=70.7),
    F("126 chương trình", "126", 126, "count", "chương trình",
      "chương trình đào tạo trình độ cao đẳng, trung cấp được đánh giá đạt chuẩn", NOW,
      change=CH("increase", 18.9, "%", "cuối năm 2023")),
    F("36.820 người", "36.820", 36820, "count", "người", "Tuyển sinh giáo dục nghề nghiệp",
      P("9 tháng", "2024-01-01", "2024-09-30"), percent=81.8, status="estimate"),
    F("ước đạt 54,6%", "54,6", 54.6, "percent", "%", "Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ",
      change=CH("increase", 0.6, "%", "kế hoạch"), status="estimate"),
    F("142 sinh viên/vạn dân", "142", 142, "measure", "sinh viên/vạn dân", "Quy mô đào tạo trình độ cao đẳng"),
    F("3.450 triệu đồng", "3.450", 3450e6, "money", "đồng",
      "Kinh phí hỗ trợ các cơ sở tự đánh giá, đánh giá ngoài", Y("năm 2024", 2024)),
    F("246,4 triệu đồng/cơ sở", "246,4", 246.4e6, "money", "đồng/cơ sở",
      "Kinh phí hỗ trợ tự đánh giá, đánh giá ngoài bình quân", Y("năm 2024", 2024)),
    F("thêm 4 cơ sở", "4", 4, "count", "cơ sở", "cơ sở hoàn thành đánh giá ngoài",
      P("quý IV/2024", "2024-10-01", "2024-12-31"), status="forecast"),
    F("có 80% cơ sở", "80", 80, "percent", "%", "cơ sở giáo dục nghề nghiệp đạt kiểm định",
      ASOF("đến năm 2025", "2025-12-31"), status="target"),
]

COMMENTS = [
    "Đà Nẵng city portal (invented), 'Ngày cập nhật 08/10/2024': vocational-education accreditation in 9 months of 2024,",
    "quarter III, stock to date, enrolment, trained-labour share, support funds, Q4 forecast and 2025 target.",
    "Not figures: 'Thông tư số 15/2017/TT-BLĐTBXH', 'Tổng đài 1022', 'Tầng 19', 'số 24 Trần Phú', 'quý IV/2024' as a period.",
    "Headline '9 tháng năm 2024: 14 cơ sở' is a figure with its period in the headline (scored).",
    "'tăng 5 cơ sở so với cùng kỳ năm 2023' -> change of 14; 'trong đó có 3 ..., 4 ..., 7 ...' -> total 14, same sentence -> period scored.",
    "'41/58 cơ sở ..., chiếm 70,7%' -> total 58 and percent; '126 chương trình ..., tăng 18,9% so với cuối năm 2023' -> change; both",
    "after 'Đến nay' (ends at the dateline).",
    "'ước đạt' -> estimate; the next sentence '142 sinh viên/vạn dân' (a rate) is actual. 'vượt 0,6% kế hoạch' is a gap",
    "to plan -> change (FIGURES.md 'Result against plan'). '3.450 triệu đồng' = 3.45e9 đồng.",
    "'dự kiến' -> forecast; 'phấn đấu đến năm 2025' -> target.",
]

if __name__ == "__main__":
    emit("p636-8", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Đà Nẵng")
