"""p1353-4: ministry site (Bộ LĐ-TB&XH): enterprises training apprentices under Art. 61 of the Labour Code, national, H1 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Trang chủ > Tin tức - Sự kiện > Giáo dục nghề nghiệp

Gần 4.000 doanh nghiệp trực tiếp đào tạo theo hình thức học nghề, tập nghề

22/08/2024 | 08:45 | Tổng cục Giáo dục nghề nghiệp

Theo báo cáo của Tổng cục Giáo dục nghề nghiệp, tính đến ngày 30/6/2024, cả nước có 3.912 doanh nghiệp trực tiếp tổ chức đào tạo dưới hình thức học nghề, tập nghề theo Điều 61 Bộ luật Lao động năm 2019, tăng 9,5% so với cùng thời điểm năm 2023.

Sáu tháng đầu năm 2024, các doanh nghiệp đã tuyển gần 186,4 nghìn người học nghề, tập nghề, bằng 51,8% kế hoạch năm; trong đó lao động nữ chiếm 57,3%. Khoảng 75% người học được doanh nghiệp tuyển dụng sau khi kết thúc khóa học.

Các nghề được đào tạo nhiều nhất là may thời trang, lắp ráp điện tử, chế biến thủy sản và hàn, chiếm khoảng 62% tổng số người học. Thời gian học nghề, tập nghề phổ biến từ 1 đến 6 tháng; tiền lương trả cho người học trong thời gian trực tiếp làm ra sản phẩm bình quân 4,1 triệu đồng/người/tháng.

Các địa phương có nhiều doanh nghiệp tham gia nhất là TP Hồ Chí Minh (612 doanh nghiệp), Bình Dương (498 doanh nghiệp), Đồng Nai (357 doanh nghiệp) và Bắc Ninh (241 doanh nghiệp).

Theo Chiến lược phát triển giáo dục nghề nghiệp giai đoạn 2021-2030, mục tiêu đến năm 2025 tỷ lệ lao động qua đào tạo đạt 70%, trong đó có bằng cấp, chứng chỉ đạt 28-30%; đến năm 2030 có ít nhất 10% doanh nghiệp tham gia đào tạo. Hiện tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ của cả nước mới đạt 27,9%, thấp hơn 0,1 điểm phần trăm so với mục tiêu.

Bộ đang xây dựng dự thảo Nghị định hướng dẫn Luật Giáo dục nghề nghiệp (sửa đổi), trong đó dự kiến hỗ trợ doanh nghiệp 50% chi phí đào tạo lao động là người khuyết tật.

Địa chỉ: Số 12 Ngô Quyền, Hoàn Kiếm, Hà Nội | Điện thoại: 024.38269556
"""

ASOF = per("tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = per("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T25 = per("đến năm 2025", None, "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
SUBJ_L = "doanh nghiệp tham gia"

FIGS = [
    fig("Gần 4.000 doanh nghiệp", "4.000", 4000, "count", "doanh nghiệp", approx="nearly",
        subject="doanh nghiệp trực tiếp đào tạo theo hình thức học nghề, tập nghề"),
    fig("có 3.912 doanh nghiệp", "3.912", 3912, "count", "doanh nghiệp",
        change=chg("increase", 9.5, "%", "cùng thời điểm năm 2023"),
        subject="doanh nghiệp trực tiếp tổ chức đào tạo dưới hình thức học nghề, tập nghề", period=ASOF),
    fig("gần 186,4 nghìn", "186,4", 186400, "count", "người học nghề, tập nghề", approx="nearly", percent=51.8,
        subject="người học nghề, tập nghề các doanh nghiệp đã tuyển", period=H1),
    fig("nữ chiếm 57,3%", "57,3", 57.3, "percent", "%",
        subject="lao động nữ trong người học nghề, tập nghề", period=H1),
    fig("Khoảng 75% người học", "75", 75, "percent", "%", approx="about",
        subject="người học được doanh nghiệp tuyển dụng sau khi kết thúc khóa học", period=inh(H1)),
    fig("chiếm khoảng 62%", "62", 62, "percent", "%", approx="about",
        subject="các nghề được đào tạo nhiều nhất trong tổng số người học"),
    fig("từ 1 đến 6 tháng", "1", 1, "measure", "tháng", value_max=6,
        subject="thời gian học nghề, tập nghề"),
    fig("bình quân 4,1 triệu", "4,1", 4.1e6, "money", "đồng/người/tháng",
        subject="tiền lương trả cho người học trong thời gian trực tiếp làm ra sản phẩm"),
    fig("Minh (612 doanh nghiệp)", "612", 612, "count", "doanh nghiệp", subject=SUBJ_L, location="TP Hồ Chí Minh"),
    fig("(498 doanh nghiệp)", "498", 498, "count", "doanh nghiệp", subject=SUBJ_L, location="Bình Dương"),
    fig("(357 doanh nghiệp)", "357", 357, "count", "doanh nghiệp", subject=SUBJ_L, location="Đồng Nai"),
    fig("(241 doanh nghiệp)", "241", 241, "count", "doanh nghiệp", subject=SUBJ_L, location="Bắc Ninh"),
    fig("đào tạo đạt 70%", "70", 70, "percent", "%", status="target",
        subject="tỷ lệ lao động qua đào tạo", period=T25),
    fig("đạt 28-30%", "28", 28, "percent", "%", value_max=30, status="target", total=70,
        subject="tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ", period=T25),
    fig("ít nhất 10%", "10", 10, "percent", "%", approx="at_least", status="target",
        subject="doanh nghiệp tham gia đào tạo", period=T30),
    fig("mới đạt 27,9%", "27,9", 27.9, "percent", "%",
        change=chg("decrease", 0.1, "điểm phần trăm", "mục tiêu"),
        subject="tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ của cả nước"),
    fig("doanh nghiệp 50%", "50", 50, "percent", "%", status="forecast",
        subject="mức hỗ trợ chi phí đào tạo lao động là người khuyết tật"),
]

NOTES = [
    "Ministry site (Bộ LĐ-TB&XH): breadcrumb, '22/08/2024 | 08:45 | Tổng cục Giáo dục nghề nghiệp', address footer.",
    "Distractors: 'Điều 61', 'Bộ luật Lao động năm 2019', 'giai đoạn 2021-2030' in a strategy's name, 'Số 12 Ngô Quyền', phone 024.38269556, 08:45.",
    "Location Việt Nam (cả nước, a ministry's national totals); list items are provinces -> location, subject = the list's indicator.",
    "'tính đến ngày 30/6/2024' is an as-of date; 'tăng 9,5% so với cùng thời điểm năm 2023' = change.",
    "'gần 186,4 nghìn' = 186 400 (nearly), 'bằng 51,8% kế hoạch năm' = percent attribute; 'trong đó lao động nữ chiếm 57,3%' is a percent figure.",
    "Targets: 'mục tiêu đến năm 2025 ... 70%, trong đó ... 28-30%' (part of 70%: total 70), 'đến năm 2030 ... ít nhất 10%'.",
    "'thấp hơn 0,1 điểm phần trăm so với mục tiêu' = a gap to a target: change (decrease, 0,1 điểm phần trăm, baseline mục tiêu).",
    "'dự kiến hỗ trợ doanh nghiệp 50%' = forecast.",
    "revised after the first run: list subject = the list's indicator as stated before the list ('doanh nghiệp tham gia'), not the",
    "earlier sentence's wording; share subjects (57,3%, 75%, 62%, 10%) drop the invented 'tỷ lệ' (as the sentence names them).",
]

if __name__ == "__main__":
    write("p1353-4", TEXT, NOTES, FIGS, published="2024-08-22", location="Việt Nam")
