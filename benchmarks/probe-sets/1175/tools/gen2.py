"""p1175-2: district portal (huyện Chợ Mới, An Giang): bến đò ngang, 6 tháng đầu năm 2024, a busy landing."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CHỢ MỚI - TỈNH AN GIANG
Trang chủ / Tin tức / Kinh tế - Xã hội

Chợ Mới: Siết chặt an toàn tại các bến đò ngang

Ngày đăng: 05/08/2024 - 14:30

Là huyện cù lao với sông rạch chằng chịt, Chợ Mới hiện có 37 bến đò ngang với 112 phương tiện và 126 người lái, trong đó 118 người đã có chứng chỉ chuyên môn, đạt 93,7%. Toàn huyện còn 5 bến chưa được cấp phép do cầu dẫn xuống cấp.

6 tháng đầu năm, Phòng Kinh tế và Hạ tầng phối hợp Công an huyện kiểm tra 58 lượt bến, nhắc nhở 23 trường hợp, lập biên bản xử phạt 11 trường hợp với tổng số tiền 19,5 triệu đồng, tăng 4 trường hợp so với cùng kỳ năm 2023.

Bến đò Kiến An - Mỹ Hội Đông ở xã Kiến An là một trong những bến đông khách nhất huyện, mỗi ngày đưa đón khoảng 1.500 lượt khách, trong đó hơn 400 lượt học sinh. Chủ bến là ông Nguyễn Văn Sáu cho biết bến có hai phà nhỏ và bốn đò máy, bố trí 9 người lái thay phiên từ 4 giờ 30 đến 21 giờ. Năm 2023, ông đầu tư 350 triệu đồng đóng mới một phà sắt, trang bị thêm 60 áo phao và 8 phao tròn cứu sinh. Giá vé hiện là 2.000 đồng/người, 5.000 đồng/xe máy.

Để giảm tải cho các bến, tỉnh đang xây dựng cầu Ông Chưởng với tổng vốn hơn 530 tỷ đồng, dự kiến hoàn thành trong quý II/2025. Đến cuối năm 2024, huyện phấn đấu cấp phép cho toàn bộ 5 bến còn lại và tổ chức 3 lớp tập huấn kỹ năng cứu nạn cho khoảng 150 người lái, chủ bến.

Minh Thư (Trung tâm VH-TT&TT huyện)
"""

H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
EOY = per("Đến cuối năm 2024", None, "2024-12-31")
LANDING = "bến đò Kiến An - Mỹ Hội Đông"

FIGS = [
    fig("có 37 bến", "37", 37, "count", "bến đò ngang", subject="bến đò ngang"),
    fig("112 phương tiện", "112", 112, "count", "phương tiện", subject="phương tiện của các bến đò ngang"),
    fig("126 người lái", "126", 126, "count", "người lái", subject="người lái phương tiện của các bến đò ngang"),
    fig("118 người", "118", 118, "count", "người", total=126, percent=93.7,
        subject="người lái đã có chứng chỉ chuyên môn"),
    fig("còn 5 bến", "5", 5, "count", "bến", subject="bến chưa được cấp phép"),
    fig("58 lượt bến", "58", 58, "count", "lượt bến", subject="lượt bến được kiểm tra", period=H1),
    fig("23 trường hợp", "23", 23, "count", "trường hợp", subject="trường hợp bị nhắc nhở", period=H1),
    fig("xử phạt 11 trường hợp", "11", 11, "count", "trường hợp",
        change=chg("increase", 4, "trường hợp", "cùng kỳ năm 2023"),
        subject="trường hợp bị lập biên bản xử phạt", period=H1),
    fig("19,5 triệu", "19,5", 19500000, "money", "đồng", subject="tổng số tiền xử phạt", period=H1),
    fig("khoảng 1.500 lượt", "1.500", 1500, "measure", "lượt khách/ngày", approx="about",
        subject=f"lượt khách {LANDING} đưa đón mỗi ngày"),
    fig("hơn 400 lượt", "400", 400, "measure", "lượt học sinh/ngày", approx="over", total=1500,
        subject=f"lượt học sinh {LANDING} đưa đón mỗi ngày"),
    fig("hai phà nhỏ", "hai", 2, "count", "phà nhỏ", subject=f"phà nhỏ của {LANDING}"),
    fig("bốn đò máy", "bốn", 4, "count", "đò máy", subject=f"đò máy của {LANDING}"),
    fig("9 người lái", "9", 9, "count", "người lái", subject=f"người lái thay phiên của {LANDING}"),
    fig("350 triệu", "350", 350000000, "money", "đồng", subject="vốn chủ bến đầu tư đóng mới phà sắt", period=Y23),
    fig("một phà sắt", "một", 1, "count", "phà sắt", subject="phà sắt đóng mới", period=Y23, optional=True),
    fig("60 áo phao", "60", 60, "count", "áo phao", subject=f"áo phao trang bị thêm cho {LANDING}", period=Y23),
    fig("8 phao tròn", "8", 8, "count", "phao tròn cứu sinh", subject=f"phao tròn cứu sinh trang bị thêm cho {LANDING}",
        period=Y23),
    fig("2.000 đồng/người", "2.000", 2000, "money", "đồng/người", subject=f"giá vé {LANDING}"),
    fig("5.000 đồng/xe máy", "5.000", 5000, "money", "đồng/xe máy", subject=f"giá vé {LANDING} cho xe máy"),
    fig("hơn 530 tỷ", "530", 530000000000, "money", "đồng", approx="over",
        subject="tổng vốn xây dựng cầu Ông Chưởng"),
    fig("toàn bộ 5 bến", "5", 5, "count", "bến", status="target", subject="bến còn lại được cấp phép",
        period=EOY, optional=True),
    fig("3 lớp", "3", 3, "count", "lớp", status="target", subject="lớp tập huấn kỹ năng cứu nạn", period=EOY),
    fig("khoảng 150 người", "150", 150, "count", "người lái, chủ bến", approx="about", status="target",
        subject="người lái, chủ bến được tập huấn kỹ năng cứu nạn", period=EOY),
]

NOTES = [
    "District portal (huyện Chợ Mới, An Giang): 'Ngày đăng: 05/08/2024 - 14:30', byline at the end. Default location Chợ Mới (district).",
    "Distractors: time 14:30, '4 giờ 30 đến 21 giờ' (opening hours), 'quý II/2025' (completion date), the owner's name 'Nguyễn Văn Sáu' (sáu = six),",
    "'Trung tâm VH-TT&TT', 'một trong những bến' (not a count). Year-less '6 tháng đầu năm' takes 2024 from the dateline.",
    "'tăng 4 trường hợp so với cùng kỳ' is the change of 11 trường hợp (same unit), across the money clause in between.",
    "118 follows 'trong đó' after 126 người lái: total 126. 'còn 5 bến' has no part-of cue: no total. 'mỗi ngày ... lượt khách' → rate (measure).",
    "'toàn bộ 5 bến còn lại' refers back to the 5 bến already counted (optional); 'một phà sắt' may be read as an article (optional).",
    "'tổng vốn hơn 530 tỷ đồng' is actual: 'dự kiến' governs the completion clause only.",
]

if __name__ == "__main__":
    write("p1175-2", TEXT, NOTES, FIGS, published="2024-08-05", location="Chợ Mới")
