"""p1453-5: provincial Party newspaper (Báo Bắc Giang, tag BGĐT): an FDI bottle factory in thị xã Việt Yên."""
from lib import fig, period, inherit, change, target, write

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Kinh tế > Doanh nghiệp

Nhà máy bình giữ nhiệt ở Việt Yên tăng tốc đơn hàng cuối năm

Thứ Năm, 21/11/2024 07:30

(BGĐT) - Từ đầu năm đến nay, Công ty TNHH Gia dụng Ánh Dương Vina tại Khu công nghiệp Quang Châu (thị xã Việt Yên) đã xuất khẩu gần 4,8 triệu sản phẩm bình, cốc giữ nhiệt, tăng 2,1 lần so với cùng kỳ.

Nhà máy có tổng vốn đầu tư 32 triệu USD, công suất thiết kế 7 triệu sản phẩm/năm. Sản phẩm chủ lực là dòng bình AD-500 và cốc AD-750 xuất sang Nhật Bản, Hàn Quốc. Hiện công ty có 1.460 lao động, trong đó lao động nữ chiếm gần 68%; thu nhập bình quân đạt 9,6 triệu đồng/người/tháng, cao hơn 9% so với năm 2023.

Theo đại diện doanh nghiệp, 10 tháng năm 2024 doanh thu đạt 41,2 triệu USD, bằng 86% kế hoạch năm. Dự kiến cả năm công ty xuất khẩu khoảng 5,6 triệu sản phẩm, doanh thu 48-50 triệu USD, nộp ngân sách khoảng 15 tỷ đồng. Giai đoạn 2025-2027, doanh nghiệp dự kiến đầu tư thêm 3 dây chuyền, nâng công suất lên 10 triệu sản phẩm/năm.

Toàn tỉnh hiện có 6 dự án sản xuất đồ gia dụng giữ nhiệt với tổng vốn đầu tư khoảng 118 triệu USD, giải quyết việc làm cho hơn 4.000 lao động. Ánh Dương Vina hiện đứng thứ hai toàn tỉnh về kim ngạch xuất khẩu nhóm hàng này.

Ông Lê Minh Tuấn, Phó Trưởng ban Quản lý các khu công nghiệp tỉnh cho biết, ban sẽ tiếp tục hỗ trợ doanh nghiệp tuyển dụng lao động, nhất là trong các tháng cao điểm cuối năm.

Hà Linh
"""

YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-11-21")
M10 = period("10 tháng năm 2024", "2024-01-01", "2024-10-31")
Y24 = period("cả năm", "2024-01-01", "2024-12-31")
P2527 = period("Giai đoạn 2025-2027", "2025-01-01", "2027-12-31")
VY = "Việt Yên"

FIGS = [
    fig("gần 4,8 triệu", "4,8", 4.8e6, "count", "sản phẩm", approx="nearly",
        change=change("increase", 2.1, "lần", "cùng kỳ"),
        subject="sản phẩm bình, cốc giữ nhiệt Công ty TNHH Gia dụng Ánh Dương Vina xuất khẩu", period=YTD,
        location=VY),
    fig("tư 32 triệu", "32", 32e6, "money", "USD", subject="tổng vốn đầu tư nhà máy", location=VY),
    fig("thiết kế 7 triệu", "7", 7e6, "measure", "sản phẩm/năm", subject="công suất thiết kế", location=VY),
    fig("có 1.460 lao động", "1.460", 1460, "count", "lao động", subject="lao động của công ty", location=VY),
    fig("gần 68%", "68", 68, "percent", "%", approx="nearly", subject="tỷ lệ lao động nữ", location=VY),
    fig("đạt 9,6 triệu", "9,6", 9.6e6, "money", "đồng/người/tháng",
        change=change("increase", 9, "%", "năm 2023"), subject="thu nhập bình quân", location=VY),
    fig("đạt 41,2 triệu", "41,2", 41.2e6, "money", "USD", percent=86,
        subject="doanh thu", period=M10, location=VY),
    fig("khoảng 5,6 triệu", "5,6", 5.6e6, "count", "sản phẩm", approx="about", status="forecast",
        subject="sản phẩm công ty xuất khẩu", period=Y24, location=VY),
    fig("doanh thu 48-50 triệu", "48", 48e6, "money", "USD", value_max=50e6, status="forecast",
        subject="doanh thu", period=Y24, location=VY),
    fig("khoảng 15 tỷ", "15", 15e9, "money", "đồng", approx="about", status="forecast",
        subject="nộp ngân sách", period=Y24, location=VY),
    fig("thêm 3 dây chuyền", "3", 3, "count", "dây chuyền", status="forecast",
        subject="dây chuyền doanh nghiệp đầu tư thêm", period=P2527, location=VY),
    fig("lên 10 triệu", "10", 10e6, "measure", "sản phẩm/năm", status="forecast",
        subject="công suất", period=P2527, location=VY),
    fig("có 6 dự án", "6", 6, "count", "dự án", subject="dự án sản xuất đồ gia dụng giữ nhiệt"),
    fig("khoảng 118 triệu", "118", 118e6, "money", "USD", approx="about",
        subject="tổng vốn đầu tư các dự án sản xuất đồ gia dụng giữ nhiệt"),
    fig("hơn 4.000 lao động", "4.000", 4000, "count", "lao động", approx="over",
        subject="lao động được giải quyết việc làm"),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng",
        subject="kim ngạch xuất khẩu nhóm hàng này của Ánh Dương Vina", location=VY),
]

NOTES = [
    "Provincial Party newspaper (Báo Bắc Giang): section, headline, 'Thứ Năm, 21/11/2024 07:30', tag '(BGĐT) -' with the sapo, byline at the end.",
    "Distractors: 07:30, 'Khu công nghiệp Quang Châu', product names 'AD-500' and 'AD-750' (digits that look like ml), the byline.",
    "The company passage is in thị xã Việt Yên: location Việt Yên; the province's 6 projects paragraph: Bắc Giang (default).",
    "'tăng 2,1 lần so với cùng kỳ' → change in lần on 4,8 triệu. 'Từ đầu năm đến nay' ends at the dateline 2024-11-21.",
    "'trong đó lao động nữ chiếm gần 68%' is a share of a part (not the share of 1.460 in a whole): a percent figure of its own.",
    "'Dự kiến cả năm ...' governs the three figures of its sentence (forecast); 'Giai đoạn 2025-2027 ... dự kiến' → forecast,",
    "period 2025-2027. The company's rank 'thứ hai toàn tỉnh' has no period; 'toàn tỉnh' is the field of the ranking, the figure stays with the company (Việt Yên, borderline).",
    "'Nhà máy có tổng vốn đầu tư 32 triệu USD, công suất thiết kế 7 triệu sản phẩm/năm' and 'Hiện ...' are standing facts: no period.",
]

if __name__ == "__main__":
    write(5, TEXT, NOTES, FIGS, published="2024-11-21", location="Bắc Giang")
