"""p1164-1: Nghệ An province portal, school milk in the 2024-2025 school year."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Nghệ An: Hơn 214.000 trẻ được uống sữa học đường

Cập nhật: 12/11/2024 08:30 | Lượt xem: 2.418

(nghean.gov.vn) - Năm học 2024-2025, Chương trình Sữa học đường được triển khai tại 1.036 trường mầm non, tiểu học trên địa bàn tỉnh Nghệ An với 214.560 trẻ tham gia, đạt 91,2% kế hoạch, tăng 8.340 trẻ so với năm học trước. Trong đó, trẻ mẫu giáo 96.280 trẻ, học sinh tiểu học 118.280 em.

Chương trình thực hiện theo Nghị quyết số 14/2023/NQ-HĐND của HĐND tỉnh. Mỗi trẻ được uống 2 hộp sữa/tuần, mỗi hộp 180 ml, trong 35 tuần của năm học. Giá một hộp sữa là 6.860 đồng; ngân sách tỉnh chi trả 50%, doanh nghiệp cung ứng hỗ trợ 20%, phụ huynh đóng góp 30%. Riêng trẻ thuộc hộ nghèo, hộ cận nghèo và trẻ tại 27 xã đặc biệt khó khăn được ngân sách hỗ trợ 100%.

Tổng kinh phí năm học này ước khoảng 103 tỷ đồng, trong đó ngân sách tỉnh hơn 51,5 tỷ đồng. Đơn vị cung ứng là Công ty cổ phần Sữa TH có nhà máy tại huyện Nghĩa Đàn; mỗi tuần công ty vận chuyển khoảng 429.000 hộp sữa đến các trường, kể cả 312 điểm trường lẻ ở các huyện miền núi Kỳ Sơn, Tương Dương, Quế Phong. Tính đến ngày 31/10/2024, đã có gần 3,4 triệu hộp sữa được cấp phát, không phát hiện lô sữa nào không đạt chất lượng.

Theo Sở Y tế, sau 5 năm triển khai, tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ mẫu giáo tham gia chương trình giảm từ 19,8% xuống còn 15,6%; chiều cao trung bình của trẻ 5 tuổi uống sữa cao hơn 1,7 cm so với nhóm không uống sữa.

Tỉnh phấn đấu đến năm 2025 nâng tỷ lệ trẻ tham gia chương trình lên trên 95%.
"""

NH = per("Năm học 2024-2025", "2024-09-01", "2025-05-31")
NH_THIS = per("năm học này", "2024-09-01", "2025-05-31")
TO25 = per("đến năm 2025", None, "2025-12-31")
STUNT = "tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ mẫu giáo tham gia chương trình"

FIGS = [
    fig("Hơn 214.000 trẻ", "214.000", 214000, "count", "trẻ", approx="over",
        subject="trẻ được uống sữa học đường"),
    fig("tại 1.036 trường", "1.036", 1036, "count", "trường",
        subject="trường mầm non, tiểu học triển khai Chương trình Sữa học đường", period=NH),
    fig("với 214.560 trẻ", "214.560", 214560, "count", "trẻ", percent=91.2,
        change=chg("increase", 8340, "trẻ", "năm học trước"),
        subject="trẻ tham gia Chương trình Sữa học đường", period=NH),
    fig("mẫu giáo 96.280 trẻ", "96.280", 96280, "count", "trẻ", total=214560,
        subject="trẻ mẫu giáo tham gia Chương trình Sữa học đường", period=inh(NH)),
    fig("tiểu học 118.280 em", "118.280", 118280, "count", "em", total=214560,
        subject="học sinh tiểu học tham gia Chương trình Sữa học đường", period=inh(NH)),
    fig("uống 2 hộp sữa/tuần", "2", 2, "measure", "hộp/tuần",
        subject="hộp sữa mỗi trẻ được uống mỗi tuần"),
    fig("mỗi hộp 180 ml", "180", 180, "measure", "ml", subject="dung tích mỗi hộp sữa"),
    fig("trong 35 tuần", "35", 35, "measure", "tuần", optional=True,
        subject="số tuần uống sữa trong năm học"),
    fig("là 6.860 đồng", "6.860", 6860, "money", "đồng/hộp", subject="giá một hộp sữa"),
    fig("chi trả 50%", "50", 50, "percent", "%", subject="tỷ lệ ngân sách tỉnh chi trả giá hộp sữa"),
    fig("hỗ trợ 20%", "20", 20, "percent", "%", subject="tỷ lệ doanh nghiệp cung ứng hỗ trợ giá hộp sữa"),
    fig("đóng góp 30%", "30", 30, "percent", "%", subject="tỷ lệ phụ huynh đóng góp giá hộp sữa"),
    fig("tại 27 xã", "27", 27, "count", "xã",
        subject="xã đặc biệt khó khăn có trẻ được ngân sách hỗ trợ 100%"),
    fig("được ngân sách hỗ trợ 100%", "100", 100, "percent", "%",
        subject="tỷ lệ ngân sách hỗ trợ cho trẻ hộ nghèo, hộ cận nghèo và trẻ tại xã đặc biệt khó khăn"),
    fig("ước khoảng 103 tỷ", "103", 103e9, "money", "đồng", approx="about", status="estimate",
        subject="tổng kinh phí", period=NH_THIS),
    fig("hơn 51,5 tỷ", "51,5", 51.5e9, "money", "đồng", approx="over", total=103e9, status="estimate",
        subject="kinh phí ngân sách tỉnh", period=NH_THIS),
    fig("khoảng 429.000 hộp", "429.000", 429000, "measure", "hộp/tuần", approx="about",
        subject="hộp sữa công ty vận chuyển đến các trường mỗi tuần"),
    fig("kể cả 312 điểm trường", "312", 312, "count", "điểm trường lẻ",
        subject="điểm trường lẻ ở các huyện miền núi được vận chuyển sữa"),
    fig("gần 3,4 triệu hộp", "3,4", 3.4e6, "count", "hộp", approx="nearly",
        subject="hộp sữa đã được cấp phát", period=per("Tính đến ngày 31/10/2024", None, "2024-10-31")),
    fig("sau 5 năm", "5", 5, "measure", "năm", optional=True, subject="thời gian triển khai chương trình"),
    fig("từ 19,8%", "19,8", 19.8, "percent", "%", subject=STUNT + " trước khi triển khai"),
    fig("còn 15,6%", "15,6", 15.6, "percent", "%", subject=STUNT),
    fig("trẻ 5 tuổi", "5", 5, "measure", "tuổi", optional=True, subject="tuổi của trẻ được so sánh chiều cao"),
    fig("cao hơn 1,7 cm", "1,7", 1.7, "measure", "cm",
        subject="chiều cao trung bình của trẻ 5 tuổi uống sữa cao hơn nhóm không uống sữa"),
    fig("lên trên 95%", "95", 95, "percent", "%", approx="over", status="target",
        subject="tỷ lệ trẻ tham gia chương trình", period=TO25),
]

NOTES = [
    "Province portal (Nghệ An): school milk in the 2024-2025 school year. Breadcrumb, 'Cập nhật: 12/11/2024 08:30 | Lượt xem: 2.418'.",
    "Distractors: view counter 2.418, time 08:30, Nghị quyết số 14/2023/NQ-HĐND, the portal tag.",
    "School year 'năm học 2024-2025' = 2024-09-01..2025-05-31 (the convention of the earlier probe sets; FIGURES.md has no row for it).",
    "'giảm từ 19,8% xuống còn 15,6%': two levels, both figures; the drop (4,2 points) is not written, so 15,6% has no change.",
    "'35 tuần', '5 năm', '5 tuổi' are optional (programme length, elapsed time, an age in the subject).",
    "revised after the first run: subjects of 103 tỷ / 51,5 tỷ lose 'Chương trình Sữa học đường' (not in the sentence; same form as p1164-3).",
    "Per-week rates ('2 hộp sữa/tuần', 'mỗi tuần ... 429.000 hộp') are measures with the denominator in the unit.",
]

if __name__ == "__main__":
    write("p1164-1", TEXT, NOTES, FIGS, published="2024-11-12", location="Nghệ An")
