"""p1353-5: provincial newspaper (Báo Hà Tĩnh): firms in Vũng Áng (thị xã Kỳ Anh) train their own welders and fitters."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO HÀ TĨNH ĐIỆN TỬ
Kinh tế | Xã hội | Chính trị | Văn hóa

Thứ Hai, 11/11/2024 | 07:15

Doanh nghiệp ở Kỳ Anh chủ động "tự đào tạo" thợ lành nghề

(Baohatinh.vn) - Thiếu hụt lao động kỹ thuật, nhiều doanh nghiệp tại Khu kinh tế Vũng Áng (thị xã Kỳ Anh) đã tổ chức lớp học nghề ngay tại xưởng, vừa đào tạo vừa tuyển dụng.

Tại Công ty CP Cơ khí Lắp máy Hoành Sơn, ba chục học viên đang thực hành hàn dưới sự hướng dẫn của các thợ cả. Anh Phan Văn Hùng (SN 1978), tổ trưởng tổ hàn cho biết, mỗi khóa học kéo dài 4 tháng, học viên được công ty chi trả toàn bộ học phí và hỗ trợ 150.000 đồng/ngày công thực hành.

Năm 2023, công ty đào tạo được 126 thợ hàn, thợ lắp máy; 10 tháng năm 2024 đào tạo thêm 94 người, vượt 14 người so với kế hoạch cả năm, trong đó 71 người đã ký hợp đồng lao động với mức lương từ 9 triệu đồng/tháng trở lên. Hiện công ty có 22 thợ hàn đạt chứng chỉ quốc tế ở vị trí hàn 3G, 6G.

Theo Ban Quản lý Khu kinh tế tỉnh, Khu kinh tế Vũng Áng hiện có 58 doanh nghiệp đang hoạt động, sử dụng hơn 21.000 lao động, trong đó khoảng 35% là lao động kỹ thuật. Năm 2024, các doanh nghiệp có nhu cầu tuyển 2.600 lao động nhưng mới tuyển được gần 1.700 người, đạt 65%.

Ông Lê Đình Tuấn, Phó Trưởng ban Quản lý Khu kinh tế tỉnh cho biết, giai đoạn 2025-2027, tỉnh dự kiến hỗ trợ kinh phí đào tạo tại doanh nghiệp cho khoảng 1.500 lao động, mức hỗ trợ tối đa 6 triệu đồng/người/khóa học.

Hiện Hà Tĩnh xếp thứ 3 khu vực Bắc Trung Bộ về tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ.

THU HÀ
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M10 = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
P2527 = per("giai đoạn 2025-2027", "2025-01-01", "2027-12-31")
HT = "Hà Tĩnh"

FIGS = [
    fig("ba chục học viên", "ba chục", 30, "count", "học viên",
        subject="học viên đang thực hành hàn tại Công ty CP Cơ khí Lắp máy Hoành Sơn"),
    fig("kéo dài 4 tháng", "4", 4, "measure", "tháng", subject="thời gian mỗi khóa học"),
    fig("hỗ trợ 150.000 đồng", "150.000", 150000, "money", "đồng/ngày công",
        subject="tiền hỗ trợ học viên thực hành"),
    fig("được 126 thợ", "126", 126, "count", "thợ hàn, thợ lắp máy",
        subject="thợ hàn, thợ lắp máy công ty đào tạo được", period=Y23),
    fig("thêm 94 người", "94", 94, "count", "người",
        change=chg("increase", 14, "người", "kế hoạch cả năm"),
        subject="người công ty đào tạo thêm", period=M10),
    fig("trong đó 71 người", "71", 71, "count", "người", total=94,
        subject="người đã ký hợp đồng lao động", period=M10),
    fig("từ 9 triệu", "9", 9e6, "money", "đồng/tháng", approx="at_least",
        subject="mức lương của người đã ký hợp đồng lao động"),
    fig("có 22 thợ hàn", "22", 22, "count", "thợ hàn",
        subject="thợ hàn đạt chứng chỉ quốc tế"),
    fig("có 58 doanh nghiệp", "58", 58, "count", "doanh nghiệp",
        subject="doanh nghiệp đang hoạt động tại Khu kinh tế Vũng Áng"),
    fig("hơn 21.000 lao động", "21.000", 21000, "count", "lao động", approx="over",
        subject="lao động các doanh nghiệp sử dụng"),
    fig("khoảng 35% là", "35", 35, "percent", "%", approx="about",
        subject="lao động kỹ thuật"),
    fig("tuyển 2.600 lao động", "2.600", 2600, "count", "lao động",
        subject="nhu cầu tuyển lao động của các doanh nghiệp", period=Y24),
    fig("gần 1.700 người", "1.700", 1700, "count", "người", approx="nearly", percent=65,
        subject="lao động các doanh nghiệp tuyển được", period=Y24),
    fig("khoảng 1.500 lao động", "1.500", 1500, "count", "lao động", approx="about", status="forecast",
        subject="lao động được hỗ trợ kinh phí đào tạo tại doanh nghiệp", period=P2527, location=HT),
    fig("tối đa 6 triệu", "6", 6e6, "money", "đồng/người/khóa học", approx="at_most", status="forecast",
        subject="mức hỗ trợ kinh phí đào tạo", period=P2527, location=HT),
    fig("xếp thứ 3", "3", 3, "rank", "hạng",
        subject="tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ khu vực Bắc Trung Bộ", location=HT),
]

NOTES = [
    "Provincial newspaper (Báo Hà Tĩnh): menu, 'Thứ Hai, 11/11/2024 | 07:15', tag '(Baohatinh.vn) -', byline at the end.",
    "Distractors: '(SN 1978)', welding positions '3G, 6G', 07:15, 'giai đoạn 2025-2027' as a period only.",
    "Location: the sapo places Vũng Áng in thị xã Kỳ Anh, so the firm and the economic zone figures are Kỳ Anh; the province's plan",
    "('tỉnh dự kiến ...') and its rank are Hà Tĩnh.",
    "'ba chục học viên' = 30 (number words, exact). 'mỗi khóa học kéo dài 4 tháng' is the course length stated as the fact: measure.",
    "'vượt 14 người so với kế hoạch cả năm' = change (gap to plan); 'trong đó 71 người' takes total 94 and the sentence's period.",
    "'từ 9 triệu đồng/tháng trở lên' = at_least; a standing wage level, no period. 'Hiện' gives no period.",
    "'gần 1.700 người, đạt 65%' = percent attribute (of the 2.600 need); the need is not a whole of which 1.700 is a part: no total.",
    "'dự kiến' governs the whole sentence: both figures forecast; 'tối đa' = at_most.",
    "revised after the first run: '35%' subject drops the invented 'tỷ lệ' (as the sentence names it).",
]

if __name__ == "__main__":
    write("p1353-5", TEXT, NOTES, FIGS, published="2024-11-11", location="Kỳ Anh")
