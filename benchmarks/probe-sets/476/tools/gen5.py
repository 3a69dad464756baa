"""p476-5: Party newspaper (Báo Quảng Ngãi), job placement and labour export 2023."""
from lib import F, P, I, CH, emit

TEXT = """Báo Quảng Ngãi điện tử
Xã hội › Lao động - Việc làm

Năm 2023, Quảng Ngãi đưa 2.150 lao động đi làm việc ở nước ngoài

(Baoquangngai.vn) - Năm 2023, toàn tỉnh giải quyết việc làm cho 22.640 lao động, vượt 13,2% kế hoạch; trong đó đưa 2.150 người đi làm việc ở nước ngoài theo hợp đồng, gấp 1,6 lần năm 2022.

Thị trường tiếp nhận chủ yếu là Nhật Bản với 1.280 người, Hàn Quốc 465 người và Đài Loan (Trung Quốc) 390 người. Tỷ lệ lao động đi làm việc ở nước ngoài của tỉnh đạt 17,4 người/vạn dân; thu nhập bình quân của lao động từ 25 đến 40 triệu đồng/tháng. Lượng kiều hối do lao động gửi về ước khoảng 52 triệu USD.

Công tác kết nối cung - cầu lao động được đẩy mạnh. Trung tâm Dịch vụ việc làm tỉnh đã tổ chức 24 phiên giao dịch việc làm, trong đó 15 phiên lưu động tại các huyện miền núi Ba Tơ, Minh Long, Sơn Hà; thu hút hơn 9.800 lượt lao động, 3.125 người được tuyển dụng. Ngân hàng Chính sách xã hội tỉnh cho 1.320 lao động vay vốn tạo việc làm với số tiền 68,5 tỷ đồng.

Tỷ lệ thất nghiệp khu vực thành thị giảm còn 2,86%. Năm 2024, tỉnh phấn đấu giải quyết việc làm cho 21.000 lao động, trong đó đưa 2.000 người đi làm việc ở nước ngoài.

Người lao động cần tư vấn liên hệ số điện thoại 0255.3822.941 hoặc trụ sở Trung tâm tại 125 Phan Đình Phùng, TP Quảng Ngãi.

THANH NHỊ

26/12/2023
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
SUBJ_ABROAD = "lao động đi làm việc ở nước ngoài"

FIGS = [
    F("đưa 2.150 lao động", "2.150", 2150, "count", "lao động", SUBJ_ABROAD, Y23),
    F("cho 22.640 lao động", "22.640", 22640, "count", "lao động", "lao động được giải quyết việc làm", Y23,
      change=CH("increase", 13.2, baseline="kế hoạch")),
    F("đưa 2.150 người", "2.150", 2150, "count", "người", SUBJ_ABROAD + " theo hợp đồng", Y23, total=22640,
      change=CH("increase", 1.6, "lần", baseline="năm 2022")),
    F("với 1.280 người", "1.280", 1280, "count", "người", SUBJ_ABROAD + " tại thị trường Nhật Bản", I(Y23)),
    F("Hàn Quốc 465 người", "465", 465, "count", "người", SUBJ_ABROAD + " tại thị trường Hàn Quốc", I(Y23)),
    F("390 người", "390", 390, "count", "người", SUBJ_ABROAD + " tại thị trường Đài Loan (Trung Quốc)", I(Y23)),
    F("17,4 người/vạn dân", "17,4", 17.4, "measure", "người/vạn dân", "tỷ lệ lao động đi làm việc ở nước ngoài", I(Y23)),
    F("từ 25 đến 40 triệu", "25", 25e6, "money", "đồng/tháng", "thu nhập bình quân của lao động", I(Y23), value_max=40e6),
    F("khoảng 52 triệu USD", "52", 52e6, "money", "USD", "lượng kiều hối do lao động gửi về", I(Y23), approx="about",
      status="estimate"),
    F("tổ chức 24 phiên", "24", 24, "count", "phiên giao dịch việc làm", "phiên giao dịch việc làm", I(Y23)),
    F("15 phiên", "15", 15, "count", "phiên", "phiên giao dịch việc làm lưu động tại các huyện miền núi", I(Y23), total=24),
    F("hơn 9.800 lượt", "9.800", 9800, "count", "lượt lao động", "lượt lao động tham gia phiên giao dịch việc làm", I(Y23),
      approx="over"),
    F("3.125 người", "3.125", 3125, "count", "người", "người được tuyển dụng", I(Y23)),
    F("cho 1.320 lao động", "1.320", 1320, "count", "lao động", "lao động vay vốn tạo việc làm", I(Y23)),
    F("68,5 tỷ đồng", "68,5", 68.5e9, "money", "đồng", "vốn vay tạo việc làm", I(Y23)),
    F("còn 2,86%", "2,86", 2.86, "percent", "%", "tỷ lệ thất nghiệp khu vực thành thị", I(Y23)),
    F("cho 21.000 lao động", "21.000", 21000, "count", "lao động", "lao động được giải quyết việc làm", Y24, status="target"),
    F("đưa 2.000 người", "2.000", 2000, "count", "người", SUBJ_ABROAD, Y24, total=21000, status="target"),
]

COMMENTS = [
    "Báo Quảng Ngãi (Party provincial paper): giải quyết việc làm và xuất khẩu lao động năm 2023; byline and bare date at the end.",
    "'vượt 13,2% kế hoạch' is a gap to plan -> change with baseline 'kế hoạch'; 'gấp 1,6 lần năm 2022' after 2.150 -> change (lần).",
    "Foreign markets are not places (location stays Quảng Ngãi); the market list has no cue -> no total. 'giảm còn 2,86%' is a level, no change.",
    "15 phiên in three districts: location stays the province. Distractors: 0255.3822.941, 125 Phan Đình Phùng, (Baoquangngai.vn).",
]

if __name__ == "__main__":
    emit("p476-5", TEXT, COMMENTS, FIGS, published="2023-12-26", location="Quảng Ngãi")
