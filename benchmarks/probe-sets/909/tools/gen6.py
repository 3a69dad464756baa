"""p909-6: national newspaper (VnExpress style), Hà Nội folk-dance clubs and noise, 2025."""
from lib import F, P, I, CH, TG, write

TEXT = """Thời sự
Chủ nhật, 16/3/2025, 07:30 (GMT+7)
Hà Nội có gần 3.000 câu lạc bộ dân vũ, nhiều nơi gây ồn

Nhiều câu lạc bộ dân vũ mở loa công suất lớn từ sáng sớm khiến người dân sống quanh công viên, vườn hoa bức xúc.

Khoảng 5h sáng, quanh hồ Thiền Quang đã có 4 nhóm dân vũ cùng mở nhạc, mỗi nhóm 30-40 người. Đo bằng thiết bị cầm tay, độ ồn tại đây lên tới 85-90 dB, trong khi quy chuẩn cho khu dân cư từ 6h đến 21h là không quá 70 dB.

Theo Sở Văn hóa và Thể thao Hà Nội, tính đến cuối năm 2024, thành phố có khoảng 2.950 câu lạc bộ dân vũ, khiêu vũ, aerobic với hơn 110.000 thành viên, gấp gần 1,8 lần so với năm 2019. Quận Hoàng Mai có nhiều câu lạc bộ nhất (186), tiếp đến là huyện Đông Anh (172) và quận Long Biên (165).

Bà Nguyễn Thị Hoa, 62 tuổi, chủ nhiệm một câu lạc bộ ở phường Thành Công, cho biết nhóm có 45 hội viên, mỗi người đóng 30.000 đồng/tháng để trả tiền điện, mua loa. "Chúng tôi đã giảm âm lượng, tập muộn hơn 30 phút", bà nói.

Năm 2024, đường dây nóng của thành phố tiếp nhận 1.276 phản ánh về tiếng ồn, trong đó 38% liên quan đến hoạt động dân vũ, tăng 9 điểm phần trăm so với năm 2023. Theo Nghị định số 45/2022/NĐ-CP, mức phạt hành vi gây tiếng ồn vượt quy chuẩn từ 1 đến 160 triệu đồng.

Dự kiến trong quý II/2025, thành phố lắp đặt thí điểm 50 biển báo giới hạn âm lượng tại 20 công viên, vườn hoa; mỗi biển có giá khoảng 3,5 triệu đồng.

Hải Yến
"""

END24 = P("tính đến cuối năm 2024", None, "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Q2 = P("trong quý II/2025", "2025-04-01", "2025-06-30")
L = "câu lạc bộ dân vũ, khiêu vũ, aerobic"

FIGS = [
    F("có gần 3.000 câu lạc bộ", "3.000", 3000, "count", "câu lạc bộ", "câu lạc bộ dân vũ", approx="nearly"),
    F("có 4 nhóm", "4", 4, "count", "nhóm", "nhóm dân vũ quanh hồ Thiền Quang"),
    F("mỗi nhóm 30-40 người", "30", 30, "count", "người", "người mỗi nhóm dân vũ", value_max=40),
    F("lên tới 85-90 dB", "85", 85, "measure", "dB", "độ ồn quanh hồ Thiền Quang", value_max=90),
    F("không quá 70 dB", "70", 70, "measure", "dB", "quy chuẩn độ ồn khu dân cư từ 6h đến 21h",
      approx="at_most", optional=True),
    F("khoảng 2.950 câu lạc bộ", "2.950", 2950, "count", "câu lạc bộ", L, END24, approx="about"),
    F("hơn 110.000 thành viên", "110.000", 110000, "count", "thành viên", "thành viên " + L, END24,
      approx="over", change=CH("increase", 1.8, "lần", "năm 2019", approx="nearly")),
    F("nhất (186)", "186", 186, "count", "câu lạc bộ", L, I(END24), location="Hoàng Mai"),
    F("Đông Anh (172)", "172", 172, "count", "câu lạc bộ", L, I(END24), location="Đông Anh"),
    F("Long Biên (165)", "165", 165, "count", "câu lạc bộ", L, I(END24), location="Long Biên"),
    F("62 tuổi", "62", 62, "measure", "tuổi", "tuổi bà Nguyễn Thị Hoa", optional=True),
    F("có 45 hội viên", "45", 45, "count", "hội viên", "hội viên câu lạc bộ ở phường Thành Công"),
    F("đóng 30.000 đồng/tháng", "30.000", 30000, "money", "đồng/tháng", "tiền đóng góp của mỗi hội viên"),
    F("muộn hơn 30 phút", "30", 30, "measure", "phút", "thời gian lùi giờ tập", optional=True),
    F("tiếp nhận 1.276 phản ánh", "1.276", 1276, "count", "phản ánh", "phản ánh về tiếng ồn qua đường dây nóng",
      Y24),
    F("trong đó 38%", "38", 38, "percent", "%", "phản ánh tiếng ồn liên quan đến hoạt động dân vũ", Y24,
      change=CH("increase", 9, "điểm phần trăm", "năm 2023")),
    F("từ 1 đến 160 triệu đồng", "1", 1e6, "money", "đồng", "mức phạt hành vi gây tiếng ồn vượt quy chuẩn",
      value_max=160e6, optional=True),
    F("thí điểm 50 biển báo", "50", 50, "count", "biển báo", "biển báo giới hạn âm lượng lắp đặt thí điểm", Q2,
      status="forecast"),
    F("tại 20 công viên", "20", 20, "count", "công viên, vườn hoa", "công viên, vườn hoa lắp biển báo", Q2,
      status="forecast"),
    F("khoảng 3,5 triệu đồng", "3,5", 3.5e6, "money", "đồng", "giá mỗi biển báo giới hạn âm lượng",
      approx="about", status="forecast"),
]

NOTES = [
    "National newspaper (VnExpress style, 'Chủ nhật, 16/3/2025, 07:30 (GMT+7)'): Hà Nội folk-dance clubs, noise, fees, complaints, signs.",
    "Location Hà Nội; list items with a district get that district (Hoàng Mai, Đông Anh, Long Biên). The headline 'gần 3.000' is its own figure.",
    "'gấp gần 1,8 lần so với năm 2019' follows 110.000 thành viên: its change (unit lần, approx nearly).",
    "'trong đó 38%' is a share with no base amount: a percent figure (no total), its change '+9 điểm phần trăm so với năm 2023'.",
    "Optional: the noise standard 'không quá 70 dB', the legal fine range, the interviewee's age and the quoted 'muộn hơn 30 phút'.",
    "'Dự kiến trong quý II/2025' governs the whole sentence incl. the sign price after ';' -> forecast.",
    "Distractors: 07:30 (GMT+7), 5h sáng, từ 6h đến 21h, Nghị định số 45/2022/NĐ-CP, Chủ nhật.",
]

if __name__ == "__main__":
    write("p909-6", TEXT, FIGS, NOTES, published="2025-03-16", location="Hà Nội")
