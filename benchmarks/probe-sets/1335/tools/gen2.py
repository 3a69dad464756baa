"""p1335-2: district portal (huyện Thạch Thất, Hà Nội): inauguration of a restored communal house (đình)."""
from lib import fig, per, write

TEXT = """UBND HUYỆN THẠCH THẤT - THÀNH PHỐ HÀ NỘI
CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ | Tin tức - Sự kiện | Văn hóa - Xã hội | Thủ tục hành chính

Khánh thành công trình tu bổ đình Thái Hòa, xã Hữu Bằng

22/05/2024 - 10:20

Sáng 21/5, UBND xã Hữu Bằng tổ chức lễ khánh thành công trình tu bổ, tôn tạo đình Thái Hòa, di tích lịch sử - văn hóa cấp Thành phố được xếp hạng năm 2009.

Đình Thái Hòa khởi dựng từ thế kỷ XVIII, thờ Thành hoàng làng là Đức Thánh Tản Viên. Qua thời gian, nhiều hạng mục bị mối mọt, dột nát nghiêm trọng. Công trình khởi công tháng 6/2023 và hoàn thành sau gần 11 tháng thi công. Tổng kinh phí thực hiện 9,6 tỷ đồng, trong đó ngân sách Thành phố hỗ trợ 5 tỷ đồng, ngân sách huyện 1,5 tỷ đồng, phần còn lại do nhân dân và con em xa quê công đức.

Các hạng mục được tu bổ gồm tòa Đại bái, Hậu cung, Tả vu, Hữu vu và nghi môn. Đơn vị thi công giữ lại hơn 70% cấu kiện gỗ gốc; thay mới khoảng 18 m3 gỗ lim và hơn 12.000 viên ngói mũi hài. Dịp này, Ban quản lý di tích tiếp nhận 286 lượt tổ chức, cá nhân công đức với số tiền hơn 3,1 tỷ đồng.

Theo Phòng Văn hóa và Thông tin huyện, Thạch Thất hiện có 362 di tích, trong đó 143 di tích đã được xếp hạng (27 di tích cấp quốc gia, 116 di tích cấp Thành phố). Giai đoạn 2021-2025, huyện phấn đấu tu bổ, chống xuống cấp ba chục di tích với tổng vốn dự kiến từ 80 đến 100 tỷ đồng.

Nguồn: Phòng Văn hóa và Thông tin huyện Thạch Thất

Tin khác:
- Thạch Thất tổ chức Hội thi tuyên truyền viên lần thứ 3
- Hướng dẫn quản lý lễ hội năm 2024

Địa chỉ: Thị trấn Liên Quan, huyện Thạch Thất, TP Hà Nội - Điện thoại: 024.3384.2236
"""

G = per("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")

FIGS = [
    fig("sau gần 11 tháng", "11", 11, "measure", "tháng", approx="nearly", subject="thời gian thi công công trình"),
    fig("thực hiện 9,6 tỷ", "9,6", 9.6e9, "money", "đồng", subject="tổng kinh phí thực hiện tu bổ đình Thái Hòa"),
    fig("hỗ trợ 5 tỷ", "5", 5e9, "money", "đồng", total=9.6e9, subject="ngân sách Thành phố hỗ trợ"),
    fig("huyện 1,5 tỷ", "1,5", 1.5e9, "money", "đồng", total=9.6e9, subject="ngân sách huyện"),
    fig("hơn 70%", "70", 70, "percent", "%", approx="over", subject="cấu kiện gỗ gốc được giữ lại"),
    fig("khoảng 18 m3", "18", 18, "measure", "m3", approx="about", subject="gỗ lim thay mới"),
    fig("hơn 12.000 viên", "12.000", 12000, "count", "viên ngói", approx="over", subject="ngói mũi hài thay mới"),
    fig("tiếp nhận 286 lượt", "286", 286, "count", "lượt tổ chức, cá nhân",
        subject="lượt tổ chức, cá nhân công đức"),
    fig("hơn 3,1 tỷ", "3,1", 3.1e9, "money", "đồng", approx="over", subject="số tiền công đức"),
    fig("có 362 di tích", "362", 362, "count", "di tích", subject="di tích"),
    fig("143 di tích", "143", 143, "count", "di tích", total=362, subject="di tích đã được xếp hạng"),
    fig("(27 di tích", "27", 27, "count", "di tích", total=143, subject="di tích cấp quốc gia"),
    fig("116 di tích", "116", 116, "count", "di tích", total=143, subject="di tích cấp Thành phố"),
    fig("cấp ba chục di tích", "ba chục", 30, "count", "di tích", status="target",
        subject="di tích tu bổ, chống xuống cấp", period=G),
    fig("từ 80 đến 100 tỷ", "80", 80e9, "money", "đồng", value_max=100e9, status="forecast",
        subject="tổng vốn tu bổ, chống xuống cấp di tích", period=G),
]

NOTES = [
    "District portal (UBND huyện Thạch Thất, Hà Nội): banner, menu, '22/05/2024 - 10:20' under the headline, 'Nguồn:', 'Tin khác', address and phone footer.",
    "Location: the district (Thạch Thất) for all figures: xã Hữu Bằng is a commune of it (the spec asks for province, city or district).",
    "'hoàn thành sau gần 11 tháng thi công' is the duration of the works stated as the claim (measure in tháng), not a phrase that locates another figure.",
    "'trong đó ngân sách Thành phố hỗ trợ 5 tỷ đồng, ngân sách huyện 1,5 tỷ đồng' are parts of 9,6 tỷ. The 3,1 tỷ of donations is a figure of its own sentence (no cue).",
    "'143 di tích ... (27 ..., 116 ...)' bracketed breakdown adds up to 143; 143 is part of 362 ('trong đó').",
    "'ba chục di tích' = 30 (number words), status target (phấn đấu); 'tổng vốn dự kiến từ 80 đến 100 tỷ đồng' has its own cue: forecast, range.",
    "revised after the first run: '362 di tích' subject 'di tích trên địa bàn huyện' → 'di tích' (the words were mine, not the sentence's; the place Thạch Thất is the location).",
    "Distractors: 'năm 2009', 'thế kỷ XVIII', 'tháng 6/2023', 'Sáng 21/5', 'lần thứ 3', 'năm 2024' in a link, phone 024.3384.2236, dateline.",
]

if __name__ == "__main__":
    write("p1335-2", TEXT, NOTES, FIGS, published="2024-05-22", location="Thạch Thất")
