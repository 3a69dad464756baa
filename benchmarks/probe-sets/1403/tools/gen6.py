"""p1403-6: ministry site (Bộ VHTTDL): national figures on Cham heritage, population, towers, visitors, targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ > Tin tức > Di sản văn hóa

Bảo tồn di sản văn hóa Chăm gắn với phát triển du lịch

12/09/2024 | 14:10 | Cục Di sản văn hóa

Theo kết quả Tổng điều tra dân số và nhà ở năm 2019, cả nước có 178.948 người Chăm, đứng thứ 14 về quy mô dân số trong các dân tộc Việt Nam. Người Chăm sinh sống tập trung tại Ninh Thuận (67.274 người), Bình Thuận (39.547 người), An Giang (13.722 người) và TP Hồ Chí Minh (10.509 người).

Hiện cả nước còn 23 cụm tháp Chăm với 47 tháp, trong đó 8 cụm tháp được xếp hạng di tích quốc gia đặc biệt. Lễ hội Katê được đưa vào Danh mục di sản văn hóa phi vật thể quốc gia năm 2017; Nghệ thuật làm gốm của người Chăm được UNESCO ghi danh năm 2022.

Giai đoạn 2021-2023, ngân sách trung ương hỗ trợ 126,5 tỷ đồng tu bổ, tôn tạo 9 di tích tháp Chăm; riêng năm 2023 là 48 tỷ đồng. Năm 2023, các di tích tháp Chăm đón khoảng 1,15 triệu lượt khách, tăng 34% so với năm 2022; doanh thu bán vé đạt 27 tỷ đồng, vượt 8% kế hoạch.

Theo Quyết định số 2815/QĐ-BVHTTDL phê duyệt Chương trình bảo tồn, phát huy giá trị di sản văn hóa Chăm, Bộ đặt mục tiêu đến năm 2030: 100% lễ hội truyền thống của người Chăm được kiểm kê, tư liệu hóa; đào tạo ít nhất 200 nghệ nhân trẻ; lượng khách đến các di tích tháp Chăm đạt 2 triệu lượt/năm.

Tin cùng chuyên mục:
- Hội nghị tập huấn công tác kiểm kê di sản năm 2024
- Ra mắt Trung tâm Nghiên cứu văn hóa Chăm

Bộ Văn hóa, Thể thao và Du lịch - 51 Ngô Quyền, Hoàn Kiếm, Hà Nội
Điện thoại: 024.3943.8231
"""

Y19 = per("năm 2019", "2019-01-01", "2019-12-31")
G = per("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("Năm 2023", "2023-01-01", "2023-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
POP = "người Chăm"

FIGS = [
    fig("có 178.948 người", "178.948", 178948, "count", "người Chăm", subject="người Chăm", period=Y19),
    fig("đứng thứ 14", "14", 14, "rank", "hạng", subject="quy mô dân số người Chăm trong các dân tộc Việt Nam",
        period=Y19),
    fig("Ninh Thuận (67.274", "67.274", 67274, "count", "người", subject=POP, period=inh(Y19), location="Ninh Thuận"),
    fig("Bình Thuận (39.547", "39.547", 39547, "count", "người", subject=POP, period=inh(Y19), location="Bình Thuận"),
    fig("An Giang (13.722", "13.722", 13722, "count", "người", subject=POP, period=inh(Y19), location="An Giang"),
    fig("Minh (10.509", "10.509", 10509, "count", "người", subject=POP, period=inh(Y19), location="TP Hồ Chí Minh"),
    fig("còn 23 cụm", "23", 23, "count", "cụm tháp", subject="cụm tháp Chăm"),
    fig("với 47 tháp", "47", 47, "count", "tháp", subject="tháp Chăm"),
    fig("đó 8 cụm", "8", 8, "count", "cụm tháp", total=23,
        subject="cụm tháp được xếp hạng di tích quốc gia đặc biệt"),
    fig("hỗ trợ 126,5 tỷ", "126,5", 126.5e9, "money", "đồng",
        subject="ngân sách trung ương hỗ trợ tu bổ, tôn tạo di tích tháp Chăm", period=G),
    fig("tôn tạo 9 di tích", "9", 9, "count", "di tích", subject="di tích tháp Chăm được tu bổ, tôn tạo", period=G),
    fig("là 48 tỷ", "48", 48e9, "money", "đồng",
        subject="ngân sách trung ương hỗ trợ tu bổ, tôn tạo di tích tháp Chăm", period=Y23),
    fig("khoảng 1,15 triệu", "1,15", 1.15e6, "count", "lượt khách", approx="about",
        change=chg("increase", 34, "%", "năm 2022"), subject="lượt khách các di tích tháp Chăm đón", period=Y23b),
    fig("đạt 27 tỷ", "27", 27e9, "money", "đồng", change=chg("increase", 8, "%", "kế hoạch"),
        subject="doanh thu bán vé", period=Y23b),
    fig("2030: 100%", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ lễ hội truyền thống của người Chăm được kiểm kê, tư liệu hóa", period=T30),
    fig("ít nhất 200", "200", 200, "count", "nghệ nhân trẻ", approx="at_least", status="target",
        subject="nghệ nhân trẻ được đào tạo", period=T30),
    fig("đạt 2 triệu", "2", 2e6, "measure", "lượt/năm", status="target",
        subject="lượng khách đến các di tích tháp Chăm", period=T30),
]

NOTES = [
    "Ministry site (Bộ Văn hóa, Thể thao và Du lịch), national (Việt Nam): breadcrumb, '12/09/2024 | 14:10 | Cục Di sản văn hóa', address footer.",
    "Distractors: 14:10, 'Tổng điều tra … năm 2019' (names the census; its year is the period), 'năm 2017', 'năm 2022',",
    "'Quyết định số 2815/QĐ-BVHTTDL', '51 Ngô Quyền', phone 024.3943.8231, 'năm 2024' in a link title.",
    "Province list 'Ninh Thuận (67.274 người), …' shares the indicator 'người Chăm'; provinces → location; period inherited (2019).",
    "'23 cụm tháp Chăm với 47 tháp, trong đó 8 cụm tháp' → the whole counting the same thing is 23 cụm tháp (47 tháp counts towers).",
    "'riêng năm 2023 là 48 tỷ đồng' → no total ('riêng' is not a cue). 'vượt 8% kế hoạch' → change with baseline kế hoạch.",
    "'Bộ đặt mục tiêu đến năm 2030: …' → three targets, period start null (the programme's name carries no dates).",
]

if __name__ == "__main__":
    write("p1403-6", TEXT, NOTES, FIGS, published="2024-09-12", location="Việt Nam")
