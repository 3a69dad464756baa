"""p698-2: district-level (thị xã) portal, Hương Thủy: policy payments for pupils with disabilities, Q1/2024."""
from lib import fig, period, inh, change, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THỊ XÃ HƯƠNG THỦY
Tin tức > Giáo dục - Y tế
Thứ Ba, 09/04/2024 - 14:20

Hương Thủy chi hơn 1,3 tỷ đồng hỗ trợ học sinh khuyết tật trong quý I

Quý I/2024, Phòng Giáo dục và Đào tạo phối hợp Phòng Lao động - Thương binh và Xã hội thị xã chi trả chính sách cho 214 học sinh khuyết tật với tổng kinh phí 1.318,6 triệu đồng, tăng 11,4% so với cùng kỳ năm 2023.

Trong đó, 97 em thuộc hộ nghèo, cận nghèo được hưởng học bổng 1.440.000 đồng/tháng (bằng 80% mức lương cơ sở); 117 em còn lại được hỗ trợ mua phương tiện, đồ dùng học tập với mức 1.000.000 đồng/năm học.

Hiện toàn thị xã có 27/34 trường mầm non, tiểu học và trung học cơ sở có học sinh khuyết tật học hòa nhập với 268 em, gồm 41 em mầm non, 152 em tiểu học và 75 em trung học cơ sở. Các trường có đông học sinh khuyết tật nhất là Tiểu học Thủy Phương và Tiểu học số 2 Phú Bài, lần lượt 19 và 16 em.

Từ đầu năm đến nay, thị xã có 36 giáo viên được cấp chứng chỉ bồi dưỡng giáo dục hòa nhập, đạt 120% kế hoạch năm.

Trong quý III/2024, thị xã dự kiến mở thêm 2 lớp can thiệp sớm cho trẻ tự kỷ tại Trường Mầm non Hoa Sen (tổ dân phố 5, phường Phú Bài), mỗi lớp từ 8 đến 10 trẻ.

Phụ huynh cần tư vấn xin liên hệ Phòng Giáo dục và Đào tạo thị xã, số 1215 Nguyễn Tất Thành, điện thoại 0234.3861.245.

Thanh Hương
"""

Q1 = period("Quý I/2024", "2024-01-01", "2024-03-31")
Q3 = period("quý III/2024", "2024-07-01", "2024-09-30")
S = "học sinh khuyết tật học hòa nhập"

FIGS = [
    fig("hơn 1,3 tỷ đồng", "1,3", 1.3e9, "money", "đồng", "kinh phí hỗ trợ học sinh khuyết tật",
        period("quý I", "2024-01-01", "2024-03-31"), approx="over"),
    fig("cho 214 học sinh", "214", 214, "count", "học sinh", "học sinh khuyết tật được chi trả chính sách", Q1),
    fig("1.318,6 triệu đồng", "1.318,6", 1318.6e6, "money", "đồng",
        "tổng kinh phí chi trả chính sách cho học sinh khuyết tật", Q1,
        change=change("increase", 11.4, "%", "cùng kỳ năm 2023")),
    fig("97 em", "97", 97, "count", "em", "học sinh khuyết tật thuộc hộ nghèo, cận nghèo được hưởng học bổng",
        inh(Q1), total=214),
    fig("1.440.000 đồng/tháng", "1.440.000", 1440000, "money", "đồng/tháng", "mức học bổng",
        percent=80),
    fig("117 em", "117", 117, "count", "em",
        "học sinh khuyết tật được hỗ trợ mua phương tiện, đồ dùng học tập", inh(Q1), total=214),
    fig("1.000.000 đồng/năm học", "1.000.000", 1000000, "money", "đồng/năm học",
        "mức hỗ trợ mua phương tiện, đồ dùng học tập"),
    fig("27/34 trường", "27", 27, "count", "trường",
        "trường mầm non, tiểu học và trung học cơ sở có học sinh khuyết tật học hòa nhập", total=34),
    fig("với 268 em", "268", 268, "count", "em", S),
    fig("gồm 41 em", "41", 41, "count", "em", S + " cấp mầm non", total=268),
    fig("152 em tiểu học", "152", 152, "count", "em", S + " cấp tiểu học", total=268),
    fig("75 em trung học", "75", 75, "count", "em", S + " cấp trung học cơ sở", total=268),
    fig("lần lượt 19", "19", 19, "count", "em", "học sinh khuyết tật Trường Tiểu học Thủy Phương"),
    fig("19 và 16 em", "16", 16, "count", "em", "học sinh khuyết tật Trường Tiểu học số 2 Phú Bài"),
    fig("có 36 giáo viên", "36", 36, "count", "giáo viên",
        "giáo viên được cấp chứng chỉ bồi dưỡng giáo dục hòa nhập",
        period("Từ đầu năm đến nay", "2024-01-01", "2024-04-09"), percent=120),
    fig("thêm 2 lớp", "2", 2, "count", "lớp", "lớp can thiệp sớm cho trẻ tự kỷ", Q3, status="forecast"),
    fig("từ 8 đến 10 trẻ", "8", 8, "count", "trẻ", "trẻ mỗi lớp can thiệp sớm", Q3,
        value_max=10, status="forecast"),
]

NOTES = [
    "Cổng TTĐT thị xã Hương Thủy (Thừa Thiên Huế): chi trả chính sách cho học sinh khuyết tật quý I/2024; inclusive pupils by level; plans.",
    "District-level portal: 'Thứ Ba, 09/04/2024 - 14:20' dateline, byline at the end. Location: the thị xã (Hương Thủy).",
    "Not figures: 'Tiểu học số 2 Phú Bài' (name), 'tổ dân phố 5', 'số 1215 Nguyễn Tất Thành', 0234.3861.245.",
    "'Trong đó, 97 em … 117 em' are parts of 214 học sinh (the whole counting the same thing, not the money after it).",
    "'bằng 80% mức lương cơ sở' in brackets after the grant amount is its percent; 'đạt 120% kế hoạch năm' is the percent of 36 giáo viên.",
    "Headline 'trong quý I' takes 2024 from the dateline. 'Từ đầu năm đến nay' ends at the dateline.",
    "'dự kiến' governs its clause and the continuing 'mỗi lớp từ 8 đến 10 trẻ' (forecast).",
]

if __name__ == "__main__":
    write("p698-2", TEXT, NOTES, FIGS, published="2024-04-09", location="Hương Thủy")
