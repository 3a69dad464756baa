"""p1300-7: ministry site (Bộ NN&PTNT, Cục Thủy sản): national seed production, 6 months of 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin hoạt động > Thủy sản

Sản xuất giống thủy sản 6 tháng đầu năm 2024: tôm giống tăng, giống hải sản còn thiếu

10/07/2024 | 14:05 | Cục Thủy sản

Theo báo cáo của Cục Thủy sản, 6 tháng đầu năm 2024 cả nước sản xuất được 98,7 tỷ con tôm nước lợ giống, tăng 4,3% so với cùng kỳ năm 2023 và bằng 52% kế hoạch năm. Ninh Thuận tiếp tục dẫn đầu với 22,4 tỷ con, tiếp đến là Bình Thuận 17,9 tỷ con, Bạc Liêu 12,6 tỷ con; Cà Mau xếp thứ tư.

Đối với giống hải sản nuôi biển, trong 6 tháng đầu năm các cơ sở sản xuất được khoảng 2,3 tỷ con giống nhuyễn thể (ốc hương, nghêu, hàu), 65 triệu con cá biển gồm 38 triệu con cá chim vây vàng và 27 triệu con cá mú, cùng 11,5 triệu con hải sâm giống. Riêng cá ngựa, nguồn giống nhân tạo mới đạt khoảng 120.000 con, chủ yếu tại Khánh Hòa và Phú Yên.

Cả nước hiện có 2.173 cơ sở sản xuất, ương dưỡng giống thủy sản nước lợ, mặn, giảm 3,6% so với cuối năm 2023. Qua kiểm tra 412 cơ sở, có 39 cơ sở vi phạm, chiếm 9,5%; cơ quan chức năng đã tiêu hủy hơn 160 triệu con tôm giống không rõ nguồn gốc.

Mục tiêu năm 2024, cả nước sản xuất 190 tỷ con tôm giống, trong đó ít nhất 80% là giống sạch bệnh. Cục Thủy sản dự báo nhu cầu tôm giống quý III tăng 10-15% do vào vụ nuôi chính.

Trụ sở: Số 2 Ngọc Hà, Ba Đình, Hà Nội
Giấy phép số 72/GP-TTĐT do Bộ Thông tin và Truyền thông cấp
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
G24 = per("Mục tiêu năm 2024", "2024-01-01", "2024-12-31")
Q3 = per("quý III", "2024-07-01", "2024-09-30")
SUBJ = "tôm nước lợ giống sản xuất được"
H1b = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")

FIGS = [
    fig("được 98,7 tỷ", "98,7", 98.7e9, "count", "con", percent=52,
        change=chg("increase", 4.3, "%", "cùng kỳ năm 2023"), subject=SUBJ, period=H1),
    fig("với 22,4 tỷ", "22,4", 22.4e9, "count", "con", subject=SUBJ, period=inh(H1), location="Ninh Thuận"),
    fig("Thuận 17,9 tỷ", "17,9", 17.9e9, "count", "con", subject=SUBJ, period=inh(H1), location="Bình Thuận"),
    fig("Liêu 12,6 tỷ", "12,6", 12.6e9, "count", "con", subject=SUBJ, period=inh(H1), location="Bạc Liêu"),
    fig("xếp thứ tư", "tư", 4, "rank", "hạng", subject=SUBJ, period=inh(H1), location="Cà Mau"),
    fig("khoảng 2,3 tỷ", "2,3", 2.3e9, "count", "con", approx="about", subject="con giống nhuyễn thể",
        period=H1b),
    fig("65 triệu con", "65", 65e6, "count", "con", subject="con cá biển giống", period=H1b),
    fig("gồm 38 triệu", "38", 38e6, "count", "con", total=65e6, subject="con cá chim vây vàng giống",
        period=H1b),
    fig("và 27 triệu", "27", 27e6, "count", "con", total=65e6, subject="con cá mú giống", period=H1b),
    fig("cùng 11,5 triệu", "11,5", 11.5e6, "count", "con", subject="hải sâm giống", period=H1b),
    fig("khoảng 120.000 con", "120.000", 120000, "count", "con", approx="about",
        subject="nguồn giống cá ngựa nhân tạo", period=inh(H1)),
    fig("có 2.173 cơ sở", "2.173", 2173, "count", "cơ sở",
        change=chg("decrease", 3.6, "%", "cuối năm 2023"),
        subject="cơ sở sản xuất, ương dưỡng giống thủy sản nước lợ, mặn"),
    fig("kiểm tra 412 cơ sở", "412", 412, "count", "cơ sở", subject="cơ sở được kiểm tra", period=inh(H1)),
    fig("có 39 cơ sở", "39", 39, "count", "cơ sở", percent=9.5, subject="cơ sở vi phạm", period=inh(H1)),
    fig("hơn 160 triệu", "160", 160e6, "count", "con", approx="over",
        subject="tôm giống không rõ nguồn gốc bị tiêu hủy", period=inh(H1)),
    fig("sản xuất 190 tỷ", "190", 190e9, "count", "con", status="target", subject="tôm giống sản xuất",
        period=G24),
    fig("ít nhất 80%", "80", 80, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ giống sạch bệnh", period=G24),
    fig("tăng 10-15%", "10", 10, "percent", "%", value_max=15, status="forecast",
        subject="nhu cầu tôm giống", period=Q3),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): breadcrumb, '10/07/2024 | 14:05 | Cục Thủy sản', address and licence footer.",
    "Distractors: 14:05, 'Số 2 Ngọc Hà', 'Giấy phép số 72/GP-TTĐT', 'năm 2023' baselines; the headline has only a period.",
    "Location Việt Nam; the 'dẫn đầu … tiếp đến là …' list items and the rank 'Cà Mau xếp thứ tư' take their province;",
    "they stand in the sentence after the 6-month one, so their period is inherited.",
    "'bằng 52% kế hoạch năm' is the percent attribute of 98,7 tỷ con; 'tăng 4,3% so với cùng kỳ năm 2023' its change.",
    "Sea seed sentence: year-less 'trong 6 tháng đầu năm' takes 2024 from the earlier period. '65 triệu con cá biển gồm 38 … và 27 …'",
    "→ total 65 triệu. 'Riêng cá ngựa …' and the inspection sentence inherit the 6 months. 'khoảng 120.000 con' is national ('chủ yếu tại Khánh Hòa và Phú Yên' does not make it provincial).",
    "'Qua kiểm tra 412 cơ sở, có 39 cơ sở vi phạm, chiếm 9,5%': no part-of cue in the spec's list, so no total; 9,5 is the percent.",
    "'Mục tiêu năm 2024 … 190 tỷ con …, trong đó ít nhất 80% là giống sạch bệnh' → both target; the 80% is a percent figure of its own.",
    "'dự báo nhu cầu tôm giống quý III tăng 10-15%' → a growth-rate range as the claim: percent, forecast, period quý III 2024.",
]

if __name__ == "__main__":
    write("p1300-7", TEXT, NOTES, FIGS, published="2024-07-10", location="Việt Nam")
