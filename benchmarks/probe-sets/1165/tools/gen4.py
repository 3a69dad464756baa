"""p1165-4: ministry site (Bộ Tư pháp), national notarial results of 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ TƯ PHÁP - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Hoạt động của Bộ > Bổ trợ tư pháp

Năm 2024, các tổ chức hành nghề công chứng nộp ngân sách hơn 1.000 tỷ đồng

Ngày đăng: 27/02/2025 | Lượt xem: 1.108

Theo số liệu của Cục Bổ trợ tư pháp, tính đến ngày 31/12/2024, cả nước có 3.214 tổ chức hành nghề công chứng, trong đó 96 Phòng công chứng và 3.118 Văn phòng công chứng, với 3.905 công chứng viên.

Năm 2024, các tổ chức hành nghề công chứng đã công chứng hơn 7,3 triệu hợp đồng, giao dịch, bản dịch, tăng 6,1% so với năm 2023; tổng phí công chứng thu được khoảng 4.120 tỷ đồng, nộp ngân sách nhà nước hơn 1.040 tỷ đồng.

Các địa phương có nhiều tổ chức hành nghề công chứng nhất lần lượt là TP Hồ Chí Minh (272 tổ chức), Hà Nội (231 tổ chức) và Đồng Nai (118 tổ chức). Hiện còn 5 tỉnh có dưới 10 tổ chức, ít nhất là Bắc Kạn với 4 văn phòng công chứng.

Về ứng dụng công nghệ thông tin, 58/63 địa phương đã xây dựng cơ sở dữ liệu công chứng, đạt 92,1%; 17 địa phương đã thí điểm kết nối dữ liệu công chứng với cơ quan đăng ký đất đai.

Luật Công chứng số 46/2024/QH15 có hiệu lực từ ngày 01/7/2025 quy định công chứng viên phải hành nghề từ 02 năm trở lên mới được thành lập văn phòng công chứng, đồng thời lần đầu tiên quy định về công chứng điện tử. Dự kiến năm 2025, số việc công chứng trên cả nước đạt khoảng 7,8 triệu việc.

Cổng Thông tin điện tử Bộ Tư pháp
Địa chỉ: 58-60 Trần Phú, Ba Đình, Hà Nội
Điện thoại: 024.62739718
"""

ASOF = per("tính đến ngày 31/12/2024", None, "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
ORG = "tổ chức hành nghề công chứng"

FIGS = [
    fig("ngân sách hơn 1.000 tỷ", "1.000", 1e12, "money", "đồng", approx="over",
        subject="nộp ngân sách của các tổ chức hành nghề công chứng", period=Y24),
    fig("có 3.214 tổ chức", "3.214", 3214, "count", ORG, subject=ORG, period=ASOF),
    fig("trong đó 96 Phòng", "96", 96, "count", "Phòng công chứng", total=3214, subject="Phòng công chứng",
        period=ASOF),
    fig("và 3.118 Văn phòng", "3.118", 3118, "count", "Văn phòng công chứng", total=3214,
        subject="Văn phòng công chứng", period=ASOF),
    fig("với 3.905 công chứng viên", "3.905", 3905, "count", "công chứng viên", subject="công chứng viên",
        period=ASOF),
    fig("hơn 7,3 triệu hợp đồng", "7,3", 7.3e6, "count", "hợp đồng, giao dịch, bản dịch", approx="over",
        change=chg("increase", 6.1, "%", "năm 2023"),
        subject="hợp đồng, giao dịch, bản dịch được công chứng", period=Y24),
    fig("khoảng 4.120 tỷ", "4.120", 4.12e12, "money", "đồng", approx="about",
        subject="tổng phí công chứng thu được", period=Y24),
    fig("hơn 1.040 tỷ", "1.040", 1.04e12, "money", "đồng", approx="over",
        subject="nộp ngân sách nhà nước", period=Y24),
    fig("Hồ Chí Minh (272 tổ chức)", "272", 272, "count", "tổ chức", subject=ORG, location="TP Hồ Chí Minh"),
    fig("Hà Nội (231 tổ chức)", "231", 231, "count", "tổ chức", subject=ORG, location="Hà Nội"),
    fig("Đồng Nai (118 tổ chức)", "118", 118, "count", "tổ chức", subject=ORG, location="Đồng Nai"),
    fig("còn 5 tỉnh", "5", 5, "count", "tỉnh", subject="tỉnh có dưới 10 tổ chức hành nghề công chứng"),
    fig("dưới 10 tổ chức", "10", 10, "count", "tổ chức", approx="under", optional=True,
        subject="tổ chức hành nghề công chứng"),
    fig("với 4 văn phòng", "4", 4, "count", "văn phòng công chứng", subject="văn phòng công chứng",
        location="Bắc Kạn"),
    fig("58/63 địa phương", "58", 58, "count", "địa phương", total=63, percent=92.1,
        subject="địa phương đã xây dựng cơ sở dữ liệu công chứng"),
    fig("17 địa phương", "17", 17, "count", "địa phương",
        subject="địa phương đã thí điểm kết nối dữ liệu công chứng với cơ quan đăng ký đất đai"),
    fig("từ 02 năm", "02", 2, "measure", "năm", approx="at_least",
        subject="thời gian hành nghề của công chứng viên để thành lập văn phòng công chứng"),
    fig("khoảng 7,8 triệu", "7,8", 7.8e6, "count", "việc", approx="about", status="forecast",
        subject="số việc công chứng", period=Y25),
]

NOTES = [
    "Ministry site (Bộ Tư pháp): national notarial results of 2024. 'Ngày đăng: 27/02/2025 | Lượt xem: 1.108'. Default location Việt Nam.",
    "Distractors: Luật số 46/2024/QH15, 'ngày 01/7/2025' (date of effect), 'lần đầu tiên', address '58-60 Trần Phú' (range look-alike),",
    "phone 024.62739718, view counter. 96 + 3.118 = 3.214 (trong đó). Ranking list: locations of the items, no total.",
    "'dưới 10 tổ chức' is the threshold of a category: optional. 'từ 02 năm trở lên' is a legal minimum (measure, at_least), no period.",
    "Headline 'Năm 2024, ... hơn 1.000 tỷ đồng' states its year (scored). 'Hiện còn 5 tỉnh', '58/63', '17 địa phương': no period.",
]

if __name__ == "__main__":
    write("p1165-4", TEXT, NOTES, FIGS, published="2025-02-27", location="Việt Nam")
