"""p534-2: district portal (Hoằng Hóa, Thanh Hóa), technical innovation contest and S&T models."""
from lib import F, P, INH, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HOẰNG HÓA
Trang chủ / Tin tức - Sự kiện / Kinh tế
Thứ Sáu, 15/11/2024 - 10:05

Hoằng Hóa: 27 giải pháp đoạt giải Hội thi sáng tạo kỹ thuật lần thứ V

Sáng 14/11, tại Hội trường UBND huyện (số 2 Quốc lộ 10, thị trấn Bút Sơn), Ban Tổ chức Hội thi sáng tạo kỹ thuật huyện Hoằng Hóa lần thứ V (2023-2024) đã tổng kết và trao giải. Hội thi nhận được 64 giải pháp của 112 tác giả, nhóm tác giả, tăng 16 giải pháp so với hội thi lần thứ IV; trong đó lĩnh vực nông nghiệp có 29 giải pháp, công nghiệp - xây dựng 15 giải pháp, giáo dục 12 giải pháp và y tế 8 giải pháp.

Qua chấm chọn, Ban Tổ chức trao 27 giải, gồm 2 giải Nhất, 5 giải Nhì, 8 giải Ba và 12 giải Khuyến khích, với tổng giá trị giải thưởng 96 triệu đồng.

Nhiều giải pháp có tính ứng dụng cao, như "Hệ thống tưới nhỏ giọt điều khiển qua điện thoại" của nhóm tác giả xã Hoằng Đạo giúp tiết kiệm từ 35 đến 40% lượng nước tưới, giảm 50% công lao động; "Máy bóc vỏ lạc mini HH-02" có công suất 300 kg/giờ, giá thành chỉ khoảng 8,5 triệu đồng/máy.

Từ năm 2021 đến nay, huyện đã triển khai 18 mô hình ứng dụng tiến bộ khoa học và công nghệ với tổng kinh phí 4.250 triệu đồng, trong đó ngân sách huyện hỗ trợ 1.275 triệu đồng, chiếm 30%. Đến nay có 11 sản phẩm nông nghiệp của huyện được cấp văn bằng bảo hộ nhãn hiệu tập thể.

Năm 2025, huyện phấn đấu triển khai thêm 5 mô hình mới và 100% xã, thị trấn có sản phẩm được bảo hộ nhãn hiệu.

Phòng Kinh tế và Hạ tầng huyện - ĐT: 0237.3865.226
Văn Hùng
"""

SINCE = P("Từ năm 2021 đến nay", "2021-01-01", "2024-11-15")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("27 giải pháp đoạt giải", "27", 27, "count", "giải pháp", "giải pháp đoạt giải Hội thi sáng tạo kỹ thuật"),
    F("nhận được 64 giải pháp", "64", 64, "count", "giải pháp", "giải pháp Hội thi nhận được",
      change=CH("increase", 16, "giải pháp", "hội thi lần thứ IV")),
    F("112 tác giả", "112", 112, "count", "tác giả", "tác giả, nhóm tác giả có giải pháp dự thi"),
    F("có 29 giải pháp", "29", 29, "count", "giải pháp", "giải pháp lĩnh vực nông nghiệp", total=64),
    F("15 giải pháp", "15", 15, "count", "giải pháp", "giải pháp lĩnh vực công nghiệp - xây dựng", total=64),
    F("giáo dục 12 giải pháp", "12", 12, "count", "giải pháp", "giải pháp lĩnh vực giáo dục", total=64),
    F("y tế 8 giải pháp", "8", 8, "count", "giải pháp", "giải pháp lĩnh vực y tế", total=64),
    F("trao 27 giải", "27", 27, "count", "giải", "giải Ban Tổ chức trao"),
    F("2 giải Nhất", "2", 2, "count", "giải Nhất", "giải Nhất", total=27),
    F("5 giải Nhì", "5", 5, "count", "giải Nhì", "giải Nhì", total=27),
    F("8 giải Ba", "8", 8, "count", "giải Ba", "giải Ba", total=27),
    F("12 giải Khuyến khích", "12", 12, "count", "giải Khuyến khích", "giải Khuyến khích", total=27),
    F("giải thưởng 96 triệu đồng", "96", 96e6, "money", "đồng", "tổng giá trị giải thưởng"),
    F("từ 35 đến 40%", "35", 35, "percent", "%", "lượng nước tưới tiết kiệm nhờ hệ thống tưới nhỏ giọt", value_max=40),
    F("giảm 50% công", "50", 50, "percent", "%", "công lao động giảm"),
    F("300 kg/giờ", "300", 300, "measure", "kg/giờ", "công suất máy bóc vỏ lạc mini"),
    F("khoảng 8,5 triệu đồng/máy", "8,5", 8.5e6, "money", "đồng/máy", "giá thành máy bóc vỏ lạc mini", approx="about"),
    F("triển khai 18 mô hình", "18", 18, "count", "mô hình", "mô hình ứng dụng tiến bộ khoa học và công nghệ", SINCE),
    F("kinh phí 4.250 triệu đồng", "4.250", 4250e6, "money", "đồng", "tổng kinh phí mô hình ứng dụng tiến bộ khoa học và công nghệ", SINCE),
    F("hỗ trợ 1.275 triệu đồng", "1.275", 1275e6, "money", "đồng", "ngân sách huyện hỗ trợ", SINCE,
      total=4250e6, percent=30),
    F("có 11 sản phẩm", "11", 11, "count", "sản phẩm",
      "sản phẩm nông nghiệp được cấp văn bằng bảo hộ nhãn hiệu tập thể", P("Đến nay", None, "2024-11-15")),
    F("thêm 5 mô hình", "5", 5, "count", "mô hình", "mô hình mới triển khai thêm", Y25, status="target"),
    F("100% xã", "100", 100, "percent", "%", "xã, thị trấn có sản phẩm được bảo hộ nhãn hiệu", Y25, status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Hoằng Hóa (invented): Hội thi sáng tạo kỹ thuật lần thứ V, mô hình ứng dụng KH&CN, nhãn hiệu tập thể.",
    "District portal, dateline 'Thứ Sáu, 15/11/2024 - 10:05'. Not figures: 'số 2 Quốc lộ 10', 'lần thứ V/IV', '(2023-2024)', 'Sáng 14/11',",
    "model name 'HH-02', phone 0237.3865.226. 29+15+12+8 = 64 and 2+5+8+12 = 27, so the parts take those totals.",
    "Prize-count units follow shared h21 ('giải Nhất'). 'tiết kiệm từ 35 đến 40%' and 'giảm 50% công lao động' are rates that are the claim.",
    "The 64 solutions and 27 prizes have no dated period (only the contest's '(2023-2024)' in another sentence): no period.",
]

if __name__ == "__main__":
    emit("p534-2", TEXT, COMMENTS, FIGS, published="2024-11-15", location="Hoằng Hóa")
