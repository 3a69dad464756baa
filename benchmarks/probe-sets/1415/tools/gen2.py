"""p1415-2: district portal (huyện Hải Hậu, Nam Định): support for children with rare diseases, vial cost, 2025 plans."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI HẬU - TỈNH NAM ĐỊNH
Trang chủ | Tin tức - Sự kiện | Văn hóa - Xã hội | Thủ tục hành chính

Hải Hậu: Hỗ trợ trẻ em mắc bệnh hiếm, bệnh máu khó đông
14/11/2024 - 08:45

Ngày 13/11, Hội Chữ thập đỏ huyện phối hợp với Trung tâm Y tế huyện trao 46 suất quà cho trẻ em mắc bệnh hiếm, bệnh máu khó đông trên địa bàn, mỗi suất 2 triệu đồng.

Theo Trung tâm Y tế huyện, toàn huyện hiện có 63 trẻ mắc các bệnh hiếm như thalassemia, hemophilia, teo cơ tủy (SMA), rối loạn chuyển hóa bẩm sinh…, trong đó 21 trẻ mắc hemophilia. 100% trẻ mắc bệnh hiếm đã được cấp thẻ BHYT miễn phí.

Từ đầu năm đến nay, các nhà hảo tâm, doanh nghiệp đã ủng hộ Quỹ Bảo trợ trẻ em huyện hơn 1,2 tỷ đồng, tăng 15% so với cùng kỳ năm 2023. Riêng Công ty TNHH Thủy sản Thịnh Cường ủng hộ 150 triệu đồng.

Bà Vũ Thị Hạnh, Phó Giám đốc Trung tâm Y tế huyện cho biết, mỗi tháng một trẻ hemophilia thể nặng cần tiêm từ 8 đến 12 lọ yếu tố VIII, giá khoảng 3,5 triệu đồng/lọ; nếu không có BHYT, gia đình phải chi gần ba chục triệu đồng mỗi tháng.

Năm 2025, huyện phấn đấu 95% trẻ sơ sinh được sàng lọc sơ sinh; dự kiến tổ chức hai đợt khám sàng lọc bệnh máu khó đông cho khoảng 1.500 học sinh tại 12 xã, thị trấn ven biển.

Nguồn: Trung tâm Văn hóa, Thể thao và Truyền thông huyện

Tin khác:
- Hải Hậu ra quân Tháng hành động vì người cao tuổi năm 2024
- Xã Hải Minh tổ chức Ngày hội Đại đoàn kết toàn dân tộc

Địa chỉ: Khu 4, thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định
Điện thoại: 0228.3877.215
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-11-14")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("trao 46 suất", "46", 46, "count", "suất",
        subject="suất quà trao cho trẻ em mắc bệnh hiếm, bệnh máu khó đông"),
    fig("mỗi suất 2 triệu", "2", 2e6, "money", "đồng/suất", subject="giá trị mỗi suất quà"),
    fig("có 63 trẻ", "63", 63, "count", "trẻ", subject="trẻ mắc các bệnh hiếm"),
    fig("trong đó 21 trẻ", "21", 21, "count", "trẻ", total=63, subject="trẻ mắc hemophilia"),
    fig("100% trẻ", "100", 100, "percent", "%",
        subject="trẻ mắc bệnh hiếm được cấp thẻ BHYT miễn phí"),
    fig("hơn 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="over",
        change=chg("increase", 15, "%", "cùng kỳ năm 2023"),
        subject="nhà hảo tâm, doanh nghiệp ủng hộ Quỹ Bảo trợ trẻ em huyện", period=YTD),
    fig("ủng hộ 150 triệu", "150", 150e6, "money", "đồng",
        subject="Công ty TNHH Thủy sản Thịnh Cường ủng hộ", period=inh(YTD)),
    fig("từ 8 đến 12 lọ", "8", 8, "measure", "lọ/tháng", value_max=12,
        subject="lọ yếu tố VIII một trẻ hemophilia thể nặng cần tiêm mỗi tháng"),
    fig("khoảng 3,5 triệu", "3,5", 3.5e6, "money", "đồng/lọ", approx="about",
        subject="giá yếu tố VIII"),
    fig("gần ba chục triệu", "ba chục", 30e6, "money", "đồng/tháng", approx="nearly",
        subject="chi phí gia đình phải chi nếu không có BHYT"),
    fig("phấn đấu 95%", "95", 95, "percent", "%", status="target",
        subject="trẻ sơ sinh được sàng lọc sơ sinh", period=Y25),
    fig("hai đợt", "hai", 2, "count", "đợt", status="forecast",
        subject="đợt khám sàng lọc bệnh máu khó đông", period=Y25),
    fig("khoảng 1.500 học sinh", "1.500", 1500, "count", "học sinh", approx="about", status="forecast",
        subject="học sinh được khám sàng lọc bệnh máu khó đông", period=Y25),
    fig("tại 12 xã", "12", 12, "count", "xã, thị trấn", status="forecast",
        subject="xã, thị trấn ven biển tổ chức khám sàng lọc", period=Y25),
]

NOTES = [
    "District portal (huyện Hải Hậu, Nam Định): banner naming the district, '14/11/2024 - 08:45' under the headline, 'Tin khác', footer.",
    "Distractors: 'Ngày 13/11', 08:45, 'yếu tố VIII', 'Khu 4' (address), phone 0228.3877.215, 'năm 2024' in a link.",
    "All figures are the district's (location Hải Hậu). 'Ngày 13/11' only dates the event: no period for 46 suất.",
    "'mỗi suất', 'mỗi tháng', '/lọ' are rate denominators in the unit ('đồng/suất', 'lọ/tháng', 'đồng/lọ', 'đồng/tháng').",
    "'gần ba chục triệu đồng' = 30 000 000 (number word 'ba chục'), nearly. 'Riêng Công ty …' is not a part-of cue: no total.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-11-14. 'phấn đấu' → target; 'dự kiến' clause → forecast (năm 2025).",
]

if __name__ == "__main__":
    write("p1415-2", TEXT, NOTES, FIGS, published="2024-11-14", location="Hải Hậu")
