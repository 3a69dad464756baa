"""p698-5: Party newspaper (Báo Bình Định), autism screening and early intervention, 2023."""
from lib import fig, period, inh, change, write

TEXT = """BÁO BÌNH ĐỊNH - Xã hội

Số trẻ tự kỷ được phát hiện tăng gần 30%

(BĐ) - Năm 2023, Bệnh viện Đa khoa tỉnh Bình Định đã khám, sàng lọc cho 2.845 lượt trẻ có dấu hiệu chậm phát triển, phát hiện 693 trẻ mắc rối loạn phổ tự kỷ, tăng 29,6% so với năm 2022.

Theo BS.CKII Nguyễn Thị Hồng Vân, Trưởng khoa Phục hồi chức năng, trong số trẻ được chẩn đoán, nhóm từ 18 đến 36 tháng tuổi chiếm khoảng 45%; số trẻ trai gấp khoảng 4 lần trẻ gái. Hiện khoa đang can thiệp cho 126 trẻ, mỗi trẻ học 2 buổi/ngày, chi phí từ 3 đến 4,5 triệu đồng/tháng.

"Nhiều phụ huynh đưa con đến khi trẻ đã lớn, bỏ lỡ giai đoạn vàng để can thiệp", bác sĩ Vân chia sẻ.

Toàn tỉnh hiện có 14 cơ sở can thiệp sớm cho trẻ tự kỷ, trong đó 3 cơ sở công lập. Các cơ sở tập trung chủ yếu ở TP Quy Nhơn (8 cơ sở), thị xã An Nhơn (2 cơ sở) và huyện Tuy Phước (2 cơ sở); nhiều huyện miền núi như An Lão, Vĩnh Thạnh chưa có cơ sở nào.

Năm 2024, Sở Lao động - Thương binh và Xã hội dự kiến dành 1,2 tỷ đồng để đào tạo 60 giáo viên can thiệp sớm. Tỉnh phấn đấu đến năm 2025, 100% trẻ tự kỷ được phát hiện sớm được tiếp cận dịch vụ can thiệp phù hợp.

Phụ huynh có thể đưa trẻ đến khám tại Khoa Phục hồi chức năng (số 106 Nguyễn Huệ, TP Quy Nhơn) hoặc gọi đường dây nóng 0256.3822.401.

HOÀI THU

05/04/2024
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
C = "cơ sở can thiệp sớm cho trẻ tự kỷ"

FIGS = [
    fig("tăng gần 30%", "30", 30, "percent", "%", "số trẻ tự kỷ được phát hiện", inh(Y23), approx="nearly"),
    fig("2.845 lượt", "2.845", 2845, "count", "lượt trẻ", "lượt trẻ có dấu hiệu chậm phát triển được khám, sàng lọc",
        Y23),
    fig("693 trẻ", "693", 693, "count", "trẻ", "trẻ mắc rối loạn phổ tự kỷ được phát hiện", Y23,
        change=change("increase", 29.6, "%", "năm 2022")),
    fig("từ 18 đến 36 tháng tuổi", "18", 18, "measure", "tháng tuổi", value_max=36, optional=True),
    fig("khoảng 45%", "45", 45, "percent", "%", "nhóm trẻ từ 18 đến 36 tháng tuổi trong số trẻ được chẩn đoán",
        approx="about"),
    fig("gấp khoảng 4 lần", "4", 4, "multiple", "lần", "số trẻ trai so với trẻ gái", approx="about"),
    fig("cho 126 trẻ", "126", 126, "count", "trẻ", "trẻ đang được can thiệp"),
    fig("2 buổi/ngày", "2", 2, "measure", "buổi/ngày", "thời lượng học của mỗi trẻ"),
    fig("từ 3 đến 4,5 triệu", "3", 3e6, "money", "đồng/tháng", "chi phí can thiệp", value_max=4.5e6),
    fig("có 14 cơ sở", "14", 14, "count", "cơ sở", C),
    fig("3 cơ sở công lập", "3", 3, "count", "cơ sở", C + " công lập", total=14),
    fig("Quy Nhơn (8 cơ sở)", "8", 8, "count", "cơ sở", C, location="Quy Nhơn"),
    fig("An Nhơn (2 cơ sở)", "2", 2, "count", "cơ sở", C, location="An Nhơn"),
    fig("Tuy Phước (2 cơ sở)", "2", 2, "count", "cơ sở", C, location="Tuy Phước"),
    fig("dành 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "kinh phí đào tạo giáo viên can thiệp sớm", Y24,
        status="forecast"),
    fig("đào tạo 60 giáo viên", "60", 60, "count", "giáo viên", "giáo viên can thiệp sớm được đào tạo", Y24,
        status="forecast"),
    fig("100% trẻ", "100", 100, "percent", "%", "trẻ tự kỷ được phát hiện sớm được tiếp cận dịch vụ can thiệp",
        period("đến năm 2025", end="2025-12-31"), status="target"),
]

NOTES = [
    "Báo Bình Định (Party newspaper): autism screening at the provincial hospital in 2023, intervention costs, facilities by district, plans.",
    "Byline 'HOÀI THU' and a bare date '05/04/2024' at the end (published). Location Bình Định (named; also the '(BĐ)' tag).",
    "Not figures: 'BS.CKII', 'số 106 Nguyễn Huệ', 0256.3822.401. The headline 'tăng gần 30%' is a growth rate as the claim",
    "(percent, no change); in the body 'tăng 29,6% so với năm 2022' is the change of 693 trẻ.",
    "'gấp khoảng 4 lần' standing alone (boys vs girls) is a multiple. '18 đến 36 tháng tuổi' is an age bracket: optional.",
    "District list (8 + 2 + 2 = 12, not the 14 of the previous sentence) has no part-of cue: no total; districts -> location.",
    "'dự kiến dành 1,2 tỷ đồng để đào tạo 60 giáo viên' -> both forecast; 'phấn đấu đến năm 2025' -> target.",
]

if __name__ == "__main__":
    write("p698-5", TEXT, NOTES, FIGS, published="2024-04-05", location="Bình Định")
