"""p505-4: ministry site (Bộ NN&PTNT) — national rural clean water 2023, provinces, investment, 2025/2030 targets."""
from lib import emit, fig, per, inh, ch, tg

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ » Tin tức » Thủy lợi

Năm 2023: 57,2% dân số nông thôn được sử dụng nước sạch đạt quy chuẩn

16/01/2024 | 14:30

Ngày 15/01, tại Hà Nội, Cục Thủy lợi tổ chức hội nghị tổng kết công tác cấp nước sạch nông thôn năm 2023, triển khai nhiệm vụ năm 2024.

Theo báo cáo, đến hết năm 2023, cả nước có khoảng 18.300 công trình cấp nước tập trung nông thôn; tỷ lệ dân số nông thôn sử dụng nước hợp vệ sinh đạt 98,1%, tỷ lệ sử dụng nước sạch đạt quy chuẩn là 57,2%, tăng 2,3% so với năm 2022.

Tổng công suất thiết kế các công trình khoảng 2,75 triệu m³/ngày đêm. Tuy nhiên, công suất khai thác thực tế bình quân mới đạt khoảng 68% công suất thiết kế; có 2.160 công trình hoạt động kém hiệu quả hoặc ngừng hoạt động, chiếm 11,8%.

Một số địa phương có tỷ lệ sử dụng nước sạch đạt quy chuẩn cao như Hà Nam (91,5%), Bình Dương (88,2%), Thái Bình (85,7%); thấp nhất là Hà Giang (21,4%) và Lai Châu (23,8%).

Giai đoạn 2021-2023, tổng vốn đầu tư cho cấp nước sạch nông thôn đạt gần 11.450 tỷ đồng, trong đó vốn ngân sách nhà nước khoảng 6.870 tỷ đồng, chiếm 60%; vốn doanh nghiệp và xã hội hóa hơn 4.580 tỷ đồng.

Theo Chiến lược quốc gia cấp nước sạch và vệ sinh nông thôn đến năm 2030, tầm nhìn đến năm 2045 (Quyết định số 1978/QĐ-TTg), phấn đấu đến năm 2025 có 65% dân số nông thôn sử dụng nước sạch đạt quy chuẩn với mức tối thiểu 60 lít/người/ngày; đến năm 2030 tỷ lệ này đạt 80%.

Phát biểu kết luận, Thứ trưởng đề nghị các địa phương rà soát, sắp xếp lại mô hình quản lý, ưu tiên giao doanh nghiệp có năng lực quản lý các công trình.

Cục Thủy lợi - Số 2 Ngọc Hà, Ba Đình, Hà Nội. ĐT: 024.3733.5697
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = per("đến hết năm 2023", None, "2023-12-31")
G = per("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
LIST = "tỷ lệ sử dụng nước sạch đạt quy chuẩn"

FIGS = [
    fig("Năm 2023: 57,2%", "57,2", 57.2, "percent", "%", "dân số nông thôn được sử dụng nước sạch đạt quy chuẩn", Y23),
    fig("khoảng 18.300 công trình", "18.300", 18300, "count", "công trình", "công trình cấp nước tập trung nông thôn", ASOF,
        approx="about"),
    fig("đạt 98,1%", "98,1", 98.1, "percent", "%", "tỷ lệ dân số nông thôn sử dụng nước hợp vệ sinh", ASOF),
    fig("là 57,2%", "57,2", 57.2, "percent", "%", "tỷ lệ sử dụng nước sạch đạt quy chuẩn", ASOF,
        change=ch("increase", 2.3, baseline="năm 2022")),
    fig("khoảng 2,75 triệu m³/ngày đêm", "2,75", 2.75e6, "measure", "m³/ngày đêm", "tổng công suất thiết kế các công trình",
        inh(ASOF), approx="about"),
    fig("khoảng 68%", "68", 68, "percent", "%", "công suất khai thác thực tế bình quân so với công suất thiết kế",
        inh(ASOF), approx="about"),
    fig("có 2.160 công trình", "2.160", 2160, "count", "công trình", "công trình hoạt động kém hiệu quả hoặc ngừng hoạt động",
        inh(ASOF), percent=11.8),
    fig("(91,5%)", "91,5", 91.5, "percent", "%", LIST, inh(ASOF), location="Hà Nam"),
    fig("(88,2%)", "88,2", 88.2, "percent", "%", LIST, inh(ASOF), location="Bình Dương"),
    fig("(85,7%)", "85,7", 85.7, "percent", "%", LIST, inh(ASOF), location="Thái Bình"),
    fig("(21,4%)", "21,4", 21.4, "percent", "%", LIST, inh(ASOF), location="Hà Giang"),
    fig("(23,8%)", "23,8", 23.8, "percent", "%", LIST, inh(ASOF), location="Lai Châu"),
    fig("gần 11.450 tỷ đồng", "11.450", 11450e9, "money", "đồng", "tổng vốn đầu tư cho cấp nước sạch nông thôn", G,
        approx="nearly"),
    fig("khoảng 6.870 tỷ đồng", "6.870", 6870e9, "money", "đồng", "vốn ngân sách nhà nước", G,
        approx="about", total=11450e9, percent=60),
    fig("hơn 4.580 tỷ đồng", "4.580", 4580e9, "money", "đồng", "vốn doanh nghiệp và xã hội hóa", G,
        approx="over", total=11450e9),
    fig("có 65% dân số", "65", 65, "percent", "%", "dân số nông thôn sử dụng nước sạch đạt quy chuẩn", T25, status="target"),
    fig("tối thiểu 60 lít/người/ngày", "60", 60, "measure", "lít/người/ngày", "mức sử dụng nước sạch tối thiểu", T25,
        approx="at_least", status="target"),
    fig("đạt 80%", "80", 80, "percent", "%", "tỷ lệ dân số nông thôn sử dụng nước sạch đạt quy chuẩn", T30, status="target"),
]

COMMENTS = [
    "Ministry site (invented, Bộ NN&PTNT / Cục Thủy lợi): national rural water supply 2023; '16/01/2024 | 14:30' dateline. National: Việt Nam.",
    "Not figures: 'Ngày 15/01', 'năm 2024', 'tầm nhìn đến năm 2045', Quyết định số 1978/QĐ-TTg, 'Số 2 Ngọc Hà', phone 024.3733.5697.",
    "Headline 'Năm 2023: 57,2%' takes the year; the body 'đến hết năm 2023' is an as-of date (start null).",
    "'tăng 2,3% so với năm 2022' is the change of the 57,2% level. 'chiếm 11,8%' is the share of 2.160 công trình (no stated whole: no total).",
    "'khoảng 68% công suất thiết kế' is a percent figure of its own (its subject is the actual output, not the 2,75 triệu capacity).",
    "6.870 + 4.580 = 11.450 tỷ after 'trong đó': both get total 11.450 tỷ; 'chiếm 60%' is the share of 6.870 tỷ.",
    "Province list: location = province, subject = the list's indicator; periods inherited from the lead. 2025 and 2030 values are targets.",
]

if __name__ == "__main__":
    emit("p505-4", TEXT, COMMENTS, FIGS, published="2024-01-16", location="Việt Nam")
