"""p1542-3: ministry site (Bộ Y tế - Cục An toàn thực phẩm): national thematic inspection of bottled water, 2024."""
from lib import fig, per, inh, write

TEXT = """BỘ Y TẾ - CỤC AN TOÀN THỰC PHẨM
Trang chủ > Tin tức > Thanh tra, kiểm tra

Kết quả kiểm tra chuyên đề nước uống đóng chai 6 tháng đầu năm 2024

20/08/2024 | 15:10 | Phòng Thanh tra - Pháp chế

Thực hiện Công văn số 1347/ATTP-NĐ, từ tháng 3 đến tháng 6/2024, 63/63 tỉnh, thành phố đã tổ chức kiểm tra chuyên đề đối với cơ sở sản xuất nước uống đóng chai, nước khoáng thiên nhiên. Cả nước hiện có khoảng 11.600 cơ sở sản xuất nước uống đóng chai, trong đó hơn 80% là cơ sở quy mô nhỏ, hộ kinh doanh.

Các đoàn đã kiểm tra 4.862 cơ sở, phát hiện 611 cơ sở vi phạm (chiếm 12,6%); xử phạt 498 cơ sở với tổng số tiền 3,74 tỷ đồng; đình chỉ hoạt động 23 cơ sở, tiêu hủy gần 26.000 lít nước thành phẩm không rõ nguồn gốc. So với đợt kiểm tra cùng kỳ năm 2023, số cơ sở vi phạm giảm 8,5%.

Đã lấy 2.140 mẫu nước để kiểm nghiệm nhanh và gửi phòng thí nghiệm, 205 mẫu không đạt chỉ tiêu vi sinh, chiếm 9,6%. Các địa phương kiểm tra nhiều cơ sở nhất là TP Hồ Chí Minh (412 cơ sở), Hà Nội (387 cơ sở) và Đồng Nai (214 cơ sở).

Theo Cục An toàn thực phẩm, nước uống đóng chai thuộc nhóm thực phẩm có nguy cơ cao. Từ đầu năm đến nay, cả nước ghi nhận 3 vụ ngộ độc liên quan đến nước uống với 97 người mắc, không có trường hợp tử vong.

Trong quý IV/2024, Cục dự kiến tổ chức 6 đoàn kiểm tra tại 12 tỉnh, thành phố trọng điểm; phấn đấu đến hết năm 2025 giảm tỷ lệ mẫu không đạt xuống dưới 5%.

Bản quyền thuộc Cục An toàn thực phẩm - Bộ Y tế
Địa chỉ: Số 135 Núi Trúc, quận Ba Đình, Hà Nội | Điện thoại: 024.3846.4489
"""

CAMPAIGN = per("từ tháng 3 đến tháng 6/2024", "2024-03-01", "2024-06-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-08-20")
Q4 = per("quý IV/2024", "2024-10-01", "2024-12-31")
BY2025 = per("đến hết năm 2025", None, "2025-12-31")

FIGS = [
    fig("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", total=63,
        subject="tỉnh, thành phố đã tổ chức kiểm tra chuyên đề", period=CAMPAIGN),
    fig("khoảng 11.600 cơ sở", "11.600", 11600, "count", "cơ sở", approx="about",
        subject="cơ sở sản xuất nước uống đóng chai"),
    fig("hơn 80%", "80", 80, "percent", "%", approx="over",
        subject="cơ sở quy mô nhỏ, hộ kinh doanh"),
    fig("kiểm tra 4.862 cơ sở", "4.862", 4862, "count", "cơ sở",
        subject="cơ sở các đoàn đã kiểm tra", period=inh(CAMPAIGN)),
    fig("phát hiện 611 cơ sở", "611", 611, "count", "cơ sở", percent=12.6,
        subject="cơ sở vi phạm", period=inh(CAMPAIGN)),
    fig("xử phạt 498 cơ sở", "498", 498, "count", "cơ sở",
        subject="cơ sở bị xử phạt", period=inh(CAMPAIGN)),
    fig("tiền 3,74 tỷ", "3,74", 3.74e9, "money", "đồng",
        subject="tổng số tiền xử phạt", period=inh(CAMPAIGN)),
    fig("hoạt động 23 cơ sở", "23", 23, "count", "cơ sở",
        subject="cơ sở bị đình chỉ hoạt động", period=inh(CAMPAIGN)),
    fig("gần 26.000 lít", "26.000", 26000, "measure", "lít", approx="nearly",
        subject="nước thành phẩm không rõ nguồn gốc bị tiêu hủy", period=inh(CAMPAIGN)),
    fig("giảm 8,5%", "8,5", 8.5, "percent", "%",
        subject="số cơ sở vi phạm", period=inh(CAMPAIGN)),
    fig("lấy 2.140 mẫu", "2.140", 2140, "count", "mẫu",
        subject="mẫu nước lấy để kiểm nghiệm", period=inh(CAMPAIGN)),
    fig("205 mẫu", "205", 205, "count", "mẫu", percent=9.6,
        subject="mẫu không đạt chỉ tiêu vi sinh", period=inh(CAMPAIGN)),
    fig("Hồ Chí Minh (412 cơ sở)", "412", 412, "count", "cơ sở",
        subject="cơ sở được kiểm tra", period=inh(CAMPAIGN), location="TP Hồ Chí Minh"),
    fig("Hà Nội (387 cơ sở)", "387", 387, "count", "cơ sở",
        subject="cơ sở được kiểm tra", period=inh(CAMPAIGN), location="Hà Nội"),
    fig("Đồng Nai (214 cơ sở)", "214", 214, "count", "cơ sở",
        subject="cơ sở được kiểm tra", period=inh(CAMPAIGN), location="Đồng Nai"),
    fig("ghi nhận 3 vụ", "3", 3, "count", "vụ",
        subject="vụ ngộ độc liên quan đến nước uống", period=YTD),
    fig("với 97 người", "97", 97, "count", "người", subject="người mắc", period=YTD),
    fig("tổ chức 6 đoàn", "6", 6, "count", "đoàn", status="forecast",
        subject="đoàn kiểm tra Cục tổ chức", period=Q4),
    fig("tại 12 tỉnh", "12", 12, "count", "tỉnh, thành phố", status="forecast",
        subject="tỉnh, thành phố trọng điểm được kiểm tra", period=Q4),
    fig("dưới 5%", "5", 5, "percent", "%", approx="under", status="target",
        subject="tỷ lệ mẫu không đạt", period=BY2025),
]

NOTES = [
    "Ministry site (Bộ Y tế - Cục An toàn thực phẩm): breadcrumb, '20/08/2024 | 15:10 | Phòng Thanh tra - Pháp chế', copyright and address footer.",
    "Distractors: Công văn số 1347/ATTP-NĐ, 15:10, 'Số 135 Núi Trúc', phone 024.3846.4489, 'cùng kỳ năm 2023' (baseline), headline period '6 tháng đầu năm 2024'.",
    "National figures: location Việt Nam; the list 'TP Hồ Chí Minh (412 cơ sở), …' gives each item its place, subject = the list's indicator.",
    "The campaign period 'từ tháng 3 đến tháng 6/2024' stands in the first sentence only; later sentences inherit it (not scored).",
    "'hơn 80%' after 'trong đó' is a percent figure (a percent has no total). 611 and 205 carry their 'chiếm' share; no part-of cue, so no total.",
    "'số cơ sở vi phạm giảm 8,5%' stands in its own sentence: a percent figure, no change object. 'dự kiến' → forecast; 'phấn đấu' → target.",
]

if __name__ == "__main__":
    write("p1542-3", TEXT, NOTES, FIGS, published="2024-08-20", location="Việt Nam")
