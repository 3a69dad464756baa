"""p1387-5: provincial Party newspaper (Báo Bắc Giang, tag BGĐT): firms 'order' vocational training for chip packaging."""
from lib import fig, per, inh, chg, write

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Kinh tế | Thứ Sáu, 22/11/2024 | 07:15

Doanh nghiệp bán dẫn "đặt hàng" đào tạo nghề

(BGĐT) - Để đáp ứng nhu cầu mở rộng sản xuất, nhiều doanh nghiệp đóng gói, kiểm thử vi mạch tại Bắc Giang đã chủ động phối hợp với các trường nghề đào tạo lao động theo đơn đặt hàng.

Tại Khu công nghiệp Quang Châu (thị xã Việt Yên), Công ty TNHH Công nghệ Bán dẫn Vạn Xuân hiện sử dụng khoảng 3.400 lao động, trong đó gần 70% là nữ. Năm 2024, công ty tuyển mới hơn 1.100 công nhân kỹ thuật, vượt 10% kế hoạch; tất cả đều được đào tạo tập trung trước khi vào dây chuyền. Thu nhập bình quân của người lao động năm 2024 ước đạt 9,2 triệu đồng/tháng, tăng 8% so với năm trước.

Ông Lê Quang Huy, Trưởng phòng Nhân sự công ty cho biết: "Chúng tôi ký hợp đồng với ba trường cao đẳng trong tỉnh, mỗi năm đặt hàng khoảng 400 học viên ngành điện tử. Học viên được miễn toàn bộ học phí và được hỗ trợ 3 triệu đồng/tháng tiền ăn ở". Năm 2025, công ty dự kiến tuyển thêm 800-1.000 lao động khi nhà máy số 2 đi vào hoạt động.

Theo Sở Lao động - Thương binh và Xã hội, 10 tháng năm 2024, các cơ sở giáo dục nghề nghiệp trong tỉnh đã đào tạo ngành điện tử, bán dẫn cho 2.650 người, tăng 22,5% so với cùng kỳ, chiếm 9,6% tổng số người học nghề. Tỷ lệ người học có việc làm sau đào tạo đạt trên 92%. Toàn tỉnh hiện có 9 doanh nghiệp trong chuỗi cung ứng bán dẫn, đứng thứ 2 vùng trung du và miền núi phía Bắc.

Mục tiêu đến năm 2025, tỉnh đào tạo ít nhất 3.000 lao động ngành điện tử, bán dẫn mỗi năm; tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ đạt 33%.

NGỌC THÚY
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
M10 = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")
T25 = per("đến năm 2025", None, "2025-12-31")
VY = "Việt Yên"
CO = "Công ty TNHH Công nghệ Bán dẫn Vạn Xuân"

FIGS = [
    fig("khoảng 3.400 lao động", "3.400", 3400, "count", "lao động", approx="about",
        subject=f"lao động {CO} sử dụng", location=VY),
    fig("gần 70%", "70", 70, "percent", "%", approx="nearly", subject="tỷ lệ lao động nữ", location=VY),
    fig("hơn 1.100 công nhân", "1.100", 1100, "count", "công nhân", approx="over",
        change=chg("increase", 10, "%", "kế hoạch"),
        subject="công nhân kỹ thuật công ty tuyển mới", period=Y24, location=VY),
    fig("ước đạt 9,2 triệu", "9,2", 9.2e6, "money", "đồng/tháng", status="estimate",
        change=chg("increase", 8, "%", "năm trước"),
        subject="thu nhập bình quân của người lao động", period=Y24b, location=VY),
    fig("với ba trường", "ba", 3, "count", "trường cao đẳng",
        subject="trường cao đẳng ký hợp đồng với công ty", location=VY),
    fig("khoảng 400 học viên", "400", 400, "count", "học viên/năm", approx="about",
        subject="học viên ngành điện tử công ty đặt hàng mỗi năm", location=VY),
    fig("hỗ trợ 3 triệu", "3", 3e6, "money", "đồng/tháng", subject="hỗ trợ tiền ăn ở cho học viên",
        location=VY),
    fig("thêm 800-1.000", "800", 800, "count", "lao động", value_max=1000, status="forecast",
        subject="lao động công ty tuyển thêm", period=Y25, location=VY),
    fig("cho 2.650 người", "2.650", 2650, "count", "người", percent=9.6,
        change=chg("increase", 22.5, "%", "cùng kỳ"),
        subject="người được đào tạo ngành điện tử, bán dẫn", period=M10),
    fig("trên 92%", "92", 92, "percent", "%", approx="over",
        subject="tỷ lệ người học có việc làm sau đào tạo", period=inh(M10)),
    fig("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp",
        subject="doanh nghiệp trong chuỗi cung ứng bán dẫn"),
    fig("đứng thứ 2", "2", 2, "rank", "hạng", subject="doanh nghiệp trong chuỗi cung ứng bán dẫn"),
    fig("ít nhất 3.000 lao động", "3.000", 3000, "count", "lao động/năm", approx="at_least", status="target",
        subject="lao động ngành điện tử, bán dẫn tỉnh đào tạo mỗi năm", period=T25),
    fig("đạt 33%", "33", 33, "percent", "%", status="target",
        subject="tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ", period=T25),
]

NOTES = [
    "Provincial Party newspaper (Báo Bắc Giang): 'Kinh tế | Thứ Sáu, 22/11/2024 | 07:15', sapo with tag '(BGĐT) -', byline at the end. Location Bắc Giang.",
    "Distractors: 07:15, '(BGĐT)', 'Khu công nghiệp Quang Châu', 'nhà máy số 2' (name with a number).",
    "Company passage (KCN Quang Châu, thị xã Việt Yên), including the HR manager's quote and the 2025 plan: location Việt Yên.",
    "'trong đó gần 70% là nữ' is a percent figure of its own. 'vượt 10% kế hoạch' → change with baseline kế hoạch. 'ước đạt' → estimate.",
    "'mỗi năm đặt hàng khoảng 400 học viên' and 'ít nhất 3.000 lao động ... mỗi năm' are per-year rates (unit …/năm).",
    "'10 tháng năm 2024' figure: change 22,5% (cùng kỳ), percent 9,6 (chiếm). 'trên 92%' next sentence: inherited period.",
    "'đứng thứ 2 vùng trung du và miền núi phía Bắc' ranks the province's count of firms: location Bắc Giang.",
    "'Mục tiêu đến năm 2025' governs both clauses after ';' → target, end 2025-12-31.",
]

if __name__ == "__main__":
    write("p1387-5", TEXT, NOTES, FIGS, published="2024-11-22", location="Bắc Giang")
