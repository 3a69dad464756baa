"""p750-5: Party newspaper (Báo Nghệ An), charity cataract surgery for poor elderly in western Nghệ An, 2023."""
from lib import fig, per, inh, chg, write

TEXT = """Mang lại ánh sáng cho 850 người cao tuổi nghèo miền Tây Nghệ An

(Baonghean.vn) - Sau 3 đợt khám sàng lọc tại các huyện Con Cuông, Tương Dương và Kỳ Sơn, Bệnh viện Mắt Nghệ An phối hợp với Hội Chữ thập đỏ tỉnh đã phẫu thuật đục thủy tinh thể miễn phí cho 850 người cao tuổi thuộc hộ nghèo, cận nghèo.

Chương trình "Ánh sáng cho người cao tuổi" được triển khai từ tháng 3 đến tháng 11/2023 với tổng kinh phí 2,55 tỷ đồng do Quỹ Bảo trợ trẻ em tỉnh, các doanh nghiệp và nhà hảo tâm tài trợ.

Qua các đợt khám, các y, bác sĩ đã khám cho 4.260 người, phát hiện 1.137 người mắc đục thủy tinh thể, trong đó 912 người có chỉ định phẫu thuật. Số người được khám tại Con Cuông, Tương Dương và Kỳ Sơn lần lượt là 1.480, 1.325 và 1.455 người. Có 62 trường hợp chưa đủ điều kiện sức khỏe để mổ, được hẹn tái khám sau khi điều trị ổn định huyết áp, tiểu đường.

Tất cả bệnh nhân được mổ bằng phương pháp phaco, đặt thủy tinh thể nhân tạo; chi phí mỗi ca từ 3 đến 3,5 triệu đồng được chương trình chi trả toàn bộ. Sau mổ 1 tuần, 98% số mắt được phẫu thuật có thị lực từ 3/10 trở lên.

Ông Lương Văn Xiêm (72 tuổi, bản Xốp Mạt, xã Na Loi, huyện Kỳ Sơn) xúc động: "Mười năm nay tôi không nhìn rõ mặt con cháu, nay lại thấy đường lên nương rồi".

Theo Bệnh viện Mắt Nghệ An, toàn tỉnh hiện còn khoảng 12.000 người mù do đục thủy tinh thể chưa được phẫu thuật, tập trung ở 11 huyện miền núi. Năm 2024, chương trình dự kiến mở rộng tới 5 huyện, phẫu thuật cho khoảng 1.200 người với kinh phí dự kiến 3,6 tỷ đồng.

THANH HÀ

15/12/2023
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    fig("cho 850 người cao tuổi nghèo", "850", 850, "count", "người",
        "người cao tuổi nghèo được mang lại ánh sáng"),
    fig("Sau 3 đợt", "3", 3, "count", "đợt", "đợt khám sàng lọc"),
    fig("cho 850 người cao tuổi thuộc", "850", 850, "count", "người",
        "người cao tuổi thuộc hộ nghèo, cận nghèo được phẫu thuật đục thủy tinh thể miễn phí"),
    fig("kinh phí 2,55 tỷ đồng", "2,55", 2.55e9, "money", "đồng", "tổng kinh phí chương trình",
        per("từ tháng 3 đến tháng 11/2023", "2023-03-01", "2023-11-30")),
    fig("cho 4.260 người", "4.260", 4260, "count", "người", "người được khám"),
    fig("phát hiện 1.137 người", "1.137", 1137, "count", "người", "người mắc đục thủy tinh thể"),
    fig("trong đó 912 người", "912", 912, "count", "người", "người có chỉ định phẫu thuật", total=1137),
    fig("là 1.480", "1.480", 1480, "count", "người", "người được khám", location="Con Cuông"),
    fig("1.325 và", "1.325", 1325, "count", "người", "người được khám", location="Tương Dương"),
    fig("và 1.455 người", "1.455", 1455, "count", "người", "người được khám", location="Kỳ Sơn"),
    fig("Có 62 trường hợp", "62", 62, "count", "trường hợp", "trường hợp chưa đủ điều kiện sức khỏe để mổ"),
    fig("từ 3 đến 3,5 triệu đồng", "3", 3e6, "money", "đồng", "chi phí mỗi ca", value_max=3.5e6),
    fig("98% số mắt", "98", 98, "percent", "%", "số mắt được phẫu thuật có thị lực từ 3/10 trở lên"),
    fig("từ 3/10 trở lên", "3", 3, "measure", "/10", "thị lực", approx="at_least", optional=True),
    fig("(72 tuổi", "72", 72, "measure", "tuổi", "tuổi ông Lương Văn Xiêm", optional=True, location="Kỳ Sơn"),
    fig("khoảng 12.000 người", "12.000", 12000, "count", "người",
        "người mù do đục thủy tinh thể chưa được phẫu thuật", approx="about"),
    fig("ở 11 huyện miền núi", "11", 11, "count", "huyện", "huyện miền núi", optional=True),
    fig("tới 5 huyện", "5", 5, "count", "huyện", "huyện chương trình mở rộng tới", Y24, status="forecast"),
    fig("khoảng 1.200 người", "1.200", 1200, "count", "người", "người được phẫu thuật", Y24, approx="about",
        status="forecast"),
    fig("dự kiến 3,6 tỷ đồng", "3,6", 3.6e9, "money", "đồng", "kinh phí", Y24, status="forecast"),
]

NOTES = [
    "Báo Nghệ An: chương trình mổ đục thủy tinh thể miễn phí cho người cao tuổi nghèo ở Con Cuông, Tương Dương, Kỳ Sơn (2023). Byline + bare date at the end.",
    "Period 'từ tháng 3 đến tháng 11/2023' read as 2023-03-01..2023-11-30. The lead and the 4.260/1.137 sentence name no period (unset).",
    "'lần lượt là 1.480, 1.325 và 1.455 người': one figure per district (location), subject the list's indicator; no 'trong đó'/'gồm' cue, so no total.",
    "912 is a 'trong đó' part of 1.137; 62 has no cue (no total). 'từ 3 đến 3,5 triệu đồng': the multiplier applies to both ends.",
    "'dự kiến' governs the clauses of the last sentence (forecast). '3/10', '72 tuổi', '11 huyện miền núi' optional.",
    "Distractors: 'Sau mổ 1 tuần', 'Mười năm nay' (durations in a quote), 'bản Xốp Mạt, xã Na Loi', byline and bare dateline.",
]

if __name__ == "__main__":
    write("p750-5", TEXT, NOTES, FIGS, published="2023-12-15", location="Nghệ An")
