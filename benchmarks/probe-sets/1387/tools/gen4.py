"""p1387-4: ministry site (Bộ Giáo dục và Đào tạo): national enrolment in chip / semiconductor programmes 2024."""
from lib import fig, per, inh, chg, write

TEXT = """BỘ GIÁO DỤC VÀ ĐÀO TẠO
Trang chủ > Tin tức > Giáo dục đại học

Năm 2024, cả nước tuyển sinh gần 7.000 chỉ tiêu ngành vi mạch, bán dẫn

18/02/2025 | 14:10 | Vụ Giáo dục Đại học

Theo số liệu tổng hợp của Vụ Giáo dục Đại học, năm 2024 có 47 cơ sở giáo dục đại học tuyển sinh các ngành, chuyên ngành liên quan đến vi mạch, bán dẫn, tăng 18 cơ sở so với năm 2023. Tổng chỉ tiêu đạt 6.850, gấp hơn 1,5 lần năm trước; có 6.120 thí sinh trúng tuyển nhập học, bằng 89,3% chỉ tiêu.

Điểm chuẩn các ngành này dao động từ 21 đến 28,5 điểm. Trường Đại học Bách khoa Thăng Long, Trường Đại học Công nghệ Phương Nam và Học viện Kỹ thuật Bạch Đằng lần lượt có điểm chuẩn cao nhất (28,5 điểm, 27,9 điểm và 27,4 điểm).

Hiện cả nước có khoảng 5.600 kỹ sư thiết kế vi mạch, làm việc tại hơn 50 doanh nghiệp; nguồn nhân lực này mới đáp ứng chưa đến 20% nhu cầu. Về quy mô nhân lực thiết kế vi mạch, Việt Nam đứng thứ 3 khu vực Đông Nam Á.

Theo Quyết định số 1017/QĐ-TTg, mục tiêu đến năm 2030 đào tạo ít nhất 50.000 nhân lực trình độ đại học trở lên phục vụ công nghiệp bán dẫn, trong đó khoảng 15.000 kỹ sư thiết kế vi mạch. Để đạt mục tiêu này, bình quân mỗi năm cần tuyển sinh khoảng 8.000-10.000 người. Bộ dự kiến đầu tư phòng thí nghiệm dùng chung cho 18 cơ sở đào tạo trọng điểm với kinh phí khoảng 1.300 tỷ đồng trong giai đoạn 2025-2027.

Bộ đề nghị các trường đăng ký chỉ tiêu năm 2025 trước ngày 15/3; thông tin chi tiết liên hệ số điện thoại 024.3869.4321.

Bản quyền thuộc Bộ Giáo dục và Đào tạo
Địa chỉ: 35 Đại Cồ Việt, Hai Bà Trưng, Hà Nội
"""

Y24H = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
G2527 = per("giai đoạn 2025-2027", "2025-01-01", "2027-12-31")
TOP = "điểm chuẩn cao nhất"

FIGS = [
    fig("gần 7.000 chỉ tiêu", "7.000", 7000, "count", "chỉ tiêu", approx="nearly",
        subject="chỉ tiêu ngành vi mạch, bán dẫn cả nước tuyển sinh", period=Y24H),
    fig("có 47 cơ sở", "47", 47, "count", "cơ sở giáo dục đại học",
        change=chg("increase", 18, "cơ sở", "năm 2023"),
        subject="cơ sở giáo dục đại học tuyển sinh các ngành liên quan đến vi mạch, bán dẫn", period=Y24),
    fig("đạt 6.850", "6.850", 6850, "count", "chỉ tiêu",
        change=chg("increase", 1.5, "lần", "năm trước", approx="over"),
        subject="tổng chỉ tiêu", period=inh(Y24)),
    fig("có 6.120 thí sinh", "6.120", 6120, "count", "thí sinh", percent=89.3,
        subject="thí sinh trúng tuyển nhập học", period=inh(Y24)),
    fig("từ 21 đến 28,5", "21", 21, "measure", "điểm", value_max=28.5,
        subject="điểm chuẩn các ngành vi mạch, bán dẫn"),
    fig("(28,5 điểm", "28,5", 28.5, "measure", "điểm", subject=TOP),
    fig("27,9 điểm", "27,9", 27.9, "measure", "điểm", subject=TOP),
    fig("27,4 điểm", "27,4", 27.4, "measure", "điểm", subject=TOP),
    fig("khoảng 5.600 kỹ sư", "5.600", 5600, "count", "kỹ sư", approx="about",
        subject="kỹ sư thiết kế vi mạch"),
    fig("hơn 50 doanh nghiệp", "50", 50, "count", "doanh nghiệp", approx="over",
        subject="doanh nghiệp có kỹ sư thiết kế vi mạch làm việc"),
    fig("chưa đến 20%", "20", 20, "percent", "%", approx="under",
        subject="mức đáp ứng nhu cầu của nguồn nhân lực thiết kế vi mạch"),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", subject="quy mô nhân lực thiết kế vi mạch"),
    fig("ít nhất 50.000 nhân lực", "50.000", 50000, "count", "nhân lực", approx="at_least", status="target",
        subject="nhân lực trình độ đại học trở lên phục vụ công nghiệp bán dẫn", period=T30),
    fig("khoảng 15.000 kỹ sư", "15.000", 15000, "count", "kỹ sư", approx="about", status="target",
        total=50000, subject="kỹ sư thiết kế vi mạch", period=T30),
    fig("khoảng 8.000-10.000", "8.000", 8000, "count", "người/năm", value_max=10000, approx="about",
        status="target", subject="người cần tuyển sinh bình quân mỗi năm"),
    fig("cho 18 cơ sở", "18", 18, "count", "cơ sở đào tạo", status="forecast",
        subject="cơ sở đào tạo trọng điểm được đầu tư phòng thí nghiệm dùng chung", period=G2527),
    fig("khoảng 1.300 tỷ", "1.300", 1300e9, "money", "đồng", approx="about", status="forecast",
        subject="kinh phí đầu tư phòng thí nghiệm dùng chung", period=G2527),
]

NOTES = [
    "Ministry site (Bộ GD&ĐT): breadcrumb, '18/02/2025 | 14:10 | Vụ Giáo dục Đại học', copyright and address footer. National: location Việt Nam.",
    "Distractors: 14:10, Quyết định số 1017/QĐ-TTg, 'chỉ tiêu năm 2025', 'trước ngày 15/3', phone 024.3869.4321, '35 Đại Cồ Việt'.",
    "'tăng 18 cơ sở so với năm 2023' → change (unit cơ sở); 'gấp hơn 1,5 lần năm trước' → change 1.5 lần, approx over; 'bằng 89,3% chỉ tiêu' → percent attribute.",
    "The sentence 'Tổng chỉ tiêu đạt 6.850 ...; có 6.120 ...' has no period phrase: 'năm 2024' of the previous sentence is inherited.",
    "List '(28,5 điểm, 27,9 điểm và 27,4 điểm)' after 'lần lượt': subject = the list's indicator; universities are not places (location stays Việt Nam).",
    "'chưa đến 20%' → approx under. 'đứng thứ 3 khu vực Đông Nam Á' → rank, location Việt Nam.",
    "'mục tiêu đến năm 2030 ... ít nhất 50.000 ..., trong đó khoảng 15.000' → target, total 50.000. 'Để đạt mục tiêu này ... cần tuyển sinh' → target, a per-year rate (unit người/năm), no period.",
    "'Bộ dự kiến ... giai đoạn 2025-2027' → forecast.",
]

if __name__ == "__main__":
    write("p1387-4", TEXT, NOTES, FIGS, published="2025-02-18", location="Việt Nam")
