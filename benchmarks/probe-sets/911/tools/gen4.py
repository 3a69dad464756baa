"""p911-4: ministry site (Cục An toàn thực phẩm, Bộ Y tế), national 2024 results, kem and nước giải khát."""
from lib import F, P, I, C, T, write

TEXT = """BỘ Y TẾ - CỤC AN TOÀN THỰC PHẨM
Trang chủ / Tin tức / Hoạt động thanh tra, kiểm tra
Ngày đăng: 12/03/2025 | Lượt xem: 1.874

Năm 2024: phát hiện gần 2.900 cơ sở sản xuất kem, nước giải khát vi phạm

Theo báo cáo tổng hợp từ 63 tỉnh, thành phố, năm 2024 cả nước đã thanh tra, kiểm tra 21.460 lượt cơ sở sản xuất, kinh doanh kem, nước giải khát, nước uống đóng chai, tăng 8,2% so với năm 2023. Trong đó, phát hiện 2.874 lượt cơ sở vi phạm, chiếm 13,4%; xử phạt 2.115 cơ sở với tổng số tiền trên 9,6 tỷ đồng.

Các cơ quan chức năng đã lấy 6.530 mẫu kem, nước giải khát để kiểm nghiệm, trong đó 412 mẫu không đạt, tỷ lệ 6,3%, thấp hơn 1,1 điểm phần trăm so với năm trước. Các chỉ tiêu không đạt chủ yếu là Coliform, E.coli, Pseudomonas aeruginosa và phẩm màu ngoài danh mục được phép sử dụng.

Những địa phương xử phạt nhiều nhất lần lượt là TP Hồ Chí Minh (1,42 tỷ đồng), Hà Nội (1,18 tỷ đồng) và Đồng Nai (0,75 tỷ đồng). Riêng khối cơ sở quy mô nhỏ, hộ gia đình chiếm khoảng 71% tổng số cơ sở vi phạm.

Theo Cục An toàn thực phẩm, hiện cả nước có khoảng 4.200 cơ sở sản xuất nước giải khát và hơn 1.600 cơ sở sản xuất kem được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm. Năm 2025, Cục đặt mục tiêu giảm tỷ lệ mẫu không đạt xuống dưới 5% và 100% cơ sở sản xuất được hậu kiểm ít nhất 1 lần/năm theo Nghị định số 15/2018/NĐ-CP.

CỤC AN TOÀN THỰC PHẨM - BỘ Y TẾ
Địa chỉ: 135 Núi Trúc, Ba Đình, Hà Nội. Điện thoại: 024.3846.4489
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
H24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("gần 2.900 cơ sở", "2.900", 2900, "count", "cơ sở", "cơ sở sản xuất kem, nước giải khát vi phạm", H24,
      approx="nearly"),
    F("từ 63 tỉnh, thành phố", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố gửi báo cáo", optional=True),
    F("kiểm tra 21.460 lượt cơ sở", "21.460", 21460, "count", "lượt cơ sở",
      "lượt cơ sở sản xuất, kinh doanh kem, nước giải khát, nước uống đóng chai được thanh tra, kiểm tra", Y24,
      change=C("increase", 8.2, "%", "năm 2023")),
    F("phát hiện 2.874 lượt cơ sở", "2.874", 2874, "count", "lượt cơ sở", "lượt cơ sở vi phạm", I(Y24),
      total=21460, percent=13.4),
    F("xử phạt 2.115 cơ sở", "2.115", 2115, "count", "cơ sở", "cơ sở bị xử phạt", I(Y24)),
    F("trên 9,6 tỷ đồng", "9,6", 9_600_000_000, "money", "đồng", "tổng số tiền xử phạt", I(Y24), approx="over"),
    F("lấy 6.530 mẫu", "6.530", 6530, "count", "mẫu", "mẫu kem, nước giải khát kiểm nghiệm", I(Y24)),
    F("412 mẫu không đạt", "412", 412, "count", "mẫu", "mẫu không đạt", I(Y24), total=6530, percent=6.3,
      change=C("decrease", 1.1, "điểm phần trăm", "năm trước")),
    F("(1,42 tỷ đồng)", "1,42", 1_420_000_000, "money", "đồng", "tiền xử phạt", I(Y24), location="TP Hồ Chí Minh"),
    F("(1,18 tỷ đồng)", "1,18", 1_180_000_000, "money", "đồng", "tiền xử phạt", I(Y24), location="Hà Nội"),
    F("(0,75 tỷ đồng)", "0,75", 750_000_000, "money", "đồng", "tiền xử phạt", I(Y24), location="Đồng Nai"),
    F("khoảng 71%", "71", 71, "percent", "%", "cơ sở quy mô nhỏ, hộ gia đình trong tổng số cơ sở vi phạm", I(Y24),
      approx="about"),
    F("khoảng 4.200 cơ sở", "4.200", 4200, "count", "cơ sở",
      "cơ sở sản xuất nước giải khát được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm", approx="about"),
    F("hơn 1.600 cơ sở", "1.600", 1600, "count", "cơ sở",
      "cơ sở sản xuất kem được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm", approx="over"),
    F("dưới 5%", "5", 5, "percent", "%", "tỷ lệ mẫu không đạt", Y25, approx="under", status="target"),
    F("100% cơ sở sản xuất", "100", 100, "percent", "%", "cơ sở sản xuất được hậu kiểm", Y25, status="target"),
    F("ít nhất 1 lần/năm", "1", 1, "measure", "lần/năm", "tần suất hậu kiểm cơ sở sản xuất", Y25,
      approx="at_least", status="target", optional=True),
]

NOTES = [
    "Probe 911-4. Ministry site (Cục An toàn thực phẩm, Bộ Y tế), 12/03/2025: national 2024 results. Location Việt Nam.",
    "Distractors: 'Ngày đăng: 12/03/2025', 'Lượt xem: 1.874', 'Nghị định số 15/2018/NĐ-CP', '135 Núi Trúc', '024.3846.4489'.",
    "'63 tỉnh, thành phố' (the reporting provinces) is optional. 2.874 follows 'Trong đó' after 21.460 (same unit lượt cơ sở)",
    "-> total; 2.115 counts cơ sở, not lượt: no total. 412 mẫu: total 6.530, 'tỷ lệ 6,3%' its percent, the drop in",
    "điểm phần trăm its change. Listed provinces are the locations of their fines. 'hiện' gives no period.",
    "'ít nhất 1 lần/năm' describes the target (optional).",
]

if __name__ == "__main__":
    write("p911-4", TEXT, NOTES, FIGS, published="2025-03-12", location="Việt Nam")
