"""p1267-3: ministry site (Bộ NN&PTNT, Cục Trồng trọt): national hydroponic / substrate area, yields, costs, 2030 target."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Trồng trọt

Rau thủy canh, trồng trên giá thể: hướng đi cho nông nghiệp đô thị

12/10/2023 | 15:02 | Cục Trồng trọt

Theo Cục Trồng trọt, đến hết tháng 9/2023, cả nước có khoảng 1.950 ha rau, quả trồng thủy canh và trên giá thể, tăng gần 12% so với cùng kỳ năm 2022. Diện tích tập trung chủ yếu tại Lâm Đồng (khoảng 1.100 ha), Hà Nội (185 ha) và TP Hồ Chí Minh (160 ha); Lâm Đồng đứng thứ nhất cả nước về diện tích và giá trị.

Năng suất rau thủy canh đạt 60-80 tấn/ha/năm; lượng nước tưới giảm 70-80% so với trồng trên đất. Giá trị sản xuất bình quân đạt trên 800 triệu đồng/ha/năm, nhiều mô hình đạt 2-3 tỷ đồng/ha/năm. Tuy nhiên, chi phí đầu tư ban đầu còn cao, từ 1,2 đến 1,5 tỷ đồng/ha nhà màng, và gần 70% dung dịch dinh dưỡng, giá thể phải nhập khẩu.

Thực hiện Quyết định số 150/QĐ-TTg ngày 28/01/2022 của Thủ tướng Chính phủ, mục tiêu đến năm 2030, diện tích rau ứng dụng công nghệ cao đạt khoảng 10.000 ha, trong đó thủy canh, khí canh và giá thể chiếm khoảng 25%. Năm 2024, Cục dự kiến tổ chức 6 lớp tập huấn cho khoảng 300 cán bộ khuyến nông và chủ trang trại.

Bản quyền thuộc Bộ Nông nghiệp và Phát triển nông thôn
Địa chỉ: Số 2 Ngọc Hà, quận Ba Đình, Hà Nội
Điện thoại: 024.3845.9670
"""

ASOF = per("đến hết tháng 9/2023", None, "2023-09-30")
T30 = per("đến năm 2030", None, "2030-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
AREA = "diện tích rau, quả trồng thủy canh và trên giá thể"

FIGS = [
    fig("khoảng 1.950 ha", "1.950", 1950, "measure", "ha", approx="about",
        change=chg("increase", 12, "%", "cùng kỳ năm 2022", approx="nearly"), subject=AREA, period=ASOF),
    fig("Lâm Đồng (khoảng 1.100 ha)", "1.100", 1100, "measure", "ha", approx="about", subject=AREA,
        period=inh(ASOF), location="Lâm Đồng"),
    fig("Hà Nội (185 ha)", "185", 185, "measure", "ha", subject=AREA, period=inh(ASOF), location="Hà Nội"),
    fig("TP Hồ Chí Minh (160 ha)", "160", 160, "measure", "ha", subject=AREA, period=inh(ASOF),
        location="TP Hồ Chí Minh"),
    fig("đứng thứ nhất", "nhất", 1, "rank", "hạng", subject="diện tích và giá trị",
        period=inh(ASOF), location="Lâm Đồng"),
    fig("đạt 60-80 tấn", "60", 60, "measure", "tấn/ha/năm", value_max=80, subject="năng suất rau thủy canh"),
    fig("giảm 70-80%", "70", 70, "percent", "%", value_max=80, subject="lượng nước tưới"),
    fig("trên 800 triệu", "800", 800e6, "money", "đồng/ha/năm", approx="over",
        subject="giá trị sản xuất bình quân"),
    fig("đạt 2-3 tỷ", "2", 2e9, "money", "đồng/ha/năm", value_max=3e9,
        subject="giá trị sản xuất của nhiều mô hình"),
    fig("từ 1,2 đến 1,5 tỷ", "1,2", 1.2e9, "money", "đồng/ha", value_max=1.5e9,
        subject="chi phí đầu tư ban đầu nhà màng"),
    fig("gần 70%", "70", 70, "percent", "%", approx="nearly",
        subject="tỷ lệ dung dịch dinh dưỡng, giá thể phải nhập khẩu"),
    fig("khoảng 10.000 ha", "10.000", 10000, "measure", "ha", approx="about", status="target",
        subject="diện tích rau ứng dụng công nghệ cao", period=T30),
    fig("khoảng 25%", "25", 25, "percent", "%", approx="about", status="target",
        subject="tỷ lệ thủy canh, khí canh và giá thể trong diện tích rau ứng dụng công nghệ cao", period=T30),
    fig("tổ chức 6 lớp", "6", 6, "count", "lớp", status="forecast",
        subject="lớp tập huấn Cục tổ chức", period=Y24),
    fig("khoảng 300 cán bộ", "300", 300, "count", "cán bộ", approx="about", status="forecast",
        subject="cán bộ khuyến nông và chủ trang trại được tập huấn", period=Y24),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): breadcrumb, '12/10/2023 | 15:02 | Cục Trồng trọt', copyright and address footer. National figures: Việt Nam.",
    "'đến hết tháng 9/2023' is an as-of date (start null). The list 'tập trung chủ yếu tại Lâm Đồng (khoảng 1.100 ha), Hà Nội (...), TP HCM (...)'",
    "shares the indicator; places go to location; 'tập trung chủ yếu tại' is no part-of-whole cue, so no total (the items do not add up).",
    "'đứng thứ nhất cả nước' → rank 1 (number word 'nhất'), location Lâm Đồng; 'cả nước' is the field of the ranking.",
    "'lượng nước tưới giảm 70-80%' names its own indicator: a percent figure (range), not a change of the yield before ';'.",
    "General statements on yield, value, cost and imports carry no period. 'mục tiêu đến năm 2030' governs both clauses (target).",
    "'Năm 2024, Cục dự kiến ...' → forecast for both counts.",
    "Distractors: 15:02, Quyết định số 150/QĐ-TTg ngày 28/01/2022, 'Số 2 Ngọc Hà', phone 024.3845.9670.",
]

if __name__ == "__main__":
    write("p1267-3", TEXT, NOTES, FIGS, published="2023-10-12", location="Việt Nam")
